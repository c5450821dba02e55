"""Barcode scanner input (design.md §8).

A keyboard-wedge scanner is a keyboard that types very fast (≈5–15 ms a key) and ends with
Enter (sometimes Tab). ``ScanRouter`` is one application-wide event filter that tells such a
burst from a person typing, by key timing alone, and hands the code to the scan handler
whatever widget has focus:

* in every widget of the window (the orders table and its type-ahead, a tab bar, a button,
  the search box, History's Find field) the first printable keys are *held back*, not
  delivered, while they could still be a burst. A burst ending in Enter/Tab is a scan: the
  widget never saw a key of it, so nothing is split, eaten or turned into navigation. When it
  turns out to be typing (a slow key, a short run, a shortcut, a pause, focus moving on), the
  held keys are replayed to the widget in order, so typed text stays typed text;
* in a dialog the packer is typing, so nothing is intercepted;
* the visible ``scanInput`` field is a scan source of its own (manual entry or a scan).

A scan is read by key position, not by the active keyboard layout (``lazpack.domain.keymap``):
on a Thai, Lao or Russian layout, or under a Telex/VNI input method, the code is rebuilt from
the native scan codes of the keys pressed, as the US-layout scanner meant it. Typed text that
is not a scan stays as typed.

Timing comes from the key events' own timestamps (the X server's, say), so a busy GUI thread
that delivers queued keys late cannot break a burst in two; an injectable clock replaces them
in tests, because QTest events carry timestamp 0.
A serial (COM) scanner is a second source through ``SerialScanner``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from lazpack.domain.keymap import (
    GS,
    Composer,
    KeyScheme,
    KeyStroke,
    key_position,
    read_scan,
    typed_text,
)
from lazpack.i18n import arg
from lazpack.log import get_logger

log = get_logger("ui.scanner")

_TERMINATORS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
#: GS1's group separator (FNC1 as transmitted): a wedge types it as Ctrl+] with this text
_GS = GS
#: a scanner presses Shift for capitals and some symbols: those presses are part of a burst
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
}


#: a wedge's longest usual gap between keys (it types one every 5–15 ms; a person needs 80+)
MAX_GAP_S = 0.045
#: the longest pause inside a burst (a loaded PC or USB hub stalls a few of its keys)
STALL_S = 0.25


def burst_gaps_ok(
    gaps: Sequence[float], max_gap_s: float = MAX_GAP_S, stall_s: float = STALL_S
) -> bool:
    """Whether keys with these gaps between them are one burst to the router.

    A scanner's gaps are short, but a loaded PC or USB hub delivers some late (up to a half
    of them, none longer than ``stall_s``). A person's gaps are all long: after two or three
    keys it is clearly typing. ``gaps[i]`` is the pause before key ``i + 1``."""
    slow = 0
    for held, gap in enumerate(gaps, start=1):
        if gap > stall_s:
            return False
        slow += gap > max_gap_s
        if slow > 1 + held // 2:
            return False
    return True


def is_modifier_key(event: QKeyEvent) -> bool:
    """Shift, Ctrl, Alt… pressed on their own: a scanner presses Shift inside a burst."""
    return event.key() in _MODIFIER_KEYS


def platform_scheme() -> KeyScheme:
    """Which native key code names a key position on the platform Qt runs on."""
    name = QGuiApplication.platformName()
    if name == "windows":
        return KeyScheme.WINDOWS
    if name == "cocoa":
        return KeyScheme.MAC
    if name in ("xcb", "wayland"):
        return KeyScheme.XKB
    # offscreen / minimal: the native codes, if any, are those of the OS underneath
    return {"win32": KeyScheme.WINDOWS, "darwin": KeyScheme.MAC}.get(sys.platform, KeyScheme.XKB)


def key_stroke(event: QKeyEvent) -> KeyStroke:
    """A Qt key press as the layout-independent ``KeyStroke`` the keymap reads."""
    return KeyStroke(
        text=event.text(),
        scan_code=event.nativeScanCode(),
        virtual_key=event.nativeVirtualKey(),
        shift=bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier),
        backspace=event.key() == Qt.Key.Key_Backspace,
    )


@dataclass(slots=True)
class _Burst:
    strokes: list[KeyStroke] = field(default_factory=list)
    last: float = 0.0
    #: the longest gap between keys (the scan field's run: fast means a scanner typed it)
    max_gap: float = 0.0
    #: gaps longer than a scanner's (a busy PC or USB hub stalls a burst now and then)
    slow: int = 0
    widget: QWidget | None = None
    #: copies of the held key presses, replayed to ``widget`` if this was typing after all
    events: list[QKeyEvent] = field(default_factory=list)

    def text(self) -> str:
        """What the keys typed (an input method's backspaces applied)."""
        return typed_text(self.strokes)


def _is_text_entry(w: QWidget | None) -> bool:
    if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(w, "isReadOnly", lambda: False)()
    return isinstance(w, QComboBox) and w.isEditable()


class ScanRouter(QObject):
    """Application-wide keyboard-wedge detector.

    ``scanned(code, source)``: source is ``"scanner"`` for a recognised burst, ``"field"``
    for Enter in the scan field (typed or scanned), ``"serial"`` for the serial source.
    """

    scanned = Signal(str, str)

    def __init__(
        self,
        scan_field: QLineEdit | None = None,
        *,
        clock: Callable[[], float] | None = None,
        max_gap_s: float = MAX_GAP_S,
        stall_s: float = STALL_S,
        min_length: int = 4,
        scheme: KeyScheme | None = None,
        composer: Composer = Composer.TELEX,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: None: the key events' timestamps (monotonic time for events without one)
        self._clock = clock
        self.scheme = scheme if scheme is not None else platform_scheme()
        #: the Vietnamese input method whose composed letters a burst is taken apart with
        #: (the station setting ``packing.scanner_composer``, Settings → Vietnamese typing)
        self.composer = composer
        self.max_gap_s = max_gap_s
        #: the longest pause inside a burst; only a few of its gaps may exceed ``max_gap_s``
        self.stall_s = stall_s
        #: a pause after which held keys cannot be a burst any more: they are given back then
        self.flush_after_s = stall_s + 0.05
        self.min_length = min_length
        self._burst = _Burst()
        self._scan_field: QLineEdit | None = None
        self._field = _Burst()
        self.enabled = True
        self._replaying = False
        # Held keys of a run that stops short of a terminator are typing: give them back
        # to their widget as soon as the pause is longer than any a burst has.
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(round(self.flush_after_s * 1000))
        self._flush.timeout.connect(self._on_pause)
        # Keys a busy GUI thread still has queued are delivered after this loop pass's
        # timers: the held keys are given back on the next pass, unless one of those joined.
        self._after_queued = QTimer(self)
        self._after_queued.setSingleShot(True)
        self._after_queued.setInterval(0)
        self._after_queued.timeout.connect(self._abandon)
        if scan_field is not None:
            self.set_scan_field(scan_field)

    def set_scan_field(self, field_: QLineEdit) -> None:
        self._scan_field = field_
        self._field = _Burst()
        # Codes are ASCII: an input method (Telex, VNI, pinyin) has nothing to compose here,
        # and composing would hide the keys a scan is read from.
        field_.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def set_composer(self, name: str) -> None:
        """The station's "Vietnamese typing" setting (``"telex"`` / ``"vni"``)."""
        try:
            self.composer = Composer(name)
        except ValueError:
            log.warning("unknown Vietnamese typing method %r; reading scans as Telex", name)
            self.composer = Composer.TELEX

    def _now(self, event: QKeyEvent) -> float:
        if self._clock is not None:
            return self._clock()
        stamp = event.timestamp()
        return stamp / 1000.0 if stamp else time.monotonic()

    def read(self, strokes: list[KeyStroke]) -> str:
        """The code a run of key presses stands for, read by key position."""
        return read_scan(strokes, self.scheme, self.composer)

    # ------------------------------------------------------------ routing
    def _in_dialog(self, w: QWidget) -> bool:
        """The packer may be typing in a dialog; a question box has nothing to type in,
        so a scan there still reaches the station (which answers the question for it)."""
        win = w.window()
        if isinstance(win, QMessageBox) and not _is_text_entry(w):
            return False
        return isinstance(win, QDialog) or QApplication.activeModalWidget() is not None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled:
            return False
        if event.type() == QEvent.Type.KeyRelease:
            return self._release(obj, event)
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        # A key event propagates to the parents of its receiver and the filter sees each
        # delivery; only the first one, to the focus widget itself, counts.
        if focus is None or obj is not focus:
            return False
        assert isinstance(event, QKeyEvent)
        if focus is self._scan_field:
            return self._scan_field_key(event)
        if self._in_dialog(focus):
            self._abandon()
            return False
        return self._burst_key(focus, event)

    def _release(self, obj: QObject, event: QEvent) -> bool:
        """A held key's release is held with it (replayed after its press, or dropped with
        the scan), so a button never sees a release without its press, or the reverse."""
        b = self._burst
        if not b.events or obj is not b.widget or not isinstance(event, QKeyEvent):
            return False
        if event.key() in _TERMINATORS or is_modifier_key(event):
            return False
        b.events.append(event.clone())
        return True

    def _scan_field_key(self, event: QKeyEvent) -> bool:
        field_ = self._scan_field
        assert field_ is not None
        if event.key() in _TERMINATORS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            code = self._field_code(field_.text())
            field_.clear()
            self._abandon()
            self._field = _Burst()
            if code.strip():
                self.scanned.emit(code, "field")
            return True
        # Remember the keys behind the field's text, so Enter can read them by position.
        now = self._now(event)
        f = self._field
        if not field_.text() or (f.strokes and now - f.last > 10.0):
            f = self._field = _Burst()
        stroke = key_stroke(event)
        gs = stroke.text == _GS
        placed = key_position(self.scheme, stroke.scan_code, stroke.virtual_key) is not None
        if gs or stroke.backspace or placed or (stroke.text and stroke.text.isprintable()):
            if f.strokes:
                f.max_gap = max(f.max_gap, now - f.last)
            f.strokes.append(stroke)
            f.last = now
        if gs:
            # A line edit types no control character (and Ctrl+] is no key of its own):
            # the separator goes in by hand, so the field's text and its keys stay one code.
            field_.insert(_GS)
            return True
        return False

    def _field_code(self, text: str) -> str:
        """The scan field's text, or the keys behind it read by position when it was a scan.

        A fast run of keys (a scanner), or characters no code contains, is read from the keys
        pressed; text a person typed in ASCII, or pasted or edited, stays as it is.
        """
        f = self._field
        if not f.strokes or f.text() != text:
            return text
        if f.max_gap <= self.max_gap_s or not text.isascii():
            return self.read(f.strokes)
        return text

    def _burst_key(self, focus: QWidget, event: QKeyEvent) -> bool:
        if is_modifier_key(event):
            return False
        now = self._now(event)
        b = self._burst
        gap = now - b.last if b.strokes else 0.0
        if b.strokes and (b.widget is not focus or not self._may_continue(b, gap)):
            self._abandon()
            b = self._burst
            gap = 0.0
        key = event.key()
        if key in _TERMINATORS:
            code = self.read(b.strokes) if b.strokes else ""
            # (a burst that could not continue was abandoned above, so ``b`` is one)
            if len(code) >= self.min_length and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                typed = b.text()
                self._reset()
                log.debug(
                    "scanner burst of %d chars%s",
                    len(code),
                    " read by key position" if code != typed else "",
                )
                self.scanned.emit(code, "scanner")
                return True
            self._abandon()
            return False
        if key == Qt.Key.Key_Backspace and b.strokes and gap <= self.max_gap_s:
            # an input method composing inside a burst (Telex: d, d -> BS, đ)
            self._hold(b, event, key_stroke(event), now, gap)
            return True
        text = event.text()
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        stroke = key_stroke(event)
        # a key some layouts give no character (Lao Shift+B) is still a key of the scan
        placed = key_position(self.scheme, stroke.scan_code, stroke.virtual_key) is not None
        # GS comes with Ctrl held (Ctrl+]): a key of the code all the same, not a shortcut
        if text != _GS and (mods or (not text and not placed) or (text and not text.isprintable())):
            self._abandon()
            return False
        if not b.strokes:
            b.widget = focus
        self._hold(b, event, stroke, now, gap)
        # Held back: neither a table's type-ahead nor a text field sees a key of a scan.
        return True

    def _may_continue(self, b: _Burst, gap: float) -> bool:
        """A key ``gap`` after the last one still belongs to burst ``b`` (the rule of
        ``burst_gaps_ok``, kept incrementally)."""
        if gap > self.stall_s:
            return False
        slow = b.slow + (gap > self.max_gap_s)
        return slow <= 1 + len(b.strokes) // 2

    def _hold(self, b: _Burst, event: QKeyEvent, stroke: KeyStroke, now: float, gap: float) -> None:
        if b.strokes:
            b.slow += gap > self.max_gap_s
        b.strokes.append(stroke)
        b.events.append(event.clone())
        b.last = now
        self._after_queued.stop()
        self._flush.start()

    @property
    def flush_timer(self) -> QTimer:
        """Fires when the pause since the last held key is longer than a burst's (tests)."""
        return self._flush

    def _on_pause(self) -> None:
        self._after_queued.start()

    @property
    def holding(self) -> int:
        """How many key presses are held back right now (tests, diagnostics)."""
        return len(self._burst.events)

    def flush(self) -> None:
        """Give held keys back to their widget now: they were typing, not a scan."""
        self._abandon()

    def _abandon(self) -> None:
        """Not a burst after all: the held keys were typing; replay them to their widget.

        In a question box nothing is typed, and a plain letter is a button's mnemonic: keys
        held there are the start of a scan that stalled, and are dropped, not replayed, so
        a scan never answers a question with its first letter."""
        b = self._burst
        self._reset()
        w = b.widget
        if w is None or not b.events or not isValid(w):
            return
        if isinstance(w.window(), QMessageBox) and [s.text for s in b.strokes] != [" "]:
            # (one Space is a person pressing the focused button; no code begins with it)
            log.debug("dropped %d held keys in a question box", len(b.strokes))
            return
        # A text field gets its text changed once, not once per key: the keys before the
        # last press go in with its signals blocked (textChanged would refilter the orders
        # list for every one of them), and the last press tells of the whole text.
        last_press = max(
            (i for i, ev in enumerate(b.events) if ev.type() == QEvent.Type.KeyPress),
            default=-1,
        )
        coalesce = isinstance(w, QLineEdit) and last_press > 0
        self._replaying = True
        try:
            for i, ev in enumerate(b.events):
                if not isValid(w):
                    break
                quiet = coalesce and i < last_press
                was_blocked = w.blockSignals(True) if quiet else False
                try:
                    QApplication.sendEvent(w, ev)
                finally:
                    if quiet and isValid(w):
                        w.blockSignals(was_blocked)
        finally:
            self._replaying = False

    def _reset(self) -> None:
        self._flush.stop()
        self._after_queued.stop()
        self._burst = _Burst()


class SerialScanner(QObject):
    """A serial (COM / ttyACM) scanner: one code per CR/LF-terminated line."""

    scanned = Signal(str, str)
    failed = Signal(str)

    def __init__(self, port_name: str, baud: int = 9600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port_name = port_name
        self._baud = baud
        self._buf = bytearray()
        self._port: QObject | None = None

    def open(self) -> bool:
        try:
            from PySide6.QtSerialPort import QSerialPort
        except ImportError as err:  # Qt without the serial module
            self.failed.emit(
                arg(
                    QCoreApplication.translate(
                        "SerialScanner", "Serial scanners are not supported here: %1"
                    ),
                    err,
                )
            )
            return False
        port = QSerialPort(self._port_name, self)
        port.setBaudRate(self._baud)
        if not port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self.failed.emit(
                arg(
                    QCoreApplication.translate("SerialScanner", "Cannot open scanner port %1: %2"),
                    self._port_name,
                    port.errorString(),
                )
            )
            return False
        port.readyRead.connect(lambda: self.feed(bytes(port.readAll().data())))
        port.errorOccurred.connect(
            lambda e: (
                self.failed.emit(f"Scanner port {self._port_name}: {port.errorString()}")
                if e != QSerialPort.SerialPortError.NoError
                else None
            )
        )
        self._port = port
        return True

    def close(self) -> None:
        if self._port is not None:
            self._port.close()  # type: ignore[attr-defined]
            self._port = None

    def feed(self, data: bytes) -> None:
        self._buf.extend(data)
        while True:
            idx = min(
                (i for i in (self._buf.find(b"\r"), self._buf.find(b"\n")) if i >= 0), default=-1
            )
            if idx < 0:
                break
            line = bytes(self._buf[:idx]).decode("utf-8", errors="replace").strip()
            del self._buf[: idx + 1]
            if line:
                self.scanned.emit(line, "serial")
