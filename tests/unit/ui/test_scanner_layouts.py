"""The scanner under a Thai, Lao or Russian layout and a Telex composer, through real
QKeyEvents that carry native scan codes, as Qt on X11 delivers them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lazpack.domain.keymap import KEY_NAMES, LAYOUTS, US, KeyScheme, us_keys, xkb_keycode
from lazpack.ui.scanner import ScanRouter
from tests.helpers.clocks import StepClock
from tests.helpers.native_keys import press, scan_through


@pytest.fixture
def station(qtbot: QtBot, qapp):
    win = QWidget()
    lay = QVBoxLayout(win)
    scan_field = QLineEdit()
    scan_field.setObjectName("scanInput")
    search = QLineEdit()
    search.setObjectName("search")
    table = QTableWidget(3, 2)
    for w in (scan_field, search, table):
        lay.addWidget(w)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    router = ScanRouter(scan_field, clock=StepClock(0.008), scheme=KeyScheme.XKB)
    qapp.installEventFilter(router)
    scans: list[tuple[str, str]] = []
    router.scanned.connect(lambda c, s: scans.append((c, s)))
    yield scan_field, search, table, router, scans
    qapp.removeEventFilter(router)


CODES = ["300247220741021", "TSHIRT-Blk/XL.2", "#LP:PACKER:Ana", "mug-ddaa.7"]


@pytest.mark.parametrize("layout", ["th", "la", "ru"])
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("where", ["table", "search", "scanInput"])
def test_scan_under_a_foreign_layout_reads_as_sent(station, layout, code, where) -> None:
    scan_field, search, table, _router, scans = station
    widget = {"table": table, "search": search, "scanInput": scan_field}[where]
    widget.setFocus()
    search.setText("abc")
    search.setCursorPosition(3)
    scan_through(widget, code, layout)
    source = "field" if where == "scanInput" else "scanner"
    assert scans == [(code, source)]
    assert search.text() == "abc"  # the Thai characters typed there were taken back out
    assert scan_field.text() == ""


@pytest.mark.parametrize("where", ["table", "search"])
def test_shift_pressed_on_its_own_inside_a_burst_keeps_the_burst(station, where) -> None:
    _scan_field, search, table, _router, scans = station
    widget = table if where == "table" else search
    widget.setFocus()
    scan_through(widget, "LEXDO-0069#A:b", "th", shift_presses=True)
    assert scans == [("LEXDO-0069#A:b", "scanner")]
    assert search.text() == ""


def test_typed_thai_text_in_a_field_stays_as_typed(station, qtbot: QtBot) -> None:
    _scan_field, search, _table, router, scans = station
    router._clock = StepClock(0.4)  # a person: 400 ms between keys
    search.setFocus()
    for name, shift in us_keys("ab"):
        text = LAYOUTS["th"][0][KEY_NAMES.index(name)]
        press(search, text, xkb_keycode(name), shift)
    # the last key is held until the pause shows it was typing (the router's timer)
    qtbot.waitUntil(lambda: router.holding == 0)
    assert search.text() == "ฟิ"
    assert scans == []


def test_slow_ascii_typing_in_the_scan_field_stays_as_typed(station) -> None:
    scan_field, _search, _table, router, scans = station
    router._clock = StepClock(0.4)
    scan_field.setFocus()
    # Caps Lock on: a person's unshifted keys type capitals, and that is what they meant
    for ch in "abc":
        name, _ = us_keys(ch)[0]
        press(scan_field, ch.upper(), xkb_keycode(name), False)
    QApplication.sendEvent(
        scan_field,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"),
    )
    assert scans == [("ABC", "field")]


def test_scan_field_takes_no_input_method(station) -> None:
    scan_field, *_ = station
    assert not scan_field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)


@pytest.mark.parametrize("where", ["table", "search"])
def test_telex_composer_inside_a_burst_is_undone(station, where) -> None:
    """Unikey-style Telex: the key completing dd/aa/ow is swallowed, the composer sends a
    Backspace and the composed letter, which has no scan code."""
    _scan_field, search, table, _router, scans = station
    widget = table if where == "table" else search
    widget.setFocus()
    code = "SKU-ddaaow-7"
    pairs = {"dd": "đ", "aa": "â", "ow": "ơ"}
    prev = ""
    for name, shift in us_keys(code):
        ch = US[name][1 if shift else 0]
        if (prev + ch) in pairs:
            press(widget, "\b", 22)
            press(widget, pairs[prev + ch], 0)
            prev = ""
        else:
            press(widget, ch, xkb_keycode(name), shift)
            prev = ch
    QApplication.sendEvent(
        widget,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"),
    )
    assert scans == [(code, "scanner")]
    assert search.text() == ""


def test_a_scan_into_the_sku_choice_dialog_is_read_by_key_position(qtbot: QtBot) -> None:
    """The link dialog takes a scan of its own (and hands it on): Thai layout, capitals."""
    from lazpack.ui.alias_dialog import SkuChoiceDialog

    dlg = SkuChoiceDialog("Which item?", "Scan or pick", [])
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.list.setFocus()
    code = "BACKPACK-GREY"
    for name, shift in us_keys(code):
        if shift:  # a real keyboard reports the Shift press on its own first
            press(dlg.list, "", 50, False)
        text = LAYOUTS["th"][1 if shift else 0][KEY_NAMES.index(name)]
        press(dlg.list, text, xkb_keycode(name), shift)
    QApplication.sendEvent(
        dlg.list,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"),
    )
    assert dlg.handed_on == code


def test_vni_composer_set_in_settings_is_how_the_router_reads_a_burst(
    station, qtbot: QtBot
) -> None:
    """Settings → Vietnamese typing: VNI. Unikey's VNI turns d9/a6/o7 into đ/â/ơ (a
    Backspace and the composed letter); the router takes them apart the VNI way."""
    from lazpack.config import Settings
    from lazpack.domain.keymap import Composer
    from lazpack.ui.settings_dialog import SettingsDialog

    _scan_field, search, _table, router, scans = station
    settings = Settings()
    assert settings.packing.scanner_composer == "telex"
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    assert dlg.composer.currentData() == "telex"
    dlg.composer.setCurrentIndex(dlg.composer.findData("vni"))
    dlg.apply(settings)
    assert settings.packing.scanner_composer == "vni"
    router.set_composer(settings.packing.scanner_composer)
    assert router.composer is Composer.VNI

    search.setFocus()
    code = "SKU-d9a6o7-7"
    pairs = {"d9": "đ", "a6": "â", "o7": "ơ"}
    prev = ""
    for name, shift in us_keys(code):
        ch = US[name][1 if shift else 0]
        if (prev + ch) in pairs:
            press(search, "\b", 22)
            press(search, pairs[prev + ch], 0)
            prev = ""
        else:
            press(search, ch, xkb_keycode(name), shift)
            prev = ch
    QApplication.sendEvent(
        search,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"),
    )
    assert scans == [(code, "scanner")]
    # a setting the router does not know reads as Telex, with a warning in the log
    router.set_composer("viqr")
    assert router.composer is Composer.TELEX
