"""Typed fast paths for the two answers a sync is made of: GetOrders and
GetMultipleOrderItems (a 10,000-order sync reads ~300 of them, ~30 MB of JSON).

``decode.py`` first builds a dict for every JSON object (~60 keys per item, most never
read) and then picks the fields out of it; here msgspec reads the bytes straight into
structs that declare only the fields the station uses and skips the rest unbuilt. That is
~3.5x less CPU per answer, which in the station is CPU on the thread that paints scans.

The fast path accepts only the *usual* wire types (ids as numbers, text as strings or
null, flags as booleans or 0/1, money as a string or a number, dates as text), and for
those its conversions are the lenient decoder's own (``to_decimal``, the cached date
parser, ``to_int``/``to_str``/``to_bool`` written out for the one type they can meet). Any
other answer — an error envelope, an id sent as a string, a field of an unexpected type,
an escaped surrogate, a damaged body — makes the fast decoder return ``None``, and the
caller decodes the same bytes the lenient way (``decode.parse_json`` + ``decode_*``), which
states every tolerance and raises the right error. So both paths give equal models for
any answer the fast one accepts (``tests/unit/api/test_wire.py`` checks it on generated and
on mutated answers), and the fast one never has to raise.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import msgspec
from msgspec import UNSET, Struct, UnsetType

from lazpack import turns
from lazpack.api import decode
from lazpack.domain.models import Address, Order, OrderItem, OrdersPage
from lazpack.errors import MalformedResponseError
from lazpack.turns import Steps

#: What makes a fast decoder give up (``None``): msgspec's own errors (damaged JSON, an
#: unexpected type), and what the lenient conversions raise for values they refuse.
_GIVE_UP: tuple[type[Exception], ...] = (
    msgspec.MsgspecError,
    MalformedResponseError,
    *decode.DECODE_FAILURES,
)

T = TypeVar("T")
Money = str | int | float | None
Flag = bool | int | None


class _Address(Struct, gc=False):
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    phone2: str | None = None
    address1: str | None = None
    address2: str | None = None
    address3: str | None = None
    address4: str | None = None
    address5: str | None = None
    city: str | None = None
    post_code: str | None = None
    country: str | None = None


class _Order(Struct, gc=False):
    order_id: int | None
    created_at: str | None
    order_number: int | None = None
    updated_at: str | None = None
    statuses: list[str] | None = None
    items_count: int | None = None
    price: Money = None
    shipping_fee: Money = None
    voucher: Money = None
    payment_method: str | None = None
    customer_first_name: str | None = None
    customer_last_name: str | None = None
    address_shipping: _Address | None = None
    address_billing: _Address | None = None
    gift_option: Flag = None
    gift_message: str | None = None
    remarks: str | None = None
    buyer_note: str | None = None
    warehouse_code: str | None = None
    promised_shipping_times: str | None = None
    need_cancel_confirm: Flag = None
    is_cancel_pending: Flag = None


class _OrdersData(Struct, gc=False):
    orders: list[_Order] | None = None
    count: int | None = None
    # Both spellings, and whether each was sent at all: the lenient decoder prefers
    # ``countTotal`` whenever the key is present, even as null.
    countTotal: int | UnsetType | None = UNSET
    count_total: int | UnsetType | None = UNSET


class _Item(Struct, gc=False):
    order_item_id: int | None
    order_id: int | None = None
    status: str | None = None
    name: str | None = None
    sku: str | None = None
    shop_sku: str | None = None
    variation: str | None = None
    item_price: Money = None
    paid_price: Money = None
    currency: str | None = None
    is_digital: Flag = None
    delivery_option_sof: Flag = None
    package_id: str | None = None
    tracking_code: str | None = None
    shipment_provider: str | None = None
    shipping_provider_type: str | None = None
    shipping_type: str | None = None
    product_main_image: str | None = None
    product_id: int | None = None
    sku_id: int | None = None
    reason: str | None = None
    is_cancel_pending: Flag = None
    need_cancel_confirm: Flag = None
    created_at: str | None = None
    updated_at: str | None = None


class _ItemsEntry(Struct, gc=False):
    order_id: int | None = None
    order_items: list[_Item] | None = None


class _OrdersAnswer(Struct, gc=False):
    code: str | int
    data: _OrdersData


class _ItemsAnswer(Struct, gc=False):
    code: str | int
    data: list[_ItemsEntry] | None


def _builder(cls: type[T]) -> Callable[..., T]:
    """``cls(**fields)`` for a frozen slots dataclass, in half the time.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (a
    generic attribute lookup per field): 9.9 µs for an ``OrderItem`` of 25 fields, most of
    what converting a row costs, ~26,000 times in a 10,000-order sync. This builder sets
    each slot through its own descriptor: 4.5 µs, and the same object (equal, same hash and
    repr; ``tests/unit/api/test_wire.py`` compares both paths on every field). Generated
    like dataclasses' own ``__init__``. Every field is a required keyword, so a field added
    to the model fails here at once instead of being left unset or defaulted; a class with
    ``__post_init__`` (checks this would skip) is refused."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen slots dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has a __post_init__ that a builder would skip")
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    env.update((f"_set_{n}", getattr(cls, n).__set__) for n in names)
    lines = [f"def build(*, {', '.join(names)}):", "    o = _new(_cls)"]
    lines += [f"    _set_{n}(o, {n})" for n in names]
    lines.append("    return o")
    exec("\n".join(lines), env)  # noqa: S102 - source built above from the field names
    build: Callable[..., T] = env["build"]
    return build


