"""``lazpack <command> --database URL``: the command line on the warehouse database.

It reads the shop's orders as the stations do: from the shared order book while a station
leads the shop's sync, or it leads once itself (syncs with Lazada, shares what it read and
hands the shop back when it ends). It never takes a running station's place.
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import asyncpg
import pytest

from lazpack import cli
from lazpack.config import Settings
from lazpack.station import DEMO_SHOP_ID, StationCore
from lazpack.station_wiring import demo_shop, postgres_journal
from tests.helpers.station import station_paths


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    try:
        code = cli.main(list(argv), out=out)
    except SystemExit as stop:  # argparse: usage errors
        code = int(stop.code or 0)
    return code, out.getvalue()


async def fetch(dsn: str, sql: str) -> list[asyncpg.Record]:
    conn = await asyncpg.connect(dsn)
    try:
        rows: list[asyncpg.Record] = await conn.fetch(sql)
        return rows
    finally:
        await conn.close()


def listed(out: str) -> set[int]:
    return {int(o["order_id"]) for o in json.loads(out)}


@pytest.mark.asyncio
async def test_alone_the_command_syncs_shares_the_orders_and_hands_the_shop_back(
    pg_dsn: str, tmp_path: Path
) -> None:
    code, out = await asyncio.to_thread(
        run, "orders", "--demo", "--database", pg_dsn, "--data-dir", str(tmp_path), "--json"
    )
    assert code == cli.EXIT_OK
    assert listed(out)
    shared = await fetch(pg_dsn, "SELECT order_id FROM order_book")
    assert listed(out) <= {r["order_id"] for r in shared}
    assert await fetch(pg_dsn, "SELECT * FROM leaders") == []  # resigned at the end


@pytest.mark.asyncio
async def test_while_a_station_leads_the_command_reads_the_shared_orders(
    pg_dsn: str, tmp_path: Path
) -> None:
    # The station's demo world differs from the one the command line builds (seed 2 vs 1):
    # what the command lists can only have come from the shared order book.
    core = StationCore(
        Settings(station_id="wh-1"),
        station_paths(tmp_path / "station"),
        journal=postgres_journal(pg_dsn, station_name="Station 1"),
    )
    core.add_shop(demo_shop(seed=2))
    try:
        assert await core.shared_syncs[DEMO_SHOP_ID].tick()
        ours = {r.order.order_id for r in core.book.rows()}
        code, out = await asyncio.to_thread(
            run, "orders", "--demo", "--database", pg_dsn, "--data-dir", str(tmp_path / "station"),
            "--json",
        )  # fmt: skip
        assert code == cli.EXIT_OK
        assert listed(out) and listed(out) <= ours
        leaders = await fetch(pg_dsn, "SELECT station_id FROM leaders")
        assert [r["station_id"] for r in leaders] == ["wh-1"]  # still the station's
    finally:
        await core.aclose()


def test_a_database_that_is_not_postgresql_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("orders", "--demo", "--database", "mysql://shop@db/x", "--data-dir",
                  str(tmp_path))  # fmt: skip
    assert code == cli.EXIT_USAGE
    assert "--database must be a postgresql://" in capsys.readouterr().err
