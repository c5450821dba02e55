"""Start-up paints the window first: what the first paint does not need is built after it,
and nothing a packer does in between is lost."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from lazpack.app import Station
from lazpack.config import Paths, Settings
from lazpack.startup_probe import STARTUP_PROBE_ENV

pytestmark = [pytest.mark.e2e]

ROOT = Path(__file__).resolve().parents[2]

#: Runs the real entry point to the window's first paint, then lists what was imported.
_AT_FIRST_PAINT = r"""
import os, sys
exit_now = os._exit
def report(code):
    print("MODULES " + " ".join(sorted(sys.modules)), flush=True)
    exit_now(code)
os._exit = report
sys.argv = ["lazpack", "--demo", "--data-dir", sys.argv[1]]
from lazpack.launcher import main
main()
"""


def test_the_first_paint_imports_nothing_the_window_does_not_show(tmp_path: Path) -> None:
    env = {**os.environ, STARTUP_PROBE_ENV: "exit", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert "lazpack first paint" in out.stderr, out.stderr[-2000:]
    (line,) = [x for x in out.stdout.splitlines() if x.startswith("MODULES ")]
    modules = set(line.split()[1:])
    assert "lazpack.ui.main_window" in modules  # the window itself
    later = {
        "lazpack.ui.history_view",  # History / Stats: built when first opened
        "lazpack.ui.stats_view",
        "lazpack.ui.station_menus",
        "lazpack.ui.print_dialogs",
        "lazpack.ui.fulfilment_dialogs",
        "lazpack.printing.printer",
        "lazpack.storage.journal",  # the core: right after the paint
        "lazpack.services.packing",
        "lazpack.services.batch",
        "lazpack.api",  # the shops: after the core
        "lazpack.emulator",
        "PySide6.QtMultimedia",  # sounds
        "PySide6.QtPrintSupport",
        "PySide6.QtSerialPort",
        "reportlab",
    }
    assert sorted(later & modules) == []


@pytest.mark.asyncio
async def test_a_scan_before_the_core_is_built_is_handled_once_it_is(
    tmp_path: Path, qtbot: QtBot
) -> None:
    station = Station(Settings(), Paths.for_data_dir(tmp_path), [], demo=True, trickle_s=None)
    window = station._show_window()
    try:
        qtbot.addWidget(window)
        assert station.controller is None  # only the window so far
        window.scanned.emit("123456")
        station._build_scan_path(window)
        controller = station.controller
        assert controller is not None
        # Replayed to the controller, which refuses it until start-up recovery ran.
        assert controller.sounds.played == ["bad"]
        assert window.pack_view.next_label.text().startswith("Starting")
    finally:
        await station.shutdown()


@pytest.mark.asyncio
async def test_history_and_stats_are_built_when_first_opened(tmp_path: Path, qtbot: QtBot) -> None:
    station = Station(Settings(), Paths.for_data_dir(tmp_path), [], demo=True, trickle_s=None)
    async with asyncio.timeout(30):
        window = await station.start()
    try:
        views = station.journal_views
        assert views is not None and not views.built
        view_menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&View")
        titles = [a.text() for a in view_menu.actions()]
        assert "&History" in titles and "S&tats" in titles
        assert window.pages.count() == 1  # the packing station only
        history = next(a for a in view_menu.actions() if a.text() == "&History")
        history.trigger()
        assert views.built
        assert window.pages.currentWidget() is views.history
        history.trigger()
        assert window.pages.count() == 2  # built once, shown again
    finally:
        await station.shutdown()
