"""SqliteJournal against a real SQLite file in tmp_path."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from lazpack import log
from lazpack.domain.ports import (
    JournalMaintenancePort,
    JournalPort,
    JournalQueryPort,
    JournalReadPort,
    JournalStatsPort,
)
from lazpack.domain.scan_results import scan_result
from lazpack.domain.workflow import Kind
from lazpack.errors import ConfigError, StorageError
from lazpack.storage import schema
from lazpack.storage.journal import SqliteJournal
from tests.helpers.clocks import FakeClock

SECRET = "s3cr3t-access-token-0123456789"


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _methods(*ports: type) -> set[str]:
    return {n for p in ports for n, v in vars(p).items() if callable(v) and n[0] != "_"}


def test_the_writer_and_the_reader_have_their_ports_and_only_the_writer_writes(
    journal: SqliteJournal,
) -> None:
    writer: JournalPort = journal
    maintenance: JournalMaintenancePort = journal
    opened = journal.open_reader()
    reader: JournalReadPort = opened
    try:
        write_side = _methods(JournalPort, JournalMaintenancePort)
        read_side = _methods(JournalQueryPort, JournalStatsPort)
        assert {"begin", "finish", "record_scan", "prune"} <= write_side
        assert {"history", "timeline", "export_csv", "stats"} <= read_side
        assert all(callable(getattr(writer, n)) for n in write_side)
        assert all(callable(getattr(maintenance, n)) for n in write_side)
        assert all(callable(getattr(reader, n)) for n in read_side)
        assert not write_side & set(dir(reader))
    finally:
        opened.close()


def test_new_journal_is_wal_at_the_current_schema(
    journal: SqliteJournal, journal_path: Path
) -> None:
    assert journal.schema_version == schema.SCHEMA_VERSION
    with _raw(journal_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental


def test_a_v1_journal_is_migrated_keeping_its_rows(journal_path: Path, clock: FakeClock) -> None:
    journal_path.parent.mkdir(parents=True)
    conn = _raw(journal_path)
    schema.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO intents(station_id, action, shop_id, order_ids, item_ids, started_at)"
        " VALUES ('st-1', 'pack', 'shop', '[42]', '[7, 8]', '2026-03-01T08:00:00.000000Z')"
    )
    conn.execute(
        "INSERT INTO scans(ts, station_id, shop_id, order_id, code, result)"
        " VALUES ('2026-03-01T07:59:00.000000Z', 'st-1', 'shop', 42, 'ORDER-42', 'order')"
    )
    conn.close()

    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        assert j.schema_version == schema.SCHEMA_VERSION
        (intent,) = j.open_intents()
        assert (intent.action, intent.order_ids, intent.item_ids) == ("pack", (42,), (7, 8))
        # the v2 order index was back-filled, so the old intent is in the order's timeline
        assert [(e.kind, e.what) for e in j.timeline(42)] == [("scan", "order"), ("intent", "pack")]


def test_a_journal_from_a_newer_lazpack_is_refused_untouched(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    with _raw(journal_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    with pytest.raises(StorageError, match="newer lazpack"):
        SqliteJournal(journal_path, station_id="st-1")
    assert journal_path.exists()
    assert not list(journal_path.parent.glob("*.corrupt-*"))


def test_intent_lifecycle_and_open_intents(journal: SqliteJournal) -> None:
    a = journal.begin(action="pack", shop_id="shop", order_ids=[1], item_ids=[11, 12], packer="ann")
    b = journal.begin(action="rts", shop_id="shop", order_ids=[2], package_ids=["FP2"])
    c = journal.begin(action="pack", shop_id="shop", order_ids=[3], item_ids=[31])
    assert [i.intent_id for i in journal.open_intents()] == [a, b, c]

    journal.finish(a, outcome="ok", request_ids=["req-1"], package_ids=["FP1"], duration_ms=210)
    journal.finish(b, outcome="unknown", detail="timed out after 10 s")
    journal.finish(c, outcome="failed", detail="700000 PACKAGE_STATUS_NOT_ALLOW_TO_OP")
    (still_open,) = journal.open_intents()
    assert (still_open.intent_id, still_open.outcome) == (b, "unknown")

    journal.finish(b, outcome="reconciled", detail="applied: ready to ship (FP2)")
    assert journal.open_intents() == []

    (entry,) = [e for e in journal.timeline(1) if e.kind == "intent"]
    assert entry.outcome == "ok"
    assert entry.request_ids == ("req-1",)
    assert entry.package_ids == ("FP1",)
    assert entry.item_ids == (11, 12)
    assert entry.duration_ms == 210
    assert entry.packer == "ann"


def test_finishing_an_unknown_intent_is_a_clear_error(journal: SqliteJournal) -> None:
    with pytest.raises(StorageError, match="no intent 999"):
        journal.finish(999, outcome="ok")


def test_open_intents_are_this_stations_only(journal_path: Path, clock: FakeClock) -> None:
    with (
        SqliteJournal(journal_path, station_id="st-1", clock=clock) as one,
        SqliteJournal(journal_path, station_id="st-2", clock=clock) as two,
    ):
        mine = one.begin(action="pack", shop_id="shop", order_ids=[1])
        two.begin(action="pack", shop_id="shop", order_ids=[2])
        assert [i.intent_id for i in one.open_intents()] == [mine]
        assert [i.order_ids for i in two.open_intents()] == [(2,)]


def test_session_survives_a_reopen_and_can_be_cleared(
    journal: SqliteJournal, journal_path: Path, clock: FakeClock
) -> None:
    state = {"order_id": 42, "verified": [7], "step": "label", "packer": "ann"}
    journal.save_session(state)
    journal.close()
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as again:
        assert again.load_session() == state
        again.save_session(None)
        assert again.load_session() is None
    with SqliteJournal(journal_path, station_id="st-2", clock=clock) as other:
        assert other.load_session() is None


def test_a_session_that_is_not_json_is_refused(journal: SqliteJournal) -> None:
    with pytest.raises(StorageError, match="session cannot be saved"):
        journal.save_session({"when": datetime.now(UTC)})


def test_aliases_are_per_shop_and_replaceable(journal: SqliteJournal) -> None:
    journal.link_alias(shop_id="a", barcode="8850001", sku="SKU-1", packer="ann")
    journal.link_alias(shop_id="a", barcode="8850001", sku="SKU-2")
    journal.link_alias(shop_id="b", barcode="8850001", sku="SKU-9")
    assert journal.aliases("a") == {"8850001": "SKU-2"}
    assert journal.aliases("b") == {"8850001": "SKU-9"}
    assert journal.unlink_alias(shop_id="a", barcode="8850001")
    assert journal.aliases("a") == {}
    with pytest.raises(StorageError):
        journal.link_alias(shop_id="a", barcode="  ", sku="SKU-1")


def test_label_prints_are_counted(journal: SqliteJournal) -> None:
    assert journal.label_info("FP1") is None
    assert journal.record_label(shop_id="s", order_id=1, package_id="FP1") == 1
    assert journal.record_label(shop_id="s", order_id=1, package_id="FP1") == 2
    journal.record_label(shop_id="s", order_id=1, package_id="FP1", voided=True)
    assert journal.label_info("FP1") == (2, True)


def test_a_reader_works_while_the_journal_writes(
    journal: SqliteJournal, journal_path: Path
) -> None:
    journal.record_scan(shop_id="s", order_id=1, code="A", result="ok")
    reader = _raw(journal_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 1
    # WAL: the writer is not blocked by the open read transaction...
    for n in range(50):
        journal.record_scan(shop_id="s", order_id=1, code=f"B{n}", result="ok")
    journal.finish(journal.begin(action="pack", shop_id="s", order_ids=[1]), outcome="ok")
    # ...and the reader keeps its consistent snapshot until it ends it.
    assert reader.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 1
    reader.execute("COMMIT")
    assert reader.execute("SELECT COUNT(*) FROM scans").fetchone()[0] == 51
    reader.close()


def test_a_locked_journal_is_a_storage_error(journal_path: Path, clock: FakeClock) -> None:
    j = SqliteJournal(journal_path, station_id="st-1", clock=clock, busy_timeout_ms=50)
    blocker = _raw(journal_path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="locked"):
            j.begin(action="pack", shop_id="s", order_ids=[1])
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    # nothing was half-written: the journal carries on
    j.begin(action="pack", shop_id="s", order_ids=[1])
    assert len(j.open_intents()) == 1
    j.close()


def test_a_corrupt_journal_is_set_aside_and_a_new_one_started(
    journal_path: Path, clock: FakeClock
) -> None:
    journal_path.parent.mkdir(parents=True)
    garbage = b"this is not a database " * 500
    journal_path.write_bytes(garbage)
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        assert j.notice is not None
        assert "damaged" in j.notice.message
        assert j.notice.moved_to.read_bytes() == garbage
        j.record_scan(shop_id="s", order_id=1, code="A", result="ok")
        assert len(j.timeline(1)) == 1
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as again:
        assert again.notice is None


def test_a_damaged_page_is_detected(journal_path: Path, clock: FakeClock) -> None:
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        for n in range(300):
            j.record_scan(shop_id="s", order_id=n, code=f"CODE-{n:05d}" * 5, result="ok")
        j.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(journal_path.read_bytes())
    page = 4096
    # scribble over the middle of the file (b-tree pages), not the header
    data[3 * page : 6 * page] = b"\xa5" * (3 * page)
    journal_path.write_bytes(bytes(data))
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        assert j.notice is not None
        assert j.notice.moved_to.exists()
        assert j.counts()["scans"] == 0


_CHILD = textwrap.dedent(
    """
    import sys
    from lazpack.storage.journal import SqliteJournal

    j = SqliteJournal(sys.argv[1], station_id="st-1")
    for n in range(100_000):
        j.record_scan(shop_id="s", order_id=n // 5, code=f"C{n}", result="ok", packer="ann")
        print("scan", n, flush=True)
        if n % 5 == 4:
            i = j.begin(action="pack", shop_id="s", order_ids=[n // 5], item_ids=[n])
            print("begun", i, flush=True)
            j.finish(i, outcome="ok", request_ids=[f"r{i}"])
            print("finished", i, flush=True)
    """
)


def test_sigkill_mid_stream_keeps_every_committed_row(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(journal_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert proc.stdout is not None
    scans = -1
    begun: list[int] = []
    finished: list[int] = []
    for line in proc.stdout:
        kind, value = line.split()
        if kind == "scan":
            scans = int(value)
        elif kind == "begun":
            begun.append(int(value))
        else:
            finished.append(int(value))
        if scans >= 400:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    with SqliteJournal(journal_path, station_id="st-1") as j:
        assert j.notice is None
        assert j.counts()["scans"] >= scans + 1
        recorded = {i.intent_id: i.outcome for i, _detail in j.intents()}
        assert set(begun) <= set(recorded)
        assert all(recorded[i] == "ok" for i in finished)
        # an intent begun but not finished before the kill is exactly what recovery needs;
        # one reported finished is never open again (the child may have run on unread)
        open_ids = {i.intent_id for i in j.open_intents()}
        assert len(open_ids) <= 1
        assert not open_ids & set(finished)


def _one_order(j: SqliteJournal, clock: FakeClock, order_id: int, packer: str) -> None:
    j.record_scan(shop_id="shop", order_id=order_id, code=f"O{order_id}", result="order",
                  packer=packer)  # fmt: skip
    clock.advance(20)
    j.record_scan(shop_id="shop", order_id=order_id, code="885001", sku="MUG-RED", result="ok",
                  packer=packer)  # fmt: skip
    clock.advance(10)
    i = j.begin(action="pack", shop_id="shop", order_ids=[order_id], item_ids=[order_id * 10],
                packer=packer)  # fmt: skip
    clock.advance(1)
    j.finish(i, outcome="ok", package_ids=[f"FP{order_id}"], request_ids=[f"r{order_id}"])
    j.remember_order(shop_id="shop", order_id=order_id, order_number=order_id + 900,
                     tracking_numbers=[f"LEX{order_id}"])  # fmt: skip


def test_history_finds_orders_by_what_a_seller_knows(
    journal: SqliteJournal, clock: FakeClock
) -> None:
    _one_order(journal, clock, 101, "ann")
    clock.advance(3600 * 24)
    _one_order(journal, clock, 102, "bob")
    journal.record_scan(shop_id="shop", order_id=102, code="999", result="wrong_item", packer="bob")

    def ids(**kw: object) -> list[int]:
        return [h.order_id for h in journal.history(**kw)]  # type: ignore[arg-type]

    assert ids() == [102, 101]  # most recent first
    assert ids(query="101") == [101]
    assert ids(query="1001") == [101]  # order number
    assert ids(query="lex102") == [102]  # tracking, any case
    assert ids(query="FP101") == [101]  # package id
    assert ids(query="mug-red") == [102, 101]  # SKU
    assert ids(packer="bob") == [102]
    day2 = datetime(2026, 3, 3, tzinfo=UTC)
    assert ids(since=day2) == [102]
    assert ids(until=day2) == [101]
    assert ids(query="nothing-like-this") == []

    (h,) = journal.history(query="LEX102")
    assert h.packers == ("bob",)
    assert h.stations == ("st-1",)
    assert (h.scans, h.wrong_scans) == (2, 1)
    assert h.packed and not h.ready_to_ship
    assert h.package_ids == ("FP102",)
    assert h.tracking_numbers == ("LEX102",)
    assert h.order_numbers == ("1002",)
    assert h.skus == ("MUG-RED",)


def test_timeline_orders_scans_intents_and_events(journal: SqliteJournal, clock: FakeClock) -> None:
    _one_order(journal, clock, 7, "ann")
    clock.advance(1)
    journal.record_event(shop_id="shop", order_id=7, event="label_printed", packer="ann",
                         detail="FP7")  # fmt: skip
    clock.advance(1)
    rts = journal.begin(action="rts", shop_id="shop", order_ids=[7], package_ids=["FP7"])
    journal.finish(rts, outcome="reconciled", detail="applied: ready to ship (FP7)")
    lines = [(e.kind, e.what, e.outcome) for e in journal.timeline(7)]
    assert lines == [
        ("scan", "order", ""),
        ("scan", "ok", ""),
        ("intent", "pack", "ok"),
        ("event", "label_printed", ""),
        ("intent", "rts", "reconciled"),
    ]
    (h,) = journal.history(query="7")
    assert h.ready_to_ship


def test_stats_per_packer_and_day(journal: SqliteJournal, clock: FakeClock) -> None:
    _one_order(journal, clock, 1, "ann")  # 31 s from first scan to pack done
    clock.advance(60)
    _one_order(journal, clock, 2, "ann")
    journal.record_scan(shop_id="shop", order_id=2, code="X", result="wrong_item", packer="ann")
    journal.record_scan(shop_id="shop", order_id=2, code="Y", result="unknown", packer="ann")
    clock.advance(3600)
    _one_order(journal, clock, 3, "ann")
    _one_order(journal, clock, 4, "bob")
    # a pack whose answer was lost and that reconciliation found applied counts too
    i = journal.begin(action="pack", shop_id="shop", order_ids=[5], item_ids=[50, 51],
                      packer="bob")  # fmt: skip
    journal.finish(i, outcome="reconciled", detail="applied: packed in FP5")
    # and one found not applied does not
    k = journal.begin(action="pack", shop_id="shop", order_ids=[6], item_ids=[60], packer="bob")
    journal.finish(k, outcome="reconciled", detail="not applied: the items are still to pack")

    rows = {s.packer: s for s in journal.stats(tz=UTC)}
    ann, bob = rows["ann"], rows["bob"]
    assert ann.day == clock.now().date()
    assert (ann.orders, ann.items) == (3, 3)
    assert [(h.hour, h.orders) for h in ann.hourly] == [(9, 2), (10, 1)]
    assert ann.active_hours == 2
    assert ann.orders_per_hour == 1.5
    assert (ann.scans, ann.wrong_scans) == (5, 2)  # order scans are not item scans
    assert ann.wrong_scan_rate == 0.4
    assert ann.median_order_seconds == pytest.approx(31.0)
    assert (bob.orders, bob.items) == (2, 3)
    assert journal.stats(packer="bob", tz=UTC)[0].packer == "bob"
    assert journal.stats(day=clock.now().date() - timedelta(days=1), tz=UTC) == []


def test_prune_removes_old_rows_but_never_an_open_intent(
    journal: SqliteJournal, clock: FakeClock
) -> None:
    _one_order(journal, clock, 1, "ann")
    stuck = journal.begin(action="rts", shop_id="shop", order_ids=[1], package_ids=["FP1"])
    journal.link_alias(shop_id="shop", barcode="885", sku="MUG-RED")
    clock.advance(40 * 86400)
    _one_order(journal, clock, 2, "ann")

    deleted = journal.prune(30)
    assert deleted > 0
    assert [h.order_id for h in journal.history()] == [2, 1]  # order 1 only via its open intent
    assert [e.what for e in journal.timeline(1)] == ["rts"]
    assert [i.intent_id for i in journal.open_intents()] == [stuck]
    assert journal.aliases("shop") == {"885": "MUG-RED"}
    assert journal.history(query="LEX1") == []
    assert journal.prune(30) == 0
    with pytest.raises(ConfigError):
        journal.prune(0)


def test_prune_gives_space_back(journal_path: Path, clock: FakeClock) -> None:
    with SqliteJournal(journal_path, station_id="st-1", clock=clock) as j:
        for n in range(3000):
            j.record_scan(shop_id="s", order_id=n, code=f"CODE-{n}" * 10, result="ok")
        j.prune(1)  # nothing is old yet
        full = _on_disk(journal_path)
        clock.advance(2 * 86400)
        j.prune(1)
        assert _on_disk(journal_path) < full / 2


def _on_disk(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def test_no_secret_reaches_the_file_or_an_export(
    journal: SqliteJournal, journal_path: Path, clock: FakeClock, tmp_path: Path
) -> None:
    log.register_secret(SECRET)
    _one_order(journal, clock, 1, "ann")
    journal.record_scan(shop_id="shop", order_id=1, code=SECRET, result="unknown",
                        detail=f"scanned {SECRET}")  # fmt: skip
    url = "GET /rest/order/items/get?access_token=abcdef123456&sign=ABCDEF"
    journal.record_event(shop_id="shop", order_id=1, event="error", detail=url)
    i = journal.begin(action="rts", shop_id="shop", order_ids=[1], detail=f"token {SECRET}")
    journal.finish(i, outcome="failed", detail=f"refresh_token={SECRET}")

    out = tmp_path / "history.csv"
    rows = journal.export_csv(out)
    assert rows == 6
    text = out.read_text(encoding="utf-8-sig")
    with out.open(encoding="utf-8-sig", newline="") as f:
        parsed = list(csv.DictReader(f))
    assert {"unknown", "error", "rts"} <= {r["what"] for r in parsed}
    journal.close()
    stored = b"".join(
        p.read_bytes() for p in journal_path.parent.iterdir() if p.name.startswith("journal")
    )
    for leak in (SECRET, "abcdef123456"):
        assert leak not in text
        assert leak.encode() not in stored
    assert log.REDACTED in text


def test_export_filters_and_defuses_spreadsheet_formulas(
    journal: SqliteJournal, clock: FakeClock, tmp_path: Path
) -> None:
    _one_order(journal, clock, 1, "ann")
    _one_order(journal, clock, 2, "bob")
    journal.record_scan(shop_id="shop", order_id=2, code="=HYPERLINK(1)", result="unknown",
                        packer="bob")  # fmt: skip
    out = tmp_path / "bob.csv"
    assert journal.export_csv(out, packer="bob") == 4
    with out.open(encoding="utf-8-sig", newline="") as f:
        parsed = list(csv.DictReader(f))
    assert {r["order_id"] for r in parsed} == {"2"}
    assert parsed[-1]["code"] == "'=HYPERLINK(1)"


def test_export_to_an_unwritable_place_is_a_storage_error(
    journal: SqliteJournal, tmp_path: Path
) -> None:
    with pytest.raises(StorageError, match="could not be exported"):
        journal.export_csv(tmp_path / "missing-folder" / "x.csv")


def test_threads_sharing_the_journal_lose_nothing(journal: SqliteJournal) -> None:
    def work(worker: int) -> None:
        for n in range(100):
            journal.record_scan(shop_id="s", order_id=worker, code=f"{worker}-{n}", result="ok")
            if n % 10 == 0:
                i = journal.begin(action="pack", shop_id="s", order_ids=[worker])
                journal.finish(i, outcome="ok")

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert journal.counts()["scans"] == 400
    assert journal.applied_writes("pack") == {w: 10 for w in range(4)}


def test_a_data_folder_that_is_a_file_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="cannot be created"):
        SqliteJournal(blocker / "journal.sqlite3", station_id="st-1")


def test_a_journal_path_that_is_a_folder_is_a_storage_error(tmp_path: Path) -> None:
    (tmp_path / "journal.sqlite3").mkdir()
    with pytest.raises(StorageError, match="cannot be opened"):
        SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    assert (tmp_path / "journal.sqlite3").is_dir()


def test_a_reader_connection_answers_queries_and_refuses_writes(
    journal: SqliteJournal, clock: FakeClock
) -> None:
    _one_order(journal, clock, 5, "ann")
    reader = journal.open_reader()
    try:
        assert [h.order_id for h in reader.history(query="LEX5")] == [5]
        _one_order(journal, clock, 6, "bob")  # the writer carries on while the reader is open
        assert [h.order_id for h in reader.history()] == [6, 5]
        # the reader object has no write method at all, and its connection refuses writes
        for write in ("record_scan", "begin", "finish", "record_event", "save_session",
                      "link_alias", "remember_order", "prune"):  # fmt: skip
            assert not hasattr(reader, write), write
        with pytest.raises(StorageError), reader.db.transaction() as conn:
            conn.execute("DELETE FROM scans")
    finally:
        reader.close()
    assert journal.counts()["scans"] == 4


def test_stats_count_what_the_packer_did_replaying_every_kind_of_scan(
    journal: SqliteJournal, clock: FakeClock
) -> None:
    """Issue 22 case 5: orders/items finished by any flow; wrong scans are only wrong scans."""

    def scan(order_id: int | None, code: str, kind: Kind, sku: str = "") -> None:
        journal.record_scan(shop_id="shop", order_id=order_id, code=code, sku=sku,
                            result=scan_result(kind), packer="ann",
                            detail=f"{kind.value}: …")  # fmt: skip
        clock.advance(2)

    def write(action: str, order_id: int, who: str, **kw: Any) -> None:
        i = journal.begin(action=action, shop_id="shop", order_ids=[order_id], packer=who, **kw)
        journal.finish(i, outcome="ok")
        clock.advance(2)

    # order 1, scan to pack: order scan, a wrong item, two good ones, pack and RTS
    scan(1, "1001", Kind.ORDER_OPENED)
    scan(1, "MUG-RED", Kind.WRONG_ITEM, "MUG-RED")
    scan(1, "CUP", Kind.OK, "CUP")
    scan(1, "1001", Kind.DUPLICATE)  # the same order scanned again: not a mistake
    scan(1, "CUP", Kind.COMPLETE, "CUP")
    write("pack", 1, "ann", item_ids=[11, 12])
    write("rts", 1, "ann", package_ids=["FP1"])
    # order 2, label first: packed by a batch (someone else), then the label and items here
    write("pack", 2, "lead", item_ids=[21, 22, 23])
    scan(2, "FP2", Kind.ORDER_OPENED)
    for _ in range(3):
        scan(2, "PLATE", Kind.OK, "PLATE")
    scan(2, "PLATE", Kind.OVER_SCAN, "PLATE")  # one too many: a mistake
    write("rts", 2, "ann", package_ids=["FP2"])
    # what is not a wrong scan: cancels, closes, refused keys and commands
    scan(3, "1003", Kind.ORDER_OPENED)
    scan(3, "#LP:CANCEL", Kind.CANCELLED)
    scan(None, "#LP:DONE", Kind.NOT_ALLOWED)
    scan(None, "CUP", Kind.NO_ORDER, "CUP")
    scan(None, "#LP:UNDO", Kind.BUSY)
    scan(1, "#LP:CANCEL", Kind.CLOSED)
    scan(None, "#LP:PACKER:ann", Kind.PACKER)
    # an unknown code is a mistake; an older journal's cancel written as "unknown" is not
    scan(None, "ZZ-NOBODY", Kind.UNKNOWN)
    journal.record_scan(shop_id="shop", order_id=3, code="#LP:CANCEL", result="unknown",
                        packer="ann", detail="cancelled: Order 1003 cancelled")  # fmt: skip

    (ann,) = [s for s in journal.stats(tz=UTC) if s.packer == "ann"]
    assert (ann.orders, ann.items) == (2, 5)  # the label-first order counts for its RTS
    # item scans: 2 ok + 3 ok + wrong item + over scan + unknown code
    assert (ann.scans, ann.wrong_scans) == (8, 3)
    lead = [s for s in journal.stats(tz=UTC) if s.packer == "lead"]
    assert lead == []  # the batch packed order 2; ann finished it
