"""The typed fast path (``lazpack.api.wire``) against the lenient decoder it stands in for.

For any answer the fast path accepts, both must give the same models (compared by
``repr``, so ``Decimal("1.50")`` and ``Decimal("1.5")`` differ); any answer it refuses
(``None``) goes the lenient way in the client. Checked on the emulator's real answers in
every region and on every field of an answer mutated to every wire type Lazada might send.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from lazpack import turns
from lazpack.api import LazadaClient, decode, wire
from lazpack.domain.models import OrderItem
from lazpack.domain.orderbook import OPEN_STATUSES
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.errors import MalformedResponseError

ORDERS = "/orders/get"
ITEMS = "/orders/items/get"


def lenient_page(raw: bytes) -> Any:
    body = decode.check_envelope(decode.parse_json(raw), ORDERS)
    return decode.decode_orders_page(decode.data_of(body, ORDERS))


def lenient_items(raw: bytes) -> Any:
    body = decode.check_envelope(decode.parse_json(raw), ITEMS)
    return decode.decode_multiple_items(decode.data_of(body, ITEMS))


class Recorder(httpx.AsyncBaseTransport):
    """The emulator in-process; keeps every answer's bytes by API path."""

    def __init__(self, emu: Emulator) -> None:
        self.inner = httpx.ASGITransport(app=emu.app)
        self.bodies: dict[str, list[bytes]] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        path = request.url.path.removeprefix("/rest")
        self.bodies.setdefault(path, []).append(body)
        return httpx.Response(response.status_code, headers=response.headers, content=body)


def emulator_answers(region: str) -> dict[str, list[bytes]]:
    emu = Emulator(orders=150, seed=7, region=region)
    recorder = Recorder(emu)

    async def read() -> None:
        async with LazadaClient(
            app_key=DEMO_APP_KEY,
            app_secret=DEMO_APP_SECRET,
            base_url="http://127.0.0.1:9/rest",
            transport=recorder,
            access_token=DEMO_ACCESS_TOKEN,
            rate_limit_per_s=0,
        ) as client:
            ids: list[int] = []
            for status in (*OPEN_STATUSES, "delivered", "canceled", None):
                page = await client.get_orders(status=status, limit=100)
                ids += [o.order_id for o in page.orders]
            await client.get_multiple_order_items(ids)

    asyncio.run(read())
    return recorder.bodies


@pytest.mark.parametrize("region", ["sg", "my", "th", "ph", "id", "vn"])
def test_fast_and_lenient_agree_on_the_emulators_answers(region: str) -> None:
    bodies = emulator_answers(region)
    pages, batches = bodies[ORDERS], bodies[ITEMS]
    assert sum(len(lenient_page(raw).orders) for raw in pages) > 100
    kinds: set[tuple[bool, bool, str]] = set()
    for raw in pages:
        fast = wire.orders_page(raw)
        assert fast is not None, "a plain emulator answer must take the fast path"
        assert repr(fast) == repr(lenient_page(raw))
    for raw in batches:
        fast_items = wire.multiple_items(raw)
        assert fast_items is not None
        assert repr(fast_items) == repr(lenient_items(raw))
        kinds |= {
            (i.is_digital, i.delivery_option_sof, i.shipping_provider_type)
            for items in fast_items.values()
            for i in items
        }
    # the mix a warehouse sees: digital, delivered-by-seller and carrier items
    assert any(k[0] for k in kinds) and any(k[1] for k in kinds)


#: Every wire type a field might arrive as (and ``MISSING``: the key is absent).
MISSING = object()
VALUES: list[Any] = [
    MISSING, None, "", " ", "7", "-3", 7, 0, 1, -1, 7.5, 3.0, True, False, [], {}, ["x"],
    {"a": 1}, "text", "ไทย", 2**70, "2018-10-31 10:18:27 +0700", "2017-11-11T12:00:00Z",
    1517820392000, "1517820392000", "NaN", "Infinity", "1,234.50", "12.50",
]  # fmt: skip


def mutations(answer: dict[str, Any], paths: list[tuple[Any, ...]]) -> Iterator[bytes]:
    """``answer`` with the value at each path replaced by each of ``VALUES``."""
    for path in paths:
        for value in VALUES:
            changed = copy.deepcopy(answer)
            parent = changed
            for key in path[:-1]:
                parent = parent[key]
            if value is MISSING:
                if isinstance(parent, dict):
                    parent.pop(path[-1], None)
                else:
                    continue
            else:
                parent[path[-1]] = value
            yield json.dumps(changed, ensure_ascii=False).encode()


def check_agreement(
    raw: bytes, fast: Callable[[bytes], Any], lenient: Callable[[bytes], Any]
) -> bool:
    """Whether the fast path took ``raw``; if it did, the lenient one agrees exactly."""
    value = fast(raw)
    if value is None:
        return False
    try:
        expected = lenient(raw)
    except MalformedResponseError as err:  # pragma: no cover - the failure message
        raise AssertionError(f"fast path accepted what the lenient one refuses: {err}") from err
    assert repr(value) == repr(expected), raw[:300]
    return True


def small_answers() -> tuple[dict[str, Any], dict[str, Any]]:
    bodies = emulator_answers("th")
    page = json.loads(bodies[ORDERS][0])
    page["data"]["orders"] = page["data"]["orders"][:1]
    items = json.loads(bodies[ITEMS][0])
    items["data"] = items["data"][:1]
    items["data"][0]["order_items"] = items["data"][0]["order_items"][:1]
    return page, items


