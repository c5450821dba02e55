"""Ports: how services reach the world (design.md §1).

Services depend on these Protocols only; adapters (``api``, ``storage``, ``credentials``,
``printing``) satisfy them structurally. Tests use fakes of these ports.

Each section below is owned by one subsystem; add to your own section only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
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
# owned by the journal/storage subsystem


# ---------------------------------------------------- credentials (keyring)
# owned by the credentials subsystem


# --------------------------------------------------------- printing/labels
# owned by the printing subsystem
