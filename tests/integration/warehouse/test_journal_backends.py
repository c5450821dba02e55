"""The journal ports behave the same on SQLite and on PostgreSQL (one test, both backends)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from lazpack import log
from lazpack.errors import ConfigError, StorageError
from lazpack.storage.journal import SqliteJournal
from lazpack.storage.pg import PgJournal
from tests.helpers.clocks import FakeClock

SECRET = "s3cr3t-warehouse-token-xyz"
Opener = Callable[[str], Any]


@pytest.fixture(params=["sqlite", "postgresql"])
def open_journal(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
) -> Iterator[Opener]:
    """Opens a journal of this backend for a station id (the same store for every call)."""
    opened: list[Any] = []

    def opener(station_id: str) -> Any:
        if request.param == "sqlite":
            j: Any = SqliteJournal(tmp_path / "journal.sqlite3", station_id=station_id,
                                   clock=clock)  # fmt: skip
        else:
            dsn = request.getfixturevalue("pg_dsn")
            j = PgJournal(dsn, station_id=station_id, clock=clock)
        opened.append(j)
        return j

    yield opener
    for j in opened:
        j.close()


@pytest.fixture
def journal(open_journal: Opener) -> Any:
    return open_journal("st-1")


def _one_order(j: Any, clock: FakeClock, order_id: int, packer: str) -> None:
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


def test_intent_lifecycle_and_open_intents(journal: Any) -> None:
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
    assert (entry.outcome, entry.request_ids, entry.package_ids) == ("ok", ("req-1",), ("FP1",))
    assert (entry.item_ids, entry.duration_ms, entry.packer) == ((11, 12), 210, "ann")
    with pytest.raises(StorageError, match="no intent 999"):
        journal.finish(999, outcome="ok")


def test_open_intents_are_this_stations_only(open_journal: Opener) -> None:
    one, two = open_journal("st-1"), open_journal("st-2")
    mine = one.begin(action="pack", shop_id="shop", order_ids=[1])
    two.begin(action="pack", shop_id="shop", order_ids=[2])
    assert [i.intent_id for i in one.open_intents()] == [mine]
    assert [i.order_ids for i in two.open_intents()] == [(2,)]


def test_session_is_per_station_and_can_be_cleared(open_journal: Opener) -> None:
    one, two = open_journal("st-1"), open_journal("st-2")
    state = {"order_id": 42, "verified": [7], "step": "label", "packer": "ann"}
    one.save_session(state)
    assert one.load_session() == state
    assert two.load_session() is None
    one.save_session(None)
    assert one.load_session() is None
    with pytest.raises(StorageError, match="session cannot be saved"):
        one.save_session({"when": datetime.now(UTC)})


def test_aliases_and_the_label_ledger(journal: Any) -> None:
    journal.link_alias(shop_id="a", barcode="8850001", sku="SKU-1", packer="ann")
    journal.link_alias(shop_id="a", barcode="8850001", sku="SKU-2")
    journal.link_alias(shop_id="b", barcode="8850001", sku="SKU-9")
    assert journal.aliases("a") == {"8850001": "SKU-2"}
    assert journal.aliases("b") == {"8850001": "SKU-9"}
    assert journal.unlink_alias(shop_id="a", barcode="8850001")
    assert not journal.unlink_alias(shop_id="a", barcode="8850001")
    assert journal.aliases("a") == {}
    with pytest.raises(StorageError):
        journal.link_alias(shop_id="a", barcode="  ", sku="SKU-1")
    assert journal.label_info("FP1") is None
    assert journal.record_label(shop_id="s", order_id=1, package_id="FP1") == 1
    assert journal.record_label(shop_id="s", order_id=1, package_id="FP1") == 2
    journal.record_label(shop_id="s", order_id=1, package_id="FP1", voided=True)
    assert journal.label_info("FP1") == (2, True)


def test_history_finds_orders_by_what_a_seller_knows(journal: Any, clock: FakeClock) -> None:
    _one_order(journal, clock, 101, "ann")
    clock.advance(3600 * 24)
    _one_order(journal, clock, 102, "bob")
    journal.record_scan(shop_id="shop", order_id=102, code="999", result="wrong_item", packer="bob")

    def ids(**kw: object) -> list[int]:
        return [h.order_id for h in journal.history(**kw)]

    assert ids() == [102, 101]
    assert ids(query="101") == [101]
    assert ids(query="1001") == [101]
    assert ids(query="lex102") == [102]
    assert ids(query="FP101") == [101]
    assert ids(query="mug-red") == [102, 101]
    assert ids(packer="bob") == [102]
    day2 = datetime(2026, 3, 3, tzinfo=UTC)
    assert ids(since=day2) == [102]
    assert ids(until=day2) == [101]
    assert ids(query="nothing-like-this") == []
    (h,) = journal.history(query="LEX102")
    assert (h.packers, h.stations, h.scans, h.wrong_scans) == (("bob",), ("st-1",), 2, 1)
    assert h.packed and not h.ready_to_ship
    assert (h.package_ids, h.tracking_numbers, h.order_numbers, h.skus) == (
        ("FP102",),
        ("LEX102",),
        ("1002",),
        ("MUG-RED",),
    )


def test_timeline_orders_scans_intents_and_events(journal: Any, clock: FakeClock) -> None:
    _one_order(journal, clock, 7, "ann")
    clock.advance(1)
    journal.record_event(shop_id="shop", order_id=7, event="label_printed", packer="ann",
                         detail="FP7")  # fmt: skip
    clock.advance(1)
    rts = journal.begin(action="rts", shop_id="shop", order_ids=[7], package_ids=["FP7"])
    journal.finish(rts, outcome="reconciled", detail="applied: ready to ship (FP7)")
    assert [(e.kind, e.what, e.outcome) for e in journal.timeline(7)] == [
        ("scan", "order", ""),
        ("scan", "ok", ""),
        ("intent", "pack", "ok"),
        ("event", "label_printed", ""),
        ("intent", "rts", "reconciled"),
    ]
    (h,) = journal.history(query="7")
    assert h.ready_to_ship
    assert journal.applied_writes("pack") == {7: 1}
    assert [i.action for i, _ in journal.intents()] == ["pack", "rts"]
    assert journal.counts()["scans"] == 2


def test_stats_per_packer_and_day(journal: Any, clock: FakeClock) -> None:
    _one_order(journal, clock, 1, "ann")
    clock.advance(60)
    _one_order(journal, clock, 2, "ann")
    journal.record_scan(shop_id="shop", order_id=2, code="X", result="wrong_item", packer="ann")
    journal.record_scan(shop_id="shop", order_id=2, code="Y", result="unknown", packer="ann")
    clock.advance(3600)
    _one_order(journal, clock, 3, "ann")
    _one_order(journal, clock, 4, "bob")
    i = journal.begin(action="pack", shop_id="shop", order_ids=[5], item_ids=[50, 51],
                      packer="bob")  # fmt: skip
    journal.finish(i, outcome="reconciled", detail="applied: packed in FP5")
    k = journal.begin(action="pack", shop_id="shop", order_ids=[6], item_ids=[60], packer="bob")
    journal.finish(k, outcome="reconciled", detail="not applied: the items are still to pack")
    rows = {s.packer: s for s in journal.stats(tz=UTC)}
    ann, bob = rows["ann"], rows["bob"]
    assert (ann.orders, ann.items, ann.active_hours) == (3, 3, 2)
    assert [(h.hour, h.orders) for h in ann.hourly] == [(9, 2), (10, 1)]
    assert (ann.scans, ann.wrong_scans) == (5, 2)
    assert ann.median_order_seconds == pytest.approx(31.0)
    assert (bob.orders, bob.items) == (2, 3)
    assert journal.stats(day=clock.now().date() - timedelta(days=1), tz=UTC) == []


def test_prune_removes_old_rows_but_never_an_open_intent(journal: Any, clock: FakeClock) -> None:
    _one_order(journal, clock, 1, "ann")
    stuck = journal.begin(action="rts", shop_id="shop", order_ids=[1], package_ids=["FP1"])
    journal.link_alias(shop_id="shop", barcode="885", sku="MUG-RED")
    clock.advance(40 * 86400)
    _one_order(journal, clock, 2, "ann")
    assert journal.prune(30) > 0
    assert [h.order_id for h in journal.history()] == [2, 1]
    assert [e.what for e in journal.timeline(1)] == ["rts"]
    assert [i.intent_id for i in journal.open_intents()] == [stuck]
    assert journal.aliases("shop") == {"885": "MUG-RED"}
    assert journal.prune(30) == 0
    with pytest.raises(ConfigError):
        journal.prune(0)


def test_export_redacts_and_defuses_formulas(
    journal: Any, clock: FakeClock, tmp_path: Path
) -> None:
    log.register_secret(SECRET)
    _one_order(journal, clock, 1, "ann")
    journal.record_scan(shop_id="shop", order_id=1, code=SECRET, result="unknown",
                        detail=f"scanned {SECRET}")  # fmt: skip
    journal.record_scan(shop_id="shop", order_id=1, code="=HYPERLINK(1)", result="unknown")
    out = tmp_path / "history.csv"
    assert journal.export_csv(out) == 5
    text = out.read_text(encoding="utf-8-sig")
    assert SECRET not in text
    with out.open(encoding="utf-8-sig", newline="") as f:
        parsed = list(csv.DictReader(f))
    assert parsed[-1]["code"] == "'=HYPERLINK(1)"
    with pytest.raises(StorageError, match="could not be exported"):
        journal.export_csv(tmp_path / "missing-folder" / "x.csv")


def test_the_reader_answers_what_the_writer_wrote(journal: Any, clock: FakeClock) -> None:
    _one_order(journal, clock, 5, "ann")
    if isinstance(journal, PgJournal):
        journal.flush()
    reader = journal.open_reader()
    try:
        assert [h.order_id for h in reader.history()] == [5]
        assert reader.stats(tz=UTC)[0].orders == 1
        assert not hasattr(reader, "record_scan")
    finally:
        reader.close()


def _record_a_day_of_work(j: Any, clock: FakeClock) -> None:
    """One journal with what made the two backends' Stats/History drift apart: an order
    packed the day before and made ready to ship today (by another packer), a label-first
    order (RTS, no Pack on record), a batch Pack over two orders, writes reconciled as
    applied and as not applied, a failed RTS, an older journal's cancel recorded as
    ``unknown``, search texts with LIKE's wildcards."""
    # day 1: Ann packs order 10; it is made ready to ship on day 2 by Bob
    _one_order(j, clock, 10, "ann")
    clock.advance(86400)
    rts = j.begin(action="rts", shop_id="shop", order_ids=[10], package_ids=["FP10"],
                  packer="bob")  # fmt: skip
    clock.advance(2)
    j.finish(rts, outcome="ok", request_ids=["r-rts-10"], duration_ms=120.5)
    # label first: the label is scanned, RTS, no Pack on record; its units were verified
    for code, result, detail in (
        ("LBL11", "order", ""),
        ("885011", "ok", ""),
        ("885011", "manual", ""),
        ("CANCEL", "unknown", "cancelled: the packer cancelled"),
        ("X-11", "unknown", "unknown: no such code"),
        ("X-11", "over_scan", ""),
    ):
        clock.advance(5)
        j.record_scan(shop_id="shop", order_id=11, code=code, result=result, packer="bob",
                      sku="TEA_100%" if result == "ok" else "", detail=detail)  # fmt: skip
    clock.advance(5)
    rts11 = j.begin(action="rts", shop_id="shop", order_ids=[11], package_ids=["FP11"],
                    packer="bob")  # fmt: skip
    j.finish(rts11, outcome="unknown", detail="timed out after 10 s")
    clock.advance(30)
    j.finish(rts11, outcome="reconciled", detail="applied: ready to ship (FP11)")
    # a batch Pack of two orders, one of them then fails its RTS
    clock.advance(600)
    for oid in (12, 13):
        j.record_scan(shop_id="shop", order_id=oid, code=f"O{oid}", result="order",
                      packer="Cat")  # fmt: skip
    batch = j.begin(action="pack", shop_id="shop", order_ids=[12, 13],
                    item_ids=[121, 122, 131], packer="Cat")  # fmt: skip
    clock.advance(3)
    j.finish(batch, outcome="partial", detail="1 of 2 orders packed", request_ids=["r-b"])
    bad = j.begin(action="rts", shop_id="shop", order_ids=[13], package_ids=["FP13"],
                  packer="cat")  # fmt: skip
    j.finish(bad, outcome="failed", detail="700000 PACKAGE_STATUS_NOT_ALLOW_TO_OP")
    # a Pack that Lazada never applied, and events
    clock.advance(3600)
    lost = j.begin(action="pack", shop_id="shop", order_ids=[14], item_ids=[141], packer="ann")
    j.finish(lost, outcome="reconciled", detail="not applied: the items are still to pack")
    j.record_event(shop_id="shop", order_id=14, event="label_printed", packer="ann",
                   detail="A_1%")  # fmt: skip
    j.remember_order(shop_id="shop", order_id=14, order_number="A_1%", skus=["MUG_RED"])
    if isinstance(j, PgJournal):
        j.flush()


