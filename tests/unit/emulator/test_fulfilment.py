"""The eight fulfilment APIs: wrappers, envelopes, batch caps, per-row codes, lifecycle."""

from __future__ import annotations

import asyncio
import base64
import json
from typing import Any

import pytest

from lazpack.emulator import Emulator
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio

PACK = "/order/fulfill/pack"
REPACK = "/order/package/repack"
RTS = "/order/package/rts"
AWB = "/order/package/document/get"
PROVIDERS = "/order/shipment/providers/get"
DBS_OK = "/order/package/sof/delivered"
DBS_FAIL = "/order/package/sof/failed_delivery"
DIGITAL = "/order/digital/delivered"


def ids(emu: Emulator, order_id: int) -> list[int]:
    return [r["order_item_id"] for r in emu.items(order_id)]


def pack_req(orders: dict[int, list[int]], allocate: str = "TFS", **extra: Any) -> dict[str, Any]:
    return {
        "pack_order_list": [{"order_id": o, "order_item_list": i} for o, i in orders.items()],
        "delivery_type": "dropship",
        "shipping_allocate_type": allocate,
        **extra,
    }


async def pack(api: Caller, orders: dict[int, list[int]], **kw: Any) -> list[dict[str, Any]]:
    res = await api.rows(PACK, "packReq", pack_req(orders, **kw))
    assert res["success"] is True, res
    return [r for o in res["data"]["pack_order_list"] for r in o["order_item_list"]]


def packages(pids: list[str] | set[str]) -> dict[str, Any]:
    return {"packages": [{"package_id": p} for p in pids]}


async def pkg_rows(api: Caller, path: str, wrapper: str, pids: list[str]) -> list[dict[str, Any]]:
    res = await api.rows(path, wrapper, packages(pids))
    assert res["success"] is True, res
    return res["data"]["packages"]


async def packed_order(api: Caller, emu: Emulator, **kw: Any) -> tuple[int, str]:
    [oid] = emu.add_orders(1, status="pending", skus=["MUG-WHITE", "SOCKS-FREE"], **kw)
    rows = await pack(api, {oid: ids(emu, oid)})
    assert {r["item_err_code"] for r in rows} == {"0"}
    return oid, rows[0]["package_id"]


# ---------------------------------------------------------------- GetShipmentProvider
async def test_providers_tfs_ntfs_dbs(api: Caller, emu: Emulator) -> None:
    [tfs] = emu.add_orders(1)
    [ntfs] = emu.add_orders(1, cross_border=True)
    [dbs] = emu.add_orders(1, dbs=True)
    for oid, kind, default in ((tfs, "TFS", 1), (ntfs, "NTFS", 0), (dbs, "TFS", 1)):
        req = {"orders": [{"order_id": oid, "order_item_ids": ids(emu, oid)}]}
        res = await api.rows(PROVIDERS, "getShipmentProvidersReq", req)
        data = res["data"]
        assert res["success"] is True
        assert (data["shipping_allocate_type"], data["platform_default"]) == (kind, default)
        assert bool(data["shipment_providers"]) == (kind == "NTFS")


async def test_providers_errors(api: Caller, emu: Emulator) -> None:
    [tfs] = emu.add_orders(1)
    [ntfs] = emu.add_orders(1, cross_border=True)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"orders": [{"order_id": 1, "order_item_ids": []}]}, "700021"),
        ({"orders": [{"order_id": tfs, "order_item_ids": [1]}]}, "700025"),
        ({"orders": [{"order_id": tfs}, {"order_id": ntfs}]}, "700004"),
        ({"orders": [{"order_id": tfs}] * 21}, "700022"),
        ({"orders": []}, "700017"),
    ]
    for req, code in cases:
        res = await api.rows(PROVIDERS, "getShipmentProvidersReq", req)
        assert res["success"] is False and res["error_code"] == code, (req, res)
        assert "data" not in res


