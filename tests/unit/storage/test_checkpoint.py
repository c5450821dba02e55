"""The journal's WAL is checkpointed by a thread of its own, never inside a commit on the
committing (GUI) thread, where the checkpoint's fsync made the scan → painted p99."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lazpack.storage.connection import SQLITE_AUTOCHECKPOINT_PAGES, Checkpointer
from lazpack.storage.journal import SqliteJournal
from tests.helpers.clocks import FakeClock


def scans_in_the_file(path: Path) -> int:
    """Scans in the journal file itself, WAL ignored: what checkpoints copied in."""
    uri = f"{path.resolve().as_uri()}?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'scans'").fetchone():
            return 0  # not even the schema is in the file yet
        return int(conn.execute("SELECT count(*) FROM scans").fetchone()[0])
    finally:
        conn.close()


def scan(journal: SqliteJournal, n: int) -> None:
    journal.record_scan(shop_id="s", order_id=n, code=f"CODE-{n}" * 20, result="ok")


def eventually(check: object, what: str, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except sqlite3.DatabaseError:
            pass  # the file read while a checkpoint writes it: read again
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


@contextmanager
def checkpointing_after(
    delay_s: float, path: Path, clock: FakeClock
) -> Iterator[tuple[SqliteJournal, Checkpointer]]:
    """A journal whose checkpointer waits ``delay_s`` after commits."""
    journal = SqliteJournal(path, station_id="st-1", clock=clock)
    try:
        checkpointer = journal.db.checkpointer
        assert checkpointer is not None
        checkpointer.delay_s = delay_s
        yield journal, checkpointer
    finally:
        journal.close()


def test_commits_never_checkpoint_on_the_writers_thread(
    journal_path: Path, clock: FakeClock
) -> None:
    # the thread waits an hour: only a commit could checkpoint now
    with checkpointing_after(3600.0, journal_path, clock) as (journal, checkpointer):
        with journal.db.reading() as conn:
            assert conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        for n in range(1500):  # well past SQLite's 1,000-page automatic checkpoint
            scan(journal, n)
        wal = journal_path.with_name(journal_path.name + "-wal")
        assert wal.stat().st_size > SQLITE_AUTOCHECKPOINT_PAGES * 4096
        assert scans_in_the_file(journal_path) == 0
        assert checkpointer.runs == 0
    # closing, the writer (the last connection) checkpointed what was left
    assert scans_in_the_file(journal_path) == 1500


def test_the_thread_copies_the_wal_in_soon_after_a_commit(
    journal_path: Path, clock: FakeClock
) -> None:
    with checkpointing_after(0.05, journal_path, clock) as (journal, checkpointer):
        scan(journal, 1)
        eventually(lambda: scans_in_the_file(journal_path) == 1, "the first checkpoint")
        scan(journal, 2)
        scan(journal, 3)
        eventually(lambda: scans_in_the_file(journal_path) == 3, "the second checkpoint")
        assert checkpointer.runs >= 2
    assert not checkpointer._thread.is_alive()
    assert not journal_path.with_name(journal_path.name + "-wal").exists()


def test_a_failing_checkpointer_hands_the_checkpoints_back_to_sqlite(
    journal_path: Path, clock: FakeClock
) -> None:
    with checkpointing_after(0.01, journal_path, clock) as (journal, checkpointer):
        checkpointer._conn.close()  # its next checkpoint fails
        scan(journal, 1)
        eventually(lambda: checkpointer.failed, "the failed checkpoint")
        scan(journal, 2)  # the next commit notices
        assert journal.db.checkpointer is None
        with journal.db.reading() as conn:
            pages = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert pages == SQLITE_AUTOCHECKPOINT_PAGES
        assert journal.counts()["scans"] == 2  # nothing lost
