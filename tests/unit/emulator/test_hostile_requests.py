"""Malformed and hostile requests: the gateway answers each with Lazada's error envelope
(never a traceback, a plain-text page or a hang), and the inspection routes with a JSON 400.

In-process, an exception in the app propagates into the test (httpx.ASGITransport), so a
crash shows up here as an error, not as a 500.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from lazpack.emulator import Emulator
from tests.helpers.lazop import Caller

pytestmark = pytest.mark.asyncio

Q = {"created_after": "2020-01-01T00:00:00+08:00", "limit": "5"}
PACK = "/order/fulfill/pack"
ENVELOPE_KEYS = {"type", "code", "message", "request_id"}
TWO_MIB = 2 << 20


def envelope(r: httpx.Response, status: int = 200) -> dict[str, Any]:
    """The response is Lazada's error envelope with ``status``; returns its body."""
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("application/json"), r.text[:300]
    body: dict[str, Any] = r.json()
    assert set(body) == ENVELOPE_KEYS, body
    assert body["code"] != "0"
    return body


def json_body(api: Caller, extra: str) -> bytes:
    """A JSON body with valid system params (signed without ``extra``) plus raw ``extra``."""
    params = api.signed("/orders/get", Q)
    text = json.dumps(params)
    return (text[:-1] + ", " + extra + "}").encode()


async def post_json(api: Caller, raw: bytes, path: str = "/orders/get") -> httpx.Response:
    return await api.client.post(
        "/rest" + path, content=raw, headers={"content-type": "application/json"}
    )


# ------------------------------------------------------------------ HTTP methods
@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
async def test_other_methods_get_the_envelope_and_allow(api: Caller, method: str) -> None:
    params = api.signed("/orders/get", Q)
    r = await api.client.request(method, "/rest/orders/get", params=params)
    body = envelope(r, 405)
    assert body["code"] == "InvalidParameter"
    assert method in body["message"]
    assert r.headers["allow"] == "GET, HEAD, POST"


# ------------------------------------------------------------------ deep JSON
@pytest.mark.parametrize("depth", [40, 100_000])
async def test_deeply_nested_json_body(api: Caller, depth: int) -> None:
    r = await post_json(api, json_body(api, '"x": ' + "[" * depth + "]" * depth))
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert "nested too deeply" in body["message"]


async def test_unclosed_deep_json_body(api: Caller) -> None:
    r = await post_json(api, b"[" * 100_000)
    assert envelope(r)["code"] == "InvalidParameter"


@pytest.mark.parametrize("depth", [40, 100_000])
async def test_deeply_nested_wrapper_param(api: Caller, emu: Emulator, depth: int) -> None:
    nested = '{"pack_order_list": ' + "[" * depth + "]" * depth + "}"
    r = await api.client.post("/rest" + PACK, data=api.signed(PACK, {"packReq": nested}))
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert '"packReq"' in body["message"]
    assert emu.calls[PACK] == 1


# ------------------------------------------------------------------ multipart
async def test_multipart_without_boundary(api: Caller) -> None:
    r = await api.client.post(
        "/rest/orders/get",
        content=b"app_key=1",
        headers={"content-type": "multipart/form-data"},
    )
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert "boundary" in body["message"]


async def test_multipart_garbage(api: Caller) -> None:
    r = await api.client.post(
        "/rest/orders/get",
        content=b"--xyz\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--xyz--\r\n",
        headers={"content-type": "multipart/form-data; boundary=xyz"},
    )
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert "multipart" in body["message"]


# ------------------------------------------------------------------ size limits
async def test_oversized_multipart_field(api: Caller) -> None:
    params = api.signed("/orders/get", Q)
    r = await api.client.post(
        "/rest/orders/get", data=params, files={"big": (None, b"x" * TWO_MIB)}
    )
    body = envelope(r, 413)
    assert "larger than" in body["message"]


