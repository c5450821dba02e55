"""Every fault knob: latency, random 5xx/timeouts/ServiceTimeout, QPS bans, token expiry,
forced row failures, answers lost after the write was applied, and mangled answers."""

from __future__ import annotations

import asyncio
import json

import pytest

from lazpack.emulator import DEMO_REFRESH_TOKEN, Emulator, Faults
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller, in_process

pytestmark = pytest.mark.asyncio

Q = {"created_after": "2020-01-01T00:00:00+08:00", "limit": "1"}
PACK = "/order/fulfill/pack"


def pack_req(emu: Emulator, oid: int) -> dict:
    return {
        "pack_order_list": [
            {"order_id": oid, "order_item_list": [r["order_item_id"] for r in emu.items(oid)]}
        ],
        "delivery_type": "dropship",
        "shipping_allocate_type": "TFS",
    }


async def test_latency_and_jitter_are_seeded() -> None:
    a = Faults(seed=5, latency_ms=20, jitter_ms=10)
    b = Faults(seed=5, latency_ms=20, jitter_ms=10)
    da = [a.delay_s() for _ in range(50)]
    assert da == [b.delay_s() for _ in range(50)]
    assert all(0.020 <= d <= 0.030 for d in da) and len(set(da)) > 40
    assert Faults(seed=5).delay_s() == 0.0


async def test_latency_still_answers(api: Caller, emu: Emulator) -> None:
    emu.faults.latency_ms = 2
    emu.faults.jitter_ms = 2
    await api.ok("/orders/get", Q)
    await api.ok("/orders/get", Q)
    # each request was held for latency + jitter (recorded, not timed)
    delays = list(emu.faults.delays)
    assert len(delays) == 2
    assert all(0.002 <= d <= 0.004 for d in delays), delays
    assert delays[0] != delays[1]  # the jitter is drawn per request


async def test_random_faults_are_seeded_and_not_applied(emu: Emulator, clock: FakeClock) -> None:
    def outcomes(seed: int) -> list[str | None]:
        f = Faults(seed=seed, fault_rate=0.3)
        return [f.random_fault() for _ in range(200)]

    run = outcomes(9)
    assert run == outcomes(9)
    assert {"5xx", "timeout", "ServiceTimeout", None} == set(run)
    assert 30 < sum(1 for o in run if o) < 90


