"""Keyboard-wedge recognition: bursts become scans wherever focus is; people still type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QTableWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from lazpack.ui.scanner import ScanRouter, SerialScanner
from tests.helpers.clocks import StepClock


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
    clock = StepClock(0.008)
    router = ScanRouter(scan_field, clock=clock, parent=win)
    qapp.installEventFilter(router)
    scans: list[tuple[str, str]] = []
    router.scanned.connect(lambda c, s: scans.append((c, s)))
    yield win, scan_field, search, table, clock, scans
    qapp.removeEventFilter(router)


def _type(widget: QWidget, text: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, end)


def test_burst_into_table_is_a_scan_and_table_untouched(station) -> None:
    _win, _field, _search, table, _clock, scans = station
    table.setFocus()
    table.setCurrentCell(0, 0)
    _type(table, "8851234567892")
    assert scans == [("8851234567892", "scanner")]
    assert table.currentRow() == 0


def test_burst_into_search_field_is_taken_back_out(station) -> None:
    _win, _field, search, _table, _clock, scans = station
    search.setFocus()
    search.setText("abc")
    returned: list[str] = []
    search.returnPressed.connect(lambda: returned.append(search.text()))
    _type(search, "FP0123456789")
    assert scans == [("FP0123456789", "scanner")]
    assert search.text() == "abc"
    assert returned == []  # the terminating Enter was swallowed


def test_tab_terminator_works_too(station) -> None:
    _win, _field, search, _table, _clock, scans = station
    search.setFocus()
    _type(search, "LEXDO0069388114", Qt.Key.Key_Tab)
    assert scans == [("LEXDO0069388114", "scanner")]
    assert search.hasFocus()


def test_slow_human_typing_is_not_a_scan(station) -> None:
    _win, _field, search, _table, clock, scans = station
    clock.step = 0.160
    search.setFocus()
    returned: list[str] = []
    search.returnPressed.connect(lambda: returned.append(search.text()))
    _type(search, "shirt")
    assert scans == []
    assert search.text() == "shirt"
    assert returned == ["shirt"]


def test_one_slow_gap_inside_a_burst_breaks_it(station) -> None:
    _win, _field, search, _table, clock, scans = station
    search.setFocus()
    QTest.keyClicks(search, "1234")
    clock.step = 0.3
    QTest.keyClick(search, Qt.Key.Key_5)
    clock.step = 0.008
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert scans == []


def test_scan_field_enter_is_a_field_scan(station) -> None:
    _win, field, _search, _table, clock, scans = station
    clock.step = 0.2  # typed by hand
    field.setFocus()
    _type(field, "SKU-RED-XL")
    assert scans == [("SKU-RED-XL", "field")]
    assert field.text() == ""


def test_typing_in_a_dialog_is_left_alone(station, qtbot: QtBot) -> None:
    win, _field, _search, _table, _clock, scans = station
    dlg = QDialog(win)
    edit = QLineEdit(dlg)
    QVBoxLayout(dlg).addWidget(edit)
    dlg.show()
    qtbot.waitExposed(dlg)
    edit.setFocus()
    QTest.keyClicks(edit, "1234567890")
    assert scans == []
    assert edit.text() == "1234567890"
    dlg.close()


def test_serial_lines_become_scans(qapp) -> None:
    s = SerialScanner("ttyFAKE")
    got: list[tuple[str, str]] = []
    s.scanned.connect(lambda c, src: got.append((c, src)))
    s.feed(b"88512")
    s.feed(b"34567892\r\nFP00")
    s.feed(b"1\n\r\n")
    assert got == [("8851234567892", "serial"), ("FP001", "serial")]


class KeyLog(QLineEdit):
    """A widget that records every key press it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []

    def keyPressEvent(self, event) -> None:
        self.keys.append(event.text())
        super().keyPressEvent(event)


def test_a_burst_in_a_text_field_never_reaches_it(station, qtbot: QtBot) -> None:
    win, _field, _search, _table, _clock, scans = station
    find = KeyLog()
    win.layout().addWidget(find)
    find.setFocus()
    qtbot.waitUntil(find.hasFocus)
    seen: list[str] = []
    find.textChanged.connect(seen.append)
    _type(find, "SGLEX0069800004")
    assert scans == [("SGLEX0069800004", "scanner")]
    assert find.keys == [] and seen == []  # held back, not typed and taken out again


def test_typed_keys_held_back_are_replayed_in_order(station, qtbot: QtBot) -> None:
    win, _field, _search, _table, clock, scans = station
    find = KeyLog()
    win.layout().addWidget(find)
    find.setFocus()
    qtbot.waitUntil(find.hasFocus)
    clock.step = 0.15  # a person
    QTest.keyClicks(find, "abcd")
    QTest.keyClick(find, Qt.Key.Key_Return)
    assert find.text() == "abcd"
    assert find.keys == ["a", "b", "c", "d", "\r"]  # every key, in order, Enter last
    assert scans == []


