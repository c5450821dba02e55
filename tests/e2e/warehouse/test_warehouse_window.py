"""The station window on a warehouse database, as a packer sees it (offscreen).

The real ``Station`` over PostgreSQL (``--database``) and the demo shop: the orders list shows
who packs which order ("Packing at": this station's own and another station's), and while the
database cannot be reached a red banner says so — it goes when the database is back, and the
scans taken meanwhile are in the journal once each.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
from lazpack.config import Paths, Settings
from lazpack.domain.orderbook import Tab
from lazpack.errors import DatabaseUnavailableError
from lazpack.startup_probe import STARTUP_PROBE_ENV
from lazpack.storage.pg import PgJournal
from lazpack.storage.pg.claims import PgClaims
from lazpack.ui.main_window import MainWindow
from lazpack.ui.orders_model import Column
from tests.helpers.pgcluster import Cluster, Outage, pg_ctl

pytestmark = pytest.mark.e2e


async def until(cond: Callable[[], bool], what: str, bound_s: float = 30) -> None:
    """Let the loop run until ``cond`` holds (a safety bound, not a timing assertion)."""
    try:
        async with asyncio.timeout(bound_s):
            while not cond():  # noqa: ASYNC110 - Qt widgets and the book hold the state
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@asynccontextmanager
async def warehouse_station(tmp_path: Path, dsn: str) -> AsyncIterator[Station]:
    station = Station(
        Settings(station_id="wh-window", packer="Ana", sync_interval_s=5),
        Paths.for_data_dir(tmp_path / "station"),
        [],
        demo=True,
        trickle_s=None,
        database=dsn,
    )
    await station.start()
    try:
        station.add_backends([build_demo_backend(orders=40, seed=7)])
        await until(lambda: station.syncs[DEMO_SHOP_ID].state.full_sync_done, "full sync")
        assert station.resumed is not None
        await until(station.resumed.done, "start-up recovery")
        yield station
    finally:
        await station.shutdown()
        assert station.window is not None
        station.window.close()
        station.window.deleteLater()


def packing_at(w: MainWindow, order_id: int) -> str:
    m = w.model
    for r in range(m.rowCount()):
        if m.row_at(r).order.order_id == order_id:
            text = m.index(r, Column.PACKING).data()
            return str(text or "")
    raise AssertionError(f"order {order_id} is not in the list")


def banner(w: MainWindow) -> QLabel:
    label = w.findChild(QLabel, "databaseBanner")
    assert label is not None
    return label


@pytest.mark.asyncio
async def test_the_list_shows_who_packs_what_and_the_banner_comes_and_goes(
    pg_dsn: str, outage: Outage, tmp_path: Path, qtbot: QtBot
) -> None:
    async with warehouse_station(tmp_path, pg_dsn) as st:
        w = st.window
        assert w is not None
        core = st.core
        assert core.claims is not None and not w.view.isColumnHidden(Column.PACKING)
        assert not banner(w).isVisible()
        # Lazada sync: this station leads the demo shop (it is the only one)
        await until(lambda: w.status.leader_label.isVisible(), "the sync leader shown")
        assert w.status.leader_label.text() == "Lazada sync: this station"

        w.set_tab(Tab.TO_PACK)
        mine, theirs = (w.model.row_at(r).order for r in (0, 1))
        # this station opens one order ...
        w.scanned.emit(str(mine.order_number))
        await until(lambda: (DEMO_SHOP_ID, mine.order_id) in core.claims.held, "claimed")
        await until(lambda: packing_at(w, mine.order_id) != "", "own claim listed")
        assert packing_at(w, mine.order_id).startswith("This station · Ana · ")
        # ... and Station 2 (another PC on the same database) holds another
        other = PgClaims(core.journal.runner, station_id="wh-2", station_name="Station 2")
        held = await other.claim(shop_id=DEMO_SHOP_ID, order_id=theirs.order_id, packer="Bo",
                                 lease_seconds=60)  # fmt: skip
        assert held.granted
        await until(lambda: packing_at(w, theirs.order_id) != "", "the other station's claim")
        assert packing_at(w, theirs.order_id).startswith("Station 2 · Bo · ")
        index = w.model.index_of((DEMO_SHOP_ID, theirs.order_id))
        tip = w.model.index(index.row(), Column.PACKING).data(3)  # ToolTipRole
        assert str(tip).startswith(f"Order {theirs.order_id} is being packed at Station 2 by Bo")
        # Station 2 lets go: the list follows
        assert await other.release(shop_id=DEMO_SHOP_ID, order_id=theirs.order_id)
        await until(lambda: packing_at(w, theirs.order_id) == "", "the release listed")

        # the database goes away: the banner says so, scans are kept
        outage.cut()
        await until(lambda: banner(w).isVisible(), "the database banner")
        text = banner(w).text()
        assert "warehouse database cannot be reached" in text
        assert "no new order can be opened" in text and "Scans are kept" in text
        codes = [f"WH-OUTAGE-{n}" for n in range(3)]
        for code in codes:
            w.scanned.emit(code)
        assert banner(w).isVisible()
        assert packing_at(w, mine.order_id).startswith("This station · Ana")  # last known

        # ... and comes back: the banner goes, a short message says so
        outage.restore()
        await until(lambda: not banner(w).isVisible(), "the banner gone")
        assert w.statusBar().currentMessage() == "The warehouse database is back."
        journal = core.journal
        assert isinstance(journal, PgJournal)
        assert journal.flush(30)

        async def outage_scans(conn: asyncpg.Connection) -> list[str]:
            rows = await conn.fetch("SELECT code FROM scans WHERE code LIKE 'WH-OUTAGE-%'")
            return [str(r["code"]) for r in rows]

        assert (
            sorted(journal.runner.call(outage_scans)) == codes
        )  # every scan once: nothing lost, none twice
        await until(lambda: (DEMO_SHOP_ID, mine.order_id) in core.claims.held, "still held")


@pytest.mark.asyncio
async def test_the_database_server_stopped_mid_shift_then_started(
    own_cluster: Cluster, tmp_path: Path, qtbot: QtBot
) -> None:
    """The server itself goes down (``pg_ctl stop``: connections refused, not just cut) while
    an order is open, and comes back on the same address: the banner comes and goes, no new
    order is claimed meanwhile, the scans taken meanwhile are written once, the open order's
    claim is still this station's."""
    async with warehouse_station(tmp_path, own_cluster.dsn) as st:
        w = st.window
        assert w is not None
        core = st.core
        assert core.claims is not None
        w.set_tab(Tab.TO_PACK)
        mine, other = (w.model.row_at(r).order for r in (0, 1))
        w.scanned.emit(str(mine.order_number))
        await until(lambda: (DEMO_SHOP_ID, mine.order_id) in core.claims.held, "claimed")

        await asyncio.to_thread(pg_ctl, own_cluster, "stop")
        await until(lambda: banner(w).isVisible(), "the database banner")
        codes = [f"WH-STOPPED-{n}" for n in range(3)]
        for code in codes:
            w.scanned.emit(code)
        w.scanned.emit(str(other.order_number))  # another order: no claim can be taken now
        await asyncio.sleep(0)
        assert (DEMO_SHOP_ID, other.order_id) not in core.claims.held
        assert banner(w).isVisible()

        await asyncio.to_thread(pg_ctl, own_cluster, "start")
        await until(lambda: not banner(w).isVisible(), "the banner gone", bound_s=60)
        journal = core.journal
        assert isinstance(journal, PgJournal)
        assert journal.flush(30)

        async def stopped_scans(conn: asyncpg.Connection) -> list[str]:
            rows = await conn.fetch("SELECT code FROM scans WHERE code LIKE 'WH-STOPPED-%'")
            return [str(r["code"]) for r in rows]

        assert sorted(journal.runner.call(stopped_scans)) == codes  # once each
        claims = PgClaims(journal.runner, station_id="wh-2", station_name="Station 2")
        holders = await claims.holders(DEMO_SHOP_ID)
        assert holders[mine.order_id].station_id == core.journal.station_id
        assert other.order_id not in holders


