"""A tiny test-side Lazada caller: signs like the official SDK (own code, on purpose not the
emulator's nor lazpack.api's), sends params where a test asks, returns (status, json)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import httpx

from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator


def lazada_sign(secret: str, path: str, params: dict[str, str]) -> str:
    text = path + "".join(f"{k}{params[k]}" for k in sorted(params))
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


class Caller:
    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        app_key: str = DEMO_APP_KEY,
        secret: str = DEMO_APP_SECRET,
        token: str | None = DEMO_ACCESS_TOKEN,
        now_ms: Any = None,
    ) -> None:
        self.client = client
        self.app_key = app_key
        self.secret = secret
        self.token = token
        self.now_ms = now_ms or (lambda: int(time.time() * 1000))

    def signed(
        self, path: str, params: dict[str, Any] | None = None, *, token: Any = ..., **sys: str
    ) -> dict[str, str]:
        out = {
            "app_key": self.app_key,
            "sign_method": "sha256",
            "timestamp": str(self.now_ms()),
            "partner_id": "lazpack-tests",
        }
        tok = self.token if token is ... else token
        if tok:
            out["access_token"] = tok
        for key, value in (params or {}).items():
            out[key] = value if isinstance(value, str) else json.dumps(value)
        out.update(sys)
        out["sign"] = lazada_sign(self.secret, path, out)
        return out

    async def call(
        self,
        path: str,
        params: dict[str, Any] | None = None,
        *,
        method: str = "GET",
        placement: str = "query",
        token: Any = ...,
        drop: tuple[str, ...] = (),
        **sys: str,
    ) -> tuple[int, dict[str, Any]]:
        p = self.signed(path, params, token=token, **sys)
        for name in drop:
            p.pop(name, None)
        url = "/rest" + path
        if method == "GET" or placement == "query":
            r = await self.client.request(method, url, params=p)
        elif placement == "form":
            r = await self.client.post(url, data=p)
        elif placement == "multipart":
            r = await self.client.post(url, data=p, files={"image": ("x.bin", b"\x00\x01")})
        else:
            r = await self.client.post(url, json=p)
        return r.status_code, r.json()

    async def ok(self, path: str, params: dict[str, Any] | None = None, **kw: Any) -> Any:
        status, body = await self.call(path, params, **kw)
        assert status == 200, body
        assert body.get("code") == "0", body
        return body

    async def rows(self, path: str, wrapper: str, req: dict[str, Any]) -> dict[str, Any]:
        body = await self.ok(path, {wrapper: req}, method="POST", placement="form")
        return body["result"]


def in_process(emu: Emulator) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=emu.app)
    return httpx.AsyncClient(transport=transport, base_url="http://emulator.localhost")