_new_address = _builder(Address)
_new_order = _builder(Order)
_new_item = _builder(OrderItem)

_orders_answer = msgspec.json.Decoder(_OrdersAnswer)
_items_answer = msgspec.json.Decoder(_ItemsAnswer)
_parse_date = decode.parse_text_datetime  # cached: an order's items repeat its timestamps
_money = decode.to_decimal
_EMPTY_ADDRESS = Address()


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD]")


def _clean(raw: bytes) -> bool:
    """Bodies the fast path may read: no ``\\uD8xx``-style escape, which the lenient
    parser turns into text without surrogates (``decode.parse_json``)."""
    return _SURROGATE_ESCAPE.search(raw) is None


def _ok(code: str | int) -> bool:
    # ``check_envelope``'s test for success, for the two types the struct admits (a
    # boolean is neither: msgspec refuses it for ``str | int``).
    return code.strip() == "0" if isinstance(code, str) else code == 0


def _date(text: str | None) -> datetime | None:
    # ``decode.parse_datetime`` for the one type the structs admit
    return _parse_date(text) if text else None


def _address(a: _Address | None) -> Address:
    if a is None:
        return _EMPTY_ADDRESS
    return _new_address(
        first_name=a.first_name or "",
        last_name=a.last_name or "",
        phone=a.phone or "",
        phone2=a.phone2 or "",
        address1=a.address1 or "",
        address2=a.address2 or "",
        address3=a.address3 or "",
        address4=a.address4 or "",
        address5=a.address5 or "",
        city=a.city or "",
        post_code=a.post_code or "",
        country=a.country or "",
    )


def _order(o: _Order) -> Order:
    order_id = o.order_id or 0
    shipping = _address(o.address_shipping)
    created = _date(o.created_at)
    if created is None:
        raise MalformedResponseError("missing created_at")  # the lenient path says so
    return _new_order(
        order_id=order_id,
        order_number=order_id if o.order_number is None else o.order_number,
        created_at=created,
        updated_at=_date(o.updated_at) or created,
        statuses=tuple(o.statuses) if o.statuses else (),
        items_count=o.items_count or 0,
        price=_money(o.price),
        shipping_fee=_money(o.shipping_fee),
        voucher=_money(o.voucher),
        payment_method=o.payment_method or "",
        customer_first_name=o.customer_first_name or "",
        customer_last_name=o.customer_last_name or "",
        address_shipping=shipping,
        # billing is usually the shipping address again: one frozen model serves both
        address_billing=(
            shipping if o.address_billing == o.address_shipping else _address(o.address_billing)
        ),
        gift_option=bool(o.gift_option),
        gift_message=o.gift_message or "",
        remarks=o.remarks or "",
        buyer_note=o.buyer_note or "",
        warehouse_code=o.warehouse_code or "",
        promised_shipping_times=o.promised_shipping_times or "",
        need_cancel_confirm=bool(o.need_cancel_confirm),
        is_cancel_pending=bool(o.is_cancel_pending),
    )