async def test_wrapper_name_is_exact(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    _, body = await api.call(
        PACK, {"PackReq": pack_req({oid: ids(emu, oid)})}, method="POST", placement="form"
    )
    assert body["code"] == "MissingParameter" and '"packReq"' in body["message"]
    _, body = await api.call(REPACK, {"repackReq": packages(["FP1"])}, method="POST")
    assert body["code"] == "MissingParameter" and '"rePackReq"' in body["message"]
    _, body = await api.call(PACK, {"packReq": "{not json"}, method="POST", placement="form")
    assert body["code"] == "InvalidParameter"


# ---------------------------------------------------------------- Pack
async def test_pack_success_shape_and_state(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "MUG-WHITE"])
    rows = await pack(api, {oid: ids(emu, oid)})
    assert [r["item_err_code"] for r in rows] == ["0", "0"]
    r = rows[0]
    assert r["msg"] == "success" and r["retry"] is False
    assert r["package_id"].startswith("FP") and r["package_id"][2:].isdigit()
    assert r["shipment_provider"] == "LEX SG" and r["tracking_number"]
    assert rows[1]["package_id"] == r["package_id"]  # one package per order and type
    item = emu.item(r["order_item_id"])
    assert item["status"] == "packed" and item["package_id"] == r["package_id"]
    assert item["tracking_code"] == r["tracking_number"]
    assert emu.packages[r["package_id"]]["order_item_ids"] == ids(emu, oid)


async def test_pack_only_the_listed_items(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "SOCKS-FREE"])
    first, second = ids(emu, oid)
    await pack(api, {oid: [first]})
    assert emu.item(first)["status"] == "packed"
    assert emu.item(second)["status"] == "pending"


async def test_pack_twice_fails_the_row_and_makes_no_second_package(
    api: Caller, emu: Emulator
) -> None:
    oid, _pid = await packed_order(api, emu)
    before = emu.packages
    rows = await pack(api, {oid: ids(emu, oid)})
    assert {r["item_err_code"] for r in rows} == {"700000"}
    assert all("package_id" not in r and r["retry"] is False for r in rows)
    assert emu.packages == before


async def test_repacked_items_pack_into_a_new_package(api: Caller, emu: Emulator) -> None:
    oid, pid = await packed_order(api, emu)
    [row] = await pkg_rows(api, REPACK, "rePackReq", [pid])
    assert row["item_err_code"] == "0"
    assert {r["status"] for r in emu.items(oid)} == {"repacked"}
    assert all(r["package_id"] == "" for r in emu.items(oid))
    rows = await pack(api, {oid: ids(emu, oid)})
    assert {r["item_err_code"] for r in rows} == {"0"}
    assert {r["package_id"] for r in rows} != {pid}
    assert emu.packages[pid]["alive"] is False
    # The old package id is dead for every package API.
    [rts] = await pkg_rows(api, RTS, "readyToShipReq", [pid])
    assert rts["item_err_code"] == "700000"


async def test_different_shipping_types_go_to_separate_packages(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "SOCKS-FREE"], mixed_shipping=True)
    types = [r["shipping_provider_type"] for r in emu.items(oid)]
    assert types == ["standard", "express"]
    rows = await pack(api, {oid: ids(emu, oid)})
    assert len({r["package_id"] for r in rows}) == 2


async def test_pack_row_errors(api: Caller, emu: Emulator) -> None:
    [unpaid] = emu.add_orders(1, status="unpaid", payment_method="MIXEDCARD")
    [canceled] = emu.add_orders(1, status="canceled")
    [digital] = emu.add_orders(1, digital=True, skus=["EVOUCHER-50"])
    [good] = emu.add_orders(1)
    rows = await pack(
        api,
        {
            unpaid: ids(emu, unpaid),
            canceled: ids(emu, canceled),
            digital: ids(emu, digital),
            good: [ids(emu, unpaid)[0]],
            424242: [1],
        },
    )
    codes = [r["item_err_code"] for r in rows]
    assert codes == ["700000"] * len(ids(emu, unpaid)) + ["700000"] * len(ids(emu, canceled)) + [
        "700026",
        "700025",
        "700021",
    ]
    assert emu.item(ids(emu, good)[0])["status"] == "pending"


