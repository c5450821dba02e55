from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
import pytest_asyncio

from lazpack.emulator import Emulator
from tests.unit.emulator.lazop import Caller, in_process


class FakeClock:
    """Wall clock the test moves by hand; monotonic follows it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.t = start or datetime(2026, 11, 20, 3, 0, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.t

    def monotonic(self) -> float:
        return self.t.timestamp()

    def advance(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


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
