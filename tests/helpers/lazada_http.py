"""A scripted Lazada stand-in for unit tests of the client's own behaviour.

Raw ASGI, no framework: each path gets a handler ``(params) -> answer`` where an answer is
a JSON-able dict, a ``Raw`` (status, bytes, headers) or a ``Hang``. Every request is
recorded with its method, host and merged params, and its signature is checked with the
official SDK's ``sign`` so the client is verified against an independent implementation.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from lazop_sdk.base import sign as sdk_sign

SECRET = "fake-app-secret-123456"
APP_KEY = "100200"
TOKEN = "fake-access-token-abcdef"
FRESH_TOKEN = "fake-fresh-token-987654"


@dataclass
class Raw:
    status: int = 200
    body: bytes = b""
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)


@dataclass
class Hang:
    seconds: float
    then: Any = None


@dataclass
class Request:
    method: str
    host: str
    path: str
    params: dict[str, str]
    query: dict[str, str]
    raw_query: str = ""  # the query string as it arrived


Handler = Callable[[dict[str, str]], Any]


def ok(data: Any) -> dict[str, Any]:
    return {"code": "0", "data": data, "request_id": "req-ok"}


def result(data: Any, success: bool = True, **extra: Any) -> dict[str, Any]:
    return {"code": "0", "result": {"success": success, "data": data, **extra}, "request_id": "r"}


def error(code: str, message: str = "nope") -> dict[str, Any]:
    return {"type": "ISV", "code": code, "message": message, "request_id": "req-err"}


class FakeLazada:
    def __init__(self) -> None:
        self.handlers: dict[str, Handler] = {}
        self.scripts: dict[str, list[Any]] = {}
        self.requests: list[Request] = []
        self.bad_signatures = 0
        self.date_header: str | None = None
        self.valid_tokens = {TOKEN}

    def on(self, path: str, handler: Handler) -> None:
        self.handlers[path] = handler

    def script(self, path: str, *answers: Any) -> None:
        """Answers served in order before the handler (if any) takes over."""
        self.scripts.setdefault(path, []).extend(answers)

    def calls(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        query = dict(parse_qsl(scope["query_string"].decode(), keep_blank_values=True))
        params = dict(query)
        params.update(parse_qsl(body.decode(), keep_blank_values=True))
        headers = dict(scope["headers"])
        path = scope["path"].removeprefix("/rest")
        self.requests.append(
            Request(
                scope["method"],
                headers.get(b"host", b"").decode(),
                path,
                params,
                query,
                scope["query_string"].decode(),
            )
        )
        answer = self._answer(path, params)
        if isinstance(answer, Hang):
            await asyncio.sleep(answer.seconds)
            answer = answer.then
        if isinstance(answer, Raw):
            status, payload, extra = answer.status, answer.body, answer.headers
        else:
            status, payload, extra = 200, json.dumps(answer).encode(), []
        out_headers = [(b"content-type", b"application/json"), *extra]
        if self.date_header:
            out_headers.append((b"date", self.date_header.encode()))
        await send({"type": "http.response.start", "status": status, "headers": out_headers})
        await send({"type": "http.response.body", "body": payload})

    def _answer(self, path: str, params: dict[str, str]) -> Any:
        if "sign" in params:
            unsigned = {k: v for k, v in params.items() if k != "sign"}
            if sdk_sign(SECRET, path, unsigned) != params["sign"]:
                self.bad_signatures += 1
                return error("IncompleteSignature", "The request signature does not conform")
        script = self.scripts.get(path)
        if script:
            return script.pop(0)
        if not path.startswith("/auth/") and params.get("access_token") not in self.valid_tokens:
            return error("IllegalAccessToken", "The specified access token is invalid or expired")
        handler = self.handlers.get(path)
        if handler is None:
            return error("InvalidApi", f"unknown api {path}")
        return handler(params)


class RotatingTokens:
    """A TokenProvider fake: hands out a token and swaps it for a fresh one on refresh."""

    def __init__(self, token: str = TOKEN, fresh: str = FRESH_TOKEN) -> None:
        self.token = token
        self.fresh = fresh
        self.refreshes: list[str] = []

    async def access_token(self) -> str:
        return self.token

    async def refresh(self, rejected_token: str) -> str:
        self.refreshes.append(rejected_token)
        self.token = self.fresh
        return self.token