def test_a_few_late_keys_do_not_split_a_burst(station) -> None:
    _win, _field, search, _table, clock, scans = station
    search.setFocus()
    # a loaded PC: the second and ninth keys come 90 ms late, the rest at scanner speed
    for i, ch in enumerate("SLIPPERS-40-41"):
        clock.step = 0.09 if i in (1, 8) else 0.008
        QTest.keyClicks(search, ch)
    clock.step = 0.008
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert scans == [("SLIPPERS-40-41", "scanner")]
    assert search.text() == ""


def test_space_on_a_button_still_clicks_it_once(station, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton

    win, _field, _search, _table, _clock, scans = station
    button = QPushButton("OK")
    win.layout().addWidget(button)
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)  # held back: it could begin a scan
    qtbot.waitUntil(lambda: bool(clicks))  # the pause gives press and release back
    assert clicks == [True] and not button.isDown()
    assert scans == []


def test_typed_words_come_back_as_soon_as_the_pause_outlasts_a_burst(station, qtbot) -> None:
    """A person typing "shirt" at 150 ms a key: what is still held comes back after a pause
    no burst has (the router's stall limit and a margin), not seconds later, and the text
    field changes once per give-back, not once per key (the orders filter runs on it)."""
    _win, _field, search, _table, clock, scans = station
    router = _router(search)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    seen: list[str] = []
    search.textChanged.connect(seen.append)
    clock.step = 0.15
    QTest.keyClicks(search, "shirt")
    assert router.holding  # the last keys could still begin a scan
    timer = router.flush_timer
    assert timer.isActive() and timer.isSingleShot()
    assert router.stall_s < router.flush_after_s <= router.stall_s + 0.1
    assert timer.interval() == round(router.flush_after_s * 1000)
    timer.stop()
    timer.timeout.emit()  # the pause is over
    qtbot.waitUntil(lambda: router.holding == 0)
    assert search.text() == "shirt"
    assert seen == ["shi", "shirt"]  # "shi" when "r" came too late to be a burst
    assert scans == []


def test_a_key_queued_behind_the_pause_timer_still_joins_the_burst(station, qtbot) -> None:
    """A busy GUI thread delivers the rest of a burst after the pause timer fired: the held
    keys wait for the queued keys, so the scan stays one."""
    _win, _field, search, _table, _clock, scans = station
    router = _router(search)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    QTest.keyClicks(search, "FP01")
    router.flush_timer.stop()
    router.flush_timer.timeout.emit()  # fired in the same loop pass the keys were queued in
    _type(search, "23456")
    assert scans == [("FP0123456", "scanner")]
    assert search.text() == ""


def _router(widget: QWidget) -> ScanRouter:
    router = widget.window().findChild(ScanRouter)
    assert router is not None
    return router


GS1_FIRST, GS1_REST = "0109501012345678", "10ABC"


def test_a_gs1_code_with_a_group_separator_is_one_scan(station, qtbot) -> None:
    """A wedge sends GS1's FNC1 as Ctrl+] with the text GS: a key of the code (kept as GS,
    not read as "]"), not a shortcut that splits the scan in two."""
    from tests.helpers.native_keys import group_separator, scan_through

    _win, _field, search, _table, _clock, scans = station
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    scan_through(search, GS1_FIRST, None, enter=False)
    group_separator(search)
    scan_through(search, GS1_REST, None)
    assert scans == [(GS1_FIRST + "\x1d" + GS1_REST, "scanner")]
    assert search.text() == ""


def test_a_gs1_code_scanned_into_the_scan_field_keeps_its_separator(station, qtbot) -> None:
    from tests.helpers.native_keys import group_separator, scan_through

    _win, field, _search, _table, _clock, scans = station
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scan_through(field, GS1_FIRST, None, enter=False)
    group_separator(field)
    scan_through(field, GS1_REST, None)
    assert scans == [(GS1_FIRST + "\x1d" + GS1_REST, "field")]
    assert field.text() == ""


def _question(win: QWidget, qtbot: QtBot):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Cancel the order?",
        "Cancel it?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        win,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    button = box.button(QMessageBox.StandardButton.Yes)
    box.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    return box, button


def test_a_stalled_scan_never_answers_a_question_box(station, qtbot: QtBot) -> None:
    """The first letters of a scan that stalls in a question box are dropped: replayed,
    "N" would be the mnemonic of its No button."""
    win, _field, _search, _table, _clock, scans = station
    box, button = _question(win, qtbot)
    router = _router(win.layout().itemAt(0).widget())
    QTest.keyClicks(button, "NO12")
    assert router.holding  # held: they could be a scan
    router.flush_timer.stop()
    router.flush_timer.timeout.emit()  # the rest of the scan never came
    qtbot.waitUntil(lambda: router.holding == 0)
    assert box.clickedButton() is None
    assert not any(b.isDown() for b in box.buttons())
    assert box.isVisible() and scans == []


def test_space_on_a_question_box_button_still_presses_it(station, qtbot: QtBot) -> None:
    win, _field, _search, _table, _clock, _scans = station
    _box, button = _question(win, qtbot)
    router = _router(win.layout().itemAt(0).widget())
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert router.holding  # one key: it could begin a scan
    router.flush_timer.stop()
    router.flush_timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(clicks))
    assert clicks == [True]
