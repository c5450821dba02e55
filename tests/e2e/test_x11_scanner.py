"""A USB scanner on a real X server, the way a packer's PC gets it (issue 17, design.md §10).

Xvfb runs the real lazpack window with the demo shop; ``xdotool`` presses the keys a US
scanner presses (X keycodes, Shift for capitals) as one fast burst ending in Return, under
the keyboard layout ``setxkbmap`` made active. The journal then shows the order opened and
every item verified.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.keymap import us_keys, xkb_keycode

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("setxkbmap")),
        reason="needs Xvfb, xdotool and setxkbmap (apt: xvfb xdotool x11-xkb-utils); "
        ".ci/run installs them",
    ),
]

#: the first pending order of the demo shop (seed 1) and its items, as the emulator makes them
ORDER = "300247220741021"
SKUS = ["BACKPACK-GREY", "BACKPACK-GREY", "SLIPPERS-40-41", "BOTTLE-BLACK", "MOUSE-BLACK"]
LAST_SKU = "MOUSE-BLACK"
RETURN = 36
DEADLINE_S = 60.0
ATTEMPT_S = 4.0


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-noreset",
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


def _x(display: str, *args: str) -> str:
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout


def _layout_active(display: str, layout: str) -> bool:
    dump = _x(display, "xkbcomp", "-xkb", display, "-")
    wanted = {"us": "English (US)", "th": "Thai", "la": "Lao", "ru": "Russian"}[layout]
    return f'name[group1]="{wanted}' in dump or f'name[Group1]="{wanted}' in dump


class Station:
    """The real lazpack process on the X display, and its journal."""

    def __init__(self, display: str, data_dir: Path) -> None:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        self.display = display
        self.journal = data_dir / "data" / "journal.sqlite3"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lazpack", "--demo", "--data-dir", str(data_dir)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wid = _x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", "lazpack")
        self.window = wid.split()[0]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)

    def scans(self) -> list[tuple[str, str, str]]:
        if not self.journal.exists():
            return []
        with sqlite3.connect(self.journal) as db:
            if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'scans'").fetchone():
                return []  # the station paints first and creates its journal just after
            return db.execute("SELECT code, sku, result FROM scans ORDER BY id").fetchall()

    def scan(self, code: str) -> None:
        """One scanner burst: the key presses of a US scanner, 8 ms apart, then Return."""
        keys = [
            f"shift+{xkb_keycode(name)}" if shift else str(xkb_keycode(name))
            for name, shift in us_keys(code)
        ]
        _x(self.display, "xdotool", "windowfocus", "--sync", self.window)
        _x(self.display, "xdotool", "key", "--delay", "8", *keys, str(RETURN))

    def scan_until(self, code: str, result: str) -> list[tuple[str, str, str]]:
        """Scan ``code`` until the journal records it with ``result`` (the first scans may
        come before the demo shop's first sync); returns the rows the attempts added."""
        before = len(self.scans())
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            seen = len(self.scans())
            self.scan(code)
            # another process: poll its journal; a burst sent before the window took the
            # keyboard leaves no row, so after a while it is sent again
            attempt_ends = min(deadline, time.monotonic() + ATTEMPT_S)
            while time.monotonic() < attempt_ends and len(self.scans()) == seen:
                time.sleep(0.1)
            rows = self.scans()[before:]
            if rows and rows[-1][2] == result:
                return rows
            assert self.proc.poll() is None, "lazpack exited"
        return self.scans()[before:]


@pytest.mark.parametrize("layout", ["us", "th", "la", "ru"])
def test_scan_opens_and_verifies_the_order_under_the_layout(
    display: str, tmp_path: Path, layout: str
) -> None:
    _x(display, "setxkbmap", layout)
    # Xvfb runs with -noreset: without it the server resets when setxkbmap disconnects and
    # the layout silently falls back to US, which would make this test prove nothing.
    assert _layout_active(display, layout), f"`setxkbmap {layout}` did not take effect"
    station = Station(display, tmp_path)
    try:
        rows = station.scan_until(ORDER, "order")
        assert rows[-1] == (ORDER, "", "order"), rows
        for sku in SKUS:
            rows = station.scan_until(sku, "ok")
            assert rows[-1] == (sku, sku, "ok"), rows
        rows = station.scan_until(LAST_SKU, "ok")
        assert rows[-1] == (LAST_SKU, LAST_SKU, "ok"), rows
        # every scan was read as sent: no code with a foreign character reached the station
        assert all(code.isascii() for code, _sku, _result in station.scans())
    finally:
        station.close()
        _x(display, "setxkbmap", "us")
