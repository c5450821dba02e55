"""The real lazpack process on an X server (Xvfb), driven by xdotool: real key events from a
"scanner" and real mouse clicks (issue 22). Used by the X11 focus tests."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lazpack.domain.keymap import us_keys, xkb_keycode
from tests.helpers.ci import require

RETURN = 36
WAIT_S = 20.0
#: how long ``scan_until`` waits for a burst's row before it sends the burst again
ATTEMPT_S = 8.0
#: a busy test machine must not hold up the "scanner" (xdotool) or the X server between two
#: keys longer than a person's pause: both run at a higher priority where that is allowed
BOOST = ["nice", "-n", "-15"] if os.geteuid() == 0 else []
X11_TOOLS = ("Xvfb", "xdotool", "setxkbmap", "xkbcomp")
#: the scan rows a burst read whole may leave before the demo shop's first sync: the order
#: number is not known yet
BEFORE_SYNC = "unknown"


def require_x11() -> None:
    """Skip without an X server and xdotool — fail under CI, which installs them."""
    missing = [t for t in X11_TOOLS if not shutil.which(t)]
    require(
        not missing,
        f"{', '.join(missing)} not installed (apt: xvfb xdotool x11-xkb-utils; .ci/run "
        "installs them)",
    )


@contextmanager
def xvfb(size: str = "1366x768x24") -> Iterator[str]:
    """A private X server; yields its DISPLAY."""
    read, write = os.pipe()
    args = ["Xvfb", "-displayfd", str(write), "-noreset", "-screen", "0", size]
    server = subprocess.Popen(
        [*BOOST, *args, "-nolisten", "tcp"],
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
        server.terminate()
        server.wait(timeout=10)


def x(display: str, *args: str) -> str:
    env = dict(os.environ, DISPLAY=display)
    return subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout


class X11Station:
    """``python -m lazpack --demo`` on the display, and its journal."""

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
        wid = x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", "lazpack")
        self.window = wid.split()[0]

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)

    def _rows(self, sql: str) -> list[tuple[str, ...]]:
        if not self.journal.exists():
            return []
        try:
            with sqlite3.connect(self.journal) as db:
                return db.execute(sql).fetchall()
        except sqlite3.OperationalError as err:
            if "no such table" in str(err):
                return []  # the station paints first and creates its journal right after
            raise

    def scans(self) -> list[tuple[str, ...]]:
        return self._rows("SELECT code, sku, result FROM scans ORDER BY id")

    def events(self) -> list[tuple[str, ...]]:
        return self._rows("SELECT event, detail FROM events ORDER BY id")

    def scan(self, code: str) -> None:
        """One scanner burst: a US scanner's key presses, 8 ms apart, then Return."""
        keys = [
            f"shift+{xkb_keycode(name)}" if shift else str(xkb_keycode(name))
            for name, shift in us_keys(code)
        ]
        x(self.display, "xdotool", "windowfocus", "--sync", self.window)
        x(self.display, *BOOST, "xdotool", "key", "--delay", "8", *keys, str(RETURN))

    def click(self, at_x: int, at_y: int) -> None:
        """A real left click at a point of the window."""
        x(self.display, "xdotool", "mousemove", "--window", self.window, str(at_x), str(at_y))
        x(self.display, "xdotool", "click", "1")

    def wait_rows(self, before: int) -> list[tuple[str, ...]]:
        """The scan rows added after the first ``before`` (waits for at least one)."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline and len(self.scans()) == before:
            time.sleep(0.05)
        return self.scans()[before:]

    def scan_once(self, code: str) -> tuple[str, ...]:
        """One burst; the journal row it made (exactly one: a scan is never retried)."""
        before = len(self.scans())
        self.scan(code)
        rows = self.wait_rows(before)
        assert len(rows) == 1, (code, rows)
        return rows[0]

    def scan_until(self, code: str, result: str, deadline_s: float = 60.0) -> tuple[str, ...]:
        """The first scan of a fresh station: the burst is sent again while it leaves no row
        (sent before the window took the keyboard) or only rows of ``code`` read whole but not
        known yet (before the demo shop's first sync). Any other row fails: a code misread,
        or another result. Returns the row with ``result``."""
        start = len(self.scans())
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            before = len(self.scans())
            self.scan(code)
            end = min(deadline, time.monotonic() + ATTEMPT_S)
            while time.monotonic() < end and len(self.scans()) == before:
                time.sleep(0.1)
            rows = self.scans()[start:]
            for row in rows:
                assert row[0] == code and row[2] in (result, BEFORE_SYNC), (code, rows)
            if rows and rows[-1][2] == result:
                return rows[-1]
            assert self.proc.poll() is None, "lazpack exited"
        raise AssertionError(f"{code} never gave {result}: {self.scans()[start:]}")

    def count_events(self, name: str, at_least: int) -> int:
        deadline = time.monotonic() + WAIT_S
        n = 0
        while time.monotonic() < deadline:
            n = sum(1 for e, _d in self.events() if e == name)
            if n >= at_least:
                break
            time.sleep(0.05)
        return n
