"""Typed models shared by every layer.

Plain frozen dataclasses, on purpose: the domain must stay pure Python (no third-party
imports), and decoding cost is negligible next to network latency. Lenient decoding of
Lazada's wire types (ids as str or number, money as strings, two date formats) happens in
``lazpack.api.decode``; by the time data reaches these classes it is normalised:
ids are ``int`` (package ids are ``str``), money is ``Decimal``, times are aware ``datetime``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class Region(StrEnum):
    SG = "sg"
    MY = "my"
    TH = "th"
    PH = "ph"
    ID = "id"
    VN = "vn"


CURRENCY = {
    Region.SG: "SGD",
    Region.MY: "MYR",
    Region.TH: "THB",
    Region.PH: "PHP",
    Region.ID: "IDR",
    Region.VN: "VND",
}


class ItemStatus(StrEnum):
    """Lazada item statuses (lazada-api.md §5). Orders have no status of their own."""

    UNPAID = "unpaid"
    PENDING = "pending"
    PACKED = "packed"
    REPACKED = "repacked"
    READY_TO_SHIP_PENDING = "ready_to_ship_pending"
    READY_TO_SHIP = "ready_to_ship"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    FAILED = "failed"
    FAILED_DELIVERY = "failed_delivery"
    SHIPPED_BACK = "shipped_back"
    SHIPPED_BACK_SUCCESS = "shipped_back_success"
    SHIPPED_BACK_FAILED = "shipped_back_failed"
    CANCELED = "canceled"
    RETURNED = "returned"
    LOST = "lost"
    LOST_BY_3PL = "lost_by_3pl"
    DAMAGED_BY_3PL = "damaged_by_3pl"

    @classmethod
    def parse(cls, value: str) -> ItemStatus | str:
        """Known statuses become members; an unknown one is kept as the raw string."""
        try:
            return cls(value)
        except ValueError:
            return value


#: Item statuses from which Pack is allowed.
PACKABLE = frozenset({ItemStatus.PENDING, ItemStatus.REPACKED})


@dataclass(frozen=True, slots=True)
class Address:
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    phone2: str = ""
    address1: str = ""
    address2: str = ""
    address3: str = ""
    address4: str = ""
    address5: str = ""
    city: str = ""
    post_code: str = ""
    country: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def lines(self) -> list[str]:
        """Printable address lines, empty parts skipped."""
        parts = [self.address1, self.address2, self.address4 or self.city, self.address3]
        tail = " ".join(p for p in (self.post_code or self.address5, self.country) if p)
        return [p for p in [*parts, tail] if p]


@dataclass(frozen=True, slots=True)
class Order:
    order_id: int
    order_number: int
    created_at: datetime
    updated_at: datetime
    statuses: tuple[str, ...]
    items_count: int
    price: Decimal
    shipping_fee: Decimal = Decimal(0)
    voucher: Decimal = Decimal(0)
    payment_method: str = ""
    customer_first_name: str = ""
    customer_last_name: str = ""
    address_shipping: Address = field(default_factory=Address)
    address_billing: Address = field(default_factory=Address)
    gift_option: bool = False
    gift_message: str = ""
    remarks: str = ""
    buyer_note: str = ""
    warehouse_code: str = ""
    promised_shipping_times: str = ""
    need_cancel_confirm: bool = False
    is_cancel_pending: bool = False

    @property
    def is_cod(self) -> bool:
        return self.payment_method.upper() == "COD"

    @property
    def customer_name(self) -> str:
        return " ".join(p for p in (self.customer_first_name, self.customer_last_name) if p)


@dataclass(frozen=True, slots=True)
class OrderItem:
    """One unit: Lazada has no quantity field, every unit is its own row."""

    order_item_id: int
    order_id: int
    status: str
    name: str
    sku: str
    shop_sku: str = ""
    variation: str = ""
    item_price: Decimal = Decimal(0)
    paid_price: Decimal = Decimal(0)
    currency: str = ""
    is_digital: bool = False
    delivery_option_sof: bool = False
    package_id: str = ""
    tracking_code: str = ""
    shipment_provider: str = ""
    shipping_provider_type: str = ""
    shipping_type: str = ""
    product_main_image: str = ""
    product_id: int = 0
    sku_id: int = 0
    reason: str = ""
    is_cancel_pending: bool = False
    need_cancel_confirm: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_dbs(self) -> bool:
        return self.delivery_option_sof


@dataclass(frozen=True, slots=True)
class OrdersPage:
    orders: tuple[Order, ...]
    count: int
    count_total: int | None


@dataclass(frozen=True, slots=True)
class ShipmentProvider:
    name: str
    provider_code: str


@dataclass(frozen=True, slots=True)
class ShipmentProviders:
    """GetShipmentProvider answer. ``platform_default`` True → the seller cannot choose."""

    platform_default: bool
    providers: tuple[ShipmentProvider, ...]
    shipping_allocate_type: str  # "TFS" (local) or "NTFS" (cross-border)


@dataclass(frozen=True, slots=True)
class RowResult:
    """One row of a fulfilment batch answer.

    ``key`` is what the row is about: an ``order_item_id`` (Pack, DeliverDigital) or a
    ``package_id`` (repack, RTS, DBS). ``ok`` is ``item_err_code == "0"``.
    """

    key: int | str
    ok: bool
    err_code: str
    msg: str
    retry: bool
    order_id: int | None = None
    package_id: str = ""
    tracking_number: str = ""
    shipment_provider: str = ""
    #: Lazada refused the whole call (``success: false``), not this row: nothing in the
    #: call was applied, and the row may well succeed in a call without the offending rows
    whole_call: bool = False


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Merged rows of one or more ≤20 fulfilment calls, with Lazada's request ids."""

    rows: tuple[RowResult, ...]
    request_ids: tuple[str, ...] = ()

    @property
    def succeeded(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if r.ok)

    @property
    def failed(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if not r.ok)

    @property
    def all_ok(self) -> bool:
        return bool(self.rows) and all(r.ok for r in self.rows)

    @property
    def outcome(self) -> str:
        """``"ok"``, ``"partial"`` or ``"failed"`` — never "ok" when a row failed."""
        if self.all_ok:
            return "ok"
        return "partial" if self.succeeded else "failed"


@dataclass(frozen=True, slots=True)
class AwbDocument:
    """PrintAWB answer. For PDF, ``pdf_url`` is the label; ``file`` is an HTML snippet."""

    doc_type: str
    package_ids: tuple[str, ...]
    pdf_url: str = ""
    file: bytes = b""  # base64-decoded ``file``: HTML for doc_type HTML (and the PDF iframe)
    request_id: str = ""


@dataclass(frozen=True, slots=True)
class CountryUserInfo:
    country: str
    seller_id: str
    user_id: str
    short_code: str = ""


@dataclass(frozen=True, slots=True)
class TokenSet:
    """Tokens from /auth/token/create or /auth/token/refresh.

    ``repr`` hides the secrets (dataclass repr is overridden) so a token never lands in a
    log line or a traceback by accident.
    """

    access_token: str
    refresh_token: str
    expires_at: datetime
    refresh_expires_at: datetime
    country: str
    account: str = ""
    account_platform: str = ""
    country_user_info: tuple[CountryUserInfo, ...] = ()

    def __repr__(self) -> str:
        return (
            f"TokenSet(country={self.country!r}, account={self.account!r}, "
            f"expires_at={self.expires_at.isoformat()}, "
            f"refresh_expires_at={self.refresh_expires_at.isoformat()}, tokens=<redacted>)"
        )

    __str__ = __repr__
