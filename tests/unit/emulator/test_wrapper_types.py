"""Every value in every fulfilment wrapper replaced by every JSON type: the answer is always
Lazada's JSON (a result, a refused batch or the error envelope), never an exception.

A fixed table, not random data: each (API, path, value) is one request, so a failure names
exactly what broke.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from lazpack.emulator import Emulator
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio

HOSTILE: list[Any] = [
    None, True, 0, -1, 2**70, 1.5, "", "x", "²", "9" * 40, [], [1], [[]], {}, {"a": 1},
]  # fmt: skip
MISSING = object()


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key/index path in a JSON tree, containers included."""
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from paths(child, (*prefix, i))


def replaced(tree: Any, path: tuple[Any, ...], new: Any) -> Any:
    copy = json.loads(json.dumps(tree))
    node = copy
    for step in path[:-1]:
        node = node[step]
    if new is MISSING:
        del node[path[-1]]
    else:
        node[path[-1]] = new
    return copy


def is_lazada_json(status: int, body: Any) -> bool:
    if status != 200 or not isinstance(body, dict) or not isinstance(body.get("request_id"), str):
        return False
    if body.get("code") == "0":
        result = body.get("result")
        return isinstance(result, dict) and isinstance(result.get("success"), bool)
    return set(body) == {"type", "code", "message", "request_id"}


async def requests(api: Caller, emu: Emulator) -> dict[str, tuple[str, dict[str, Any]]]:
    """One valid request per fulfilment API, on real orders and packages."""
    [ntfs] = emu.add_orders(1, cross_border=True, skus=["MUG-WHITE"])
    [tfs] = emu.add_orders(1, skus=["MUG-WHITE"])
    [digital] = emu.add_orders(1, digital=True)
    ntfs_item = emu.items(ntfs)[0]["order_item_id"]
    tfs_item = emu.items(tfs)[0]["order_item_id"]
    digital_item = emu.items(digital)[0]["order_item_id"]
    [packed] = emu.add_orders(1, status="packed", skus=["MUG-WHITE"])
    pid = emu.items(packed)[0]["package_id"]
    packages = {"packages": [{"package_id": pid}]}
    return {
        "/order/shipment/providers/get": (
            "getShipmentProvidersReq",
            {"orders": [{"order_id": ntfs, "order_item_ids": [ntfs_item]}]},
        ),
        "/order/fulfill/pack": (
            "packReq",
            {
                "pack_order_list": [
                    {"order_id": ntfs, "order_item_list": [ntfs_item]},
                    {"order_id": tfs, "order_item_list": [tfs_item]},
                ],
                "delivery_type": "dropship",
                "shipping_allocate_type": "NTFS",
                "shipment_provider_code": "FM50",
            },
        ),
        "/order/package/repack": ("rePackReq", packages),
        "/order/package/rts": ("readyToShipReq", packages),
        "/order/package/sof/delivered": ("dbsDeliveryReq", packages),
        "/order/package/sof/failed_delivery": ("dbsFailedDeliveryReq", packages),
        "/order/package/document/get": (
            "getDocumentReq",
            {**packages, "doc_type": "PDF", "print_item_list": True},
        ),
        "/order/digital/delivered": (
            "digitalDeliveryReq",
            {"orders": [{"order_id": digital, "order_item_list": [digital_item]}]},
        ),
    }


@pytest.mark.parametrize(
    "api_path",
    [
        "/order/shipment/providers/get",
        "/order/fulfill/pack",
        "/order/package/repack",
        "/order/package/rts",
        "/order/package/sof/delivered",
        "/order/package/sof/failed_delivery",
        "/order/package/document/get",
        "/order/digital/delivered",
    ],
)
async def test_every_value_of_every_type(api: Caller, emu: Emulator, api_path: str) -> None:
    emu.faults.qps_limit = None
    wrapper, valid = (await requests(api, emu))[api_path]
    variants: list[Any] = [valid, *HOSTILE]  # the wrapper itself replaced, too
    for path in paths(valid):
        variants.extend(replaced(valid, path, new) for new in [*HOSTILE, MISSING])
    bad = []
    for req in variants:
        status, body = await api.call(api_path, {wrapper: req}, method="POST", placement="form")
        if not is_lazada_json(status, body):
            bad.append((req, status, body))
    assert not bad, bad[:3]
    assert len(variants) > 50