async def test_ntfs_needs_a_provider_code_and_tfs_must_not_send_one(
    api: Caller, emu: Emulator
) -> None:
    [ntfs] = emu.add_orders(1, cross_border=True)
    [tfs] = emu.add_orders(1)
    [dbs] = emu.add_orders(1, dbs=True)
    items = ids(emu, ntfs)
    assert {r["item_err_code"] for r in await pack(api, {ntfs: items}, allocate="NTFS")} == {
        "700017"
    }
    rows = await pack(api, {ntfs: items}, allocate="NTFS", shipment_provider_code="NOPE")
    assert {r["item_err_code"] for r in rows} == {"700016"}
    assert {r["item_err_code"] for r in await pack(api, {ntfs: items}, allocate="TFS")} == {
        "700004"
    }
    for oid in (tfs, dbs):
        rows = await pack(api, {oid: ids(emu, oid)}, shipment_provider_code="CB-JNT")
        assert {r["item_err_code"] for r in rows} == {"700004"}
    assert {r["status"] for oid in (ntfs, tfs, dbs) for r in emu.items(oid)} == {"pending"}
    req = {"orders": [{"order_id": ntfs, "order_item_ids": items}]}
    data = (await api.rows(PROVIDERS, "getShipmentProvidersReq", req))["data"]
    code = data["shipment_providers"][1]["provider_code"]
    rows = await pack(api, {ntfs: items}, allocate="NTFS", shipment_provider_code=code)
    assert {r["item_err_code"] for r in rows} == {"0"}
    assert rows[0]["shipment_provider"] == data["shipment_providers"][1]["name"]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"delivery_type": "pickup"}, "700004"),
        ({"delivery_type": None}, "700017"),
        ({"shipping_allocate_type": "LOCAL"}, "700004"),
        ({"shipping_allocate_type": None}, "700017"),
        ({"pack_order_list": []}, "700017"),
    ],
)
async def test_pack_batch_errors(
    api: Caller, emu: Emulator, change: dict[str, Any], code: str
) -> None:
    [oid] = emu.add_orders(1)
    req = {k: v for k, v in {**pack_req({oid: ids(emu, oid)}), **change}.items() if v is not None}
    res = await api.rows(PACK, "packReq", req)
    assert res == {"success": False, "error_code": code, "error_msg": res["error_msg"]}
    assert emu.items(oid)[0]["status"] == "pending"


async def test_batch_cap_is_20(api: Caller, emu: Emulator) -> None:
    orders = emu.add_orders(21)
    res = await api.rows(PACK, "packReq", pack_req({o: ids(emu, o) for o in orders}))
    assert res["success"] is False and res["error_code"] == "700022"
    assert all(emu.items(o)[0]["status"] == "pending" for o in orders)
    rows = await pack(api, {o: ids(emu, o) for o in orders[:20]})
    assert {r["item_err_code"] for r in rows} == {"0"}
    pids = list({r["package_id"] for r in rows})
    assert len(pids) == 20
    for path, wrapper in (
        (RTS, "readyToShipReq"),
        (REPACK, "rePackReq"),
        (DBS_OK, "dbsDeliveryReq"),
        (DBS_FAIL, "dbsFailedDeliveryReq"),
    ):
        res = await api.rows(path, wrapper, packages([*pids, "FP1"]))
        assert res["error_code"] == "700022", path
    res = await api.rows(AWB, "getDocumentReq", {"doc_type": "PDF", **packages([*pids, "FP1"])})
    assert res["error_code"] == "700022"
    digital = {"orders": [{"order_id": o, "order_item_list": [1]} for o in orders]}
    assert (await api.rows(DIGITAL, "digitalDeliveryReq", digital))["error_code"] == "700022"


