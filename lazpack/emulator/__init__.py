"""A local Lazada Open Platform: the demo shop runs on it and every integration test uses it.

>>> emu = Emulator(orders=200, seed=1, region="sg")
>>> emu.app                                # ASGI app (in-process via httpx.ASGITransport)
>>> with emu.serve() as base_url: ...      # uvicorn on loopback, "http://127.0.0.1:PORT/rest"
"""

from __future__ import annotations

from lazpack.emulator.core import (
    DEMO_ACCESS_TOKEN,
    DEMO_ACCOUNT,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    DEMO_REFRESH_TOKEN,
    Emulator,
)
from lazpack.emulator.faults import Faults
from lazpack.emulator.signing import sign

__all__ = [
    "DEMO_ACCESS_TOKEN",
    "DEMO_ACCOUNT",
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "DEMO_REFRESH_TOKEN",
    "Emulator",
    "Faults",
    "sign",
]
