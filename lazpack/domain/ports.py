"""Ports: how services reach the world (design.md §1).

Services depend on these Protocols only; adapters (``api``, ``storage``, ``credentials``,
``printing``) satisfy them structurally. Tests use fakes of these ports.

Each section below is owned by one subsystem; add to your own section only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from lazpack.domain.models import (
    AwbDocument,
    BatchResult,
    Order,
    OrderItem,
    OrdersPage,
    ShipmentProviders,
    TokenSet,
)


# ----------------------------------------------------------------- clock
class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC now."""
        ...

    def monotonic(self) -> float: ...


# ----------------------------------------------------------- Lazada (api)
@runtime_checkable
class TokenProvider(Protocol):
    """Supplies the access token for one shop; implemented by the auth service."""

    async def access_token(self) -> str:
        """A token valid for the next call (refreshing ahead of expiry if needed)."""
        ...

    async def refresh(self, rejected_token: str) -> str:
        """Called once when Lazada answered ``IllegalAccessToken`` for ``rejected_token``.

        Returns a fresh token or raises ``IllegalRefreshTokenError``/``AuthError``.
        Implementations must coalesce concurrent calls (one refresh, many waiters).
        """
        ...


class LazadaPort(Protocol):
    """What services use of one shop's Lazada API. ``lazpack.api.LazadaClient`` fits it.

    ``orders`` mappings are ``{order_id: [order_item_id, ...]}``.
    Batch methods split into ≤20 per call and merge the rows.
    """

    async def get_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        update_after: datetime | None = None,
        update_before: datetime | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> OrdersPage: ...

    def iter_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        update_after: datetime | None = None,
    ) -> AsyncIterator[Order]: ...

    async def get_order(self, order_id: int) -> Order: ...

    async def get_order_items(self, order_id: int) -> list[OrderItem]: ...

    async def get_multiple_order_items(
        self, order_ids: Iterable[int]
    ) -> dict[int, list[OrderItem]]: ...

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders: ...

    async def pack(
        self,
        orders: Mapping[int, Sequence[int]],
        *,
        shipping_allocate_type: str,
        shipment_provider_code: str | None = None,
        delivery_type: str = "dropship",
    ) -> BatchResult: ...

    async def recreate_package(self, package_ids: Sequence[str]) -> BatchResult: ...

    async def print_awb(
        self, package_ids: Sequence[str], *, doc_type: str = "PDF", print_item_list: bool = False
    ) -> list[AwbDocument]: ...

    async def fetch_document(self, url: str) -> bytes: ...

    async def ready_to_ship(self, package_ids: Sequence[str]) -> BatchResult: ...

    async def confirm_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult: ...

    async def failed_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult: ...

    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> BatchResult: ...


class AuthPort(Protocol):
    """Token endpoints (auth host)."""

    async def create_token(self, code: str) -> TokenSet: ...

    async def refresh_token(self, refresh_token: str) -> TokenSet: ...


# ------------------------------------------------------- journal (storage)
# owned by the journal/storage subsystem (lazpack.storage.journal implements it)


@dataclass(frozen=True, slots=True)
class Intent:
    """An API write recorded before it was sent; ``outcome`` is None while still open."""

    intent_id: int
    action: str  # pack | rts | repack | print_awb | dbs_delivered | dbs_failed | digital
    shop_id: str
    order_ids: tuple[int, ...]
    item_ids: tuple[int, ...]
    package_ids: tuple[str, ...]
    packer: str
    started_at: datetime
    outcome: str | None = None  # ok | partial | failed | unknown | reconciled


class JournalPort(Protocol):
    """Append-only record of every scan and API write (crash-safe, one writer)."""

    def record_scan(
        self,
        *,
        shop_id: str,
        order_id: int | None,
        code: str,
        result: str,  # ok | wrong_item | over_scan | unknown | manual | command | order
        sku: str = "",
        packer: str = "",
        detail: str = "",
    ) -> None: ...

    def begin(
        self,
        *,
        action: str,
        shop_id: str,
        order_ids: Sequence[int] = (),
        item_ids: Sequence[int] = (),
        package_ids: Sequence[str] = (),
        packer: str = "",
        detail: str = "",
    ) -> int:
        """Record an intent before the call; returns its id."""
        ...

    def finish(
        self,
        intent_id: int,
        *,
        outcome: str,  # ok | partial | failed | unknown | reconciled
        request_ids: Sequence[str] = (),
        detail: str = "",
        package_ids: Sequence[str] = (),
        duration_ms: float | None = None,
    ) -> None: ...

    def open_intents(self) -> list[Intent]:
        """Intents with no outcome or with outcome ``unknown``: reconcile before re-sending."""
        ...

    def record_event(
        self, *, shop_id: str, order_id: int | None, event: str, packer: str = "", detail: str = ""
    ) -> None:
        """A workflow transition or any other audit event (void label, printed, ...)."""
        ...

    def save_session(self, state: Mapping[str, object] | None) -> None:
        """Persist the open packing session (None clears it) so a crash resumes there."""
        ...

    def load_session(self) -> dict[str, object] | None: ...

    def link_alias(self, *, shop_id: str, barcode: str, sku: str, packer: str = "") -> None: ...

    def aliases(self, shop_id: str) -> dict[str, str]:
        """barcode -> seller SKU for this shop."""
        ...


# ---------------------------------------------------- credentials (keyring)
# owned by the credentials subsystem


# --------------------------------------------------------- printing/labels
# owned by the printing subsystem