def test_every_field_of_an_order_in_every_wire_type() -> None:
    page, _ = small_answers()
    order = page["data"]["orders"][0]
    paths: list[tuple[Any, ...]] = [("code",), ("data",), ("request_id",)]
    paths += [("data", k) for k in ("orders", "count", "countTotal", "count_total")]
    paths += [("data", "orders", 0)]
    paths += [("data", "orders", 0, k) for k in order]
    for which in ("address_shipping", "address_billing"):
        paths += [("data", "orders", 0, which, k) for k in order[which]]
    paths += [("data", "orders", 0, "statuses", 0)]
    took = sum(
        check_agreement(raw, wire.orders_page, lenient_page) for raw in mutations(page, paths)
    )
    refused = len(paths) * len(VALUES) - took
    assert took > 500 and refused > 300  # both ways are exercised


def test_every_field_of_an_item_in_every_wire_type() -> None:
    _, items = small_answers()
    item = items["data"][0]["order_items"][0]
    paths: list[tuple[Any, ...]] = [("code",), ("data",), ("data", 0)]
    paths += [("data", 0, k) for k in ("order_id", "order_items", "order_number")]
    paths += [("data", 0, "order_items", 0)]
    paths += [("data", 0, "order_items", 0, k) for k in item]
    took = sum(
        check_agreement(raw, wire.multiple_items, lenient_items) for raw in mutations(items, paths)
    )
    assert took > 500


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"null",
        b"[]",
        b'{"code":"0"}',
        b'{"code":"IllegalAccessToken","message":"x","data":{"orders":[]}}',
        b'{"code":true,"data":{"orders":[]}}',
        b'{"code":"0","data":{"orders":[{"order_id":1,"created_at":"2020-01-01 00:00:00 +0700",'
        b'"customer_first_name":"\\udc80"}]}}',
        b'{"code":"0","data":{"orders":[]}} trailing',
        b'\xef\xbb\xbf{"code":"0","data":{"orders":[]}}',
        '{"code":"0","data":{"orders":[]}}'.encode("utf-16"),
        b'{"code":"0","data":{"orders":[' + b"[" * 5000 + b"]" * 5000 + b"]}}",
        b'{"code":"0","data":{"orders":[{"order_id":1,"created_at":"2020-01-01 00:00:00 +0700"'
        b',"price":"NaN"}]}}',
    ],
)
def test_what_the_fast_path_leaves_to_the_lenient_one(raw: bytes) -> None:
    assert wire.orders_page(raw) is None
    assert wire.multiple_items(raw) is None


def test_a_success_code_sent_as_a_number_or_padded_is_still_success() -> None:
    for code in (b"0", b'" 0 "'):
        raw = b'{"code":' + code + b',"data":{"orders":[],"countTotal":0}}'
        page = wire.orders_page(raw)
        assert page is not None and page.count_total == 0
        assert repr(page) == repr(lenient_page(raw))


def test_big_answers_are_read_in_turns_of_a_few_dozen_rows() -> None:
    # A scan waits for one turn (lazpack.turns), not for a whole answer.
    bodies = emulator_answers("sg")
    page = max(bodies[ORDERS], key=len)
    rows = len(lenient_page(page).orders)
    assert rows >= 100
    steps = wire.orders_page_steps(page)
    turns_taken = 0
    try:
        while True:
            next(steps)
            turns_taken += 1
    except StopIteration as done:
        assert repr(done.value) == repr(lenient_page(page))
    assert turns_taken >= 1 + rows // wire.SLICE  # the JSON, then slices of SLICE orders

    batch = max(bodies[ITEMS], key=len)
    items = lenient_items(batch)
    count = sum(len(v) for v in items.values())
    assert count > 2 * wire.SLICE
    steps_taken = sum(1 for _ in _steps(wire.multiple_items_steps(batch)))
    assert steps_taken >= 1 + count // (2 * wire.SLICE)


def _steps(gen: Any) -> Iterator[int]:
    try:
        while True:
            yield next(gen)
    except StopIteration:
        return


def test_the_pages_total_is_told_before_the_orders_are_converted() -> None:
    # LazadaClient.iter_orders asks for the rest of the window on it.
    bodies = emulator_answers("sg")
    page = max(bodies[ORDERS], key=len)
    expected = lenient_page(page)
    told: list[int | None] = []
    steps = wire.orders_page_steps(page, told.append)
    next(steps)  # before the JSON is read
    assert told == []
    next(steps)  # the JSON read: the total is known, no order converted yet
    assert told == [expected.count_total]
    assert sum(1 for _ in _steps(steps)) >= len(expected.orders) // wire.SLICE - 1
    assert told == [expected.count_total]  # once


@pytest.mark.parametrize(
    "raw",
    [
        b'{"code":"IllegalAccessToken","message":"x","data":{"orders":[]}}',
        b'{"code":"0","data":{"orders":[{"order_id":"1","created_at":"x"}],"countTotal":9}}',
    ],
)
def test_no_total_is_told_from_an_answer_the_fast_path_leaves(raw: bytes) -> None:
    told: list[int | None] = []
    assert turns.run_now(wire.orders_page_steps(raw, told.append)) is None
    assert told == []


def test_the_row_builders_make_the_models_own_objects() -> None:
    item = OrderItem(order_item_id=1, order_id=2, status="pending", name="Mug", sku="M-1")
    fields = {f.name: getattr(item, f.name) for f in dataclasses.fields(OrderItem)}
    built = wire._new_item(**fields)
    assert type(built) is OrderItem
    assert built == item and hash(built) == hash(item) and repr(built) == repr(item)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.sku = "other"  # type: ignore[misc]
    del fields["reason"]
    with pytest.raises(TypeError):  # every field is required: none is left unset
        wire._new_item(**fields)


def test_a_builder_refuses_classes_it_would_build_wrong() -> None:
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError

    for cls in (Mutable, NoSlots, Checked):
        with pytest.raises(TypeError):
            wire._builder(cls)
