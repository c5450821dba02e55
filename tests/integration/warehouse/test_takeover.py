"""A station SIGKILLed mid-order at each write step: after its lease runs out another station
takes the order, settles the dead station's open writes with Lazada (the reconcile path a
restart uses) and finishes it with one parcel — no second Pack, no second RTS."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.workflow import State
from tests.helpers.emulator_process import EmulatorProcess, check_exactly_once
from tests.helpers.pg_station import PgHarnessStation

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[3]
POINTS = ["pack_applied", "pack_recorded", "label_printed", "rts_applied", "rts_recorded"]


@pytest.fixture(scope="module")
def emu(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorProcess]:
    with EmulatorProcess(seed=151, log_dir=tmp_path_factory.mktemp("emulator")) as e:
        yield e


@pytest.mark.asyncio
@pytest.mark.parametrize("point", POINTS)
async def test_a_killed_stations_order_is_finished_once_by_another(
    emu: EmulatorProcess, pg_dsn: str, tmp_path: Path, point: str
) -> None:
    (order,) = emu.add_orders(1)
    before = sum(emu.refused_rows().values())
    dead = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "tests.helpers.pg_station", "--data-dir",
         str(tmp_path / "dead"), "--url", emu.base_url, "--orders", str(order),
         "--station-id", "wh-dead", "--database", pg_dsn, "--lease", "1", "--kill",
         f"{point}:1"],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert dead.returncode == -signal.SIGKILL, dead.stderr[-2000:]
    async with PgHarnessStation(
        tmp_path / "alive", emu.base_url, station_id="wh-alive", timeout_s=5.0, dsn=pg_dsn,
        name="Station alive",
    ) as st:  # fmt: skip
        await st.start()
        state = State.IDLE
        for _ in range(120):  # the packer scans again until the dead station's lease ran out
            state = await st.pack_by_scan(order)
            if state is State.READY_TO_SHIP:
                break
            await asyncio.sleep(0.25)
        assert state is State.READY_TO_SHIP, [o.message for o in st.outcomes][-5:]
        refused = [o.message for o in st.outcomes if "being packed at wh-dead" in o.message]
        assert all(m.startswith(f"Order {order} is being packed at") for m in refused)
        assert st.journal.open_intents_for_order(order) == []  # the dead one's were settled
        assert st.journal.applied_writes("pack")[order] == 1
        assert st.journal.applied_writes("rts")[order] == 1
    assert check_exactly_once(emu, [order]) == []
    assert sum(emu.refused_rows().values()) == before
