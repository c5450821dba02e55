from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from lazpack.emulator import Emulator
from tests.helpers.clocks import FakeClock
from tests.helpers.lazop import Caller, in_process


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emu(clock: FakeClock) -> Emulator:
    return Emulator(orders=120, seed=7, clock=clock, monotonic=clock.monotonic)


@pytest_asyncio.fixture
async def api(emu: Emulator, clock: FakeClock) -> AsyncIterator[Caller]:
    async with in_process(emu) as client:
        yield Caller(client, now_ms=lambda: int(clock.now().timestamp() * 1000))