async def test_5xx_fault(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.fault_rate = 1.0
    emu.faults.fault_kinds = ("5xx",)
    status, _ = await _raw(api, PACK, {"packReq": pack_req(emu, oid)})
    assert status // 100 == 5  # a gateway page: 500, 502 or 503 by the request id
    assert emu.faults.injected == {"5xx": 1}
    assert emu.items(oid)[0]["status"] == "pending"


async def test_service_timeout_fault(api: Caller, emu: Emulator) -> None:
    emu.faults.fault_rate = 1.0
    emu.faults.fault_kinds = ("ServiceTimeout",)
    status, body = await api.call("/orders/get", Q)
    assert status == 200
    assert body["code"] == "ServiceTimeout" and body["type"] == "ISP" and body["request_id"]


async def test_timeout_fault_hangs_and_is_not_applied(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.fault_rate = 1.0
    emu.faults.fault_kinds = ("timeout",)
    emu.faults.hang_s = 60
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):
            await api.call(PACK, {"packReq": pack_req(emu, oid)}, method="POST", placement="form")
    assert emu.items(oid)[0]["status"] == "pending"


async def test_timeout_fault_answers_504_after_the_hang(api: Caller, emu: Emulator) -> None:
    emu.faults.fault_rate = 1.0
    emu.faults.fault_kinds = ("timeout",)
    emu.faults.hang_s = 0.01
    status, _ = await _raw(api, "/orders/get", Q, method="GET")
    assert status == 504


async def test_qps_limit_bans_for_one_second() -> None:
    clock = FakeClock()
    t = [1000.0]
    emu = Emulator(orders=5, clock=clock, qps_limit=3, monotonic=lambda: t[0])
    async with in_process(emu) as client:
        api = Caller(client, now_ms=lambda: int(clock.now().timestamp() * 1000))
        for _ in range(3):
            await api.ok("/orders/get", Q)
        _, body = await api.call("/orders/get", Q)
        assert body == {
            "type": "ISV",
            "code": "ApiCallLimit",
            "message": "Api access frequency exceeds the limit. this ban will last 1 seconds.",
            "request_id": body["request_id"],
        }
        # Other APIs have their own budget; inspection is never limited.
        await api.ok("/order/get", {"order_id": str(emu.order_ids()[0])})
        for _ in range(10):
            assert (await client.get("/_emulator/calls")).status_code == 200
        t[0] += 0.9
        assert (await api.call("/orders/get", Q))[1]["code"] == "ApiCallLimit"
        t[0] += 0.2
        await api.ok("/orders/get", Q)
        emu.faults.qps_limit = None
        for _ in range(10):
            await api.ok("/orders/get", Q)


async def test_forced_token_expiry_then_refresh(api: Caller, emu: Emulator) -> None:
    emu.faults.expire_access_tokens()
    assert (await api.call("/orders/get", Q))[1]["code"] == "IllegalAccessToken"
    body = await api.ok("/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None)
    await api.ok("/orders/get", Q, token=body["access_token"])


async def test_revoked_refresh_tokens(api: Caller, emu: Emulator) -> None:
    emu.faults.revoke_refresh_tokens()
    _, body = await api.call(
        "/auth/token/refresh", {"refresh_token": DEMO_REFRESH_TOKEN}, token=None
    )
    assert body["code"] == "IllegalRefreshToken"
    await api.ok("/orders/get", Q)  # access tokens are untouched


async def test_forced_row_failures(api: Caller, emu: Emulator) -> None:
    [a, b] = emu.add_orders(2)
    emu.faults.fail_rows("1003", count=1, api=PACK)
    emu.faults.fail_rows("700024", count=1, api="/order/package/rts")
    res = await api.rows(
        PACK,
        "packReq",
        {
            **pack_req(emu, a),
            "pack_order_list": [
                *pack_req(emu, a)["pack_order_list"],
                *pack_req(emu, b)["pack_order_list"],
            ],
        },
    )
    rows = [r for o in res["data"]["pack_order_list"] for r in o["order_item_list"]]
    assert res["success"] is True
    assert rows[0]["item_err_code"] == "1003" and rows[0]["retry"] is True
    assert "package_id" not in rows[0]
    assert emu.item(rows[0]["order_item_id"])["status"] == "pending"
    assert {r["item_err_code"] for r in rows[1:]} == {"0"}
    pid = rows[-1]["package_id"]
    rts = await api.rows(
        "/order/package/rts", "readyToShipReq", {"packages": [{"package_id": pid}]}
    )
    assert rts["data"]["packages"][0]["item_err_code"] == "700024"
    assert rts["data"]["packages"][0]["retry"] is True
    assert emu.item(rows[-1]["order_item_id"])["status"] == "packed"
    rts = await api.rows(
        "/order/package/rts", "readyToShipReq", {"packages": [{"package_id": pid}]}
    )
    assert rts["data"]["packages"][0]["item_err_code"] == "0"


async def test_row_failures_for_another_api_wait(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.fail_rows("700024", api="/order/package/rts")
    res = await api.rows(PACK, "packReq", pack_req(emu, oid))
    assert {
        r["item_err_code"] for o in res["data"]["pack_order_list"] for r in o["order_item_list"]
    } == {"0"}


async def test_lost_answer_is_applied(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.hang_s = 60
    emu.faults.lose_answers(1, api=PACK)
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.3):
            await api.call(PACK, {"packReq": pack_req(emu, oid)}, method="POST", placement="form")
    item = emu.items(oid)[0]
    assert item["status"] == "packed" and item["package_id"].startswith("FP")
    # Sending it again is the double-pack the client must avoid: Lazada refuses the row.
    res = await api.rows(PACK, "packReq", pack_req(emu, oid))
    assert res["data"]["pack_order_list"][0]["order_item_list"][0]["item_err_code"] == "700000"
    assert len([p for p in emu.packages.values() if p["order_id"] == oid]) == 1


async def test_lost_answer_only_for_writes_and_arrives_late(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.hang_s = 0.01
    emu.faults.lose_answers(1)
    await api.ok("/orders/get", Q)  # reads are never "lost"
    res = await api.rows(PACK, "packReq", pack_req(emu, oid))
    assert res["success"] is True


async def test_clear_drops_pending_faults(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.fail_rows("1003", count=5)
    emu.faults.lose_answers(5)
    emu.faults.clear()
    res = await api.rows(PACK, "packReq", pack_req(emu, oid))
    assert res["data"]["pack_order_list"][0]["order_item_list"][0]["item_err_code"] == "0"


async def _raw(api: Caller, path: str, params: dict, method: str = "POST") -> tuple[int, bytes]:
    signed = api.signed(path, params)
    if method == "GET":
        r = await api.client.get("/rest" + path, params=signed)
    else:
        r = await api.client.post("/rest" + path, data=signed)
    return r.status_code, r.content


# ------------------------------------------------------------------ mangled answers (issue 13)
@pytest.mark.parametrize("kind", ["html", "truncated", "empty"])
async def test_mangled_answer_that_is_not_json_was_applied(
    api: Caller, emu: Emulator, kind: str
) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.mangle_answers(kind, api=PACK)
    status, raw = await _raw(api, PACK, {"packReq": pack_req(emu, oid)})
    assert status == 200
    with pytest.raises(ValueError):  # json.JSONDecodeError is a ValueError
        json.loads(raw)
    assert {r["status"] for r in emu.items(oid)} == {"packed"}
    assert emu.faults.injected[f"mangled:{kind}"] == 1


async def test_mangled_pack_rows_without_package_id(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.mangle_answers("no_package_id", api=PACK)
    body = await api.ok(PACK, {"packReq": pack_req(emu, oid)}, method="POST", placement="form")
    rows = [r for o in body["result"]["data"]["pack_order_list"] for r in o["order_item_list"]]
    assert rows and all(r["item_err_code"] == "0" and "package_id" not in r for r in rows)
    assert all(r["package_id"] for r in emu.items(oid))  # Lazada made the package anyway


async def test_mangled_pack_with_code_0_and_nothing_else(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.mangle_answers("no_result", api=PACK)
    body = await api.ok(PACK, {"packReq": pack_req(emu, oid)}, method="POST", placement="form")
    assert set(body) == {"code", "request_id"}
    assert {r["status"] for r in emu.items(oid)} == {"packed"}


async def test_mangled_pack_with_success_null(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.mangle_answers("success_null", api=PACK)
    body = await api.ok(PACK, {"packReq": pack_req(emu, oid)}, method="POST", placement="form")
    assert body["result"]["success"] is None
    assert {r["status"] for r in emu.items(oid)} == {"packed"}


@pytest.mark.parametrize(("kind", "data"), [("data_empty", []), ("data_null", None)])
async def test_mangled_reads(api: Caller, emu: Emulator, kind: str, data: object) -> None:
    [oid] = emu.add_orders(1)
    emu.faults.mangle_answers(kind, api="/order/items/get")
    body = await api.ok("/order/items/get", {"order_id": str(oid)})
    assert body["data"] == data
    body = await api.ok("/order/items/get", {"order_id": str(oid)})  # one shot only
    assert len(body["data"]) == len(emu.items(oid)) > 0


async def test_mangle_answers_over_http_and_clear(api: Caller, emu: Emulator) -> None:
    r = await api.client.post(
        "/_emulator/faults", json={"mangle_answers": [{"kind": "html", "count": 2, "api": PACK}]}
    )
    assert r.json()["pending_mangled_answers"] == [{"kind": "html", "remaining": 2, "api": PACK}]
    r = await api.client.post("/_emulator/faults", json={"mangle_answers": [{"kind": "gzip"}]})
    assert r.status_code == 400
    with pytest.raises(ValueError, match="mangle kind"):
        emu.faults.mangle_answers("gzip")
    emu.faults.clear()
    assert emu.faults.snapshot()["pending_mangled_answers"] == []


async def test_a_refusal_reads_the_call_subject_without_holding_the_fault_lock() -> None:
    # subject() takes World.lock, and the handlers take World.lock then the fault lock
    # (forced row failures): reading it under the fault lock could deadlock the two.
    faults = Faults(seed=1)
    faults.refuse_batches("21", count=1, api=PACK, match="order 7")
    held: list[bool] = []

    def subject() -> str:
        held.append(faults._lock.locked())
        return "order 7"

    assert faults.take_batch_refusal(PACK, subject) == ("21", "batch refused (21)")
    assert held == [False]
    assert faults.take_batch_refusal(PACK, subject) is None
    assert faults.injected["batch:21"] == 1


async def test_one_shots_are_used_up_per_api_and_counted() -> None:
    faults = Faults(seed=1)
    faults.fail_rows("82", count=2, api=PACK)
    faults.lose_answers(count=1)
    faults.mangle_answers("html", count=1, api=PACK)
    assert faults.take_row_failure("/order/package/rts") is None
    assert [faults.take_row_failure(PACK) for _ in range(3)] == ["82", "82", None]
    assert faults.take_lost_answer("/order/package/rts") is True
    assert faults.take_lost_answer(PACK) is False
    assert faults.take_mangled(PACK) == "html"
    assert faults.take_mangled(PACK) is None
    assert faults.injected == {"row:82": 2, "lost_answer": 1, "mangled:html": 1}
