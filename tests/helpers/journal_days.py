"""Two days of journalled packing (three packers, two stations) for the History and Stats
views: ``fill`` writes them into a real journal with a hand-moved clock; the hand-computed
figures are in tests/unit/ui/test_stats_view.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from lazpack.storage.journal import SqliteJournal
from tests.helpers.clocks import FakeClock

SHOP = "shop-sg"
DAY1 = date(2026, 3, 2)
DAY2 = date(2026, 3, 3)  # "today" for the views
#: the views' "now", noon of ``DAY2``: ``FakeClock(NOON_DAY2)``
NOON_DAY2 = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
SECRET = "tok-5ecret-abcdef123456"


@dataclass
class Scan:
    code: str
    sku: str
    result: str


def ok(n: int, sku: str = "MUG-RED") -> Scan:
    return Scan(f"8850{n}", sku, "ok")


def pack_order(
    j: SqliteJournal,
    clock: FakeClock,
    at: datetime,
    order_id: int,
    packer: str,
    scans: list[Scan],
    *,
    pack: str | None = "ok",
    rts: str | None = "ok",
    station: str = "st-1",
) -> None:
    """One order the way the station journals it: order scan, item scans (10 s apart), then
    10 s later the Pack (1 s at Lazada), 4 s later the label, 5 s later RTS (1 s).

    So with n item scans the Pack ends at 10n + 11 s and the RTS at 10n + 21 s."""
    clock.t = at
    j.station_id = station
    items = [order_id * 10 + k for k, s in enumerate(scans) if s.result in ("ok", "manual")]
    j.remember_order(shop_id=SHOP, order_id=order_id, order_number=order_id + 9000,
                     tracking_numbers=[f"LEX{order_id}"],
                     skus=sorted({s.sku for s in scans if s.result == "ok"}))  # fmt: skip
    j.record_scan(shop_id=SHOP, order_id=order_id, code=f"O{order_id}", result="order",
                  packer=packer)  # fmt: skip
    for s in scans:
        clock.advance(10)
        j.record_scan(shop_id=SHOP, order_id=order_id, code=s.code, sku=s.sku, result=s.result,
                      packer=packer, detail=f"{s.result}: scanned")  # fmt: skip
    if pack is None:
        return
    clock.advance(10)
    i = j.begin(action="pack", shop_id=SHOP, order_ids=[order_id], item_ids=items, packer=packer)
    clock.advance(1)
    j.finish(i, outcome=pack, package_ids=[f"FP{order_id}"] if pack == "ok" else [],
             request_ids=[f"req-{order_id}-pack"], duration_ms=850.0,
             detail="" if pack == "ok" else "E0001 the item is not packable")  # fmt: skip
    if pack != "ok" or rts is None:
        return
    clock.advance(4)
    j.record_event(shop_id=SHOP, order_id=order_id, event="label_printed", packer=packer,
                   detail=f"FP{order_id}")  # fmt: skip
    clock.advance(5)
    r = j.begin(action="rts", shop_id=SHOP, order_ids=[order_id],
                package_ids=[f"FP{order_id}"], packer=packer)  # fmt: skip
    clock.advance(1)
    if rts != "open":
        j.finish(r, outcome=rts, request_ids=[f"req-{order_id}-rts"],
                 detail="Lazada refused: package not found" if rts == "failed" else "")  # fmt: skip


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=UTC)


def fill(j: SqliteJournal, clock: FakeClock) -> None:
    """Two days, three packers, two stations; hand-computed stats are in test_stats_view.py."""
    # day 2
    pack_order(j, clock, at(DAY2, 9, 0), 101, "ann", [ok(1), ok(2)])  # 41 s
    pack_order(j, clock, at(DAY2, 9, 10), 201, "bob",
               [ok(1), ok(2, "TEA-1"), ok(3, "TEA-1"), Scan("88503", "TEA-1", "over_scan")],
               station="st-2")  # 61 s  # fmt: skip
    pack_order(
        j,
        clock,
        at(DAY2, 9, 30),
        102,
        "ann",
        [Scan("999", "CUP-BLUE", "wrong_item"), ok(3, "TEA-1")],
        rts="failed",
    )  # 31 s
    pack_order(j, clock, at(DAY2, 10, 15), 103, "ann", [ok(4)], rts="unknown")  # 21 s
    pack_order(j, clock, at(DAY2, 11, 5), 202, "bob",
               [Scan("X-1", "", "unknown"), ok(5, "TEA-1")], pack="failed",
               station="st-2")  # fmt: skip
    # a leaked token in a free-text detail must never come out again
    clock.t = at(DAY2, 11, 30)
    leak = f"GET /rest/order/items/get?access_token={SECRET}&sign=ABCDEF"
    j.record_event(shop_id=SHOP, order_id=202, event="step_failed", packer="bob", detail=leak)
    # day 1
    pack_order(j, clock, at(DAY1, 14, 0), 301, "bob", [ok(6, "TEA-1")])  # 31 s
    pack_order(j, clock, at(DAY1, 15, 0), 302, "chai", [ok(7), ok(8)])  # 41 s
    j.station_id = "st-1"
    clock.t = at(DAY2, 12, 0)
