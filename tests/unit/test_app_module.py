"""``lazpack.app`` re-exports the core's demo constants (one definition, in
``lazpack.station``) without importing the core, and stays Qt-free until a window opens:
the launcher imports it for ``--help`` and ``--version``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import lazpack.app as app
import lazpack.station as station
from lazpack.config import Paths, Settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_demo_constants_are_the_cores() -> None:
    assert app.DEMO_SHOP_ID is station.DEMO_SHOP_ID
    assert app.DEMO_TRICKLE_S is station.DEMO_TRICKLE_S
    with pytest.raises(AttributeError, match="NO_SUCH_NAME"):
        _ = app.NO_SUCH_NAME


def test_the_window_trickles_demo_orders_at_the_cores_pace(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path)
    default = app.Station(Settings(), paths, [], demo=True)
    assert default.trickle_s == station.DEMO_TRICKLE_S
    assert app.Station(Settings(), paths, [], demo=True, trickle_s=None).trickle_s is None
    assert app.Station(Settings(), paths, [], demo=True, trickle_s=2.5).trickle_s == 2.5


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_neither_qt_nor_the_core(flag: str) -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['lazpack'] + sys.argv[1:]\n"
        "try:\n    runpy.run_module('lazpack', run_name='__main__')\n"
        "except SystemExit as stop:\n    print('EXIT', stop.code, file=sys.stderr)\n"
        "finally:\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync')"
        " or m in ('lazpack.qt', 'lazpack.station'))\n"
        "    print('LOADED', loaded, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, flag],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "EXIT 0" in done.stderr, done.stderr[-2000:]
    assert "lazpack" in done.stdout
    assert "LOADED []" in done.stderr
