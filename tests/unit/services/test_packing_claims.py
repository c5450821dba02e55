"""Order claims in the packing flow (warehouse): every route that opens an order claims it.

The window calls :meth:`PackingService.scan` and ``open_order`` (never ``handle_scan``),
so the claim must happen inside the order-opening path, not around it.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from lazpack.config import PackingSettings
from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import ClaimHolder, ClaimResult
from lazpack.domain.workflow import Kind, ScanOutcome, State
from lazpack.services.claims import LocalClaims, OrderClaims
from lazpack.services.packing import PackingService
from tests.helpers.lazada import FakeLazada
from tests.helpers.packing import Index, MemoryJournal, PortLabels

SHOP = "s1"
pytestmark = pytest.mark.asyncio


class SharedClaims(LocalClaims):
    """A ClaimPort where some orders are held by another station (Station 3, Ana)."""

    def __init__(self) -> None:
        super().__init__(SystemClock(), station_id="st1", station_name="Station 1")
        self.elsewhere: set[tuple[str, int]] = set()
        self.released: list[tuple[str, int]] = []

    async def claim(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float
    ) -> ClaimResult:
        if (shop_id, order_id) in self.elsewhere:
            holder = ClaimHolder(
                shop_id, order_id, "st3", "Station 3", "Ana", datetime.now(UTC), 40.0, 20.0
            )
            return ClaimResult(False, holder)
        return await super().claim(
            shop_id=shop_id, order_id=order_id, packer=packer, lease_seconds=lease_seconds
        )

    async def release(self, *, shop_id: str, order_id: int) -> bool:
        self.released.append((shop_id, order_id))
        return await super().release(shop_id=shop_id, order_id=order_id)


def station(
    lazada: FakeLazada, journal: MemoryJournal, index: Index, port: SharedClaims | None
) -> PackingService:
    claims = OrderClaims(port, packer=lambda: "Bo") if port is not None else None
    return PackingService(
        lazada=lambda shop: lazada,
        journal=journal,
        labels=PortLabels(lambda shop: lazada),
        orders=index,
        settings=PackingSettings(auto_until="verify"),
        packer="Bo",
        claims=claims,
    )


def world() -> tuple[FakeLazada, MemoryJournal, Index, SharedClaims, PackingService]:
    lazada, journal, index, port = FakeLazada(), MemoryJournal(), Index(), SharedClaims()
    return lazada, journal, index, port, station(lazada, journal, index, port)


def add(lazada: FakeLazada, index: Index, *skus: str) -> tuple[int, str]:
    order = lazada.add_order(skus)
    index.put(SHOP, order, lazada.items(order.order_id))
    return order.order_id, str(order.order_number)


async def test_window_scan_of_an_order_held_elsewhere_is_refused_with_who_holds_it() -> None:
    lazada, _journal, index, port, svc = world()
    order_id, number = add(lazada, index, "A")
    port.elsewhere.add((SHOP, order_id))
    seen: list[ScanOutcome] = []
    svc.add_listener(seen.append)
    svc.scan(number)  # what the window calls
    await svc.settle()
    assert svc.session is None and svc.claims is not None and svc.claims.held == set()
    assert seen[-1].kind is Kind.NOT_ALLOWED
    assert "being packed at Station 3 by Ana, 40 s ago" in seen[-1].message
    # and a scan that goes through handle_scan gets the same answer back
    out = await svc.handle_scan(number)
    assert out.kind is Kind.NOT_ALLOWED and "Station 3" in out.message


async def test_window_scan_and_list_open_claim_the_order_before_opening_it() -> None:
    lazada, _journal, index, _port, svc = world()
    first, number = add(lazada, index, "A")
    second, _ = add(lazada, index, "B")
    svc.scan(number)
    assert svc.session is None and svc.busy  # claiming: no later scan overtakes it
    assert svc.scan("A").kind is Kind.BUSY
    await svc.settle()
    assert svc.state is State.ORDER_OPEN and svc.claims is not None
    assert svc.claims.held == {(SHOP, first)}
    svc.cancel()
    svc.open_order(SHOP, second)  # picked in the list
    await svc.settle()
    await asyncio.gather(*list(svc._releases))
    assert svc.session is not None and svc.session.order_id == second
    assert svc.claims.held == {(SHOP, second)}


async def test_batch_keeps_the_claim_of_the_order_open_at_the_scan_station() -> None:
    lazada, _journal, index, port, svc = world()
    open_id, number = add(lazada, index, "A")
    other, _ = add(lazada, index, "B")
    await svc.handle_scan(number)
    assert svc.session is not None and svc.session.order_id == open_id
    await svc.batch([(SHOP, open_id), (SHOP, other)])
    await asyncio.gather(*list(svc._releases))
    assert svc.claims is not None and (SHOP, open_id) in svc.claims.held
    assert (SHOP, open_id) not in port.released and (SHOP, other) in port.released


async def test_resume_does_not_adopt_an_order_another_station_holds() -> None:
    lazada, journal, index, port, _svc = world()
    order_id, number = add(lazada, index, "A", "B")
    crashed = station(lazada, journal, index, None)
    await crashed.handle_scan(number)
    await crashed.handle_scan("A")
    assert journal.load_session() is not None
    port.elsewhere.add((SHOP, order_id))  # taken over while this station was down
    restarted = station(lazada, journal, index, port)
    out = await restarted.resume()
    assert out is not None and out.kind is Kind.NOT_ALLOWED
    assert "Station 3" in out.message and restarted.session is None
    assert journal.load_session() is None


async def test_resume_claims_the_crashed_order_before_adopting_it() -> None:
    lazada, journal, index, port, _svc = world()
    order_id, number = add(lazada, index, "A", "B")
    crashed = station(lazada, journal, index, None)
    await crashed.handle_scan(number)
    restarted = station(lazada, journal, index, port)
    out = await restarted.resume()
    assert out is not None and out.kind is Kind.ORDER_OPENED
    assert restarted.claims is not None and restarted.claims.held == {(SHOP, order_id)}
