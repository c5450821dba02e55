"""History tab against a real journal file: search, timeline, CSV export, off-thread reads."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from lazpack import log
from lazpack.config import Settings
from lazpack.domain.orderbook import OrderBook
from lazpack.storage.journal import SqliteJournal, SqliteJournalReader
from lazpack.ui.history_model import severity
from lazpack.ui.history_view import HistoryView
from lazpack.ui.journal_reader import JournalReader
from lazpack.ui.journal_views import install_journal_views
from lazpack.ui.main_window import MainWindow
from tests.helpers.clocks import FakeClock
from tests.helpers.journal_days import (
    DAY1,
    DAY2,
    NOON_DAY2,
    SECRET,
    SHOP,
    at,
    fill,
)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    log.register_secret(SECRET)
    clock = FakeClock(NOON_DAY2)
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1", clock=clock)
    fill(j, clock)
    yield j
    j.close()


@pytest.fixture
def reader(journal: SqliteJournal) -> Iterator[JournalReader]:
    r = JournalReader(journal, open_reader=journal.open_reader)
    yield r
    r.close()


@pytest.fixture
def view(qtbot: QtBot, journal: SqliteJournal, reader: JournalReader) -> HistoryView:
    v = HistoryView(journal, reader=reader, tz=UTC, today=lambda: DAY2, packers=["ann"])
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    return v


def search(qtbot: QtBot, view: HistoryView, **filters: object) -> set[int]:
    view.set_filter(**filters)  # type: ignore[arg-type]
    with qtbot.waitSignal(view.searched, timeout=10_000):
        view.refresh()
    return shown_orders(view)


def shown_orders(view: HistoryView) -> set[int]:
    return {view.model.history_row(r).entry.order_id or 0 for r in range(view.model.rowCount())}


def column(view: HistoryView, name: str) -> list[str]:
    c = view.model.HEADERS.index(name)
    return [view.model.cell(r, c) for r in range(view.model.rowCount())]


def test_default_range_is_the_last_seven_days_newest_first(qtbot: QtBot, view: HistoryView) -> None:
    f = view.current_filter()
    assert (f.since, f.until) == (at(DAY2 - timedelta(days=6), 0), at(DAY2 + timedelta(days=1), 0))
    assert search(qtbot, view) == {101, 102, 103, 201, 202, 301, 302}
    times = column(view, "Time")
    assert times == sorted(times, reverse=True)
    assert times[0] == "2026-03-03 11:30:00"  # the step_failed event
    assert view.status.text() == f"{view.model.rowCount()} lines in 7 orders"


def test_search_by_order_tracking_package_sku_and_code(qtbot: QtBot, view: HistoryView) -> None:
    assert search(qtbot, view, query="102") == {102}
    assert set(column(view, "Order")) == {"102 (#9102)"}
    assert search(qtbot, view, query="9201") == {201}  # order number
    assert search(qtbot, view, query="lex301") == {301}  # tracking, any case
    assert search(qtbot, view, query="FP103") == {103}  # package id
    assert search(qtbot, view, query="CUP-BLUE") == {102}  # SKU of a wrong scan
    assert search(qtbot, view, query="TEA-1") == {102, 201, 202, 301}
    assert search(qtbot, view, query="X-1") == {202}  # a scanned code nobody knew
    assert search(qtbot, view, query="no-such-thing") == set()
    assert view.status.text() == "Nothing found for these filters."


def test_filter_by_packer_and_dates(qtbot: QtBot, view: HistoryView) -> None:
    assert search(qtbot, view, packer="bob") == {201, 202, 301}
    assert search(qtbot, view, packer="BOB", date_from=DAY2, date_to=DAY2) == {201, 202}
    assert search(qtbot, view, packer="", date_from=DAY1, date_to=DAY1) == {301, 302}
    # only lines inside the range are listed
    assert {t[:10] for t in column(view, "Time")} == {"2026-03-02"}
    # packers met in results become choices
    choices = {view.packer.itemText(i) for i in range(view.packer.count())}
    assert {"ann", "bob", "chai"} <= choices


def test_result_columns_say_what_happened(qtbot: QtBot, view: HistoryView) -> None:
    search(qtbot, view, query="102")
    rows = [
        (
            view.model.cell(r, 2),
            view.model.cell(r, 5),
            view.model.cell(r, 6),
            view.model.cell(r, 8),
        )
        for r in range(view.model.rowCount())
    ]
    assert rows[0] == ("ann", "rts (Lazada)", "failed", "req-102-rts")
    assert ("ann", "scan 999", "wrong item", "") in rows
    assert ("ann", "pack (Lazada)", "ok", "req-102-pack") in rows
    detail = column(view, "Detail")
    assert any("Lazada refused: package not found" in d for d in detail)
    assert set(column(view, "Station")) == {"st-1"}


def test_enter_opens_the_order_timeline_in_order_with_failures_marked(
    qtbot: QtBot, view: HistoryView
) -> None:
    search(qtbot, view, query="LEX102")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() > 0 and not view.busy)
    tm = view.timeline_model
    lines = [(tm.cell(r, 1), tm.cell(r, 2)) for r in range(tm.rowCount())]
    assert lines == [
        ("scan O102", "order"),
        ("scan 999", "wrong item"),
        ("scan 88503", "ok"),
        ("pack (Lazada)", "ok"),
        ("label printed", ""),
        ("rts (Lazada)", "failed"),
    ]
    assert [severity(tm.entry(r)) for r in range(tm.rowCount())] == [
        "", "error", "ok", "ok", "", "error",
    ]  # fmt: skip
    wrong_bg = tm.data(tm.index(1, 0), Qt.ItemDataRole.BackgroundRole)
    assert wrong_bg is not None and wrong_bg.red() > wrong_bg.green()
    assert tm.data(tm.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    header = view.timeline_header.text()
    assert header.startswith("Order 102 (#9102) · shop-sg · packed")
    assert "packages FP102" in header and "tracking LEX102" in header
    assert "1 packer ann · 1 station st-1 · 6 lines, 1 wrong scan of 2 item scans" in header
    assert header.endswith("· 2 failures")
    assert view.timeline.hasFocus()


def test_double_click_opens_the_timeline_and_unknown_outcomes_are_amber(
    qtbot: QtBot, view: HistoryView
) -> None:
    search(qtbot, view, query="103")
    rect = view.table.visualRect(view.model.index(0, 1))
    # QTest's double click carries no press of its own: press first, as a hand does.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() > 0 and not view.busy)
    assert view.timeline_order is not None and view.timeline_order.order_id == 103
    tm = view.timeline_model
    last = tm.rowCount() - 1
    assert (tm.cell(last, 1), tm.cell(last, 2)) == ("rts (Lazada)", "unknown")
    assert severity(tm.entry(last)) == "warning"
    amber = tm.data(tm.index(last, 2), Qt.ItemDataRole.ForegroundRole)
    assert amber is not None and amber.red() > amber.blue()
    assert "1 without a known outcome" in view.timeline_header.text()


def test_keyboard_only_search_and_open(qtbot: QtBot, view: HistoryView) -> None:
    view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "FP301")
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert shown_orders(view) == {301}
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() == 5 and not view.busy)
    assert view.timeline.hasFocus()


def test_typing_searches_after_a_pause(qtbot: QtBot, view: HistoryView) -> None:
    view.search.setFocus()
    with qtbot.waitSignal(view.searched, timeout=10_000):
        qtbot.keyClicks(view.search, "LEX201")
    assert shown_orders(view) == {201}


def test_export_writes_the_filtered_lines_without_secrets(
    qtbot: QtBot, view: HistoryView, tmp_path: Path
) -> None:
    search(qtbot, view, packer="bob", date_from=DAY2, date_to=DAY2)
    out = tmp_path / "bob.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000) as sig:
        view.export_to(out)
    assert sig.args == [str(out), view.model.rowCount()]
    with out.open(encoding="utf-8-sig", newline="") as f:
        parsed = list(csv.DictReader(f))
    assert {r["order_id"] for r in parsed} == {"201", "202"}
    assert {r["ts"][:10] for r in parsed} == {"2026-03-03"}
    assert len(parsed) == view.model.rowCount()  # the same lines the table shows
    text = out.read_text(encoding="utf-8-sig")
    assert SECRET not in text and "ABCDEF" not in text
    assert log.REDACTED in text
    assert view.status.text() == f"Exported {len(parsed)} lines to {out}."
    # nor on screen
    assert not any(SECRET in d for d in column(view, "Detail"))


def test_export_button_opens_a_save_dialog_without_blocking(
    qtbot: QtBot, view: HistoryView, tmp_path: Path
) -> None:
    search(qtbot, view, query="LEX301")
    view.export_button.click()  # returns at once: the dialog is open(), not exec()
    dlg = view.export_dialog
    assert isinstance(dlg, QFileDialog) and dlg.isVisible()
    assert dlg.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dlg.defaultSuffix() == "csv"
    assert dlg.selectedFiles()[0].endswith("lazpack-history-20260303.csv")
    out = tmp_path / "one-order.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000) as sig:
        dlg.fileSelected.emit(str(out))
    assert sig.args[1] == 5
    with out.open(encoding="utf-8-sig", newline="") as f:
        assert {r["order_id"] for r in csv.DictReader(f)} == {"301"}
    dlg.close()  # emitting fileSelected does not close it


def test_export_to_a_missing_folder_says_so(
    qtbot: QtBot, view: HistoryView, tmp_path: Path
) -> None:
    view.export_to(tmp_path / "no-such-folder" / "x.csv")
    qtbot.waitUntil(lambda: view.export_button.isEnabled() and not view.busy)
    assert "could not be exported" in view.status.text()
    assert "Choose another folder" in view.status.text()


def test_queries_run_on_a_worker_thread_through_their_own_connection(
    qtbot: QtBot, journal: SqliteJournal
) -> None:
    threads: list[str] = []

    def open_reader() -> SqliteJournalReader:
        threads.append(threading.current_thread().name)
        return journal.open_reader()

    reader = JournalReader(journal, open_reader=open_reader)
    view = HistoryView(journal, reader=reader, tz=UTC, today=lambda: DAY2)
    qtbot.addWidget(view)
    try:
        assert search(qtbot, view, query="201") == {201}
        assert search(qtbot, view, query="202") == {202}
        assert len(threads) == 1 and threads[0] != threading.main_thread().name
        # the window's journal keeps writing while the reader is open
        journal.record_scan(shop_id=SHOP, order_id=203, code="O203", result="order")
        assert search(qtbot, view, query="203") == {203}
    finally:
        reader.close()


def test_a_newer_search_wins_over_an_older_answer(qtbot: QtBot, view: HistoryView) -> None:
    view.set_filter(query="101")
    view.refresh()
    view.set_filter(query="302")
    with qtbot.waitSignal(view.searched, timeout=10_000):
        view.refresh()
    qtbot.waitUntil(lambda: not view.busy)
    assert shown_orders(view) == {302}


def test_a_view_without_a_shared_reader_starts_and_stops_its_own(
    qtbot: QtBot, journal: SqliteJournal
) -> None:
    view = HistoryView(journal, tz=UTC, today=lambda: DAY2)
    qtbot.addWidget(view)
    assert search(qtbot, view, query="LEX302") == {302}
    view.shutdown()
    view.shutdown()  # twice is harmless (window close, then application quit)


def test_installed_pages_open_from_the_keyboard_and_read_fresh(
    qtbot: QtBot, journal: SqliteJournal, tmp_path: Path
) -> None:
    window = MainWindow(OrderBook())
    qtbot.addWidget(window)
    saved: list[Settings] = []
    settings = Settings(packer="ann", journal_retention_days=200)
    views = install_journal_views(window, journal, settings, saved.append)
    try:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: not views.stats.busy)
        qtbot.waitUntil(window.isActiveWindow)
        # The fixture's days are in the past of the real clock the installed views use, and
        # their local days depend on the machine's zone: take a day either side.
        views.history.set_filter(date_from=DAY1 - timedelta(1), date_to=DAY2 + timedelta(1))
        views.stats.set_day(DAY2)
        view_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
        assert [a.text() for a in view_menu.actions()][-2:] == ["&History", "S&tats"]
        with qtbot.waitSignal(views.history.searched, timeout=10_000):
            qtbot.keyClick(window, Qt.Key.Key_F7)
        assert window.pages.currentWidget() is views.history
        assert views.history.search.hasFocus()  # ready to type or scan a number
        assert len(shown_orders(views.history)) == 7
        assert views.history.packer.findText("ann") >= 0
        journal.record_scan(shop_id=SHOP, order_id=999, code="O999", result="order")
        with qtbot.waitSignal(views.stats.refreshed, timeout=10_000):
            qtbot.keyClick(window, Qt.Key.Key_F8)
        assert window.pages.currentWidget() is views.stats
        assert views.stats.retention is not None
        views.stats.retention.days.setValue(45)
        views.stats.retention.save()
        assert [s.journal_retention_days for s in saved] == [45]
        with qtbot.waitSignal(views.history.searched, timeout=10_000):
            qtbot.keyClick(window, Qt.Key.Key_F7)
        assert 999 in shown_orders(views.history)  # each visit reads the journal again
        qtbot.keyClick(window, Qt.Key.Key_F3)
        assert window.pages.currentIndex() == 0  # back at the packing station
    finally:
        views.close()


def test_a_scanned_code_searches_at_once(qtbot: QtBot, view: HistoryView) -> None:
    with qtbot.waitSignal(view.searched, timeout=10_000):
        view.search_for(" LEX103\n")
    assert view.search.text() == "LEX103"
    assert shown_orders(view) == {103}


def test_a_bug_in_a_query_reaches_the_crash_reporter_not_the_status_line(
    qtbot: QtBot, journal: SqliteJournal, reader: JournalReader
) -> None:
    answers: list[object] = []

    def broken(j: object) -> object:
        raise ZeroDivisionError("a bug")

    with qtbot.capture_exceptions() as raised:
        reader.submit(broken, answers.append, answers.append)
        qtbot.waitUntil(lambda: not reader.busy)
    assert answers == []
    assert [type(e[1]) for e in raised] == [ZeroDivisionError]
