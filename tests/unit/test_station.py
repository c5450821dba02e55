"""The station core: Qt-free, one composition of a station's services."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lazpack.config import Paths, Settings
from lazpack.domain.workflow import Kind
from lazpack.errors import WorkflowError
from lazpack.station import DEMO_SHOP_ID, StationCore
from lazpack.station_wiring import demo_shop

ROOT = Path(__file__).resolve().parents[2]

#: Runs in a fresh interpreter where PySide6, shiboken6 and qasync cannot be imported.
NO_QT = r"""
import asyncio, importlib.abc, json, sys
from pathlib import Path

QT = {"PySide6", "shiboken6", "qasync"}


class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in QT:
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the test)")
        return None


sys.meta_path.insert(0, NoQt())

from lazpack.config import Paths, Settings
from lazpack.station import DEMO_SHOP_ID, StationCore
from lazpack.station_wiring import demo_shop


async def main():
    data = Path(sys.argv[1])
    core = StationCore(Settings(station_id="no-qt"), Paths(data, data, data, data))
    core.add_shop(demo_shop(orders=5, seed=3))
    synced = await core.syncs[DEMO_SHOP_ID].sync_once()
    row = core.book.rows()[0]
    out = await core.packing.handle_scan(str(row.order.order_number))
    await core.aclose()
    qt = sorted(m for m in sys.modules if m.partition(".")[0] in QT)
    print(json.dumps({"synced": synced, "orders": len(core.book), "scan": out.kind.name, "qt": qt}))


asyncio.run(main())
"""


def test_the_core_composes_and_packs_with_qt_absent(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", NO_QT, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got == {"synced": True, "orders": 5, "scan": Kind.ORDER_OPENED.name, "qt": []}


def test_the_import_blocker_really_blocks_qt(tmp_path: Path) -> None:
    """The proof above is only worth something if importing Qt there fails."""
    code = NO_QT.split("from lazpack.config")[0] + "import PySide6\n"
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode != 0
    assert "blocked by the test" in run.stderr


def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "config", tmp_path / "data", tmp_path / "cache", tmp_path / "logs")


@pytest.mark.asyncio
async def test_services_are_built_once_and_shared(tmp_path: Path) -> None:
    core = StationCore(Settings(station_id="s1", packer="Ana"), paths(tmp_path))
    core.add_shop(demo_shop(orders=3, seed=2))
    try:
        assert core.fulfilment(DEMO_SHOP_ID) is core.fulfilment(DEMO_SHOP_ID)
        assert core.fulfilment(DEMO_SHOP_ID).journal is core.journal
        assert core.labels.service(DEMO_SHOP_ID).journal is core.journal
        assert core.port(DEMO_SHOP_ID) is core.connections[0].port
        assert core.demo_emulator is core.connections[0].emulator
        with pytest.raises(WorkflowError, match="not connected"):
            core.port("elsewhere")
        assert core.labels.service(DEMO_SHOP_ID).cache is not None
        assert (tmp_path / "data" / "journal.sqlite3").exists()
    finally:
        await core.aclose()
    core.close()  # closing twice is harmless


@pytest.mark.asyncio
async def test_packer_and_provider_choices_are_saved(tmp_path: Path) -> None:
    p = paths(tmp_path)
    p.ensure()
    core = StationCore(Settings(station_id="s1"), p)
    core.add_shop(demo_shop(orders=1, seed=2))
    try:
        core.set_packer("Bea")
        core.remember_provider(DEMO_SHOP_ID, "TFS", "LEX")
        assert core.labels.service(DEMO_SHOP_ID).packer == "Bea"
    finally:
        await core.aclose()
    saved = Settings.load(p.settings_file)
    assert saved.packer == "Bea"
    assert saved.saved_providers == {DEMO_SHOP_ID: {"TFS": "LEX"}}


@pytest.mark.asyncio
async def test_a_running_core_syncs_and_resumes_then_stops_its_tasks(tmp_path: Path) -> None:
    core = StationCore(Settings(station_id="s1"), paths(tmp_path), trickle_s=None)
    core.add_shop(demo_shop(orders=4, seed=5))
    ready: list[bool] = []
    core.on_ready = lambda: ready.append(True)
    core.start()
    try:
        assert core.resumed is not None
        await core.resumed  # after the first full sync of every shop
        assert ready == [True]
        assert core.syncs[DEMO_SHOP_ID].state.full_sync_done
        assert len(core.book) > 0
        tasks = [t for t in asyncio.all_tasks() if t.get_name() == f"sync:{DEMO_SHOP_ID}"]
        assert len(tasks) == 1
    finally:
        await core.aclose()
    assert tasks[0].done()  # shutdown stopped the sync
