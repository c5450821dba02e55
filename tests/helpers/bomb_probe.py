"""Run as a script: the peak memory of one client call answered by a 400 MB gzip bomb.

Prints ``peak_mb=<peak RSS> base_mb=<RSS before the call> error=<what the call raised>``.
A separate process, so the peak is this call's and not the test session's.
``--httpx`` reads the same answer the way httpx alone does (for comparison only).
"""

from __future__ import annotations

import asyncio
import resource
import sys
from datetime import UTC, datetime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


async def _main(raw_httpx: bool) -> str:
    import httpx

    from lazpack.api import LazadaClient
    from lazpack.errors import LazpackError
    from tests.helpers.hostile_server import BadAnswer, HostileServer, gzip_bomb

    server = HostileServer(
        BadAnswer(
            "gzip-bomb",
            gzip_bomb(),
            headers=(("content-type", "application/json"), ("content-encoding", "gzip")),
        )
    )
    if raw_httpx:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=server)) as h:
            r = await h.get("http://127.0.0.1/rest/orders/get")
            return f"read {len(r.content)} bytes"
    async with LazadaClient(
        app_key="123456",
        app_secret="secret123",
        asgi_app=server,
        base_url="http://127.0.0.1/rest",
        access_token="token123456",
        rate_limit_per_s=0,
    ) as client:
        try:
            await client.get_orders(created_after=datetime(2024, 1, 1, tzinfo=UTC))
        except LazpackError as err:
            return f"{type(err).__name__}: {err}"
    return "no error"


if __name__ == "__main__":
    import lazpack.api  # noqa: F401 - imports counted in the base
    import tests.helpers.hostile_server  # noqa: F401

    base = _rss_mb()
    outcome = asyncio.run(_main("--httpx" in sys.argv))
    print(f"peak_mb={_rss_mb():.1f} base_mb={base:.1f} error={outcome}")
