"""The pause between two ticks of a background loop (claims heartbeat, sync leader)."""

from __future__ import annotations

import asyncio


async def pause(stop: asyncio.Event, wake: asyncio.Event, seconds: float) -> None:
    """Wait ``seconds``, or less if ``stop`` or ``wake`` is set meanwhile (F5, a change
    notice, shutdown): a loop waiting on only one of them would sleep through the other."""
    stopped = asyncio.ensure_future(stop.wait())
    woken = asyncio.ensure_future(wake.wait())
    try:
        await asyncio.wait({stopped, woken}, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
        woken.cancel()
