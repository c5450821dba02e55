"""The orders list on a warehouse: "Packing at" shows who holds each order, and since when."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from lazpack.domain.orderbook import OrderBook, Tab
from lazpack.domain.ports import ClaimHolder
from lazpack.ui import theme
from lazpack.ui.orders_model import Column, OrdersModel
from tests.helpers.orders import T0, make_items, make_order

HERE = "st-1"


def holder(order_id: int, station_id: str, name: str, packer: str, age: float) -> ClaimHolder:
    return ClaimHolder("s", order_id, station_id, name, packer, T0 - timedelta(seconds=age),
                       age, 30.0)  # fmt: skip


class Ticks:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def model(qapp: object) -> tuple[OrdersModel, Ticks]:
    book = OrderBook()
    for n in (1, 2, 3):
        book.upsert("s", make_order(n), make_items(n, ["A"]))
    ticks = Ticks()
    m = OrdersModel(book, now=lambda: T0, monotonic_s=ticks)
    m.set_tab(Tab.TO_PACK)
    return m, ticks


def cell(
    m: OrdersModel, order_id: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
) -> object:
    index = m.index_of(("s", order_id))
    return m.index(index.row(), Column.PACKING).data(role)


def test_packing_at_names_the_station_the_packer_and_how_long(
    model: tuple[OrdersModel, Ticks],
) -> None:
    m, ticks = model
    assert m.headerData(Column.PACKING, Qt.Orientation.Horizontal) == "Packing at"
    assert cell(m, 1) == cell(m, 2) == ""
    m.set_claims(
        {("s", 1): holder(1, HERE, "Station 1", "Ana", 40),
         ("s", 2): holder(2, "st-2", "Station 2", "Bo", 200),
         ("s", 3): holder(3, "st-3", "Station 3", "", 5)},
        HERE,
    )  # fmt: skip
    assert cell(m, 1) == "This station · Ana · 40 s ago"
    assert cell(m, 2) == "Station 2 · Bo · 3 min ago"
    assert cell(m, 3) == "Station 3 · 5 s ago"
    assert cell(m, 2, Qt.ItemDataRole.ToolTipRole) == (
        "Order 2 is being packed at Station 2 by Bo, 3 min ago."
    )
    # another station's claim stands out; this station's own reads as fine
    assert cell(m, 2, Qt.ItemDataRole.ForegroundRole) == theme.tab_colour(Tab.PROBLEMS)
    assert cell(m, 1, Qt.ItemDataRole.ForegroundRole) == theme.tab_colour(Tab.READY)
    # the time goes on between two reads of the claims
    ticks.t += 30
    assert cell(m, 1) == "This station · Ana · 70 s ago"
    # released: the cell empties
    m.set_claims({("s", 2): holder(2, "st-2", "Station 2", "Bo", 200)}, HERE)
    assert cell(m, 1) == "" and cell(m, 1, Qt.ItemDataRole.ToolTipRole) is None


def test_the_list_sorts_by_who_packs(model: tuple[OrdersModel, Ticks]) -> None:
    m, _ = model
    m.sort(Column.PACKING, Qt.SortOrder.AscendingOrder)
    m.set_claims({("s", 3): holder(3, "st-2", "Station 2", "Bo", 1),
                  ("s", 2): holder(2, "st-1", "Station 1", "Ana", 1)}, HERE)  # fmt: skip
    assert [m.row_at(r).order.order_id for r in range(m.rowCount())] == [2, 3, 1]


def test_a_claim_moving_while_sorted_by_it_moves_its_row(model: tuple[OrdersModel, Ticks]) -> None:
    m, ticks = model
    m.sort(Column.PACKING, Qt.SortOrder.AscendingOrder)
    m.set_claims({("s", 3): holder(3, "st-2", "Station 2", "Bo", 1),
                  ("s", 2): holder(2, "st-1", "Station 1", "Ana", 1)}, HERE)  # fmt: skip
    # Station 1 lets order 2 go, Station 0 opens order 1; ages alone move nothing
    ticks.t += 3
    m.set_claims({("s", 3): holder(3, "st-2", "Station 2", "Bo", 4),
                  ("s", 1): holder(1, "st-0", "Station 0", "Cy", 0)}, HERE)  # fmt: skip
    assert [m.row_at(r).order.order_id for r in range(m.rowCount())] == [1, 3, 2]
    changed: list[object] = []
    m.dataChanged.connect(lambda *a: changed.append(a))
    m.layoutChanged.connect(lambda *a: changed.append(a))
    m.set_claims({("s", 3): holder(3, "st-2", "Station 2", "Bo", 9),
                  ("s", 1): holder(1, "st-0", "Station 0", "Cy", 5)}, HERE)  # fmt: skip
    assert [m.row_at(r).order.order_id for r in range(m.rowCount())] == [1, 3, 2]
    assert cell(m, 3) == "Station 2 · Bo · 9 s ago"
    assert changed == []  # a read with only older ages repaints nothing by itself
