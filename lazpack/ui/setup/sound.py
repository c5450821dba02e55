"""Set-up step: the three sounds (play, "did you hear them?", output device).

``apply_saved_sound_device`` also runs at start, to play through the saved output.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
)

from lazpack.config import Settings
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.ui.setup.step import Saver, Step, status_label, step_button

log = get_logger("ui.setup")


def audio_outputs() -> list[tuple[str, str, Any]]:
    """(id as hex, description, QAudioDevice) of every output; [] without QtMultimedia."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return []
    return [(bytes(d.id().data()).hex(), d.description(), d) for d in QMediaDevices.audioOutputs()]


class SoundStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "Sound")

    def __init__(
        self,
        settings: Settings,
        save: Saver,
        *,
        sounds: Any = None,
        devices: Callable[[], list[tuple[str, str, Any]]] = audio_outputs,
    ):
        super().__init__(
            translate(
                "SoundStep",
                "Every scan plays a sound: good, wrong item, parcel done. Play them and say "
                "whether you heard them; pick the speakers if not.",
            )
        )
        self.settings = settings
        self.save = save
        self.devices = devices
        if sounds is None:
            from lazpack.ui.feedback import Sounds

            sounds = Sounds(enabled=True, parent=self)
        self.sounds = sounds
        self.device_box = QComboBox()
        self.device_box.setObjectName("soundDevice")
        self.device_box.currentIndexChanged.connect(self._use_device)
        self.add(self.device_box)
        self.play = step_button(translate("SoundStep", "P&lay the three sounds"), "playSounds")
        self.play.clicked.connect(self.play_all)
        self.heard = step_button(translate("SoundStep", "&Yes, I heard them"), "heardSounds")
        self.heard.clicked.connect(lambda: self.answer(True))
        self.not_heard = step_button("N&o", "notHeardSounds")
        self.not_heard.clicked.connect(lambda: self.answer(False))
        self.row(self.play, self.heard, self.not_heard)
        self.status = self.add(status_label())

    def entered(self) -> None:
        outs = self.devices()
        self.device_box.blockSignals(True)
        self.device_box.clear()
        for dev_id, text, _dev in outs:
            self.device_box.addItem(text, dev_id)
        self.device_box.setCurrentIndex(
            max(0, self.device_box.findData(self.settings.packing.sound_device))
        )
        self.device_box.blockSignals(False)
        has = bool(outs)
        for w in (self.device_box, self.play, self.heard, self.not_heard):
            w.setEnabled(has)
        if not has:
            self.status.setText(
                QCoreApplication.translate(
                    "SoundStep",
                    "This PC has no sound output (no speakers or headphones found). The station "
                    "works without sound: every scan flashes green or red. Plug in speakers and "
                    "come back with Station → Set up this desk… to hear them.",
                )
            )
            self.finish(translate("SoundStep", "Sound: no output device, colours only"))
            return
        self._use_device()
        self.play.setFocus()

    def _use_device(self) -> None:
        dev_id = str(self.device_box.currentData() or "")
        device = next((d for i, _t, d in self.devices() if i == dev_id), None)
        apply_sound_device(self.sounds, device)

    def play_all(self) -> None:
        for n, name in enumerate(("good", "bad", "done")):
            QTimer.singleShot(700 * n, lambda name=name: self.sounds.play(name))
        self.status.setText(
            QCoreApplication.translate(
                "SoundStep", "Playing: good… wrong item… parcel done. Did you hear all three?"
            )
        )

    def answer(self, heard: bool) -> None:
        p = self.settings.packing
        p.sound_device = str(self.device_box.currentData() or "")
        if heard:
            p.sound = True
            self.save()
            self.status.setText(
                arg(
                    translate("SoundStep", "Sound on, through “%1”."), self.device_box.currentText()
                )
            )
            self.finish(
                arg(translate("SoundStep", "Sound: on (%1)"), self.device_box.currentText())
            )
            return
        self.save()
        self.status.setText(
            QCoreApplication.translate(
                "SoundStep",
                "Check that the speakers are switched on and the volume is up, pick another "
                "output above and play again. Without sound the station still flashes green "
                "or red on every scan.",
            )
        )


def apply_sound_device(sounds: QObject, device: Any) -> None:
    """Play ``sounds`` (``ui.feedback.Sounds``) through ``device`` (None = default)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError:
        return
    target = device if device is not None else QMediaDevices.defaultAudioOutput()
    for effect in sounds.findChildren(QSoundEffect):
        effect.setAudioDevice(target)


def apply_saved_sound_device(sounds: QObject, device_id: str) -> None:
    """At start: the output the set-up picked, if it is still there (else the default)."""
    if not device_id:
        return
    device = next((d for i, _t, d in audio_outputs() if i == device_id), None)
    if device is None:
        log.info("sound output %s is gone; using the default", device_id)
        return
    apply_sound_device(sounds, device)
