"""Set-up step: the scanner (scan the barcode on screen: suffix, speed, keyboard layout)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QLabel,
)

from lazpack.config import Settings
from lazpack.domain.keymap import KeyStroke, key_position, read_scan, typed_text
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.ui.scanner import burst_gaps_ok, is_modifier_key, key_stroke, platform_scheme
from lazpack.ui.setup.step import Saver, Step, status_label

#: keys and then no Enter/Tab for this long: the scanner sends no suffix
NO_SUFFIX_MS = 1500
#: the code the scanner test shows: letters and digits, so a wrong layout shows in both
SCANNER_TEST_CODE = "LP7Q4509XZ"


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
        self.status = self.add(status_label())
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
