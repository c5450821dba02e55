"""Stats tab against a real journal: numbers checked by hand, the chart paints, retention saves.

The fixture journal is the History tests' (tests/unit/ui/test_history_view.py ``fill``). By
hand, per order: with n item scans the Pack ends 10n + 11 s after the order scan and the RTS
10n + 21 s after it; an order's time runs to the end of its last *applied* write.

2026-03-03  ann  101 09:00 2 ok, pack(2 items) ok, rts ok       -> 41 s
                 102 09:30 wrong + ok, pack(1) ok, rts failed    -> 31 s (pack end)
                 103 10:15 1 ok, pack(1) ok, rts unknown         -> 21 s (pack end)
            bob  201 09:10 3 ok + over_scan, pack(3) ok, rts ok  -> 61 s
                 202 11:05 unknown + ok, pack failed             -> not an order packed
2026-03-02  bob  301 14:00 1 ok                                  -> 31 s
            chai 302 15:00 2 ok                                  -> 41 s
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from lazpack.config import Settings
from lazpack.errors import ConfigError
from lazpack.storage.journal import SqliteJournal
from lazpack.ui.journal_reader import JournalReader
from lazpack.ui.stats_view import RetentionSettings, StatsView, duration_text
from tests.helpers.clocks import FakeClock
from tests.helpers.journal_days import DAY1, DAY2, NOON_DAY2, fill


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    clock = FakeClock(NOON_DAY2)
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1", clock=clock)
    fill(j, clock)
    yield j
    j.close()


@pytest.fixture
def saved() -> list[int]:
    return []


@pytest.fixture
def view(
    qtbot: QtBot, journal: SqliteJournal, tmp_path: Path, saved: list[int]
) -> Iterator[StatsView]:
    settings = Settings(journal_retention_days=365)

    def save(s: Settings) -> None:
        s.save(tmp_path / "settings.json")
        saved.append(s.journal_retention_days)

    reader = JournalReader(journal, open_reader=journal.open_reader)
    v = StatsView(
        journal, settings=settings, save_settings=save, reader=reader, tz=UTC,
        today=lambda: DAY2,
    )  # fmt: skip
    qtbot.addWidget(v)
    v.resize(1300, 900)
    v.show()
    qtbot.waitUntil(lambda: not v.busy)
    yield v
    reader.close()


def table(view: StatsView) -> dict[tuple[str, str], list[str]]:
    m = view.model
    return {
        (m.cell(r, 0), m.cell(r, 1)): [m.cell(r, c) for c in range(2, m.columnCount())]
        for r in range(m.rowCount())
    }


def card(view: StatsView, name: str) -> str:
    return view.cards[name].value.text()


def test_today_per_packer_matches_the_hand_count(view: StatsView) -> None:
    assert view.selected_day == DAY2
    assert table(view) == {
        # orders, items, orders/h, items/h, wrong-scan rate, median time per order
        ("Tue 2026-03-03", "ann"): ["3", "4", "1.5", "2.0", "20% (1 of 5)", "31 s"],
        ("Tue 2026-03-03", "bob"): ["1", "3", "1.0", "3.0", "33% (2 of 6)", "1 min 01 s"],
    }
    # the busiest packer first
    assert view.model.cell(0, 1) == "ann"
    assert card(view, "orders") == "4"
    assert card(view, "items") == "7"
    assert card(view, "orders_per_hour") == "2.0"  # 4 orders in the hours 09 and 10
    assert card(view, "wrong_rate") == "27%"  # 3 of 11 item scans
    assert view.status.text() == "Tue 03 Mar 2026: 4 orders, 7 items by 2 packers."


def test_the_chart_shows_orders_per_hour_per_packer_and_paints(view: StatsView) -> None:
    hours, bars = view.chart.plotted
    assert hours == [9, 10]
    assert bars == {"ann": [2, 1], "bob": [1, 0]}
    assert view.chart.chart().title() == "Orders packed per hour — Tue 03 Mar 2026"
    img = view.chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = {img.pixel(x, y) for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)}
    assert len(colours) > 10  # bars, axes, labels: not a blank widget


def test_previous_day_and_keyboard_navigation(qtbot: QtBot, view: StatsView) -> None:
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        qtbot.keyClick(view.day, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.selected_day == DAY1
    assert table(view) == {
        ("Mon 2026-03-02", "bob"): ["1", "1", "1.0", "1.0", "0% (0 of 1)", "31 s"],
        ("Mon 2026-03-02", "chai"): ["1", "2", "1.0", "2.0", "0% (0 of 2)", "41 s"],
    }
    assert view.chart.plotted == ([14, 15], {"bob": [1, 0], "chai": [0, 1]})
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        qtbot.keyClick(view.day, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert table(view) == {}
    assert view.chart.plotted == ([], {})
    assert view.chart.chart().title() == "No orders packed on Sun 01 Mar 2026"
    assert card(view, "orders") == "0" and card(view, "wrong_rate") == "—"
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        qtbot.keyClick(view.day, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.selected_day == DAY2


def test_last_seven_days_lists_every_packer_day_and_enter_picks_a_day(
    qtbot: QtBot, view: StatsView
) -> None:
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.set_range_days(7)
    assert list(table(view)) == [
        ("Tue 2026-03-03", "ann"),
        ("Tue 2026-03-03", "bob"),
        ("Mon 2026-03-02", "bob"),
        ("Mon 2026-03-02", "chai"),
    ]
    # the cards and the chart stay on the chosen day
    assert card(view, "orders") == "4"
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(3, 0))
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.selected_day == DAY1
    assert card(view, "orders") == "2"


def test_retention_is_saved_through_the_callback(
    qtbot: QtBot, view: StatsView, saved: list[int], tmp_path: Path
) -> None:
    retention = view.retention
    assert retention is not None and retention.days.value() == 365
    retention.days.setValue(90)
    with qtbot.waitSignal(retention.saved, timeout=1_000):
        qtbot.mouseClick(retention.save_button, Qt.MouseButton.LeftButton)
    assert saved == [90]
    assert Settings.load(tmp_path / "settings.json").journal_retention_days == 90
    assert "older than 90 days" in retention.status.text()


def test_a_failed_save_keeps_the_old_retention_and_says_why(qtbot: QtBot) -> None:
    settings = Settings(journal_retention_days=30)

    def refuse(_s: Settings) -> None:
        raise ConfigError("The settings file cannot be written: disk full.")

    widget = RetentionSettings(settings, refuse)
    qtbot.addWidget(widget)
    widget.days.setValue(7)
    widget.save()
    assert settings.journal_retention_days == 30
    assert widget.status.text() == "Not saved: The settings file cannot be written: disk full."


def test_durations_read_naturally() -> None:
    assert [duration_text(s) for s in (None, 31, 61, 3599.6, 3720)] == [
        "—", "31 s", "1 min 01 s", "1 h 00 min", "1 h 02 min",
    ]  # fmt: skip


def test_stats_follow_new_packing(qtbot: QtBot, view: StatsView, journal: SqliteJournal) -> None:
    i = journal.begin(action="pack", shop_id="shop-sg", order_ids=[401], item_ids=[1, 2],
                      packer="ann")  # fmt: skip
    journal.finish(i, outcome="ok")
    # the clock of the fixture stands at 12:00 on day 2
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    assert table(view)[("Tue 2026-03-03", "ann")][:2] == ["4", "6"]
    assert view.chart.plotted[0] == [9, 10, 11, 12]
    assert view.chart.plotted[1]["ann"] == [2, 1, 0, 1]
