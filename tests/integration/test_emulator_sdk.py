"""The official lazop-sdk, over loopback with the demo credentials, gets Lazada-shaped answers.

If the emulator were more lenient than Lazada (or shaped differently), the SDK that real
integrations use would not work against it; this pins the emulator to the real contract.
"""

from __future__ import annotations

import json
import os
import urllib.request
from pathlib import Path

import pytest

from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator


@pytest.fixture
def sdk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # lazop_sdk writes ~/logs on import; keep that out of the real home directory.
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(os.path, "expanduser", lambda p: p.replace("~", str(tmp_path)))
    import lazop_sdk

    return lazop_sdk


def _execute(
    sdk, url: str, path: str, params: dict, method: str = "POST", secret: str = DEMO_APP_SECRET
):
    client = sdk.LazopClient(url, DEMO_APP_KEY, secret)
    request = sdk.LazopRequest(path, method)
    for key, value in params.items():
        request.add_api_param(key, value if isinstance(value, str) else json.dumps(value))
    return client.execute(request, DEMO_ACCESS_TOKEN).body


def test_official_sdk_full_flow(sdk, emulator: Emulator, emulator_url: str) -> None:
    body = _execute(
        sdk,
        emulator_url,
        "/orders/get",
        {"created_after": "2020-01-01T00:00:00+08:00", "status": "pending", "limit": "50"},
        "GET",
    )
    assert body["code"] == "0"
    orders = body["data"]["orders"]
    assert body["data"]["count"] == len(orders) > 0
    assert isinstance(orders[0]["order_id"], int) and isinstance(orders[0]["price"], str)

    # A local (TFS), non-DBS order so the whole label path applies.
    def local_parcel(order_id: int) -> bool:
        rows = emulator.items(order_id)
        return all(
            r["delivery_option_sof"] == 0 and r["is_digital"] == 0 and r["order_flag"] == "NORMAL"
            for r in rows
        )

    order = next(o for o in orders if local_parcel(o["order_id"]))
    oid = order["order_id"]
    items = _execute(sdk, emulator_url, "/order/items/get", {"order_id": str(oid)}, "GET")
    assert items["code"] == "0"
    item_ids = [it["order_item_id"] for it in items["data"]]
    assert all(it["status"] == "pending" for it in items["data"])

    prov = _execute(
        sdk,
        emulator_url,
        "/order/shipment/providers/get",
        {"getShipmentProvidersReq": {"orders": [{"order_id": oid, "order_item_ids": item_ids}]}},
    )
    assert prov["result"]["success"] is True
    assert prov["result"]["data"]["shipping_allocate_type"] == "TFS"

    packed = _execute(
        sdk,
        emulator_url,
        "/order/fulfill/pack",
        {
            "packReq": {
                "pack_order_list": [{"order_id": oid, "order_item_list": item_ids}],
                "delivery_type": "dropship",
                "shipping_allocate_type": "TFS",
            }
        },
    )
    rows = packed["result"]["data"]["pack_order_list"][0]["order_item_list"]
    assert {r["item_err_code"] for r in rows} == {"0"}
    package_ids = {r["package_id"] for r in rows}
    assert all(p.startswith("FP") for p in package_ids)

    awb = _execute(
        sdk,
        emulator_url,
        "/order/package/document/get",
        {
            "getDocumentReq": {
                "doc_type": "PDF",
                "packages": [{"package_id": p} for p in package_ids],
            }
        },
    )
    assert awb["result"]["success"] is True
    with urllib.request.urlopen(awb["result"]["data"]["pdf_url"], timeout=10) as r:  # noqa: S310
        assert r.read(5) == b"%PDF-"

    rts = _execute(
        sdk,
        emulator_url,
        "/order/package/rts",
        {"readyToShipReq": {"packages": [{"package_id": p} for p in package_ids]}},
    )
    assert [r["item_err_code"] for r in rts["result"]["data"]["packages"]] == ["0"] * len(
        package_ids
    )
    assert {it["status"] for it in emulator.items(oid)} == {"ready_to_ship"}


def test_official_sdk_wrong_secret(sdk, emulator_url: str) -> None:
    body = _execute(
        sdk,
        emulator_url,
        "/orders/get",
        {"created_after": "2020-01-01T00:00:00+08:00"},
        "GET",
        secret="wrong-secret",
    )
    assert body["code"] == "IncompleteSignature"
    assert body["type"] == "ISV"
    assert "request_id" in body
