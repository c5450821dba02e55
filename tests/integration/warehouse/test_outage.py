"""The warehouse database goes away mid-shift and comes back: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from lazpack.config import Paths, Settings
from lazpack.errors import DatabaseUnavailableError, StorageError
from lazpack.station import DATABASE_BACK, DATABASE_GONE, StationCore
from lazpack.station_wiring import postgres_journal
from lazpack.storage.pg import PgJournal
from tests.helpers.clocks import FakeClock
from tests.helpers.pgcluster import Outage


def test_an_outage_refuses_intents_keeps_scans_and_recovers(
    pg_dsn: str, clock: FakeClock, outage: Outage
) -> None:
    states: list[bool] = []
    back = threading.Event()

    def on_state(up: bool) -> None:
        states.append(up)
        if up:
            back.set()

    with PgJournal(pg_dsn, station_id="st-1", clock=clock) as j:
        j.runner.state_listeners.append(on_state)
        j.record_scan(shop_id="shop", order_id=1, code="O1", result="order", packer="ann")
        assert j.flush()
        outage.cut()
        # an API write whose intent cannot be recorded is never sent: begin refuses
        with pytest.raises(DatabaseUnavailableError) as refused:
            j.begin(action="pack", shop_id="shop", order_ids=[1])
        assert isinstance(refused.value, StorageError)
        assert "postgres@" in str(refused.value) and "password" not in str(refused.value)
        assert not j.runner.available
        # scans keep being taken while the database is away (queued in order)
        for n in range(5):
            j.record_scan(shop_id="shop", order_id=1, code=f"I{n}", result="ok", packer="ann")
        assert j.runner.queued >= 5
        with pytest.raises(DatabaseUnavailableError):
            j.aliases("shop")  # fails at once, never waits for the dead server
        assert states == [False]
        outage.restore()
        assert back.wait(30), "the station never noticed the database came back"
        assert j.flush(30)
        assert states == [False, True]
        assert [e.code for e in j.timeline(1)] == ["O1", "I0", "I1", "I2", "I3", "I4"]
        assert j.counts()["scans"] == 6
        intent = j.begin(action="pack", shop_id="shop", order_ids=[1])
        j.finish(intent, outcome="ok")
        assert j.applied_writes("pack") == {1: 1}


def test_an_unreachable_database_is_a_clear_error_at_start(clock: FakeClock) -> None:
    with pytest.raises(DatabaseUnavailableError, match="cannot be reached") as err:
        PgJournal("postgresql://lazpack:hunter2@127.0.0.1:1/warehouse", station_id="st",
                  clock=clock)  # fmt: skip
    assert "hunter2" not in str(err.value)
    assert "lazpack@127.0.0.1:1/warehouse" in str(err.value)


@pytest.mark.asyncio
async def test_the_station_tells_the_packer_when_the_database_goes_and_comes_back(
    pg_dsn: str, outage: Outage, tmp_path: Path
) -> None:
    data = tmp_path / "station"
    core = StationCore(
        Settings(station_id="wh-1", packer="Ana"),
        Paths(data, data, data, data),
        journal=postgres_journal(pg_dsn, station_name="Station 1"),
    )
    told: list[str] = []
    core.on_notice = told.append
    core.start()
    try:
        assert core.claims is not None and core.database_up
        outage.cut()
        with pytest.raises(DatabaseUnavailableError):
            core.journal.aliases("demo")  # the next journal call finds it gone
        while core.database_up:  # noqa: ASYNC110 - the notice arrives through the loop
            await asyncio.sleep(0.05)
        assert told == [DATABASE_GONE]
        outage.restore()
        while not core.database_up:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        assert told == [DATABASE_GONE, DATABASE_BACK]
        assert core.journal.aliases("demo") == {}
    finally:
        await core.aclose()


@pytest.mark.asyncio
async def test_a_slow_answer_is_not_an_outage(pg_dsn: str, clock: FakeClock) -> None:
    """An awaited database call that runs past its wait fails alone: the station does not
    declare the database away (no banner, no refused intents) for one slow statement."""
    with PgJournal(pg_dsn, station_id="st", clock=clock) as journal:
        runner = journal.runner
        never = threading.Event()

        async def stuck(_conn: object) -> None:
            await asyncio.to_thread(never.wait)  # a statement that never answers

        with pytest.raises(DatabaseUnavailableError, match="did not answer in time"):
            await runner.acall(stuck, wait_s=0.2)
        never.set()
        assert runner.available
        intent = journal.begin(action="pack", shop_id="shop", order_ids=[7])
        assert [i.intent_id for i in journal.open_intents()] == [intent]
