"""A DBS order as the slip printer sees it (COD, voucher, shipping fee, a Singapore address)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from lazpack.domain.models import Address, Order, OrderItem

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def order(*, cod: bool = True, number: int = 561234567890123) -> Order:
    return Order(
        order_id=number,
        order_number=number,
        created_at=NOW,
        updated_at=NOW,
        statuses=("ready_to_ship",),
        items_count=3,
        price=Decimal("45.80"),
        shipping_fee=Decimal("3.50"),
        voucher=Decimal("5.00"),
        payment_method="COD" if cod else "MIXEDCARD",
        address_shipping=Address(
            first_name="Tan",
            last_name="Ah Kow",
            phone="6591234567",
            address1="1 Orchard Road #05-12",
            city="Singapore",
            post_code="238823",
            country="Singapore",
        ),
        buyer_note="Leave with the guard",
    )


def unit(iid: int, sku: str, name: str, variation: str = "") -> OrderItem:
    return OrderItem(
        order_item_id=iid,
        order_id=561234567890123,
        status="ready_to_ship",
        name=name,
        sku=sku,
        variation=variation,
        currency="SGD",
        package_id="FP0946121439776",
        delivery_option_sof=True,
    )
