"""Both backends migrate from empty and from every earlier version, keeping their rows."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import asyncpg
import pytest

from lazpack.errors import JournalTooNewError
from lazpack.storage import schema as sqlite_schema
from lazpack.storage.journal import SqliteJournal
from lazpack.storage.pg import PgJournal
from lazpack.storage.pg import schema as pg_schema
from tests.helpers.clocks import FakeClock


def _sqlite_tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


@pytest.mark.parametrize("start", range(sqlite_schema.SCHEMA_VERSION + 1))
def test_sqlite_migrates_from_every_version(tmp_path: Path, clock: FakeClock, start: int) -> None:
    path = tmp_path / "journal.sqlite3"
    fresh = tmp_path / "fresh.sqlite3"
    SqliteJournal(fresh, station_id="st", clock=clock).close()
    conn = sqlite3.connect(path, isolation_level=None)
    sqlite_schema.migrate(conn, target=start)
    if start >= 1:
        conn.execute(
            "INSERT INTO scans(ts, station_id, shop_id, order_id, code, result)"
            " VALUES ('2026-03-02T09:00:00.000000Z', 'st', 'shop', 5, 'C', 'ok')"
        )
    conn.close()
    with SqliteJournal(path, station_id="st", clock=clock) as j:
        assert j.schema_version == sqlite_schema.SCHEMA_VERSION
        assert j.counts()["scans"] == (1 if start >= 1 else 0)
    assert _sqlite_tables(path) == _sqlite_tables(fresh)


async def _pg_tables(dsn: str) -> set[tuple[str, str]]:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public'"
        )
        return {(r["table_name"], r["column_name"]) for r in rows}
    finally:
        await conn.close()


@pytest.mark.parametrize("start", range(pg_schema.SCHEMA_VERSION))
def test_postgresql_migrates_from_every_version(pg_dsn: str, clock: FakeClock, start: int) -> None:
    if start:
        with PgJournal(pg_dsn, station_id="st", clock=clock, migrate_to=start) as old:
            assert old.schema_version == start
            old.begin(action="pack", shop_id="shop", order_ids=[5])
    with PgJournal(pg_dsn, station_id="st", clock=clock) as j:
        assert j.schema_version == pg_schema.SCHEMA_VERSION
        assert [i.order_ids for i in j.open_intents()] == ([(5,)] if start else [])
    tables = {t for t, _ in asyncio.run(_pg_tables(pg_dsn))}
    assert {
        "scans",
        "intents",
        "claims",
        "leaders",
        "shop_secrets",
        "packers",
        "order_book",
    } <= tables


def test_stations_starting_together_migrate_once(pg_dsn: str, clock: FakeClock) -> None:
    errors: list[BaseException] = []
    opened: list[PgJournal] = []

    def start(n: int) -> None:
        try:
            opened.append(PgJournal(pg_dsn, station_id=f"st-{n}", clock=clock))
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=start, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for j in opened:
        j.close()
    assert errors == []
    assert len(opened) == 5


def test_a_database_from_a_newer_lazpack_is_refused(pg_dsn: str, clock: FakeClock) -> None:
    PgJournal(pg_dsn, station_id="st", clock=clock).close()

    async def bump() -> None:
        conn = await asyncpg.connect(pg_dsn)
        await conn.execute("UPDATE lazpack_schema SET version = 99")
        await conn.close()

    asyncio.run(bump())
    with pytest.raises(JournalTooNewError, match="newer lazpack"):
        PgJournal(pg_dsn, station_id="st", clock=clock)
