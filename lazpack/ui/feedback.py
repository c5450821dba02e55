"""What the packer hears on every scan: good / bad / done sounds.

Sounds are optional: QtMultimedia may be missing from the install or fail to open the
audio device (a station without speakers, a remote desktop). Then the station stays
visual-only and says so once in the log; it never fails to start because of audio.
The colour flash lives in ``pack_view`` (it is part of what the view paints).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl

from lazpack.config import resource_path
from lazpack.domain.workflow import Kind, ScanOutcome, Severity
from lazpack.log import get_logger

log = get_logger("ui.feedback")

SOUNDS = ("good", "bad", "done")


def sound_for(outcome: ScanOutcome) -> str | None:
    """The sound an outcome plays: ``done`` when an order is ready to ship, ``good`` for
    any accepted scan, ``bad`` for a rejected one, nothing for neutral information."""
    if outcome.kind is Kind.READY:
        return "done"
    sev = outcome.severity
    if sev is Severity.ERROR:
        return "bad"
    if sev is Severity.OK:
        return "good"
    return None


class Sounds(QObject):
    """The three scan sounds, loaded once. ``play(name)`` never raises.

    ``load=False`` leaves QtMultimedia and the audio device for later (start-up paints the
    window first): ``load()`` then, or the first ``play``, loads them."""

    def __init__(
        self, *, enabled: bool = True, parent: QObject | None = None, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.available = False
        #: the names played, newest last (tests and the status of the audio path)
        self.played: list[str] = []
        self._effects: dict[str, Any] = {}
        self._loaded = False
        if load:
            self.load()

    def load(self) -> None:
        """Load the effects (once)."""
        if not self._loaded:
            self._loaded = True
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as err:
            log.info("sounds off: QtMultimedia is not available (%s)", err)
            return
        try:
            for name in SOUNDS:
                path = resource_path("sounds", f"{name}.wav")
                if not path.is_file():
                    log.warning("sound file missing: %s", path)
                    continue
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(1.0)
                self._effects[name] = effect
        except Exception:  # a broken audio backend must not stop the station
            log.warning("sounds off: the audio backend failed to load", exc_info=True)
            self._effects.clear()
            return
        self.available = bool(self._effects)

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        self.played.append(name)
        del self.played[:-20]
        self.load()
        effect = self._effects.get(name)
        if effect is None:
            return
        try:
            effect.stop()  # a fast second scan restarts the sound instead of queueing it
            effect.play()
        except Exception:
            log.warning("sound %s failed to play", name, exc_info=True)

    def for_outcome(self, outcome: ScanOutcome) -> str | None:
        name = sound_for(outcome)
        if name is not None:
            self.play(name)
        return name
