"""The orders list's search index: typing, backspacing and syncs show what a fresh search
would, and a keystroke that changes nothing does not relayout the view."""

from __future__ import annotations

import random

from lazpack.domain.orderbook import OrderBook, Tab
from lazpack.ui.orders_model import OrdersModel
from tests.helpers.orders import make_items, make_order

SKUS = ["MUG-BLUE", "MUG-RED", "CAP-01", "LAMP-9", "KETTLE"]
NAMES = ["Siti Rahman", "Ben Lim", "Ana Cruz", "Maria Santos"]


def filled_book(n: int = 120) -> OrderBook:
    rnd = random.Random(4)
    book = OrderBook()
    for i in range(n):
        oid = 700_000 + i
        book.upsert(
            "s",
            make_order(oid, age_min=rnd.randint(0, 500), customer=rnd.choice(NAMES)),
            make_items(
                oid,
                [rnd.choice(SKUS) for _ in range(rnd.randint(1, 3))],
                status=rnd.choice(["pending", "packed", "ready_to_ship"]),
            ),
        )
    return book


def fresh_keys(book: OrderBook, tab: Tab | None, text: str) -> list[tuple[str, int]]:
    model = OrdersModel(book)
    model.set_tab(tab)
    model.set_filter_text(text)
    return model.visible_keys()


def test_typing_and_backspacing_show_what_a_fresh_search_shows() -> None:
    book = filled_book()
    live = OrdersModel(book)
    for tab in (None, Tab.TO_PACK):
        live.set_tab(tab)
        for query in ("mug-b", "siti", "7000", "cap", "zzz"):
            steps = [query[:k] for k in range(1, len(query) + 1)]
            for text in steps + steps[-2::-1] + [""]:
                live.set_filter_text(text)
                assert live.visible_keys() == fresh_keys(book, tab, text), (tab, text)
    live.set_filter_text("mug")
    assert 0 < live.rowCount() < len(book)


def test_a_synced_order_appears_in_an_active_search() -> None:
    book = filled_book(30)
    model = OrdersModel(book)
    model.set_tab(None)
    model.set_filter_text("kettle")
    before = model.rowCount()
    model.set_filter_text("kett")  # the index now holds "kettle" and "kett"
    model.set_filter_text("kettle")
    book.upsert("s", make_order(999_001), make_items(999_001, ["KETTLE"]))
    assert model.rowCount() == before + 1
    assert ("s", 999_001) in model.visible_keys()
    model.set_filter_text("kett")
    assert ("s", 999_001) in model.visible_keys()


def test_a_keystroke_that_changes_no_row_does_not_relayout() -> None:
    model = OrdersModel(filled_book(40))
    model.set_tab(None)
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.set_filter_text("zz")  # nothing matches: the rows change once
    model.set_filter_text("zzz")  # still nothing: no relayout, no repaint
    model.set_filter_text("zzzz")
    assert len(layouts) == 1 and model.rowCount() == 0
    model.set_filter_text("")
    assert len(layouts) == 2 and model.rowCount() == 40


def test_a_big_change_merged_in_shows_what_a_fresh_list_shows() -> None:
    # More rows than MERGE_LIMIT at once (what a full sync's second brings): the kept rows
    # and the changed ones are merged as two sorted runs; every sort column, both ways.
    from PySide6.QtCore import Qt

    from lazpack.ui.orders_model import MERGE_LIMIT, Column

    rnd = random.Random(9)
    for column in (Column.CREATED, Column.ORDER, Column.ITEMS, Column.STATUS):
        for direction in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            book = filled_book(300)
            live = OrdersModel(book)
            live.set_tab(None)
            live.sort(column, direction)
            live.set_filter_text("mug")
            live.hold_book_changes(True)
            keys = [r.key for r in book]
            gone = rnd.sample(keys, 40)
            for key in gone:
                book.remove(key)
            for key in rnd.sample([k for k in keys if k not in gone], 60):
                row = book.get(key)
                assert row is not None
                book.upsert("s", row.order, make_items(key[1], [rnd.choice(SKUS)], status="packed"))
            new = [
                (
                    make_order(800_000 + i, age_min=rnd.randint(0, 900)),
                    make_items(800_000 + i, [rnd.choice(SKUS)]),
                )
                for i in range(MERGE_LIMIT + 50)
            ]
            book.upsert_many("s", new)
            assert len(live.visible_keys()) < len(book)  # held: nothing taken in yet
            live.hold_book_changes(False)
            fresh = OrdersModel(book)
            fresh.set_tab(None)
            fresh.sort(column, direction)
            fresh.set_filter_text("mug")
            assert live.visible_keys() == fresh.visible_keys(), (column, direction)
            assert live.counts() == fresh.counts()
            live.set_filter_text("")
            fresh.set_filter_text("")
            assert live.visible_keys() == fresh.visible_keys(), (column, direction)
