"""Set up this desk: a short guided set-up at first start (and Station → Set up this desk…).

Keyboard and scanner only; every step can be skipped (Alt+S) and redone (Alt+B, or the menu
again). Steps, in order: packers and their cards, the label printer (test label, "did it come
out whole?", the fix, saved as the silent label printer), the scanner (scan the barcode on
screen: suffix, speed, keyboard layout), sound (play, "did you hear them?", output device),
the shop (connect a Lazada shop or keep the demo).

The wizard is a non-modal ``QDialog`` driven by signals: nothing here runs a nested event
loop (design.md §3). Every step writes into the station's ``Settings`` object and calls
``save`` at once, so a station closed half-way keeps what was set.

A language step goes first once translations land: build it as a ``Step`` and pass it in
``SetupWizard(..., first_steps=[LanguageStep(...)])``; nothing else changes.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import PrinterSettings, Settings
from lazpack.domain.keymap import KeyStroke, key_position, read_scan, typed_text
from lazpack.domain.scan import Command, command_code
from lazpack.errors import KnownError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.printing.printer import PAGE_LABEL, PAPERS, LabelPrinter, page_layout, printer_names
from lazpack.printing.setup_label import setup_label_pdf
from lazpack.ui.scanner import burst_gaps_ok, is_modifier_key, key_stroke, platform_scheme

log = get_logger("ui.setup")

#: keys and then no Enter/Tab for this long: the scanner sends no suffix
NO_SUFFIX_MS = 1500
#: the code the scanner test shows: letters and digits, so a wrong layout shows in both
SCANNER_TEST_CODE = "LP7Q4509XZ"

Saver = Callable[[], None]
W = TypeVar("W", bound=QWidget)


class Step(QWidget):
    """One page of the set-up: a title, plain words, its own controls."""

    title = ""
    #: what the step finished with, in one line (shown on the last page)
    done = Signal(str)

    def __init__(self, intro: str) -> None:
        super().__init__()
        self.summary = ""
        self._layout = QVBoxLayout(self)
        heading = QLabel(translate("SetupWizard", self.title))
        heading.setObjectName("stepTitle")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setObjectName("stepIntro")
        self._layout.addWidget(heading)
        self._layout.addWidget(text)
        self._content = QVBoxLayout()
        self._layout.addLayout(self._content)
        self._layout.addStretch(1)  # the step reads from the top, whatever its length

    def add(self, widget: W) -> W:
        self._content.addWidget(widget)
        return widget

    def row(self, *widgets: QWidget) -> None:
        box = QHBoxLayout()
        for w in widgets:
            box.addWidget(w)
        box.addStretch(1)
        self._content.addLayout(box)

    def entered(self) -> None:
        """The step became the current page."""

    def finish(self, summary: str) -> None:
        self.summary = summary
        self.done.emit(summary)


def _status() -> QLabel:
    label = QLabel()
    label.setObjectName("stepStatus")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(False)
    return b


# ------------------------------------------------------------------ packers
class PackersStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "Who packs at this desk?")

    def __init__(self, settings: Settings, save: Saver, print_cards: Callable[[bytes], Any]):
        super().__init__(
            translate(
                "PackersStep",
                "Type the packers' names, one per line (Latin letters, as on their card). "
                "Each gets a card with a barcode: scanning it logs the packer in.",
            )
        )
        self.settings = settings
        self.save = save
        self.print_cards = print_cards
        known = settings.packers or ([settings.packer] if settings.packer else [])
        self.names = QPlainTextEdit("\n".join(known))
        self.names.setObjectName("packerNames")
        self.names.setTabChangesFocus(True)
        self.names.setPlaceholderText(QCoreApplication.translate("PackersStep", "Ana\nBudi\nChai"))
        self.names.setMaximumHeight(180)
        self.add(self.names)
        self.cards = _button(translate("PackersStep", "&Print packer cards…"), "printPackerCards")
        self.cards.clicked.connect(self.print)
        self.row(self.cards)
        self.status = self.add(_status())

    def packers(self) -> list[str] | None:
        """The names, or None after saying which one cannot go on a barcode."""
        names = [n.strip() for n in self.names.toPlainText().splitlines() if n.strip()]
        for name in names:
            try:
                command_code(Command.PACKER, name)
            except ValueError:
                self.status.setText(
                    arg(
                        translate(
                            "PackersStep",
                            "“%1” cannot go on a barcode card: use Latin letters and digits (no "
                            "“:”). A Thai or Vietnamese name needs a Latin nickname here.",
                        ),
                        name,
                    )
                )
                return None
        return list(dict.fromkeys(names))

    def apply(self) -> bool:
        names = self.packers()
        if names is None:
            return False
        self.settings.packers = names
        if names and self.settings.packer not in names:
            self.settings.packer = names[0]
        self.save()
        self.finish(
            f"Packers: {', '.join(names)}"
            if names
            else translate("PackersStep", "Packers: none yet")
        )
        return True

    def print(self) -> None:
        names = self.packers()
        if names is None:
            return
        if not names:
            self.status.setText(
                QCoreApplication.translate("PackersStep", "Type at least one name first.")
            )
            return
        from lazpack.ui.command_sheet import command_sheet_pdf

        self.print_cards(command_sheet_pdf(names))
        self.status.setText(
            translate("PackersStep", "Cards for %n packer(s) are ready to print.", None, len(names))
        )


# ------------------------------------------------------------------ printer
#: "did it come out whole?" → what lazpack changes
ANSWERS = (
    ("whole", QT_TRANSLATE_NOOP("PrinterStep", "&Yes, whole")),
    ("sideways", QT_TRANSLATE_NOOP("PrinterStep", "No, &turned sideways")),
    ("cut", QT_TRANSLATE_NOOP("PrinterStep", "No, &cut off at an edge")),
    ("small", QT_TRANSLATE_NOOP("PrinterStep", "No, too s&mall")),
)
#: the next paper to try when the label is cut off (the printer's roll is smaller)
_SMALLER = {"A4": "100x150mm", "4x6in": "100x150mm", "100x150mm": "A6", "A6": "A6"}


class PrinterStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "The label printer")

    def __init__(
        self,
        settings: Settings,
        save: Saver,
        *,
        printers: Callable[[], Sequence[str]] = printer_names,
        send: Callable[[LabelPrinter, bytes], int] | None = None,
    ) -> None:
        super().__init__(
            translate(
                "PrinterStep",
                "Pick the printer that prints the shipping labels, print a test label and "
                "look at it: lazpack fixes the size and orientation from your answer and then "
                "prints every label there without asking.",
            )
        )
        self.settings = settings
        self.save = save
        self.printers = printers
        self.send = send or (lambda lp, pdf: lp.print_pdfs([pdf], job_name="lazpack test label"))
        self.printer_box = QComboBox()
        self.printer_box.setObjectName("setupPrinterBox")
        self.add(self.printer_box)
        self.test = _button(translate("PrinterStep", "&Print a test label"), "printTestLabel")
        self.test.clicked.connect(self.print_test)
        self.row(self.test)
        self.question = QLabel(
            QCoreApplication.translate(
                "PrinterStep", "Did it come out whole: frame closed, rulers start at 0?"
            )
        )
        self.question.setObjectName("wholeQuestion")
        self.add(self.question)
        self.answers: dict[str, QPushButton] = {}
        buttons = []
        for key, text in ANSWERS:
            b = _button(translate("PrinterStep", text), f"answer_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.answer(k))
            self.answers[key] = b
            buttons.append(b)
        self.row(*buttons)
        self.status = self.add(_status())
        self._asked(False)
        self.trial = PrinterSettings(
            printer_name=settings.printer.printer_name,
            paper=settings.printer.paper,
            orientation=settings.printer.orientation,
            copies=1,
            page_choice=dict(settings.printer.page_choice),
        )

    def entered(self) -> None:
        from lazpack.ui.print_dialogs import printer_combo

        names = list(self.printers())
        saved = self.settings.printer.printer_name
        printer_combo(None, saved, names=names, box=self.printer_box)
        if not names and not saved:
            self.status.setText(
                QCoreApplication.translate(
                    "PrinterStep",
                    "No printer is installed on this PC. Install the label printer's driver "
                    "(or connect it), then come back with Station → Set up this desk…",
                )
            )
        self.test.setEnabled(self.printer_box.count() > 0)
        self.printer_box.setFocus()

    def _asked(self, on: bool) -> None:
        self.question.setVisible(on)
        for b in self.answers.values():
            b.setVisible(on)

    def chosen(self) -> str:
        return str(self.printer_box.currentData() or "")

    def print_test(self) -> None:
        name = self.chosen()
        if not name:
            return
        self.trial.printer_name = name
        lp = LabelPrinter(self.trial)
        size = self._label_mm()
        pdf = setup_label_pdf(*size, printer=name)
        try:
            self.send(lp, pdf)
        except KnownError as err:
            self.status.setText(f"{err.user_message} {err.hint}")
            return
        log.info("setup: test label sent to %s (%s)", name, size)
        self.status.setText(
            arg(translate("PrinterStep", "Test label sent to “%1”. Look at it, then answer:"), name)
        )
        self._asked(True)
        self.answers["whole"].setFocus()

    def _label_mm(self) -> tuple[float, float]:
        from PySide6.QtGui import QPageLayout

        rect = page_layout(self.trial).fullRect(QPageLayout.Unit.Millimeter)
        return rect.width(), rect.height()

    def answer(self, key: str) -> None:
        t = self.trial
        if key == "whole":
            pr = self.settings.printer
            pr.printer_name, pr.paper, pr.orientation = t.printer_name, t.paper, t.orientation
            pr.page_choice.update(t.page_choice)
            self.save()
            self._asked(False)
            paper = PAPERS[t.paper][0]
            text = arg(
                translate("PrinterStep", "Saved: labels print on “%1” without asking (%2)."),
                t.printer_name,
                paper,
            )
            self.status.setText(text)
            self.finish(arg(translate("PrinterStep", "Label printer: %1"), t.printer_name))
            return
        if key == "sideways":
            t.orientation = "landscape" if t.orientation == "portrait" else "portrait"
            fix = arg(translate("PrinterStep", "lazpack now turns the label (%1)."), t.orientation)
        elif key == "cut":
            smaller = _SMALLER.get(t.paper, "100x150mm")
            if smaller == t.paper:
                fix = translate(
                    "PrinterStep",
                    "The label is already the smallest size lazpack knows. Set the paper "
                    "size in the printer's own settings (Printers → Preferences) to the "
                    "labels loaded in it.",
                )
            else:
                t.paper = smaller
                fix = arg(translate("PrinterStep", "lazpack now uses %1."), PAPERS[smaller][0])
        else:  # too small: the driver scaled the label onto its own, bigger paper
            t.page_choice[t.printer_name] = PAGE_LABEL
            fix = translate(
                "PrinterStep",
                "lazpack now sets the label size on this printer. If it is still small, set "
                "the paper size in the printer's own settings (Printers → Preferences) to "
                "100 × 150 mm.",
            )
        self.status.setText(
            arg(translate("PrinterStep", "%1 Print the test label again to check."), fix)
        )
        self._asked(False)
        self.test.setFocus()


# ------------------------------------------------------------------ scanner
@dataclass(frozen=True, slots=True)
class ScannerVerdict:
    """A test scan judged as the station reads scans: by key position, by its timing."""

    #: what the keys typed on this PC's layout
    text: str
    suffix: str  # "enter", "tab", "none" (no suffix came)
    median_gap_s: float
    #: the code read from the keys as the station reads it is the test code
    layout_ok: bool
    #: the station's scan router takes these keys for a scanner's burst
    burst: bool
    #: the code as the station reads it (by key position, whatever the layout)
    code: str = ""

    @property
    def ok(self) -> bool:
        return self.layout_ok and self.burst and self.suffix == "enter"

    def advice(self, expected: str) -> list[str]:
        """What to change, in plain words (empty when nothing)."""
        out: list[str] = []
        if not self.layout_ok:
            seen = self.code or self.text
            if seen.upper() == expected and seen != expected:
                out.append(
                    translate(
                        "ScannerVerdict", "The letters came out in lower case: turn Caps Lock off."
                    )
                )
            else:
                out.append(
                    arg(
                        translate(
                            "ScannerVerdict",
                            "The scanner typed “%1” instead of “%2”: this PC's keyboard layout "
                            "changes what the scanner types. Switch the keyboard to English (US) "
                            "while packing, or set the scanner's keyboard country to match the PC "
                            "(see its manual).",
                        ),
                        seen,
                        expected,
                    )
                )
        if not self.burst:
            out.append(
                arg(
                    translate(
                        "ScannerVerdict",
                        "That was typed slowly (%1 ms between keys): lazpack recognises a scanner "
                        "by its speed (a key every 5–15 ms). If that was the scanner, set it to "
                        "its fastest USB keyboard speed; by hand, use the scan field instead.",
                    ),
                    f"{self.median_gap_s * 1000:.0f}",
                )
            )
        if self.suffix == "none":
            out.append(
                translate(
                    "ScannerVerdict",
                    "The code came without Enter at its end: lazpack takes a code when Enter "
                    "(or Tab) follows it. Scan the “Add Enter (CR) suffix” barcode in the "
                    "scanner's manual.",
                )
            )
        if self.suffix == "tab":
            out.append(
                translate(
                    "ScannerVerdict",
                    "The scanner ends each code with Tab. lazpack accepts it, but Enter works "
                    "in every program: scan the “Add Enter (CR) suffix” barcode in the "
                    "scanner's manual.",
                )
            )
        return out


class ScanProbe(QLabel):
    """Receives a scan and reports it on Enter or Tab (or after a pause with neither).

    It reads the keys as the station does: the key positions (``key_stroke``), so a Thai,
    Lao or Russian layout that the station reads fine is not called a problem, and the gaps
    by the station's scan router's rule (``burst_gaps_ok``)."""

    scanned = Signal(object)

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(translate("ScanProbe", "Scan the barcode above now…"))
        self.setObjectName("scanProbe")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("border: 2px dashed #888; padding: 8px; font-size: 14pt;")
        self.clock = clock
        self.strokes: list[KeyStroke] = []
        self.times: list[float] = []
        # keys, then neither Enter nor Tab: the scanner sends no suffix
        self.no_suffix = QTimer(self)
        self.no_suffix.setSingleShot(True)
        self.no_suffix.setInterval(NO_SUFFIX_MS)
        self.no_suffix.timeout.connect(self._no_suffix)

    @property
    def keys(self) -> list[tuple[str, float]]:
        """The text of each key and when it came."""
        return [(s.text, at) for s, at in zip(self.strokes, self.times, strict=True)]

    def event(self, event: QEvent) -> bool:
        # Tab must reach keyPressEvent instead of moving the focus
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            if self.strokes:
                self.scanned.emit(self._verdict("tab" if key == Qt.Key.Key_Tab else "enter"))
            self._clear()
            return
        if is_modifier_key(event):  # Shift for a scanned capital is part of the scan
            return
        stroke = key_stroke(event)
        placed = key_position(platform_scheme(), stroke.scan_code, stroke.virtual_key)
        if stroke.backspace:  # an input method composing (Telex: d, d -> BS, đ)
            if not self.strokes:
                return
        elif placed is None and not (stroke.text and stroke.text.isprintable()):
            return
        self.strokes.append(stroke)
        self.times.append(self.clock())
        self.setText(typed_text(self.strokes))
        self.no_suffix.start()

    def _no_suffix(self) -> None:
        if self.strokes:
            self.scanned.emit(self._verdict("none"))
        self._clear()

    def _clear(self) -> None:
        self.no_suffix.stop()
        self.strokes = []
        self.times = []

    def _verdict(self, suffix: str) -> ScannerVerdict:
        gaps = [b - a for a, b in itertools.pairwise(self.times)]
        ordered = sorted(gaps) or [0.0]
        code = read_scan(self.strokes, platform_scheme())
        return ScannerVerdict(
            text=typed_text(self.strokes),
            suffix=suffix,
            median_gap_s=ordered[len(ordered) // 2],
            layout_ok=code == SCANNER_TEST_CODE,
            burst=burst_gaps_ok(gaps),
            code=code,
        )


def code128_pixmap(code: str, *, height: int = 90, module: int = 3) -> QPixmap:
    """The barcode drawn for the screen (reportlab's Code128 rendered by QtPdf)."""
    from lazpack.ui.command_sheet import render_pages

    pdf = _barcode_pdf(code, module)
    (img,) = render_pages(pdf, width=module * 11 * (len(code) + 6))
    return QPixmap.fromImage(img).scaledToHeight(height, Qt.TransformationMode.FastTransformation)


def _barcode_pdf(code: str, module: int) -> bytes:
    import io

    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    bc = Code128(code, barHeight=12 * mm, barWidth=0.33 * mm, quiet=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(bc.width, 14 * mm), invariant=True)
    bc.drawOn(c, 0, 1 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()


class ScannerStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "The scanner")

    def __init__(
        self, settings: Settings, save: Saver, *, clock: Callable[[], float] = time.monotonic
    ):
        super().__init__(
            translate(
                "ScannerStep",
                "Scan the barcode below with the desk's scanner. lazpack checks that it reads "
                "letters and digits right, ends with Enter, and types fast enough to be told "
                "apart from a person. If nothing appears, the scanner is not connected or "
                "sends no Enter/Tab: check the cable, then scan its “Add Enter” setting code.",
            )
        )
        self.settings = settings
        self.save = save
        picture = QLabel()
        picture.setObjectName("scannerTestBarcode")
        picture.setPixmap(code128_pixmap(SCANNER_TEST_CODE))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add(picture)
        caption = QLabel(SCANNER_TEST_CODE)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setStyleSheet("font-family: monospace; font-size: 12pt;")
        self.add(caption)
        self.probe = ScanProbe(clock)
        self.probe.scanned.connect(self.judge)
        self.add(self.probe)
        self.status = self.add(_status())
        self.verdict: ScannerVerdict | None = None

    def entered(self) -> None:
        self.probe.setFocus()

    def judge(self, verdict: ScannerVerdict) -> None:
        self.verdict = verdict
        advice = verdict.advice(SCANNER_TEST_CODE)
        if not advice:
            self.status.setText(
                QCoreApplication.translate(
                    "ScannerStep", "✓ The scanner works: right characters, Enter at the end, fast."
                )
            )
            self.finish(translate("ScannerStep", "Scanner: works"))
            return
        self.status.setText(
            "\n\n".join(advice)
            + translate("ScannerStep", "\n\nChange it, then scan the barcode again.")
        )
        if verdict.layout_ok and verdict.burst and verdict.suffix == "tab":  # the station takes Tab
            self.finish(translate("ScannerStep", "Scanner: works (ends with Tab)"))


# ------------------------------------------------------------------ sound
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
        self.play = _button(translate("SoundStep", "P&lay the three sounds"), "playSounds")
        self.play.clicked.connect(self.play_all)
        self.heard = _button(translate("SoundStep", "&Yes, I heard them"), "heardSounds")
        self.heard.clicked.connect(lambda: self.answer(True))
        self.not_heard = _button("N&o", "notHeardSounds")
        self.not_heard.clicked.connect(lambda: self.answer(False))
        self.row(self.play, self.heard, self.not_heard)
        self.status = self.add(_status())

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


# ------------------------------------------------------------------ shop
class ShopStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "The shop")

    def __init__(self, settings: Settings, open_shops: Callable[[], Any] | None):
        super().__init__(
            translate(
                "ShopStep",
                "Connect your Lazada shop to pack its orders, or keep the demo shop to practise "
                "first (its orders are not real). You can connect a shop later in "
                "Station → Shops…",
            )
        )
        self.connect_shop = _button(translate("ShopStep", "&Connect a Lazada shop…"), "connectShop")
        self.keep_demo = _button(translate("ShopStep", "&Keep the demo shop for now"), "keepDemo")
        self.connect_shop.setEnabled(open_shops is not None)
        if open_shops is not None:
            self.connect_shop.clicked.connect(open_shops)
            self.connect_shop.clicked.connect(
                lambda: self.finish(translate("ShopStep", "Shop: connecting"))
            )
        self.keep_demo.clicked.connect(lambda: self.finish(translate("ShopStep", "Shop: demo")))
        self.row(self.connect_shop, self.keep_demo)
        n = len(settings.shops)
        self.add(
            QLabel(
                translate("ShopStep", "Connected now: %n shop(s).", None, n)
                if n
                else translate("ShopStep", "No shop is connected yet.")
            )
        )

    def entered(self) -> None:
        self.connect_shop.setFocus()