def _item(i: _Item) -> OrderItem:
    return _new_item(
        order_item_id=i.order_item_id or 0,
        order_id=i.order_id or 0,
        status=i.status or "",
        name=i.name or "",
        sku=i.sku or "",
        shop_sku=i.shop_sku or "",
        variation=i.variation or "",
        item_price=_money(i.item_price),
        paid_price=_money(i.paid_price),
        currency=i.currency or "",
        is_digital=bool(i.is_digital),
        delivery_option_sof=bool(i.delivery_option_sof),
        package_id=i.package_id or "",
        tracking_code=i.tracking_code or "",
        shipment_provider=i.shipment_provider or "",
        shipping_provider_type=i.shipping_provider_type or "",
        shipping_type=i.shipping_type or "",
        product_main_image=i.product_main_image or "",
        product_id=i.product_id or 0,
        sku_id=i.sku_id or 0,
        reason=i.reason or "",
        is_cancel_pending=bool(i.is_cancel_pending),
        need_cancel_confirm=bool(i.need_cancel_confirm),
        created_at=_date(i.created_at),
        updated_at=_date(i.updated_at),
    )


#: Rows converted per turn (``lazpack.turns``): ~0.5 ms of the loop's thread at a time.
SLICE = 32


def orders_page_steps(
    raw: bytes, on_total: Callable[[int | None], object] | None = None
) -> Steps[OrdersPage | None]:
    """A successful GetOrders answer's page, or ``None`` (decode ``raw`` leniently), in
    steps of ``SLICE`` orders (``lazpack.turns``).

    ``on_total`` gets the page's ``countTotal`` as soon as the JSON is read, before the
    orders are converted: the pages after this one can be asked for a few turns earlier
    (``LazadaClient.iter_orders``). It is not called when the fast path gives up before."""
    if not _clean(raw):
        return None
    yield turns.PAGES
    try:
        answer = _orders_answer.decode(raw)
        if not _ok(answer.code):
            return None
        data = answer.data
        total: Any = data.countTotal
        if total is UNSET:
            total = None if data.count_total is UNSET else data.count_total
        if on_total is not None:
            on_total(total)
        structs = data.orders or ()
        orders: list[Order] = []
        for start in range(0, len(structs), SLICE):
            yield turns.PAGES
            orders.extend(_order(o) for o in structs[start : start + SLICE])
    except _GIVE_UP:
        return None
    return OrdersPage(
        orders=tuple(orders),
        count=len(orders) if data.count is None else data.count,
        count_total=total,
    )


def multiple_items_steps(raw: bytes) -> Steps[dict[int, list[OrderItem]] | None]:
    """A successful GetMultipleOrderItems answer by order id, or ``None`` (decode ``raw``
    leniently), in steps of about ``SLICE`` items."""
    if not _clean(raw):
        return None
    yield turns.ITEMS
    try:
        answer = _items_answer.decode(raw)
        if not _ok(answer.code):
            return None
        out: dict[int, list[OrderItem]] = {}
        done = 0
        for entry in answer.data or ():
            items = entry.order_items
            if items:
                done += len(items)
                if done > SLICE:
                    yield turns.ITEMS
                    done = len(items)
            out[entry.order_id or 0] = [_item(i) for i in items] if items else []
    except _GIVE_UP:
        return None
    return out


def orders_page(raw: bytes) -> OrdersPage | None:
    """``orders_page_steps`` at once."""
    return turns.run_now(orders_page_steps(raw))


def multiple_items(raw: bytes) -> dict[int, list[OrderItem]] | None:
    """``multiple_items_steps`` at once."""
    return turns.run_now(multiple_items_steps(raw))
