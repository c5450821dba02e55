"""The emulator's world: orders, item rows, packages, tokens. Plain mutable objects.

Everything here is guarded by ``World.lock``; nothing in this module locks by itself.
Times are aware UTC datetimes; the wire format is applied only when serialising.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any


@dataclass(frozen=True)
class Region:
    code: str
    country: str
    currency: str
    utc_offset_h: int
    ean_prefix: str
    provider: str  # the platform (TFS) carrier name, e.g. "LEX SG"
    tracking_prefix: str
    price_scale: float  # typical price of a cheap item, in local currency
    decimals: int
    cities: tuple[tuple[str, str, str], ...]  # (state/region, city, post code)
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    streets: tuple[str, ...]
    phone_cc: str

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.utc_offset_h))


REGIONS: dict[str, Region] = {
    "sg": Region(
        "sg",
        "Singapore",
        "SGD",
        8,
        "888",
        "LEX SG",
        "SGLEX",
        12.0,
        2,
        (
            ("Singapore", "Singapore", "238823"),
            ("Singapore", "Tampines", "529510"),
            ("Singapore", "Jurong West", "640638"),
            ("Singapore", "Woodlands", "730888"),
            ("Singapore", "Bedok", "460215"),
        ),
        ("Wei Ling", "Jun Jie", "Siti", "Arjun", "Mei Hua", "Kumar", "Hui Min", "Daniel"),
        ("Tan", "Lim", "Ng", "Wong", "Lee", "Rahman", "Pillai", "Goh"),
        (
            "Orchard Road",
            "Tampines Ave 4",
            "Jurong West St 61",
            "Woodlands Dr 14",
            "Bedok North Rd",
        ),
        "65",
    ),
    "my": Region(
        "my",
        "Malaysia",
        "MYR",
        8,
        "955",
        "LEX MY",
        "MYLEX",
        25.0,
        2,
        (
            ("Selangor", "Petaling Jaya", "46200"),
            ("Kuala Lumpur", "Kuala Lumpur", "50450"),
            ("Johor", "Johor Bahru", "80000"),
            ("Penang", "George Town", "10200"),
            ("Sabah", "Kota Kinabalu", "88000"),
        ),
        ("Ahmad", "Nurul", "Chong", "Priya", "Farah", "Kok Leong", "Aisyah", "Ravi"),
        ("Abdullah", "Tan", "Lim", "Ismail", "Wong", "Subramaniam", "Hassan", "Ong"),
        ("Jalan SS 2/24", "Jalan Ampang", "Jalan Tebrau", "Lebuh Chulia", "Jalan Gaya"),
        "60",
    ),
    "th": Region(
        "th",
        "Thailand",
        "THB",
        7,
        "885",
        "LEX TH",
        "LEXDO",
        150.0,
        2,
        (
            ("Bangkok", "Bang Rak", "10500"),
            ("Nonthaburi", "Bang Yai", "11140"),
            ("Chiang Mai", "Mueang Chiang Mai", "50200"),
            ("Khon Kaen", "Mueang Khon Kaen", "40000"),
            ("Chon Buri", "Pattaya", "20150"),
        ),
        ("สมชาย", "สุดารัตน์", "Anan", "Kanya", "วิชัย", "Nattapong", "ปิยะ", "Supansa"),
        ("ใจดี", "Srisuk", "สุขสวัสดิ์", "Wongsawat", "Chaiyaporn", "รักไทย", "Boonmee", "Thongdee"),
        ("Silom Road", "ถนนรัตนาธิเบศร์", "Nimmanhaemin Road", "Mittraphap Road", "Beach Road"),
        "66",
    ),
    "ph": Region(
        "ph",
        "Philippines",
        "PHP",
        8,
        "480",
        "LEX PH",
        "PHLEX",
        200.0,
        2,
        (
            ("Metro Manila", "Quezon City", "1100"),
            ("Metro Manila", "Makati", "1226"),
            ("Cebu", "Cebu City", "6000"),
            ("Davao del Sur", "Davao City", "8000"),
            ("Laguna", "Santa Rosa", "4026"),
        ),
        ("Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Rowena", "Jericho"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva"),
        ("Commonwealth Ave", "Ayala Ave", "Osmena Blvd", "J.P. Laurel Ave", "Balibago Rd"),
        "63",
    ),
    "id": Region(
        "id",
        "Indonesia",
        "IDR",
        7,
        "899",
        "LEX ID",
        "LXAD",
        50000.0,
        0,
        (
            ("DKI Jakarta", "Jakarta Selatan", "12190"),
            ("Jawa Barat", "Bandung", "40115"),
            ("Jawa Timur", "Surabaya", "60271"),
            ("Bali", "Denpasar", "80113"),
            ("Sumatera Utara", "Medan", "20112"),
        ),
        ("Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Eko", "Ayu"),
        ("Santoso", "Wijaya", "Saputra", "Lestari", "Hidayat", "Pratama", "Kusuma", "Nugroho"),
        (
            "Jl. Sudirman",
            "Jl. Asia Afrika",
            "Jl. Basuki Rahmat",
            "Jl. Gatot Subroto",
            "Jl. Gajah Mada",
        ),
        "62",
    ),
    "vn": Region(
        "vn",
        "Vietnam",
        "VND",
        7,
        "893",
        "LEX VN",
        "LZDVN",
        150000.0,
        0,
        (
            ("Hồ Chí Minh", "Quận 1", "700000"),
            ("Hà Nội", "Ba Đình", "100000"),
            ("Đà Nẵng", "Hải Châu", "550000"),
            ("Cần Thơ", "Ninh Kiều", "900000"),
            ("Hải Phòng", "Lê Chân", "180000"),
        ),
        ("Anh", "Huong", "Minh", "Lan", "Tuan", "Thu", "Duc", "Ngoc"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"),
        ("Đường Lê Lợi", "Phố Kim Mã", "Đường Bạch Đằng", "Đường 30/4", "Đường Lạch Tray"),
        "84",
    ),
}

#: Carriers a cross-border (NTFS) order can choose from; codes as GetShipmentProvider returns.
NTFS_PROVIDERS: tuple[tuple[str, str, str], ...] = (
    # (provider_code, name, tracking prefix)
    ("CB-JNT", "J&T Express Crossborder", "JTCB"),
    ("CB-NINJA", "Ninja Van Crossborder", "NVCB"),
    ("CB-FLASH", "Flash Express Crossborder", "FLCB"),
)
NTFS_BY_CODE = {code: (name, prefix) for code, name, prefix in NTFS_PROVIDERS}
DBS_PROVIDER = "Seller Own Fleet"

ITEM_STATUSES = frozenset(
    {
        "unpaid",
        "pending",
        "packed",
        "repacked",
        "ready_to_ship_pending",
        "ready_to_ship",
        "shipped",
        "delivered",
        "failed",
        "failed_delivery",
        "shipped_back",
        "shipped_back_success",
        "shipped_back_failed",
        "canceled",
        "returned",
        "lost",
        "lost_by_3pl",
        "damaged_by_3pl",
    }
)
#: GetOrders ``status`` filter values → the item statuses they select (None = all).
STATUS_FILTERS: dict[str, frozenset[str] | None] = {s: frozenset({s}) for s in ITEM_STATUSES}
STATUS_FILTERS.update(
    {
        "all": None,
        "topack": frozenset({"pending", "repacked"}),
        "toship": frozenset({"packed", "ready_to_ship_pending"}),
        "shipping": frozenset({"shipped"}),
        "failed": frozenset({"failed", "failed_delivery"}),
    }
)


@dataclass
class Product:
    sku: str
    name: str
    variation: str
    ean: str | None
    price: float
    product_id: int
    sku_id: int
    shop_sku: str
    digital: bool = False
    color: tuple[int, int, int] = (200, 200, 200)


@dataclass
class Item:
    order_item_id: int
    order_id: int
    product: Product
    status: str
    created_at: datetime
    updated_at: datetime
    item_price: float
    paid_price: float
    voucher: float
    shipping_amount: float
    shipping_provider_type: str  # standard | express | economy | seller_own_fleet | digital
    delivery_option_sof: int
    is_digital: int
    package_id: str = ""
    tracking_code: str = ""
    shipment_provider: str = ""
    reason: str = ""
    cancel_return_initiator: str = ""
    digital_delivery_info: str = ""
    payment_time: int = 0
    #: ``(inputs, row)``: the last GetOrderItems row built and what it was built from.
    wire: tuple[tuple[Any, ...], dict[str, Any]] | None = field(
        default=None, repr=False, compare=False
    )


@dataclass
class Order:
    order_id: int
    order_number: int
    created_at: datetime
    updated_at: datetime
    payment_method: str
    customer_first_name: str
    address: dict[str, str]
    shipping_fee: float
    voucher_platform: float
    voucher_seller: float
    cross_border: bool
    items: list[Item] = field(default_factory=list)
    remarks: str = ""
    gift_option: bool = False
    gift_message: str = ""
    warehouse_code: str = "dropshipping"
    #: Unique item statuses, kept current by ``World.set_status`` (GetOrders filters on it).
    statuses: list[str] = field(default_factory=list)
    #: ``updated_at`` as epoch seconds: GetOrders compares floats, not aware datetimes.
    updated_ts: float = 0.0
    created_ts: float = 0.0
    #: The serialised order, dropped whenever an item changes (GetOrders pages are hot).
    wire: dict[str, Any] | None = None

    def refresh_statuses(self) -> None:
        seen: dict[str, None] = {}
        for it in self.items:
            seen.setdefault(it.status, None)
        self.statuses = list(seen)


@dataclass
class Package:
    package_id: str
    order_id: int
    item_ids: list[int]
    tracking_number: str
    shipment_provider: str
    provider_code: str
    shipping_type: str  # "platform" | "dbs"
    created_at: datetime
    alive: bool = True  # False once repacked: the id is dead, the items moved on

    def to_dict(self) -> dict[str, Any]:
        return {
            "package_id": self.package_id,
            "order_id": self.order_id,
            "order_item_ids": list(self.item_ids),
            "tracking_number": self.tracking_number,
            "shipment_provider": self.shipment_provider,
            "provider_code": self.provider_code,
            "shipping_type": self.shipping_type,
            "alive": self.alive,
        }


@dataclass
class Token:
    value: str
    kind: str  # "access" | "refresh"
    app_key: str
    expires_at: datetime
    account: str
    country: str
    revoked: bool = False


class SortedIndex:
    """Orders sorted by (time key, order_id) with a parallel list of the orders themselves,
    so a time window is two bisections and one slice."""

    def __init__(self) -> None:
        self.keys: list[tuple[float, int]] = []
        self.orders: list[Order] = []

    def add(self, key: float, order: Order) -> None:
        entry = (key, order.order_id)
        if not self.keys or entry >= self.keys[-1]:
            self.keys.append(entry)
            self.orders.append(order)
        else:
            at = bisect.bisect_left(self.keys, entry)
            self.keys.insert(at, entry)
            self.orders.insert(at, order)

    def remove(self, key: float, order: Order) -> None:
        at = bisect.bisect_left(self.keys, (key, order.order_id))
        if at < len(self.keys) and self.keys[at] == (key, order.order_id):
            del self.keys[at]
            del self.orders[at]

    def window(self, low: float | None, high: float | None) -> list[Order]:
        """Orders with ``low <= key <= high`` (None = unbounded), in key order."""
        lo = 0 if low is None else bisect.bisect_left(self.keys, (low,))
        hi = len(self.keys) if high is None else bisect.bisect_right(self.keys, (high, math.inf))
        return self.orders[lo:hi]


@dataclass
class AwbDoc:
    token: str
    package_ids: list[str]
    print_item_list: bool
    expires_at: datetime
    pdf: bytes | None = None


@dataclass
class AuthCode:
    code: str
    app_key: str
    expires_at: datetime
    account: str
    country: str
    used: bool = False