async def test_oversized_form_body(api: Caller) -> None:
    params = api.signed("/orders/get", {**Q, "filler": "x" * TWO_MIB})
    r = await api.client.post("/rest/orders/get", data=params)
    assert "larger than" in envelope(r, 413)["message"]


async def test_oversized_streamed_body_without_length(api: Caller) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(40):
            yield b"a=" + b"x" * 65_536 + b"&"

    r = await api.client.post(
        "/rest/orders/get",
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert "larger than" in envelope(r, 413)["message"]


async def test_oversized_query_string(api: Caller) -> None:
    params = api.signed("/orders/get", {**Q, "filler": "x" * 40_000})
    r = await api.client.get("/rest/orders/get", params=params)
    assert "larger than" in envelope(r, 413)["message"]


async def test_too_many_params_even_when_signed(api: Caller) -> None:
    many = {f"p{i:03d}": "1" for i in range(300)}
    r = await api.client.get("/rest/orders/get", params=api.signed("/orders/get", {**Q, **many}))
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert "too many parameters" in body["message"].lower()


# ------------------------------------------------------------------ bytes that are not UTF-8
async def test_non_utf8_query_param_is_named(api: Caller) -> None:
    params = api.signed("/orders/get", Q)
    query = httpx.QueryParams(params)
    r = await api.client.get(f"/rest/orders/get?{query}&status=%FF%FE")
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert '"status"' in body["message"] and "UTF-8" in body["message"]


async def test_non_utf8_form_body_is_named(api: Caller) -> None:
    raw = str(httpx.QueryParams(api.signed("/orders/get", Q))).encode() + b"&status=\xff"
    r = await api.client.post(
        "/rest/orders/get",
        content=raw,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert '"status"' in body["message"] and "UTF-8" in body["message"]


async def test_non_utf8_json_body(api: Caller) -> None:
    r = await post_json(api, json_body(api, '"status": "').replace(b'"}', b'\xff"}'))
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert "UTF-8" in body["message"]


# ------------------------------------------------------------------ lone surrogates
@pytest.mark.parametrize("extra", ['"status": "\\ud800"', '"\\udfff": "1"'])
async def test_lone_surrogate_in_json_body(api: Caller, extra: str) -> None:
    body = envelope(await post_json(api, json_body(api, extra)))
    assert body["code"] == "InvalidParameter"
    assert "surrogate" in body["message"]


async def test_lone_surrogate_in_wrapper_param(api: Caller, emu: Emulator) -> None:
    [oid] = emu.add_orders(1)
    req = (
        '{"delivery_type":"dropship","shipping_allocate_type":"TFS","pack_order_list":'
        f'[{{"order_id":{oid},"order_item_list":["\\udc00"]}}]}}'
    )
    r = await api.client.post("/rest" + PACK, data=api.signed(PACK, {"packReq": req}))
    body = envelope(r)
    assert body["code"] == "InvalidParameter"
    assert '"packReq"' in body["message"]


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize("number", ["1e999", "-1e999", "NaN", "Infinity", "9" * 5000])
async def test_unrepresentable_numbers_in_json_body(api: Caller, number: str) -> None:
    body = envelope(await post_json(api, json_body(api, f'"limit": {number}')))
    assert body["code"] == "InvalidParameter"


async def test_huge_id_string_in_wrapper(api: Caller) -> None:
    req = {
        "delivery_type": "dropship",
        "shipping_allocate_type": "TFS",
        "pack_order_list": [{"order_id": "9" * 5000, "order_item_list": ["9" * 5000]}],
    }
    result = (await api.ok(PACK, {"packReq": req}, method="POST", placement="form"))["result"]
    assert result == {
        "success": False,
        "error_code": "700004",
        "error_msg": "PARAM_ILLEGAL: pack_order_list[].order_id",
    }


@pytest.mark.parametrize("raw", ["²", "١٢٣", "9" * 30, "9" * 5000])
async def test_ids_that_are_not_ascii_digits(api: Caller, raw: str) -> None:
    _, body = await api.call("/order/get", {"order_id": raw})
    assert body["code"] == "16"
    _, body = await api.call("/order/items/get", {"order_id": raw})
    assert body["code"] == "16"


@pytest.mark.parametrize("raw", ["[²]", "[١٢٣]", "[1,٣]"])
async def test_order_id_list_with_non_ascii_digits(api: Caller, raw: str) -> None:
    _, body = await api.call("/orders/items/get", {"order_ids": raw})
    assert body["code"] == "56"


@pytest.mark.parametrize("raw", ["²", "٣"])
async def test_limit_and_offset_with_non_ascii_digits(api: Caller, raw: str) -> None:
    _, body = await api.call("/orders/get", {**Q, "limit": raw})
    assert body["code"] == "19"
    _, body = await api.call("/orders/get", {**Q, "offset": raw})
    assert body["code"] == "14"


@pytest.mark.parametrize("stamp", ["²", "9" * 5000, "9" * 25])
async def test_unreadable_timestamps(api: Caller, stamp: str) -> None:
    _, body = await api.call("/orders/get", Q, timestamp=stamp)
    assert body["code"] == "OPEN_API_TIMESTAMP_INVALID"


# ------------------------------------------------------------------ the signature
@pytest.mark.parametrize("sign", ["é", "\u00e9" * 64, "Ä" + "A" * 63])
async def test_non_ascii_sign_is_incomplete_signature(api: Caller, sign: str) -> None:
    params = {**api.signed("/orders/get", Q), "sign": sign}
    r = await api.client.get("/rest/orders/get", params=params)
    assert envelope(r)["code"] == "IncompleteSignature"


async def test_well_formed_requests_still_work_after_hostile_ones(api: Caller) -> None:
    await post_json(api, b"[" * 100_000)
    await api.client.put("/rest/orders/get")
    for placement in ("query", "form", "multipart", "json"):
        body = await api.ok("/orders/get", Q, method="POST", placement=placement)
        assert body["data"]["count"] == 5


# ------------------------------------------------------------------ inspection routes
@pytest.mark.parametrize(
    "settings",
    [
        b'{"latency_ms": 1' + b"0" * 400 + b"}",
        b'{"latency_ms": "nan"}',
        b'{"hang_s": 1e9}',
        b'{"qps_limit": "lots"}',
        b'{"fail_rows": [[1]]}',
        b'{"fail_rows": "1003"}',
        b'{"lose_answers": [{"count": 1e300}]}',
        b'{"fault_kinds": 5}',
        b"[" * 100_000,
        b'{"fail_rows": [{"code": "\\ud800"}]}',
    ],
)
async def test_bad_fault_settings_are_a_json_400(
    api: Caller, emu: Emulator, settings: bytes
) -> None:
    before = emu.faults.snapshot()
    r = await api.client.post("/_emulator/faults", content=settings)
    assert r.status_code == 400
    assert r.json()["error"].startswith("bad fault settings")
    assert emu.faults.snapshot() == before


@pytest.mark.parametrize("n", ["abc", "", "²", "0", "-1", "1000001", "9" * 5000])
async def test_bad_order_count_is_a_json_400(api: Caller, emu: Emulator, n: str) -> None:
    count = len(emu.order_ids())
    r = await api.client.post("/_emulator/orders", params={"n": n})
    assert r.status_code == 400
    assert "n must be" in r.json()["error"]
    assert len(emu.order_ids()) == count


@pytest.mark.parametrize("raw", ["²", "9" * 5000, "x"])
async def test_unknown_order_view_is_a_json_404(api: Caller, raw: str) -> None:
    r = await api.client.get(f"/_emulator/orders/{raw}")
    assert r.status_code == 404
    assert r.json() == {"error": "no such order"}
