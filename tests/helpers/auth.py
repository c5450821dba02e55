"""A fake of Lazada's token endpoints (``AuthPort``) that keeps the server-side rules:
refresh rotates both tokens, the refresh token's own lifetime is not extended, a used or
expired refresh token is refused."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

from lazpack.domain.models import CountryUserInfo, TokenSet
from lazpack.domain.ports import AuthPort
from lazpack.errors import IllegalRefreshTokenError
from tests.helpers.clocks import FakeClock

#: when the auth tests' day starts (a Thursday morning, Bangkok working hours):
#: ``FakeClock(AUTH_T0)``
AUTH_T0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


class FakeAuthHost(AuthPort):
    """Lazada's token endpoints: refresh rotates both tokens, refresh lifetime is fixed."""

    def __init__(self, clock: FakeClock, *, slow: asyncio.Event | None = None) -> None:
        self.clock = clock
        self.valid_refresh: dict[str, datetime] = {}
        self.valid_access: set[str] = set()
        self.refresh_calls = 0
        self.slow = slow
        self.entered = asyncio.Event()
        self.fail_next: Exception | None = None
        self._n = itertools.count(1)

    def issue(self, refresh_expires_at: datetime | None = None) -> TokenSet:
        n = next(self._n)
        access, refresh = f"50000400ACCESS{n:06d}", f"50001400REFRESH{n:06d}"
        self.valid_access.add(access)
        end = refresh_expires_at or self.clock.now() + timedelta(days=180)
        self.valid_refresh[refresh] = end
        return TokenSet(
            access_token=access,
            refresh_token=refresh,
            expires_at=self.clock.now() + timedelta(days=30),
            refresh_expires_at=end,
            country="th",
            account="seller@example.com",
            country_user_info=(CountryUserInfo("th", "1000001", "2000001", "TH1ABCD"),),
        )

    async def create_token(self, code: str) -> TokenSet:
        return self.issue()

    async def refresh_token(self, refresh_token: str) -> TokenSet:
        self.refresh_calls += 1
        self.entered.set()
        if self.slow is not None:
            await self.slow.wait()
        if self.fail_next is not None:
            err, self.fail_next = self.fail_next, None
            raise err
        end = self.valid_refresh.pop(refresh_token, None)
        if end is None or end <= self.clock.now():
            raise IllegalRefreshTokenError(
                "The specified refresh token is invalid or expired", code="IllegalRefreshToken"
            )
        return self.issue(refresh_expires_at=end)
