"""One station per data folder, with real processes: the second start exits with its message
and leaves the journal alone; a lock left by a killed station is taken over."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lazpack.instance import AlreadyRunning, StationLock, read_owner
from lazpack.launcher import EXIT_ALREADY_RUNNING, EXIT_DATA_FOLDER

pytestmark = pytest.mark.slow

STARTUP_DEADLINE_S = 120


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.multimedia.*=false"
    return env


class Station:
    """``python -m lazpack --demo --data-dir DIR`` with its stderr read line by line."""

    def __init__(self, data: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lazpack", "--demo", "--data-dir", str(data)],
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self._pump_thread = threading.Thread(target=self._pump, daemon=True)
        self._pump_thread.start()

    def _pump(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line)
        self.lines.put("")

    def wait_for(self, text: str) -> str:
        """The first stderr line containing ``text`` (fails if the station exits first)."""
        while True:
            try:
                line = self.lines.get(timeout=STARTUP_DEADLINE_S)
            except queue.Empty:
                pytest.fail(f"station never logged {text!r}:\n{''.join(self.seen)}")
            if not line:
                pytest.fail(f"station ended before logging {text!r}:\n{''.join(self.seen)}")
            self.seen.append(line)
            if text in line:
                return line

    def close(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout=60)
        self._pump_thread.join(timeout=60)  # ends at EOF, which the exit caused
        assert self.proc.stderr is not None
        self.proc.stderr.close()
        return rc


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name.startswith("journal")
    }


def _settled(folder: Path) -> dict[str, str]:
    """The journal's files once the first station's own writes are in: its checkpointer
    copies the WAL into the file a second after a commit (``connection.Checkpointer``)."""
    deadline = time.monotonic() + 30
    last = _snapshot(folder)
    while time.monotonic() < deadline:
        time.sleep(1.5)
        now = _snapshot(folder)
        if now == last:
            return now
        last = now
    raise AssertionError("the first station's journal never settled")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM closes the first station")
def test_second_station_on_a_folder_exits_and_leaves_the_journal_alone(tmp_path: Path) -> None:
    data = tmp_path / "station"
    first = Station(data)
    try:
        first.wait_for("full sync of demo")
        journal_dir = data / "data"
        before = _settled(journal_dir)
        assert "journal.sqlite3" in before
        second = subprocess.run(
            [sys.executable, "-m", "lazpack", "--demo", "--data-dir", str(data)],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert second.returncode == EXIT_ALREADY_RUNNING, second.stderr
        assert "already running on the data folder" in second.stderr
        assert str(journal_dir) in second.stderr
        assert f"process {first.proc.pid}" in second.stderr
        assert "brought to the front" in second.stderr
        first.wait_for("another start on this data folder: window brought to front")
        assert _snapshot(journal_dir) == before
        assert first.proc.poll() is None, "the first station must keep running"
    finally:
        rc = first.close()
    assert rc == 0


def test_lock_of_a_killed_station_is_taken_over(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from lazpack.instance import StationLock; "
            "lock = StationLock(Path(sys.argv[1])); lock.acquire(); "
            "print('locked', flush=True); sys.stdin.read()",
            str(folder),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning) as info:
            StationLock(folder).acquire()
        assert info.value.owner is not None
        assert info.value.owner.pid == holder.pid
        holder.kill()  # a crash: no cleanup, the lock file stays behind
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=30)
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert (folder / "station.lock").exists()
    lock = StationLock(folder)
    lock.acquire()
    try:
        owner = read_owner(folder / "station.lock")
        assert owner is not None
        assert owner.pid == os.getpid()
    finally:
        lock.release()


def test_lock_is_exclusive_and_released(tmp_path: Path) -> None:
    first = StationLock(tmp_path)
    first.acquire()
    with pytest.raises(AlreadyRunning, match="already running"):
        StationLock(tmp_path).acquire()
    first.release()
    with StationLock(tmp_path) as again:
        assert again.held


def test_unusable_data_folder_is_said_plainly(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where the data folder should be")
    run = subprocess.run(
        [sys.executable, "-m", "lazpack", "--data-dir", str(not_a_folder / "station")],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == EXIT_DATA_FOLDER, run.stderr
    assert "cannot use the data folder" in run.stderr
    assert not_a_folder.read_text() == "a file where the data folder should be"
