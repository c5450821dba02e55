"""Key events as Qt on X11 delivers them: with the native scan code (XKB keycode) of the key
pressed and the text the active layout made of it (design.md §8)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from lazpack.domain.keymap import KEY_NAMES, LAYOUTS, US, us_keys, xkb_keycode

X_SHIFT_MASK = 0x1


def _key_event(kind: QEvent.Type, text: str, keycode: int, shift: bool) -> QKeyEvent:
    if text == "\b":
        qt_key: int = Qt.Key.Key_Backspace.value
    elif keycode == 50:  # Shift_L
        qt_key = Qt.Key.Key_Shift.value
    else:
        qt_key = ord(text.upper()) if text else 0
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    return QKeyEvent(kind, qt_key, mods, keycode, 0, X_SHIFT_MASK if shift else 0, text, False, 1)


def press(widget: QWidget, text: str, keycode: int, shift: bool = False) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, _key_event(kind, text, keycode, shift))


def scan_through(
    widget: QWidget,
    code: str,
    layout: str | None,
    *,
    shift_presses: bool = False,
    enter: bool = True,
) -> None:
    """A US scanner sends ``code``; the PC's layout turns each key into its own character.
    ``shift_presses``: the Shift key's own press comes first, as on a real X server."""
    for name, shift in us_keys(code):
        if shift and shift_presses:
            press(widget, "", 50, False)
        if layout is None:
            text = US[name][1 if shift else 0]
        else:
            text = LAYOUTS[layout][1 if shift else 0][KEY_NAMES.index(name)].replace("\x00", "")
        press(widget, text, xkb_keycode(name), shift)
    if enter:
        press_enter(widget)


def press_enter(widget: QWidget) -> None:
    event = QKeyEvent(
        QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, 36, 0xFF0D, 0, "\r"
    )
    QApplication.sendEvent(widget, event)


X_CONTROL_MASK = 0x4


def group_separator(widget: QWidget) -> None:
    """GS1's separator as a wedge sends it: Ctrl+] with the text "\\x1d"."""
    code = xkb_keycode("AD12")  # the "]" key
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(
            kind,
            Qt.Key.Key_BracketRight.value,
            Qt.KeyboardModifier.ControlModifier,
            code,
            0x1D,
            X_CONTROL_MASK,
            "\x1d",
            False,
            1,
        )
        QApplication.sendEvent(widget, event)
