"""A local Lazada Open Platform: the demo shop runs on it and every integration test uses it.

>>> emu = Emulator(orders=200, seed=1, region="sg")
>>> emu.app                                # ASGI app (in-process via httpx.ASGITransport)
>>> with emu.serve() as base_url: ...      # uvicorn on loopback, "http://127.0.0.1:PORT/rest"

Layout: ``world.py`` owns the shop's state and every operation on it (``World``, reached only
through its public methods); ``wire.py`` its wire forms; ``gateway.py`` the ``/rest`` gateway
(signature, tokens, limits, faults) over ``decode.py`` (total request decoding: every
malformed request gets Lazada's error envelope); ``apis.py`` the order-read and auth handlers
and the shared envelopes; ``fulfilment.py`` the eight fulfilment APIs; ``app.py`` the ASGI
app and the ``/_emulator`` inspection routes; ``faults.py`` fault injection; ``core.py`` the
``Emulator`` facade tests hold; ``model.py``/``generator.py`` the data; ``cli.py`` the
``lazpack-emulator`` command.
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
