"""The journal's place in the running station: retention applied at start-up, and the
History page (F7) finding a packed order by the barcode scanned into its search field."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazpack.config import Paths
from lazpack.domain.workflow import State
from lazpack.storage.journal import SqliteJournal
from tests.helpers.e2e import burst, new_order, station, until, win

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]


class At:
    def __init__(self, when: datetime) -> None:
        self.when = when

    def now(self) -> datetime:
        return self.when

    def monotonic(self) -> float:
        return time.monotonic()


def _journal_with(tmp_path: Path, *, days_ago: int, code: str) -> None:
    path = Paths.for_data_dir(tmp_path / "station").journal_file
    path.parent.mkdir(parents=True, exist_ok=True)
    j = SqliteJournal(path, station_id="e2e", clock=At(datetime.now(UTC) - timedelta(days_ago)))
    j.record_scan(shop_id="demo", order_id=1, code=code, result="ok", packer="Old")
    j.close()


async def test_start_up_prunes_history_past_the_retention(tmp_path: Path, qtbot: QtBot) -> None:
    _journal_with(tmp_path, days_ago=400, code="ANCIENT-SCAN")
    _journal_with(tmp_path, days_ago=3, code="RECENT-SCAN")
    async with station(tmp_path) as st:
        assert st.settings.journal_retention_days == 365
        assert st.journal is not None
        codes = [e.detail + e.code for e in st.journal.timeline(1)]
        assert any("RECENT-SCAN" in c for c in codes)
        assert not any("ANCIENT-SCAN" in c for c in codes)


async def test_history_page_finds_a_packed_order_by_its_scanned_number(
    tmp_path: Path, qtbot: QtBot
) -> None:
    async with station(tmp_path, auto_until="pack") as st:
        w = win(st)
        _oid, number = await new_order(st, ["MUG-SAGE"])
        burst(str(number))
        burst("MUG-SAGE")
        assert st.packing is not None
        await st.packing.settle()
        assert st.packing.state is State.PACKED
        views = st.journal_views
        assert views is not None
        QTest.keyClick(w, Qt.Key.Key_F7)
        assert w.pages.currentWidget() is views.history
        await until(lambda: QApplication.focusWidget() is views.history.search, "search focused")
        burst(str(number))
        assert views.history.search.text() == str(number)
        await until(lambda: views.history.model.rowCount() > 0, "history rows")
        shown = {
            views.history.model.index(r, c).data()
            for r in range(views.history.model.rowCount())
            for c in range(views.history.model.columnCount())
        }
        assert str(number) in {str(v) for v in shown}
        assert st.packing.session is not None  # the scan searched; it did not close the order