# ------------------------------------------------------------------ the wizard
class SetupWizard(QDialog):
    """The steps one after another; Next (Enter), Back, Skip; Finish marks the desk set up."""

    finishedSetup = Signal()

    def __init__(
        self,
        settings: Settings,
        save: Saver,
        parent: QWidget | None = None,
        *,
        steps: Sequence[Step] | None = None,
        first_steps: Sequence[Step] = (),
        open_shops: Callable[[], Any] | None = None,
        print_cards: Callable[[bytes], Any] | None = None,
        sounds: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(QCoreApplication.translate("SetupWizard", "Set up this desk"))
        self.setModal(False)
        self.settings = settings
        self.save = save
        #: the packer cards' preview, when open (Packers step)
        self.cards_preview: QDialog | None = None
        if steps is None:
            steps = [
                PackersStep(settings, save, print_cards or (lambda _pdf: None)),
                PrinterStep(settings, save),
                ScannerStep(settings, save),
                SoundStep(settings, save, sounds=sounds),
                ShopStep(settings, open_shops),
            ]
        self.steps: list[Step] = [*first_steps, *steps]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        self.progress = QLabel()
        self.progress.setObjectName("setupProgress")
        self.back = _button(translate("SetupWizard", "&Back"), "setupBack")
        self.skip = _button(translate("SetupWizard", "&Skip this step"), "setupSkip")
        self.next = _button(translate("SetupWizard", "&Next"), "setupNext")
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.skip.clicked.connect(self.skip_step)
        self.next.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.addWidget(self.progress)
        nav.addStretch(1)
        for b in (self.back, self.skip, self.next):
            nav.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.resize(720, 520)
        self.skipped: list[str] = []
        self.go(0)

    def current(self) -> Step:
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.stack.setCurrentIndex(index)
        last = index == len(self.steps) - 1
        self.progress.setText(
            arg(translate("SetupWizard", "Step %1 of %2"), index + 1, len(self.steps))
        )
        self.back.setEnabled(index > 0)
        self.next.setText(
            translate("SetupWizard", "&Finish") if last else translate("SetupWizard", "&Next")
        )
        self.current().entered()

    def skip_step(self) -> None:
        self.skipped.append(translate("SetupWizard", self.current().title))
        self._advance()

    def next_step(self) -> None:
        step = self.current()
        if isinstance(step, PackersStep) and not step.apply():
            return
        self._advance()

    def _advance(self) -> None:
        if self.stack.currentIndex() == len(self.steps) - 1:
            self.settings.setup_done = True
            self.save()
            log.info("desk set up (skipped: %s)", ", ".join(self.skipped) or "none")
            self.finishedSetup.emit()
            self.accept()
            return
        self.go(self.stack.currentIndex() + 1)


def open_setup_wizard(station: Any, window: QWidget, menus: Any = None) -> SetupWizard:
    """Station → Set up this desk… (and the first start): shown non-modal beside the window."""
    from lazpack.ui.command_sheet import PdfPreview
    from lazpack.ui.print_dialogs import print_a4

    def print_cards(pdf: bytes) -> None:
        job = translate("SetupWizard", "Packer cards")
        # the preview belongs to the wizard (deleted when closed); the print job is held by
        # print_a4 until it ends, and its failure reaches the station's status bar
        wizard.cards_preview = PdfPreview(
            [pdf], job, wizard, on_print=lambda: print_a4(window, station.settings, [pdf], job)
        )

    from lazpack.ui.language_step import LanguageStep

    def reopen(_code: str) -> None:  # the set-up again, in the language just chosen
        wizard.close()
        open_setup_wizard(station, window, menus)

    controller = getattr(station, "controller", None)
    wizard = SetupWizard(
        station.settings,
        station.save_settings,
        window,
        first_steps=[LanguageStep(station.settings, station.save_settings, reopen)],
        open_shops=getattr(menus, "open_shops", None),
        print_cards=print_cards,
        sounds=getattr(controller, "sounds", None),
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.finishedSetup.connect(lambda: _printer_changed(station))
    closing = getattr(window, "closeRequested", None)
    if closing is not None:  # the station closes: so does its set-up (nothing is lost)
        closing.connect(wizard.reject)
    wizard.show()
    return wizard


def _printer_changed(station: Any) -> None:
    """The station prints through the printer the set-up saved (same settings object)."""
    lp = getattr(station, "label_printer", None)
    if isinstance(lp, LabelPrinter):
        lp.settings = station.settings.printer
