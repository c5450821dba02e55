"""Inspection for tests: the Python handle and the unsigned /_emulator endpoints."""

from __future__ import annotations

import asyncio

import pytest

from lazpack.emulator import Emulator
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio


async def test_python_handle(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE"])
    assert oid in emu.order_ids("pending") and oid not in emu.order_ids("packed")
    assert emu.order_ids()[-1] == oid
    [row] = emu.items(oid)
    assert emu.item(row["order_item_id"]) == row
    emu.set_item_status(row["order_item_id"], "canceled")
    assert emu.item(row["order_item_id"])["status"] == "canceled"
    assert oid in emu.order_ids("canceled")
    with pytest.raises(ValueError, match="unknown status"):
        emu.set_item_status(row["order_item_id"], "lost_in_space")
    with pytest.raises(KeyError):
        emu.set_item_status(1, "pending")
    # Copies, not live state: mutating them changes nothing.
    emu.calls["/orders/get"] += 5
    assert emu.calls["/orders/get"] == 0
    emu.packages.clear()
    assert emu.packages


async def test_http_inspection_is_unsigned_and_unlimited(api: Caller, emu: Emulator) -> None:
    emu.faults.qps_limit = 1
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "SOCKS-FREE"])
    r = await api.client.get(f"/_emulator/orders/{oid}")
    assert r.status_code == 200
    state = r.json()
    assert state["order"]["order_id"] == oid and len(state["items"]) == 2
    assert state["packages"] == [] and state["live_package_ids"] == []
    assert (await api.client.get("/_emulator/orders/1")).status_code == 404
    ids = (await api.client.get("/_emulator/orders", params={"status": "pending"})).json()
    assert oid in ids["order_ids"]
    packages = (await api.client.get("/_emulator/packages")).json()
    assert packages == emu.packages
    assert (await api.client.get("/_emulator/labels")).json() == {}
    await api.ok("/orders/get", {"created_after": "2020-01-01T00:00:00+08:00"})
    assert (await api.client.get("/_emulator/calls")).json() == {"/orders/get": 1}
    summary = (await api.client.get("/_emulator/state")).json()
    assert summary["orders"] == 121 and summary["region"] == "sg"


async def test_add_orders_over_http(api: Caller, emu: Emulator) -> None:
    r = await api.client.post("/_emulator/orders", params={"n": "2", "dbs": "1"})
    assert r.status_code == 201
    new = r.json()["order_ids"]
    assert len(new) == 2 and all(emu.items(o)[0]["delivery_option_sof"] == 1 for o in new)
    r = await api.client.post("/_emulator/orders", params={"status": "nope"})
    assert r.status_code == 400


async def test_catalogue_and_images(api: Caller, emu: Emulator) -> None:
    catalogue = (await api.client.get("/_emulator/catalogue")).json()
    assert catalogue == emu.catalogue
    sku, entry = next(iter(catalogue.items()))
    assert set(entry) >= {"ean", "name"}
    r = await api.client.get(f"/_emulator/images/{sku}.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    assert r.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert (await api.client.get("/_emulator/images/NOPE.png")).status_code == 404
    [oid] = emu.add_orders(1)
    detail = emu.items(oid)[0]["product_detail_url"]
    assert (await api.client.get(detail)).status_code == 200


async def test_order_feed_adds_pending_orders() -> None:
    emu = Emulator(orders=0, clock=FakeClock())
    emu.start_order_feed(0.001)
    try:
        for _ in range(2000):
            if emu.order_ids():
                break
            await asyncio.sleep(0.005)
    finally:
        emu.close()
    assert emu.order_ids()
    assert all(emu.items(o)[0]["status"] == "pending" for o in emu.order_ids())


async def test_constructor_validates() -> None:
    with pytest.raises(ValueError, match="region"):
        Emulator(region="xx")
    with pytest.raises(ValueError, match="orders"):
        Emulator(orders=-1)
