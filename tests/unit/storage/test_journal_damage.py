"""The journal against hostile text and damaged or unusable files (issue 13, storage cases).

Every case opens a real SQLite file in tmp_path. A failed open must raise a typed lazpack
error that names the remedy and leave every file exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lazpack.errors import (
    DiskFullError,
    JournalLockedError,
    JournalTooNewError,
    JournalUnavailableError,
)
from lazpack.storage import schema
from lazpack.storage.journal import SqliteJournal
from tests.helpers.clocks import FakeClock

REPO = Path(__file__).resolve().parents[3]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (recursively) -> sha256 of its bytes; folders -> "dir"."""
    out: dict[str, str] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        out[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return out


# ---------------------------------------------------------------- lone surrogates
LONE = "8850\udc80\ud800X"  # what a mis-decoded scanner burst or a broken JSON escape gives


def test_a_scan_with_lone_surrogates_is_recorded_not_a_crash(journal: SqliteJournal) -> None:
    journal.record_scan(
        shop_id="s", order_id=1, code=LONE, result="wrong_item", sku=LONE, detail=LONE
    )
    (entry,) = journal.timeline(1)
    assert entry.code == "8850\ufffd\ufffdX"
    assert entry.sku == "8850\ufffd\ufffdX"
    # a surrogate *pair* is the character it encodes, not two replacement marks
    journal.record_scan(shop_id="s", order_id=2, code="\ud83d\udce6", result="ok")
    assert journal.timeline(2)[0].code == "\U0001f4e6"
    # and searching History with the same text finds the order instead of crashing
    assert [h.order_id for h in journal.history(query=LONE)] == [1]


def test_a_server_sku_with_a_lone_surrogate_keeps_the_session(journal: SqliteJournal) -> None:
    session = {"order_id": 7, "items": [{"sku": f"SKU-{LONE}", "scanned": 0}]}
    journal.save_session(session)
    assert journal.load_session() == {
        "order_id": 7,
        "items": [{"sku": "SKU-8850\ufffd\ufffdX", "scanned": 0}],
    }
    intent = journal.begin(
        action="pack", shop_id="s", order_ids=[7], package_ids=[f"FP{LONE}"], detail=LONE
    )
    journal.finish(intent, outcome="ok", package_ids=[f"FP2{LONE}"], detail=LONE)
    journal.remember_order(shop_id="s", order_id=7, skus=[f"SKU-{LONE}"], tracking_numbers=[LONE])
    journal.record_event(shop_id="s", order_id=7, event="packed", detail=LONE)
    journal.link_alias(shop_id="s", barcode=LONE, sku=f"SKU-{LONE}")
    (h,) = journal.history(query="SKU-8850")
    assert h.packed
    assert set(h.package_ids) == {"FP8850\ufffd\ufffdX", "FP28850\ufffd\ufffdX"}
    assert journal.aliases("s") == {"8850\ufffd\ufffdX": "SKU-8850\ufffd\ufffdX"}


# ---------------------------------------------------------------- set aside, byte for byte
def _damaged_journal(path: Path, clock: FakeClock, *, rollback_mode: bool) -> bytes:
    with SqliteJournal(path, station_id="st-1", clock=clock) as j:
        for n in range(300):
            j.record_scan(shop_id="s", order_id=n, code=f"CODE-{n:05d}" * 5, result="ok")
    if rollback_mode:  # e.g. a journal restored from a backup the sqlite3 shell made
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 6 * 4096] = b"\xa5" * (3 * 4096)  # b-tree pages, not the header
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize("rollback_mode", [False, True], ids=["wal", "rollback"])
def test_a_damaged_journal_is_set_aside_byte_for_byte_with_a_short_notice(
    journal_path: Path, clock: FakeClock, rollback_mode: bool
) -> None:
    damaged = _damaged_journal(journal_path, clock, rollback_mode=rollback_mode)
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        assert j.notice is not None
        assert j.notice.moved_to.read_bytes() == damaged
        # one short sentence with the path, no integrity-check report
        message = j.notice.message
        assert str(j.notice.moved_to) in message
        assert message.count(".") - str(j.notice.moved_to).count(".") == 1
        assert "\n" not in message
        assert "page" not in message.lower()
        assert len(message) < 120 + len(str(j.notice.moved_to))
        assert j.counts()["scans"] == 0


