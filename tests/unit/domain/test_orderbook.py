from __future__ import annotations

from lazpack.domain.orderbook import BookChange, OrderBook, Tab, classify
from tests.helpers.orders import make_items, make_order


def test_tabs_follow_item_statuses() -> None:
    o = make_order()
    assert classify(o, tuple(make_items(o.order_id, status="pending"))) is Tab.TO_PACK
    assert classify(o, tuple(make_items(o.order_id, status="repacked"))) is Tab.TO_PACK
    assert classify(o, tuple(make_items(o.order_id, status="packed"))) is Tab.PACKED
    assert classify(o, tuple(make_items(o.order_id, status="ready_to_ship"))) is Tab.READY
    dbs = tuple(make_items(o.order_id, status="ready_to_ship", dbs=True))
    assert classify(o, dbs) is Tab.DBS
    assert classify(o, tuple(make_items(o.order_id, status="delivered"))) is Tab.DONE
    assert classify(o, tuple(make_items(o.order_id, status="canceled"))) is Tab.DONE


def test_problems_win_over_status() -> None:
    o = make_order()
    items = tuple(make_items(o.order_id, status="pending"))
    assert classify(o, items, problem="pack failed: 82") is Tab.PROBLEMS
    assert classify(o, tuple(make_items(o.order_id, cancel_pending=True))) is Tab.PROBLEMS
    assert classify(make_order(cancel_pending=True), items) is Tab.PROBLEMS
    assert classify(o, tuple(make_items(o.order_id, status="teleported"))) is Tab.PROBLEMS


def test_mixed_order_is_still_to_pack_while_a_unit_is_pending() -> None:
    o = make_order()
    items = (*make_items(o.order_id, ["A"], status="packed"), *make_items(o.order_id, ["B"]))
    assert classify(o, items) is Tab.TO_PACK


def test_indexes_resolve_scans_and_follow_updates() -> None:
    book = OrderBook()
    o = make_order(1001)
    book.upsert("s1", o, make_items(1001, ["MUG", "MUG", "CUP"]))
    assert [r.key for r in book.by_order_number(1001)] == [("s1", 1001)]
    assert [r.key for r in book.by_sku("MUG", tab=Tab.TO_PACK)] == [("s1", 1001)]
    assert book.by_package("FP1") == []
    packed = make_items(
        1001, ["MUG", "MUG", "CUP"], status="packed", package_id="FP1", tracking="SGLEX123"
    )
    book.upsert("s1", o, packed)
    assert [r.key for r in book.by_package("fp1")] == [("s1", 1001)]
    assert [r.key for r in book.by_tracking("sglex123")] == [("s1", 1001)]
    assert book.by_sku("MUG", tab=Tab.TO_PACK) == []
    assert book.get(("s1", 1001)).tab is Tab.PACKED
    book.remove(("s1", 1001))
    assert book.by_tracking("SGLEX123") == [] and book.by_sku("MUG") == []


def test_same_order_number_in_two_shops_is_two_rows() -> None:
    book = OrderBook()
    book.upsert("s1", make_order(7), make_items(7))
    book.upsert("s2", make_order(7), make_items(7))
    assert sorted(r.shop_id for r in book.by_order_number(7)) == ["s1", "s2"]


def test_counts_and_search() -> None:
    book = OrderBook()
    a, b = make_order(11, customer="Ana Cruz"), make_order(12, customer="Ben Lim")
    book.upsert("s", a, make_items(11, ["LAMP-01"], name="Desk lamp"))
    book.upsert("s", b, make_items(12, ["MUG"], status="packed", tracking="TRK99"))
    assert book.counts()[Tab.TO_PACK] == 1 and book.counts()[Tab.PACKED] == 1
    assert [r.order.order_id for r in book.search("desk")] == [11]
    assert [r.order.order_id for r in book.search("trk99")] == [12]
    assert [r.order.order_id for r in book.search("ben")] == [12]
    assert [r.order.order_id for r in book.search("lamp-01")] == [11]
    assert book.search("lamp", tab=Tab.PACKED) == []


def test_listeners_get_one_change_per_batch_and_none_for_no_op() -> None:
    book = OrderBook()
    seen: list[BookChange] = []
    book.add_listener(seen.append)
    o = make_order(5)
    book.upsert_many("s", [(o, make_items(5)), (make_order(6), make_items(6))])
    book.upsert("s", o, make_items(5))  # identical: no notification
    book.upsert("s", o, make_items(5, status="packed"))
    assert [(len(c.added), len(c.updated)) for c in seen] == [(2, 0), (0, 1)]


def test_station_problem_flag_moves_row_and_clears() -> None:
    book = OrderBook()
    book.upsert("s", make_order(9), make_items(9))
    book.set_problem(("s", 9), "outcome unknown")
    assert book.get(("s", 9)).tab is Tab.PROBLEMS
    book.upsert("s", make_order(9), make_items(9))  # a sync keeps the station's flag
    assert book.get(("s", 9)).problem == "outcome unknown"
    book.set_problem(("s", 9), "")
    assert book.get(("s", 9)).tab is Tab.TO_PACK


def test_sku_summary_groups_units() -> None:
    book = OrderBook()
    book.upsert("s", make_order(3), make_items(3, ["A", "A", "B"]))
    row = book.get(("s", 3))
    assert row is not None and row.sku_summary() == "2× A, B"
