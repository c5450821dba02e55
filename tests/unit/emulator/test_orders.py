"""Order read APIs: filters, sorting, caps, error codes, real JSON types and date formats."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from lazpack.emulator import Emulator
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio

SINCE = "2020-01-01T00:00:00+08:00"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0800$")


async def get_orders(api: Caller, **params: str) -> dict:
    params.setdefault("created_after", SINCE)
    body = await api.ok("/orders/get", {k: v for k, v in params.items() if v})
    return body["data"]


async def test_page_shape_and_real_types(api: Caller) -> None:
    data = await get_orders(api, limit="10")
    assert data["count"] == 10 and data["countTotal"] == 120
    order = data["orders"][0]
    assert isinstance(order["order_id"], int) and order["order_id"] == order["order_number"]
    assert isinstance(order["price"], str) and re.fullmatch(r"\d+\.\d{2}", order["price"])
    assert isinstance(order["shipping_fee"], int | float)
    assert isinstance(order["items_count"], int) and order["items_count"] >= 1
    assert isinstance(order["gift_option"], bool)
    assert isinstance(order["statuses"], list)
    assert DATE_RE.match(order["created_at"]) and DATE_RE.match(order["updated_at"])
    assert "***" in order["address_shipping"]["address1"]  # PII masked like Lazada
    assert not any(k.startswith("_") for k in order["address_shipping"])


async def test_default_sort_newest_first_and_asc(api: Caller) -> None:
    desc = (await get_orders(api, limit="100"))["orders"]
    asc = (await get_orders(api, limit="100", sort_direction="ASC"))["orders"]
    key = [o["created_at"] for o in desc]
    assert key == sorted(key, reverse=True)
    assert [o["created_at"] for o in asc] == sorted(o["created_at"] for o in asc)


async def test_offset_pages_cover_everything_once(api: Caller) -> None:
    seen: list[int] = []
    for offset in range(0, 200, 50):
        data = await get_orders(api, limit="50", offset=str(offset), sort_direction="ASC")
        seen += [o["order_id"] for o in data["orders"]]
    assert len(seen) == len(set(seen)) == 120


async def test_status_filter(api: Caller, emu: Emulator) -> None:
    data = await get_orders(api, status="pending", limit="100")
    assert data["countTotal"] == len(emu.order_ids("pending"))
    assert all("pending" in o["statuses"] for o in data["orders"])
    everything = await get_orders(api, status="all")
    assert everything["countTotal"] == 120
    topack = await get_orders(api, status="topack")
    assert topack["countTotal"] == len(emu.order_ids("pending")) + len(emu.order_ids("repacked"))


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"limit": "101"}, "19"),
        ({"limit": "0"}, "19"),
        ({"limit": "ten"}, "19"),
        ({"offset": "5001"}, "14"),
        ({"offset": "-1"}, "14"),
        ({"status": "sent"}, "36"),
        ({"sort_by": "price"}, "75"),
        ({"sort_direction": "down"}, "74"),
        ({"created_after": "2020-01-01"}, "17"),
        ({"created_after": "2020-01-01 00:00:00"}, "17"),
        ({"created_after": "2020-01-01T00:00:00"}, "17"),  # an offset is mandatory
        ({"created_before": "01/02/2020"}, "17"),
    ],
)
async def test_documented_errors(api: Caller, params: dict[str, str], code: str) -> None:
    params = {"created_after": SINCE, **params}
    status, body = await api.call("/orders/get", params)
    assert status == 200
    assert body["code"] == code, body
    assert body["message"].startswith(f"E{int(code):03d}:")
    assert body["type"] == "ISV" and "request_id" in body


async def test_offset_at_the_cap_is_allowed(api: Caller) -> None:
    data = await get_orders(api, offset="5000")
    assert data["count"] == 0 and data["countTotal"] == 120


async def test_created_or_update_after_is_mandatory(api: Caller) -> None:
    _, body = await api.call("/orders/get", {"status": "pending"})
    assert body["code"] == "MissingParameter"
    data = (await api.ok("/orders/get", {"update_after": SINCE}))["data"]
    assert data["countTotal"] == 120


async def test_created_window(api: Caller, emu: Emulator) -> None:
    asc = (await get_orders(api, limit="100", sort_direction="ASC"))["orders"]
    pivot = datetime.strptime(asc[60]["created_at"], "%Y-%m-%d %H:%M:%S %z").isoformat()
    later = await get_orders(api, created_after=pivot, limit="100")
    earlier = await get_orders(api, created_before=pivot, limit="100")
    # Both bounds are inclusive: the pivot order is in both windows.
    assert later["countTotal"] + earlier["countTotal"] >= 120
    assert asc[60]["order_id"] in {o["order_id"] for o in later["orders"]}
    assert asc[60]["order_id"] in {o["order_id"] for o in earlier["orders"]}


async def test_incremental_sync_sees_new_orders_and_status_changes(
    api: Caller, emu: Emulator, clock: FakeClock
) -> None:
    clock.advance(3600)
    mark = clock.now().astimezone().isoformat(timespec="seconds")
    assert (await get_orders(api, update_after=mark, created_after=""))["countTotal"] == 0
    clock.advance(10)
    [new_id] = emu.add_orders(1, status="pending")
    old_id = emu.order_ids("pending")[0]
    emu.set_item_status(emu.items(old_id)[0]["order_item_id"], "canceled")
    changed = await get_orders(
        api, update_after=mark, created_after="", sort_by="updated_at", sort_direction="ASC"
    )
    assert {o["order_id"] for o in changed["orders"]} == {new_id, old_id}
    assert "canceled" in next(o for o in changed["orders"] if o["order_id"] == old_id)["statuses"]


async def test_get_order_and_errors(api: Caller, emu: Emulator) -> None:
    oid = emu.order_ids()[0]
    body = await api.ok("/order/get", {"order_id": str(oid)})
    assert body["data"]["order_id"] == oid
    for bad in ("123", "abc"):
        _, err = await api.call("/order/get", {"order_id": bad})
        assert err["code"] == "16" and err["message"] == f'E016: "{bad}" Invalid Order ID'


async def test_order_items_one_row_per_unit(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "MUG-WHITE", "SOCKS-FREE"], status="pending")
    rows = (await api.ok("/order/items/get", {"order_id": str(oid)}))["data"]
    assert [r["sku"] for r in rows] == ["MUG-WHITE", "MUG-WHITE", "SOCKS-FREE"]
    assert len({r["order_item_id"] for r in rows}) == 3
    r = rows[0]
    assert isinstance(r["order_item_id"], int) and r["order_id"] == oid
    assert isinstance(r["item_price"], float) and isinstance(r["paid_price"], float)
    assert r["currency"] == "SGD" and r["is_digital"] == 0 and r["delivery_option_sof"] == 0
    assert r["status"] == "pending" and r["package_id"] == ""
    assert r["product_main_image"] == "http://emulator.localhost/_emulator/images/MUG-WHITE.png"
    assert DATE_RE.match(r["created_at"])
    assert emu.catalogue["MUG-WHITE"]["ean"] is not None


async def test_multiple_order_items(api: Caller, emu: Emulator) -> None:
    a, b = emu.order_ids()[:2]
    data = (await api.ok("/orders/items/get", {"order_ids": f"[{a}, {b}]"}))["data"]
    assert [d["order_id"] for d in data] == [a, b]
    assert all(d["order_items"] and d["order_items"][0]["order_id"] == d["order_id"] for d in data)


@pytest.mark.parametrize(
    ("value", "code"),
    [("1,2", "56"), ("[1;2]", "56"), ('["1"]', "56"), ("[1, 2]", "39")],
)
async def test_multiple_order_items_errors(api: Caller, value: str, code: str) -> None:
    _, body = await api.call("/orders/items/get", {"order_ids": value})
    assert body["code"] == code, body


async def test_multiple_order_items_caps_and_partial(api: Caller, emu: Emulator) -> None:
    ids = emu.order_ids()
    fifty = "[" + ",".join(str(i) for i in ids[:50]) + "]"
    assert len((await api.ok("/orders/items/get", {"order_ids": fifty}))["data"]) == 50
    fifty_one = "[" + ",".join(str(i) for i in ids[:51]) + "]"
    _, body = await api.call("/orders/items/get", {"order_ids": fifty_one})
    assert body["code"] == "38"
    _, body = await api.call("/orders/items/get", {"order_ids": f"[{ids[0]},1]"})
    assert body["code"] == "37"


async def test_generator_is_deterministic_and_varied() -> None:
    clock = FakeClock()
    a = Emulator(orders=400, seed=3, clock=clock)
    b = Emulator(orders=400, seed=3, clock=clock)
    assert a.order_ids() == b.order_ids()
    assert a.items(a.order_ids()[5]) == b.items(b.order_ids()[5])
    assert a.catalogue == b.catalogue
    rows = [r for oid in a.order_ids() for r in a.items(oid)]
    statuses = {r["status"] for r in rows}
    assert {"pending", "unpaid", "canceled", "packed", "ready_to_ship"} <= statuses
    assert any(r["delivery_option_sof"] == 1 for r in rows)
    assert any(r["is_digital"] == 1 for r in rows)
    assert any(r["order_flag"] == "GLOBAL_COLLECTION" for r in rows)
    assert any(r["variation"] for r in rows)
    payments = {a.order(oid)["payment_method"] for oid in a.order_ids()}
    assert {"COD", "MIXEDCARD"} <= payments
    assert any(a.order(oid)["items_count"] > 1 for oid in a.order_ids())
    assert Emulator(orders=50, seed=4, clock=clock).order_ids() != a.order_ids()[:50]
    for oid in a.order_ids("unpaid") + a.add_orders(20, status="unpaid"):
        assert a.order(oid)["payment_method"] != "COD"


@pytest.mark.parametrize(
    ("region", "currency", "offset"),
    [
        ("sg", "SGD", "+0800"),
        ("my", "MYR", "+0800"),
        ("ph", "PHP", "+0800"),
        ("th", "THB", "+0700"),
        ("vn", "VND", "+0700"),
        ("id", "IDR", "+0700"),
    ],
)
async def test_regions(region: str, currency: str, offset: str) -> None:
    emu = Emulator(orders=5, seed=1, region=region, clock=FakeClock())
    oid = emu.order_ids()[0]
    assert emu.order(oid)["created_at"].endswith(offset)
    assert emu.items(oid)[0]["currency"] == currency


async def test_ean13_check_digits(emu: Emulator) -> None:
    for sku, entry in emu.catalogue.items():
        ean = entry["ean"]
        if ean is None:
            assert entry["digital"], sku
            continue
        assert len(ean) == 13 and ean.startswith("888")
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(ean[:12]))
        assert (10 - total % 10) % 10 == int(ean[12])
        assert emu.sku_for_barcode(ean) == sku
