"""Three stations, one emulator, one PostgreSQL: overlapping scans of the same orders.

Each station is the headless harness station (``StationCore`` over the real client on
loopback) with its journal on the shared database. Every station scans every order number in
its own random order, so each order is tried by all three: it must end ready to ship exactly
once in one package, every scan of an order another station holds must be refused with who
holds it, and the emulator must never have refused a Pack or an RTS row (no write was sent
for a state another station had already changed). Once with three stations in this process,
once with three station processes (``tests.helpers.pg_station``), as three PCs run.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lazpack.config import Paths, Settings
from lazpack.domain.workflow import Kind
from lazpack.storage.pg import PgJournal
from tests.helpers.emulator_process import EmulatorProcess, check_exactly_once
from tests.helpers.station import HeadlessStation

pytestmark = pytest.mark.slow

ORDERS = int(os.environ.get("LAZPACK_WAREHOUSE_ORDERS", "300"))
ROOT = Path(__file__).resolve().parents[3]


class WarehouseStation(HeadlessStation):
    """The harness station with its journal (and so its claims) on PostgreSQL."""

    def __init__(self, data_dir: Path, base_url: str, *, dsn: str, name: str, **kw: Any) -> None:
        super().__init__(data_dir, base_url, **kw)
        self.dsn = dsn
        self.name = name

    def _open_journal(self, paths: Paths, settings: Settings) -> PgJournal:  # type: ignore[override]
        return PgJournal(self.dsn, station_id=settings.station_id, station_name=self.name)


@pytest.fixture
def emu(tmp_path: Path) -> Iterator[EmulatorProcess]:
    with EmulatorProcess(seed=15, log_dir=tmp_path / "emulator") as e:
        yield e


@pytest.mark.asyncio
async def test_three_stations_scan_the_same_orders_each_ships_once(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    order_ids = emu.add_orders(ORDERS)
    people = [
        ("wh-1", "Station 1", "ana"),
        ("wh-2", "Station 2", "ben"),
        ("wh-3", "Station 3", "cid"),
    ]
    stations = [
        WarehouseStation(tmp_path / sid, emu.base_url, station_id=sid, packer=packer,
                         timeout_s=5.0, dsn=pg_dsn, name=name)
        for sid, name, packer in people
    ]  # fmt: skip
    for st in stations:
        await st.__aenter__()
    try:
        for st in stations:
            await st.start()
            assert st.core.claims is not None

        async def work(st: WarehouseStation, seed: int) -> None:
            mine = order_ids[:]
            random.Random(seed).shuffle(mine)
            for oid in mine:
                await st.pack_by_scan(oid)

        await asyncio.gather(*(work(st, n) for n, st in enumerate(stations)))
        for st in stations:
            await st.service.settle()
        assert check_exactly_once(emu, order_ids) == []
        assert sum(emu.refused_rows().values()) == 0, emu.refused_rows()
        refusals = [
            o.message for st in stations for o in st.outcomes
            if o.kind is Kind.NOT_ALLOWED and "is being packed at" in o.message
        ]  # fmt: skip
        assert refusals, "no station was ever refused an order another one held"
        assert all(" by " in r and " ago." in r for r in refusals)
        # the journals agree: one applied Pack and one applied RTS per order, over all stations
        journal = stations[0].journal
        assert set(journal.applied_writes("pack").values()) == {1}
        assert len(journal.applied_writes("pack")) == len(order_ids)
        assert set(journal.applied_writes("rts").values()) == {1}
        assert internal_errors(stations) == []
    finally:
        for st in stations:
            await st.__aexit__(None, None, None)


def internal_errors(stations: list[WarehouseStation]) -> list[str]:
    return [e for st in stations for e in st.internal_errors()]


@pytest.mark.asyncio
async def test_a_batch_skips_the_orders_another_station_holds(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    held, free = emu.add_orders(2)
    a = WarehouseStation(tmp_path / "a", emu.base_url, station_id="wh-a", packer="ana",
                         timeout_s=5.0, dsn=pg_dsn, name="Station A")  # fmt: skip
    b = WarehouseStation(tmp_path / "b", emu.base_url, station_id="wh-b", packer="ben",
                         timeout_s=5.0, dsn=pg_dsn, name="Station B")  # fmt: skip
    await a.__aenter__()
    await b.__aenter__()
    try:
        await a.start()
        await b.start()
        row = a.book.get(("demo", held))
        assert row is not None
        opened = await a.scan(str(row.order.order_number))  # Ana opens it and is scanning
        assert opened.kind is Kind.ORDER_OPENED
        report = await b.service.batch([("demo", held), ("demo", free)])
        by_id = {o.order_id: o for o in report.outcomes}
        assert by_id[free].ok and by_id[free].step == "rts"
        assert not by_id[held].ok and by_id[held].retryable
        assert by_id[held].message.startswith(f"Order {held} is being packed at Station A by ana")
        assert await b.pending([held, free]) == [held]
        assert sum(emu.refused_rows().values()) == 0
        assert b.core.claims is not None and b.core.claims.held == set()  # released after
    finally:
        await a.__aexit__(None, None, None)
        await b.__aexit__(None, None, None)


@pytest.mark.asyncio
async def test_three_station_processes_scan_the_same_orders_each_ships_once(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path
) -> None:
    """The same as the first test with each station a process of its own (the harness station
    on PostgreSQL, ``tests.helpers.pg_station``): three PCs, one database, one Lazada."""
    order_ids = emu.add_orders(ORDERS)
    procs = []
    for n in range(3):
        mine = order_ids[:]
        random.Random(100 + n).shuffle(mine)
        procs.append(
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.helpers.pg_station", "--data-dir",
                str(tmp_path / f"st-{n}"), "--url", emu.base_url, "--orders",
                ",".join(map(str, mine)), "--station-id", f"wh-p{n}", "--database", pg_dsn,
                cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
        )  # fmt: skip
    results = []
    for proc in procs:
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()[-3000:]
        results.append(json.loads(out.decode().strip().splitlines()[-1]))
    assert [r["problems"] for r in results] == [[], [], []]
    assert all(r["left"] == [] for r in results), [r["left"][:5] for r in results]
    assert check_exactly_once(emu, order_ids) == []
    assert sum(emu.refused_rows().values()) == 0, emu.refused_rows()
    refusals = [m for r in results for m in r["refused"]]
    assert refusals, "no station process was ever refused an order another one held"
    assert all(" by " in m and " ago." in m for m in refusals)
    with PgJournal(pg_dsn, station_id="wh-check") as journal:
        assert set(journal.applied_writes("pack").values()) == {1}
        assert len(journal.applied_writes("pack")) == len(order_ids)
        assert set(journal.applied_writes("rts").values()) == {1}
