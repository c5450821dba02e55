"""Ports: how services reach the world (design.md §1).

Services depend on these Protocols only; adapters (``api``, ``storage``, ``credentials``,
``printing``) satisfy them structurally. Tests use fakes of these ports.

Each section below is owned by one subsystem; add to your own section only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from os import PathLike
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
# owned by the journal/storage subsystem. A backend implements all four: the writer
# (JournalPort + JournalMaintenancePort), the read side (JournalQueryPort + JournalStatsPort)
# on a connection of its own; lazpack.storage is the SQLite one.


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

    def remember_order(
        self,
        *,
        shop_id: str,
        order_id: int,
        order_number: int | str | None = None,
        package_ids: Sequence[str] = (),
        tracking_numbers: Sequence[str] = (),
        skus: Sequence[str] = (),
    ) -> None:
        """Make the order findable in History by these (after Pack, when its items load)."""
        ...


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One line of an order's timeline: a scan, an API write (intent) or an event."""

    ts: datetime
    kind: str  # scan | intent | event
    what: str  # scan result, intent action or event name
    shop_id: str
    order_id: int | None
    packer: str
    station_id: str
    code: str = ""  # scanned code
    sku: str = ""
    outcome: str = ""  # intents: ok | partial | failed | unknown | reconciled | "" (open)
    item_ids: tuple[int, ...] = ()
    package_ids: tuple[str, ...] = ()
    request_ids: tuple[str, ...] = ()
    duration_ms: float | None = None
    finished_at: datetime | None = None
    detail: str = ""
    intent_id: int | None = None


@dataclass(frozen=True, slots=True)
class OrderHistory:
    """One order in the History search: who handled it, when, and how far it got."""

    shop_id: str
    order_id: int
    packers: tuple[str, ...]
    stations: tuple[str, ...]
    first_at: datetime
    last_at: datetime
    scans: int
    wrong_scans: int
    packed: bool
    ready_to_ship: bool
    order_numbers: tuple[str, ...] = ()
    package_ids: tuple[str, ...] = ()
    tracking_numbers: tuple[str, ...] = ()
    skus: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HourCount:
    hour: int  # 0-23, local time of the stats query
    orders: int
    items: int


@dataclass(frozen=True, slots=True)
class PackerStats:
    """One packer's day. Rates are per active hour (an hour with at least one packed order)."""

    day: date
    packer: str
    orders: int
    items: int
    scans: int
    wrong_scans: int
    active_hours: int
    hourly: tuple[HourCount, ...]
    median_order_seconds: float | None

    @property
    def wrong_scan_rate(self) -> float:
        return self.wrong_scans / self.scans if self.scans else 0.0

    @property
    def orders_per_hour(self) -> float:
        return self.orders / self.active_hours if self.active_hours else 0.0

    @property
    def items_per_hour(self) -> float:
        return self.items / self.active_hours if self.active_hours else 0.0


