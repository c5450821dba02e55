"""A hostile Lazada: a local ASGI app that answers every request with one chosen bad answer.

``BadAnswer`` is what comes back (status, headers, body chunks and the pause between
them); ``catalogue()`` lists the bad answers the hostile suite sends to every client
method: non-JSON, truncated, empty, HTML, wrong JSON types and shapes, nulls, huge and
non-finite numbers, deep nesting, lone surrogates, gzip bombs and broken gzip, unknown
encodings, a slow drip, redirects and every HTTP status code.
"""

from __future__ import annotations

import asyncio
import json
import struct
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

#: the size a gzip bomb inflates to (its compressed size is ~0.4 MB)
BOMB_INFLATED = 400 * 1024 * 1024


@dataclass(frozen=True)
class BadAnswer:
    name: str
    body: bytes | tuple[bytes, ...] = b""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
    #: pause before each chunk after the first (a slow drip)
    drip_s: float = 0.0
    #: True when the answer is a well-formed Lazada error envelope (a known refusal)
    envelope_error: bool = False
    #: True when the client may use the answer (a read decodes it into a model)
    usable: bool = False

    def chunks(self) -> tuple[bytes, ...]:
        return self.body if isinstance(self.body, tuple) else (self.body,)


@dataclass
class HostileServer:
    """ASGI app answering every request with ``answer``; counts the requests it got."""

    answer: BadAnswer
    requests: int = 0
    paths: list[str] = field(default_factory=list)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        self.requests += 1
        self.paths.append(str(scope.get("path", "")))
        while True:  # drain the request body
            message = await receive()
            if not message.get("more_body"):
                break
        a = self.answer
        headers = [(k.encode(), v.encode()) for k, v in a.headers]
        await send({"type": "http.response.start", "status": a.status, "headers": headers})
        chunks = a.chunks()
        for n, chunk in enumerate(chunks):
            if n and a.drip_s:
                await asyncio.sleep(a.drip_s)  # the server's behaviour, not a test wait
            await send(
                {"type": "http.response.body", "body": chunk, "more_body": n < len(chunks) - 1}
            )


def _j(value: Any) -> bytes:
    return json.dumps(value).encode()


def gzip_bomb(inflated: int = BOMB_INFLATED) -> bytes:
    """A valid gzip body that inflates to ``inflated`` bytes of one long JSON string.

    Built quickly: one 1 MB block is deflated once after a full flush (which resets the
    compressor, so every repeat of the block compresses to the same bytes) and repeated;
    the gzip trailer's CRC-32 and length are computed over the whole inflated text."""
    head = b'{"code":"0","request_id":"r","data":"'
    tail = b'"}'
    block = b"a" * (1024 * 1024)
    repeats = max(1, (inflated - len(head) - len(tail)) // len(block))
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    once = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    last = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    block_crc_state = crc
    for _ in range(repeats):
        block_crc_state = zlib.crc32(block, block_crc_state)
    crc = zlib.crc32(tail, block_crc_state)
    size = len(head) + repeats * len(block) + len(tail)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)
    return header + first + once * repeats + last + trailer


_GZ = (("content-type", "application/json"), ("content-encoding", "gzip"))
OK_HEAD = {"code": "0", "request_id": "0ba2887315178178017221014"}


