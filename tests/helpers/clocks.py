"""Clocks a test moves by hand (no sleeping, no wall time in assertions).

``FakeClock`` is the ``now()``/``monotonic()`` pair the journal, the emulator and the auth
service take; ``monotonic`` follows the wall clock, so ``advance`` and ``clock.t = ...``
move both. ``StepClock`` is the scanner router's clock: each reading is ``step`` seconds
after the previous one (one key event = one reading).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lazpack.domain.ports import Clock

#: the default start: a weekday morning in Singapore's UTC+8 working day
T0 = datetime(2026, 11, 20, 3, 0, 0, tzinfo=UTC)


class FakeClock(Clock):
    """Wall clock the test moves by hand; monotonic follows it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.t = start or T0

    def now(self) -> datetime:
        return self.t

    def monotonic(self) -> float:
        return self.t.timestamp()

    def advance(self, seconds: float) -> None:
        self.t += timedelta(seconds=seconds)


class StepClock:
    """Advances by ``step`` seconds on every reading."""

    def __init__(self, step: float = 0.006) -> None:
        self.t = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t