class JournalQueryPort(Protocol):
    """Reading the journal back: History search, timelines, CSV export, the audit reads.

    Implemented on a read-only connection (``lazpack.storage.queries``): nothing here writes.
    """

    def history(
        self,
        *,
        query: str = "",
        packer: str = "",
        shop_id: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[OrderHistory]:
        """Orders matching an order id/number, tracking number, package id or SKU."""
        ...

    def timeline(self, order_id: int) -> list[JournalEntry]:
        """Everything that happened to one order, oldest first."""
        ...

    def export_csv(
        self,
        path: str | PathLike[str],
        *,
        query: str = "",
        packer: str = "",
        shop_id: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """Every timeline line of the matching orders; returns the number of rows written."""
        ...

    def intents(self, *, action: str | None = None) -> list[tuple[Intent, str]]:
        """Every intent of every station with its result detail, oldest first."""
        ...

    def applied_writes(self, action: str) -> dict[int, int]:
        """order_id -> how many ``action`` writes took effect at Lazada, over every station."""
        ...

    def counts(self) -> dict[str, int]:
        """Records per kind: scans, intents, events, refs, aliases, labels (diagnostics)."""
        ...


class JournalStatsPort(Protocol):
    """Per packer and local day: orders, items, scans, wrong scans, order time."""

    def stats(
        self,
        *,
        day: date | None = None,
        packer: str = "",
        since: date | None = None,
        until: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[PackerStats]: ...


class JournalReadPort(JournalQueryPort, JournalStatsPort, Protocol):
    """What the History and Stats pages read through (queries and stats, nothing that writes)."""


class JournalMaintenancePort(Protocol):
    """Retention: a write, so done by the station's writer (never on a read-only reader)."""

    def prune(self, retention_days: int) -> int:
        """Delete finished records older than ``retention_days``; returns rows deleted.

        Open and ``unknown`` intents are kept whatever their age."""
        ...


# ---------------------------------------------------- credentials (keyring)
# owned by the credentials subsystem


@dataclass(frozen=True, slots=True)
class StoredTokens:
    """One shop's tokens as kept in the keyring (``repr`` hides them)."""

    access_token: str
    refresh_token: str
    expires_at: datetime
    refresh_expires_at: datetime

    def __repr__(self) -> str:
        return (
            f"StoredTokens(expires_at={self.expires_at.isoformat()}, "
            f"refresh_expires_at={self.refresh_expires_at.isoformat()}, tokens=<redacted>)"
        )

    __str__ = __repr__


class CredentialsPort(Protocol):
    """Per-shop secrets in the OS keyring (``lazpack.credentials.CredentialStore``).

    Every method raises ``CredentialStoreError`` (with the remedy for this OS) when the
    keyring is missing, locked or refuses the write; there is never a plain-text fallback.
    """

    def get_app_secret(self, shop_id: str) -> str | None: ...

    def set_app_secret(self, shop_id: str, app_secret: str) -> None: ...

    def get_tokens(self, shop_id: str) -> StoredTokens | None: ...

    def set_tokens(self, shop_id: str, tokens: StoredTokens) -> None:
        """Replace the shop's token bundle in one write (new refresh token included)."""
        ...

    def delete_tokens(self, shop_id: str) -> None: ...

    def delete_shop(self, shop_id: str) -> None:
        """Delete every keyring entry of the shop."""
        ...


# --------------------------------------------------------- printing/labels
# owned by the printing subsystem


class LabelCache(Protocol):
    """Label PDFs kept on disk per package, so a reprint is instant and works offline."""

    def get(self, package_id: str) -> bytes | None: ...

    def put(self, package_id: str, pdf: bytes) -> None: ...

    def discard(self, package_id: str) -> None:
        """Forget a label (voided by a repack, or found unreadable)."""
        ...


class PrintLedger(Protocol):
    """How often each package's label was printed, and which labels were voided."""

    def printed_count(self, package_id: str) -> int: ...

    def record_printed(self, package_id: str, *, copies: int = 1, packer: str = "") -> int:
        """Add ``copies`` prints; returns the new total."""
        ...

    def record_voided(self, package_id: str, *, reason: str = "", packer: str = "") -> None: ...

    def is_voided(self, package_id: str) -> bool: ...


class LabelSink(Protocol):
    """Somewhere label PDFs go in one job: a printer, a PDF file. Blocking (Qt) work."""

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        """Print every page of every document in order; returns the pages printed.

        Raises ``PrinterError`` when the printer is missing or failed.
        """
        ...


class LabelPort(Protocol):
    """What the packing workflow needs of labels (implemented by the printing subsystem).

    ``fetch_label`` gets the AWB PDF for packages of one shop (PrintAWB + ``pdf_url``,
    or the label cache); ``print_label`` prints one job. Both raise ``KnownError``
    subclasses (``PrinterError``, ``ApiError``) the workflow shows as a retryable step.
    """

    async def fetch_label(self, shop_id: str, package_ids: Sequence[str]) -> bytes: ...

    async def print_label(self, pdf: bytes, *, job_name: str) -> None: ...

    async def print_job(self, pdfs: Sequence[bytes], *, job_name: str) -> None:
        """Print several ``fetch_label`` PDFs as ONE job (a batch: one dialog, one job)."""
        ...


# ------------------------------------------------- warehouse (several stations)
# owned by the warehouse subsystem (issue 15): what several stations sharing one PostgreSQL
# database must agree on. Each decision is one atomic statement in the database; these ports
# are async, so the station's loop awaits them and a slow database never blocks the window.


@dataclass(frozen=True, slots=True)
class ClaimHolder:
    """Who holds an order: the station, its packer, since when (by the database's clock)."""

    shop_id: str
    order_id: int
    station_id: str
    station_name: str
    packer: str
    claimed_at: datetime
    age_seconds: float  # how long ago it was claimed
    expires_in_seconds: float  # until the lease runs out unless renewed


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """The answer to a claim: granted (``holder`` is this station) or refused (another)."""

    granted: bool
    holder: ClaimHolder
    #: Granted over another station's expired lease: that station died or lost the database;
    #: its open intents on the order must be reconciled before anything is written.
    expired_from: ClaimHolder | None = None


class ClaimPort(Protocol):
    """Order claims with leases (``lazpack.storage.pg.claims``)."""

    async def claim(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float
    ) -> ClaimResult: ...

    async def renew(self, *, lease_seconds: float) -> set[tuple[str, int]]:
        """Extend every lease of this station; returns the (shop, order) still held."""
        ...

    async def release(self, *, shop_id: str, order_id: int) -> bool: ...

    async def release_all(self) -> int: ...

    async def take_over(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float, reason: str
    ) -> ClaimHolder | None:
        """Take the order whoever holds it (journaled); returns the previous holder."""
        ...

    async def holders(self, shop_id: str) -> dict[int, ClaimHolder]:
        """Every live claim of the shop (the orders list shows them)."""
        ...


class LeaderPort(Protocol):
    """One sync leader per shop: a lease in the database (``lazpack.storage.pg.leader``)."""

    async def acquire(self, *, shop_id: str, lease_seconds: float) -> bool:
        """Become or stay the shop's leader; False while another station's lease is live."""
        ...

    async def resign(self, *, shop_id: str) -> None: ...

    async def leader(self, shop_id: str) -> str | None:
        """The station name of the shop's current leader, if its lease is live."""
        ...

    async def publish(self, *, shop_id: str, order_ids: Sequence[int]) -> None:
        """Tell every station that these orders of the shop changed (LISTEN/NOTIFY)."""
        ...


@dataclass(frozen=True, slots=True)
class LeaderSync:
    """What a warehouse's sync leader last saw of Lazada for one shop: the followers show it
    instead of a sync of their own. Ages are measured by the database's clock."""

    station_id: str
    station_name: str
    connection: str  # a ``lazpack.services.sync.Connection`` value ("online", "auth", …)
    message: str = ""
    hint: str = ""
    detail: str = ""
    #: seconds since the leader's last successful sync (None: it never had one)
    last_ok_age_s: float | None = None
    #: seconds since the leader wrote this
    age_s: float = 0.0


class SyncStatusPort(Protocol):
    """Each shop's Lazada sync state as its leader saw it (``lazpack.storage.pg.shop_sync``)."""

    async def report(
        self, shop_id: str, *, connection: str, message: str, hint: str, detail: str
    ) -> None:
        """The leader's state after a sync: online (its last good sync is now) or the error."""
        ...

    async def read(self, shop_id: str) -> LeaderSync | None:
        """What the shop's leader last reported (None: nothing yet)."""
        ...


@dataclass(frozen=True, slots=True)
class SharedSecrets:
    """A shop's secrets as shared by the warehouse (decrypted in memory only)."""

    app_secret: str
    tokens: StoredTokens | None
    version: int  # bumped on every store: how a station sees another one refreshed

    def __repr__(self) -> str:
        return f"SharedSecrets(version={self.version}, secrets=<redacted>)"

    __str__ = __repr__


class SharedSecretsPort(Protocol):
    """Shop secrets in the warehouse database, sealed with the warehouse key."""

    async def load(self, shop_id: str) -> SharedSecrets | None: ...

    async def store(self, shop_id: str, secrets: SharedSecrets) -> int:
        """Seal and store; returns the new version."""
        ...

    async def refresh_locked(
        self,
        shop_id: str,
        *,
        seen_version: int,
        refresh: Callable[[SharedSecrets], Awaitable[StoredTokens]],
    ) -> SharedSecrets:
        """Under a database lock on the shop: if the stored version is still
        ``seen_version``, call ``refresh`` and store its rotated pair before the lock is
        released; otherwise (another station refreshed meanwhile) return what it stored."""
        ...