# ---------------------------------------------------------------- refused opens
def test_a_newer_journal_is_refused_with_the_remedy_and_nothing_changed(
    journal_path: Path, clock: FakeClock
) -> None:
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        j.record_scan(shop_id="s", order_id=1, code="A", result="ok")
    with sqlite3.connect(journal_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = snapshot(journal_path.parent)
    with pytest.raises(JournalTooNewError, match="newer lazpack") as caught:
        SqliteJournal(journal_path, station_id="st-1", clock=clock)
    assert "Update lazpack" in caught.value.hint
    assert snapshot(journal_path.parent) == before


def test_a_folder_in_the_journals_place_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "journal.sqlite3" / "inside").mkdir(parents=True)
    before = snapshot(tmp_path)
    with pytest.raises(JournalUnavailableError, match="folder") as caught:
        SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    assert "--data-dir" in caught.value.hint
    assert snapshot(tmp_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_is_refused_with_the_remedy(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        with pytest.raises(JournalUnavailableError, match="read-only") as caught:
            SqliteJournal(data / "journal.sqlite3", station_id="st-1")
        assert "write access" in caught.value.hint
        assert list(data.iterdir()) == []
    finally:
        data.chmod(0o755)


def test_a_journal_locked_by_another_program_is_refused_untouched(
    journal_path: Path, clock: FakeClock
) -> None:
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        j.record_scan(shop_id="s", order_id=1, code="A", result="ok")
    other = sqlite3.connect(journal_path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        before = snapshot(journal_path.parent)
        with pytest.raises(JournalLockedError, match="locked") as caught:
            SqliteJournal(journal_path, station_id="st-1", clock=clock, busy_timeout_ms=50)
        assert "Close the other" in caught.value.hint
        assert snapshot(journal_path.parent) == before
    finally:
        other.execute("ROLLBACK")
        other.close()


# ---------------------------------------------------------------- full disk
def test_a_full_disk_is_a_disk_full_error_and_loses_nothing_written(
    journal: SqliteJournal,
) -> None:
    journal.record_scan(shop_id="s", order_id=1, code="A", result="ok")
    intent = journal.begin(action="pack", shop_id="s", order_ids=[1])
    # The disk is "full" at the file's present size (PRAGMA max_page_count).
    pages = journal.db.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="full") as caught:
        for n in range(2000):
            journal.record_scan(shop_id="s", order_id=1, code=f"B{n}" * 40, result="ok")
    assert "Free some disk space" in caught.value.hint
    with pytest.raises(DiskFullError):
        for n in range(2000):
            journal.finish(intent, outcome="ok", detail="x" * 4000 * (n + 1))
    # what was committed before is intact, and writing resumes once there is room again
    journal.db.conn.execute("PRAGMA max_page_count = 1073741823")
    assert [i.intent_id for i in journal.open_intents()] == [intent]
    journal.finish(intent, outcome="ok")
    assert journal.open_intents() == []
    codes = [e.code for e in journal.timeline(1) if e.kind == "scan"]
    assert codes[0] == "A"


_FULL_CHILD = textwrap.dedent(
    """
    import resource, signal, sys
    from lazpack.errors import StorageError
    from lazpack.storage.journal import SqliteJournal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))  # no file may outgrow a page
    try:
        SqliteJournal(sys.argv[1], station_id="st-1")
    except StorageError as err:
        print(type(err).__name__, "|", err, "|", err.hint)
    else:
        print("opened")
    """
)


def test_a_new_journal_that_cannot_be_written_leaves_no_file_behind(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", _FULL_CHILD, str(data / "journal.sqlite3")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    kind, message, hint = proc.stdout.strip().split(" | ")
    assert kind == "StorageError"
    assert "could not be written to disk" in message
    assert "free disk space" in hint
    assert list(data.iterdir()) == []