def catalogue(*, bomb: bytes) -> list[BadAnswer]:
    """Every bad answer, whatever method asked (the same list for all of them)."""
    valid_order = {
        "order_id": 1,
        "order_number": 1,
        "created_at": "2024-01-01 10:00:00 +0800",
        "updated_at": "2024-01-01 10:00:00 +0800",
        "statuses": ["pending"],
        "price": "1.00",
    }
    answers = [
        BadAnswer("not-json", b"hello, this is not json"),
        BadAnswer(
            "html",
            b"<html><body><h1>502 Bad Gateway</h1></body></html>",
            headers=(("content-type", "text/html"),),
        ),
        BadAnswer("empty", b""),
        BadAnswer("truncated", _j({**OK_HEAD, "data": {"orders": [valid_order]}})[:37]),
        BadAnswer("truncated-utf8", '{"code":"0","data":"ไทย"}'.encode()[:23]),
        BadAnswer("invalid-utf8", b'{"code":"0","data":"\xff\xfe"}'),
        BadAnswer("utf16", json.dumps({**OK_HEAD, "data": {}}).encode("utf-16")),
        BadAnswer("null", b"null"),
        BadAnswer("list", b"[]"),
        BadAnswer("string", b'"0"'),
        BadAnswer("number", b"0"),
        BadAnswer("true", b"true"),
        BadAnswer("no-code", _j({"data": {}, "request_id": "r"})),
        BadAnswer("code-only", _j({"code": "0"})),
        BadAnswer("code-number", _j({"code": 0, "data": None})),
        BadAnswer("code-null", _j({"code": None, "message": "x"})),
        BadAnswer("code-object", _j({"code": {"a": 1}, "message": "x"})),
        BadAnswer("data-null", _j({**OK_HEAD, "data": None})),
        BadAnswer("data-list", _j({**OK_HEAD, "data": []})),
        BadAnswer("data-string", _j({**OK_HEAD, "data": "orders"})),
        BadAnswer("data-number", _j({**OK_HEAD, "data": 5})),
        BadAnswer("data-list-of-junk", _j({**OK_HEAD, "data": [1, "x", None, [], {}]})),
        BadAnswer("orders-string", _j({**OK_HEAD, "data": {"orders": "[]", "count": "x"}})),
        BadAnswer("orders-nulls", _j({**OK_HEAD, "data": {"orders": [None, {}, []]}})),
        BadAnswer(
            "order-wrong-types",
            _j({**OK_HEAD, "data": {**valid_order, "order_id": "abc", "created_at": 5.5e300}}),
        ),
        BadAnswer(
            "items-without-ids",
            _j({**OK_HEAD, "data": [{"sku": "A", "status": "pending"}]}),
        ),
        BadAnswer(
            "huge-int",
            b'{"code":"0","request_id":"r","data":{"order_id":' + b"9" * 5000 + b"}}",
        ),
        BadAnswer(
            "huge-float",
            b'{"code":"0","request_id":"r","expires_in":1e400,"data":{"order_id":1e308}}',
        ),
        BadAnswer("nan", b'{"code":"0","request_id":"r","data":{"count":NaN}}'),
        BadAnswer("infinity", b'{"code":"0","request_id":"r","data":Infinity}'),
        BadAnswer(
            "huge-epoch",
            _j({**OK_HEAD, "data": {**valid_order, "created_at": 10**30}}),
            usable=False,
        ),
        BadAnswer("deep-nesting", b'{"code":"0","data":' + b"[" * 200_000 + b"]" * 200_000 + b"}"),
        BadAnswer(
            "lone-surrogates",
            b'{"code":"0","request_id":"r\\udc80","data":{"name":"\\ud800x","orders":[]}}',
        ),
        BadAnswer("result-null", _j({**OK_HEAD, "result": None})),
        BadAnswer("result-list", _j({**OK_HEAD, "result": []})),
        BadAnswer("success-null", _j({**OK_HEAD, "result": {"success": None, "data": {}}})),
        BadAnswer("success-maybe", _j({**OK_HEAD, "result": {"success": "maybe"}})),
        BadAnswer("success-no-data", _j({**OK_HEAD, "result": {"success": True}})),
        BadAnswer("success-data-null", _j({**OK_HEAD, "result": {"success": True, "data": None}})),
        BadAnswer("success-data-list", _j({**OK_HEAD, "result": {"success": True, "data": []}})),
        BadAnswer("success-data-empty", _j({**OK_HEAD, "result": {"success": True, "data": {}}})),
        BadAnswer(
            "rows-as-string",
            _j({**OK_HEAD, "result": {"success": True, "data": {"packages": "[]"}}}),
        ),
        BadAnswer(
            "rows-without-ids",
            _j(
                {
                    **OK_HEAD,
                    "result": {
                        "success": True,
                        "data": {
                            "packages": [{"item_err_code": "0"}],
                            "pack_order_list": [{"order_item_list": [{"item_err_code": "0"}]}],
                            "orders": [{"order_item_list": [{"item_err_code": "0"}]}],
                        },
                    },
                }
            ),
        ),
        BadAnswer(
            "refused-without-code",
            _j({**OK_HEAD, "result": {"success": False}}),
        ),
        BadAnswer(
            "tokens-wrong-types",
            _j({**OK_HEAD, "access_token": 5, "refresh_token": None, "expires_in": "soon"}),
        ),
        BadAnswer("gzip-bomb", bomb, headers=_GZ),
        BadAnswer("bad-gzip", b"this was never gzip", headers=_GZ),
        BadAnswer("cut-gzip", gzip_bomb(1024 * 1024)[:2000], headers=_GZ),
        BadAnswer(
            "unknown-encoding",
            b"\x1b\x00\x00",
            headers=(("content-type", "application/json"), ("content-encoding", "br")),
        ),
        BadAnswer(
            "slow-drip",
            tuple([b'{"code":"0",', *([b" "] * 20), b'"data":{}}']),
            drip_s=0.05,
        ),
        BadAnswer(
            "error-echoing-url",
            _j(
                {
                    "code": "InvalidParameter",
                    "type": "ISV",
                    "message": "bad request https://api.lazada.sg/rest/order/get?"
                    "access_token=50000400SECRETTOKEN&sign=ABCDEF0123456789&app_secret=s3cr3tvalue",
                    "request_id": "r",
                }
            ),
            envelope_error=True,
        ),
        BadAnswer(
            "error-envelope-huge-message",
            _j({"code": "E999", "type": "ISP", "message": "x" * 200_000, "request_id": "r"}),
            envelope_error=True,
        ),
    ]
    for status in (301, 302, 303, 307, 308):
        answers.append(
            BadAnswer(
                f"redirect-{status}",
                b"",
                status=status,
                headers=(("location", "https://evil.example/rest"),),
            )
        )
    for st in HTTPStatus:
        if st.value < 200 or st.value in (204, 304):
            continue  # not a final answer with a body (the transport rejects those)
        answers.append(
            BadAnswer(
                f"status-{st.value}",
                b"<html>" + st.phrase.encode() + b"</html>",
                status=st.value,
                headers=(("content-type", "text/html"), ("retry-after", "0")),
            )
        )
    answers.append(BadAnswer("status-204", b"", status=204))
    answers.append(BadAnswer("status-599", b"", status=599))
    return answers