def test_stats_and_history_are_the_same_on_both_backends(tmp_path: Path, pg_dsn: str) -> None:
    """The same recorded journal gives the same Stats, History, timelines and CSV on SQLite
    and on PostgreSQL (one aggregation, ``lazpack.storage.reports``)."""
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    sqlite_clock, pg_clock = FakeClock(start), FakeClock(start)
    lite = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1", clock=sqlite_clock)
    pg = PgJournal(pg_dsn, station_id="st-1", clock=pg_clock)
    try:
        _record_a_day_of_work(lite, sqlite_clock)
        _record_a_day_of_work(pg, pg_clock)
        day1, day2 = start.date(), start.date() + timedelta(days=1)
        bangkok = timezone(timedelta(hours=7))
        stats_asks: list[dict[str, Any]] = [
            {"tz": UTC},
            {"tz": bangkok},
            {"day": day2, "tz": UTC},
            {"day": day1, "tz": UTC},
            {"since": day2, "until": day2, "tz": bangkok},
            {"packer": "CAT", "tz": UTC},
            {"packer": "bob", "day": day2, "tz": UTC},
        ]
        for ask in stats_asks:
            assert lite.stats(**ask) == pg.stats(**ask), ask
        # the issue-22 figures, on both: orders 10 (packed by Ann on day 1) and 11 (label
        # first, no Pack) are Bob's, at their RTS on day 2; their items on day 2 are the
        # units verified that day (order 11's two); a legacy cancel is no wrong scan
        bob = {s.packer: s for s in pg.stats(day=day2, tz=UTC)}["bob"]
        assert (bob.orders, bob.items, bob.scans, bob.wrong_scans) == (2, 2, 4, 2)
        (ann,) = pg.stats(day=day1, tz=UTC)
        assert (ann.packer, ann.orders, ann.items) == ("ann", 1, 1)  # order 10's Pack
        history_asks: list[dict[str, Any]] = [
            {},
            {"query": "A_1%"},
            {"query": "TEA_100%"},
            {"query": "_"},
            {"query": "A%1"},
            {"query": "fp1"},
            {"packer": "cat"},
            {"since": start + timedelta(days=1), "limit": 2},
            {"until": start + timedelta(hours=1)},
        ]
        for ask in history_asks:
            assert lite.history(**ask) == pg.history(**ask), ask
        assert [h.order_id for h in pg.history(query="A_1%")] == [14]
        assert [h.order_id for h in pg.history(query="_")] == [14]  # literally, in its refs
        assert [h.order_id for h in pg.history(query="A%1")] == []  # % is no wildcard
        for oid in (10, 11, 12, 13, 14):
            assert lite.timeline(oid) == pg.timeline(oid), oid
        csvs = []
        for name, j in (("lite", lite), ("pg", pg)):
            out = tmp_path / f"{name}.csv"
            assert j.export_csv(out, since=start + timedelta(days=1)) > 0
            csvs.append(out.read_bytes())
        assert csvs[0] == csvs[1]
    finally:
        lite.close()
        pg.close()
