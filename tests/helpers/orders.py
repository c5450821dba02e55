"""Builders for orders and items as the client decodes them (tests construct books by hand)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OrderBook

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
_ids = itertools.count(1)


def make_items(
    order_id: int,
    skus: list[str] | tuple[str, ...] = ("MUG-BLUE",),
    *,
    status: str = "pending",
    package_id: str = "",
    tracking: str = "",
    dbs: bool = False,
    digital: bool = False,
    cancel_pending: bool = False,
    name: str = "",
) -> list[OrderItem]:
    return [
        OrderItem(
            order_item_id=order_id * 100 + i,
            order_id=order_id,
            status=status,
            name=name or f"Item {sku.lower()}",
            sku=sku,
            variation="Colour:Blue" if "BLUE" in sku else "",
            item_price=Decimal("12.50"),
            paid_price=Decimal("12.50"),
            currency="SGD",
            is_digital=digital,
            delivery_option_sof=dbs,
            package_id=package_id,
            tracking_code=tracking,
            is_cancel_pending=cancel_pending,
            product_main_image=f"https://img.example/{sku}.png",
        )
        for i, sku in enumerate(skus)
    ]


def make_order(
    order_id: int | None = None,
    *,
    age_min: int = 30,
    statuses: tuple[str, ...] = ("pending",),
    items_count: int = 1,
    payment: str = "COD",
    customer: str = "Siti Rahman",
    updated: datetime | None = None,
    cancel_pending: bool = False,
) -> Order:
    oid = order_id if order_id is not None else 3_000_000 + next(_ids)
    created = T0 - timedelta(minutes=age_min)
    first, _, last = customer.partition(" ")
    return Order(
        order_id=oid,
        order_number=oid,
        created_at=created,
        updated_at=updated or created,
        statuses=statuses,
        items_count=items_count,
        price=Decimal("25.00"),
        payment_method=payment,
        customer_first_name=first,
        customer_last_name=last,
        is_cancel_pending=cancel_pending,
    )


def build_book() -> OrderBook:
    """A book with one order of each kind the main window shows (to pack, packed, RTS, DBS,
    cancel pending)."""
    book = OrderBook()
    book.upsert("s", make_order(101, customer="Ana Cruz", age_min=90), make_items(101, ["LAMP"]))
    book.upsert("s", make_order(102, age_min=60), make_items(102, ["MUG", "MUG", "CUP"]))
    book.upsert("s", make_order(103, age_min=30), make_items(103, ["MUG"], name="Blue mug"))
    book.upsert(
        "s",
        make_order(201),
        make_items(201, ["TEE"], status="packed", package_id="FP201", tracking="SGLEX201"),
    )
    book.upsert("s", make_order(301), make_items(301, ["TEE"], status="ready_to_ship"))
    book.upsert("s", make_order(401), make_items(401, ["SOFA"], status="ready_to_ship", dbs=True))
    book.upsert("s", make_order(501), make_items(501, ["CAP"], cancel_pending=True))
    return book