async def test_ids_may_be_numbers_or_digit_strings(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    rows = await pack(api, {str(oid): [str(i) for i in ids(emu, oid)]})  # type: ignore[dict-item, misc]
    assert {r["item_err_code"] for r in rows} == {"0"}


# ---------------------------------------------------------------- RTS / repack
async def test_rts_lifecycle(api: Caller, emu: Emulator) -> None:
    oid, pid = await packed_order(api, emu)
    [row] = await pkg_rows(api, RTS, "readyToShipReq", [pid])
    assert row == {"package_id": pid, "item_err_code": "0", "msg": "success", "retry": False}
    assert {r["status"] for r in emu.items(oid)} == {"ready_to_ship"}
    [again] = await pkg_rows(api, RTS, "readyToShipReq", [pid])
    assert again["item_err_code"] == "700000"
    [repack] = await pkg_rows(api, REPACK, "rePackReq", [pid])
    assert repack["item_err_code"] == "700000"  # only packed packages can be recreated
    [missing] = await pkg_rows(api, RTS, "readyToShipReq", ["FP000000000000001"])
    assert missing["item_err_code"] == "600001" and missing["msg"] == "package not found"


async def test_rts_of_canceled_items(api: Caller, emu: Emulator) -> None:
    oid, pid = await packed_order(api, emu)
    for item_id in ids(emu, oid):
        emu.set_item_status(item_id, "canceled")
    [row] = await pkg_rows(api, RTS, "readyToShipReq", [pid])
    assert row["item_err_code"] == "600002"


# ---------------------------------------------------------------- DBS / digital
async def test_dbs_delivery_flow(api: Caller, emu: Emulator) -> None:
    oid, pid = await packed_order(api, emu, dbs=True)
    assert emu.packages[pid]["shipping_type"] == "dbs"
    [early] = await pkg_rows(api, DBS_OK, "dbsDeliveryReq", [pid])
    assert early["item_err_code"] == "700000"  # only after ready to ship
    await pkg_rows(api, RTS, "readyToShipReq", [pid])
    [row] = await pkg_rows(api, DBS_OK, "dbsDeliveryReq", [pid])
    assert row["item_err_code"] == "0"
    assert {r["status"] for r in emu.items(oid)} == {"delivered"}

    oid2, pid2 = await packed_order(api, emu, dbs=True)
    await pkg_rows(api, RTS, "readyToShipReq", [pid2])
    [failed] = await pkg_rows(api, DBS_FAIL, "dbsFailedDeliveryReq", [pid2])
    assert failed["item_err_code"] == "0"
    assert {r["status"] for r in emu.items(oid2)} == {"failed_delivery"}


async def test_dbs_apis_refuse_platform_packages(api: Caller, emu: Emulator) -> None:
    _, pid = await packed_order(api, emu)
    await pkg_rows(api, RTS, "readyToShipReq", [pid])
    for path, wrapper in ((DBS_OK, "dbsDeliveryReq"), (DBS_FAIL, "dbsFailedDeliveryReq")):
        [row] = await pkg_rows(api, path, wrapper, [pid])
        assert row["item_err_code"] == "700009"
        assert row["msg"] == "operation not support fot nonDBS order!"


async def test_digital_delivery(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, digital=True, skus=["EVOUCHER-50", "TOPUP-10"])
    [physical] = emu.add_orders(1)
    [unpaid] = emu.add_orders(1, digital=True, skus=["TOPUP-10"], status="unpaid")
    req = {
        "orders": [
            {"order_id": oid, "order_item_list": ids(emu, oid)},
            {"order_id": physical, "order_item_list": ids(emu, physical)},
            {"order_id": unpaid, "order_item_list": ids(emu, unpaid)},
        ]
    }
    res = await api.rows(DIGITAL, "digitalDeliveryReq", req)
    assert res["success"] is True
    orders = res["data"]["orders"]
    assert [r["item_err_code"] for r in orders[0]["order_item_list"]] == ["0", "0"]
    assert orders[1]["order_item_list"][0]["item_err_code"] == "700020"
    assert orders[1]["order_item_list"][0]["msg"] == (
        "order item not found or not belong to digital!"
    )
    assert orders[2]["order_item_list"][0]["item_err_code"] == "700000"
    assert {r["status"] for r in emu.items(oid)} == {"delivered"}
    assert emu.items(physical)[0]["status"] == "pending"


# ---------------------------------------------------------------- PrintAWB
async def test_print_awb_pdf(api: Caller, emu: Emulator, clock: FakeClock) -> None:
    _oid, pid = await packed_order(api, emu)
    res = await api.rows(AWB, "getDocumentReq", {"doc_type": "PDF", **packages([pid])})
    data = res["data"]
    assert data["doc_type"] == "PDF"
    snippet = base64.b64decode(data["file"]).decode()
    assert snippet.startswith('<iframe src="/_emulator/awb/')
    assert data["pdf_url"].startswith("http://emulator.localhost/_emulator/awb/")
    r = await api.client.get(data["pdf_url"])
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert r.content.startswith(b"%PDF-")
    assert emu.labels_printed[pid] == 1
    # Without the URL's signature the object is not served.
    r = await api.client.get(data["pdf_url"].split("?")[0])
    assert r.status_code == 403 and b"<Code>SignatureDoesNotMatch</Code>" in r.content
    clock.advance(emu.pdf_url_ttl_s)
    r = await api.client.get(data["pdf_url"])
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("application/xml")
    assert b"<Code>AccessDenied</Code>" in r.content and b"expired" in r.content
    r = await api.client.get("/_emulator/awb/0123456789abcdef.pdf?Signature=x")
    assert r.status_code == 404 and b"NoSuchKey" in r.content


async def test_print_awb_html_and_item_list(api: Caller, emu: Emulator) -> None:
    _oid, pid = await packed_order(api, emu)
    req = {"doc_type": "HTML", "print_item_list": True, **packages([pid])}
    data = (await api.rows(AWB, "getDocumentReq", req))["data"]
    assert "pdf_url" not in data
    page = base64.b64decode(data["file"]).decode()
    assert emu.packages[pid]["tracking_number"] in page
    assert "MUG-WHITE" in page and "SOCKS-FREE" in page


async def test_print_awb_refusals(api: Caller, emu: Emulator) -> None:
    _, dbs_pid = await packed_order(api, emu, dbs=True)
    oid, pid = await packed_order(api, emu)
    for bad, code in (
        ({"doc_type": "PDF", **packages([dbs_pid])}, "700040"),
        ({"doc_type": "PDF", **packages(["FP0"])}, "600001"),
        ({"doc_type": "ZPL", **packages([pid])}, "700004"),
        ({"doc_type": "PDF", "print_item_list": "yes", **packages([pid])}, "700004"),
        ({**packages([pid])}, "700017"),
    ):
        res = await api.rows(AWB, "getDocumentReq", bad)
        assert res["success"] is False and res["error_code"] == code, bad
    for item_id in ids(emu, oid):
        emu.set_item_status(item_id, "canceled")
    res = await api.rows(AWB, "getDocumentReq", {"doc_type": "PDF", **packages([pid])})
    assert res["error_code"] == "700040"
    assert res["error_msg"] == "There are no packages that support printing!"
    assert sum(emu.labels_printed.values()) == 0


async def test_print_awb_after_rts_and_two_packages(api: Caller, emu: Emulator) -> None:
    _, a = await packed_order(api, emu)
    _, b = await packed_order(api, emu)
    await pkg_rows(api, RTS, "readyToShipReq", [a])
    res = await api.rows(AWB, "getDocumentReq", {"doc_type": "PDF", **packages([a, b])})
    assert res["success"] is True
    assert emu.labels_printed == {a: 1, b: 1}
    inspection = (await api.client.get("/_emulator/labels")).json()
    assert inspection == {a: 1, b: 1}


# ---------------------------------------------------------------- placements
async def test_fulfilment_params_in_query_and_json(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    body = await api.ok(
        PACK,
        {"packReq": json.dumps(pack_req({oid: ids(emu, oid)}))},
        method="POST",
        placement="json",
    )
    assert body["result"]["success"] is True
    pid = body["result"]["data"]["pack_order_list"][0]["order_item_list"][0]["package_id"]
    body = await api.ok(RTS, {"readyToShipReq": packages([pid])}, method="GET")
    assert body["result"]["data"]["packages"][0]["item_err_code"] == "0"


@pytest.mark.parametrize(
    ("path", "wrapper"),
    [
        (RTS, "readyToShipReq"),
        (REPACK, "rePackReq"),
        (DBS_OK, "dbsDeliveryReq"),
        (DBS_FAIL, "dbsFailedDeliveryReq"),
    ],
)
async def test_unknown_package_rows(api: Caller, path: str, wrapper: str) -> None:
    [row] = await pkg_rows(api, path, wrapper, ["FP000000000000001"])
    assert row == {
        "package_id": "FP000000000000001",
        "item_err_code": "600001",
        "msg": "package not found",
        "retry": False,
    }
    res = await api.rows(path, wrapper, {"packages": [{"id": "FP1"}]})
    assert res["success"] is False and res["error_code"] == "700004"


async def test_order_items_of_unknown_order(api: Caller) -> None:
    _, body = await api.call("/order/items/get", {"order_id": "77"})
    assert body["code"] == "16" and body["message"] == 'E016: "77" Invalid Order ID'
    _, body = await api.call("/order/items/get", {})
    assert body["code"] == "MissingParameter"


async def test_concurrent_packs_of_one_order_make_one_package(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1, skus=["MUG-WHITE", "SOCKS-FREE"])
    results = await asyncio.gather(
        *(api.rows(PACK, "packReq", pack_req({oid: ids(emu, oid)})) for _ in range(6))
    )
    codes = [
        r["item_err_code"]
        for res in results
        for o in res["data"]["pack_order_list"]
        for r in o["order_item_list"]
    ]
    assert codes.count("0") == 2 and codes.count("700000") == 10
    assert len([p for p in emu.packages.values() if p["order_id"] == oid]) == 1