@pytest.mark.asyncio
async def test_an_unreachable_database_at_start_keeps_the_window_live_and_fails_clearly(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """Opening the journal (connect, migrate) runs off the GUI thread: while the server
    keeps the station waiting the loop goes on; then start-up fails with the clear message
    the app shows before exiting with code 2."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)
    port = silent.getsockname()[1]
    accepted = threading.Event()
    held: list[socket.socket] = []

    def accept() -> None:
        conn, _ = silent.accept()  # and never answer
        held.append(conn)
        accepted.set()

    threading.Thread(target=accept, daemon=True).start()
    station = Station(
        Settings(station_id="wh-silent"),
        Paths.for_data_dir(tmp_path / "station"),
        [],
        demo=True,
        trickle_s=None,
        database=f"postgresql://lazpack:hunter2@127.0.0.1:{port}/warehouse",
    )
    starting = asyncio.ensure_future(station.start())
    try:
        await until(accepted.is_set, "the station connecting")
        # this coroutine runs on the GUI thread's loop while the connection hangs
        assert not starting.done()
        assert station.window is not None
        assert station.window.statusBar().currentMessage() == (
            "Connecting to the warehouse database…"
        )
        for conn in held:
            conn.close()  # the server hangs up: the connection fails
        with pytest.raises(DatabaseUnavailableError, match="cannot be reached") as err:
            await starting
        assert "hunter2" not in str(err.value)
    finally:
        silent.close()
        if not starting.done():
            starting.cancel()
        await station.shutdown()
        assert station.window is not None
        station.window.close()
        station.window.deleteLater()


def test_the_real_app_starts_on_a_warehouse_database_and_gets_ready(
    pg_dsn: str, tmp_path: Path
) -> None:
    """``lazpack --demo --database URL`` as a packer starts it (``qasync.run``, whose loop
    policy on Python 3.11 would hand the database thread a Qt loop): it leads the demo
    shop's sync and gets ready to scan."""
    env = {**os.environ, STARTUP_PROBE_ENV: "ready", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "lazpack", "--demo", "--database", pg_dsn, "--data-dir",
         str(tmp_path / "station")],
        capture_output=True, text=True, env=env, timeout=120,
        cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    assert out.returncode == 0, out.stderr[-2000:]
    assert "lazpack ready to scan" in out.stderr
    assert "this station now leads the sync" in out.stderr
