"""The emulator's world: one shop's orders, item rows, packages, tokens, documents, counters.

``World`` is the only owner of that state. The gateway (``gateway.py``), the API handlers
(``apis.py``, ``fulfilment.py``), the inspection routes (``app.py``) and the ``Emulator``
facade (``core.py``) reach it through the public methods below, never through its fields.

Locking: ``lock`` is re-entrant. Every public method takes it, so a single call is always
consistent; a handler that reads and then writes (an API call) holds it for the whole call,
as the gateway does. Objects returned by the ``find_*`` methods are live model objects: only
read or change them while holding ``lock``.
"""

from __future__ import annotations

import random
import secrets
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from lazpack.domain.ports import Clock
from lazpack.emulator import wire
from lazpack.emulator.generator import OrderFactory, build_catalogue, spread
from lazpack.emulator.model import (
    DBS_PROVIDER,
    ITEM_STATUSES,
    NTFS_BY_CODE,
    NTFS_PROVIDERS,
    REGIONS,
    STATUS_FILTERS,
    AuthCode,
    AwbDoc,
    Item,
    Order,
    Package,
    Product,
    SortedIndex,
    Token,
)

DEMO_APP_KEY = "100100"
DEMO_APP_SECRET = "LzpkDemoSecret7Qf3Vb9XwT2nH6mK4pR8sY1u"  # noqa: S105 - public demo value
DEMO_ACCESS_TOKEN = "50000100demo1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7"  # noqa: S105
DEMO_REFRESH_TOKEN = "50001100demo7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1"  # noqa: S105
DEMO_ACCOUNT = "demo-seller@lazpack.example"
DEMO_SHOP_NAME = "lazpack Demo Shop"

#: Online-app lifetimes (lazada-api.md §2.4); tests may change them on the instance.
ACCESS_TTL_S = 2_592_000
REFRESH_TTL_S = 15_552_000
AUTH_CODE_TTL_S = 30 * 60
PDF_URL_TTL_S = 600

IN_PROCESS_ORIGIN = "http://emulator.localhost"

#: Statuses whose orders already have a package when they are generated.
PACKAGED_STATUSES = frozenset({"packed", "ready_to_ship", "shipped", "delivered"})

#: GetOrders page cache: queries kept per world version.
_QUERY_CACHE_SIZE = 32

#: The time-window names GetOrders accepts (epoch seconds in ``select_orders``).
WINDOW_BOUNDS = ("created_after", "created_before", "update_after", "update_before")


@dataclass
class _Counters:
    calls: Counter[str] = field(default_factory=Counter)
    labels_printed: Counter[str] = field(default_factory=Counter)
    #: "<api> <code>" -> rows refused because of the world's state (not forced faults):
    #: a Pack of an item already packed, an RTS of a package already ready to ship...
    refused_rows: Counter[str] = field(default_factory=Counter)


class World:
    """One demo shop's state and every operation on it (design.md §6, lazada-api.md)."""

    def __init__(
        self, *, orders: int, seed: int, region: str, clock: Clock, days: int = 30
    ) -> None:
        if region not in REGIONS:
            raise ValueError(f"unknown region {region!r}; one of {', '.join(REGIONS)}")
        if orders < 0:
            raise ValueError("orders must be >= 0")
        self.region = REGIONS[region]
        self.seed = seed
        self.clock = clock
        self.lock = threading.RLock()
        self.shop_name = DEMO_SHOP_NAME
        self.access_ttl_s = ACCESS_TTL_S
        self.refresh_ttl_s = REFRESH_TTL_S
        self.auth_code_ttl_s = AUTH_CODE_TTL_S
        self.pdf_url_ttl_s = PDF_URL_TTL_S
        #: If set, the consent page only redirects to exactly this callback (like Lazada).
        self.registered_redirect_uri: str | None = None
        #: app_key -> app_secret of the apps this platform knows.
        self.apps: dict[str, str] = {DEMO_APP_KEY: DEMO_APP_SECRET}
        #: "http://host:port" the world's URLs (images, AWB PDFs) point at.
        self.public_origin = IN_PROCESS_ORIGIN

        self._counters = _Counters()
        self._orders: dict[int, Order] = {}
        #: (created_at epoch seconds, order_id), sorted: GetOrders bisects the created window.
        self._by_created = SortedIndex()
        self._by_updated = SortedIndex()
        #: Bumped on every change GetOrders can see; its page cache is keyed on it.
        self._version = 0
        self._query_cache: dict[tuple[Any, ...], tuple[int, list[Order]]] = {}
        self._items: dict[int, Item] = {}
        self._packages: dict[str, Package] = {}
        self._tokens: dict[str, Token] = {}
        self._codes: dict[str, AuthCode] = {}
        self._docs: dict[str, AwbDoc] = {}
        self._rid = random.Random(f"ids:{seed}")
        self._pkg_seq = 94_612_143_977_000 + self._rid.randrange(10**9)
        self._trk_seq = 69_388_000 + self._rid.randrange(10**6)
        self._req_seq = 0

        products = build_catalogue(self.region, seed)
        self._products: dict[str, Product] = {p.sku: p for p in products}
        self._factory = OrderFactory(self.region, seed, products)
        now = self.clock.now()
        self._issue_demo_tokens(now)
        times = spread(now, orders, random.Random(f"times:{region}:{seed}"), days=days)
        for created in times:
            self._insert(self._factory.make(created))
        for order in self._orders.values():
            if order.statuses and order.statuses[0] in PACKAGED_STATUSES:
                self._package_generated(order)

    # ================================================================== orders
    def add_orders(self, n: int = 1, *, varied: bool = False, **kw: Any) -> list[int]:
        """New orders created "now" (see ``Emulator.add_orders``); returns their ids."""
        created_at: datetime | None = kw.pop("created_at", None)
        if not varied:
            kw.setdefault("status", "pending")
            for flag in ("dbs", "digital", "cross_border", "mixed_shipping"):
                kw.setdefault(flag, False)
        status = kw.get("status")
        if status is not None and status not in ITEM_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        ids = []
        with self.lock:
            for _ in range(n):
                when = (created_at or self.clock.now()).replace(microsecond=0)
                order = self._factory.make(when, **kw)
                self._insert(order)
                if order.statuses[0] in PACKAGED_STATUSES:
                    self._package_generated(order)
                ids.append(order.order_id)
        return ids

    def find_order(self, order_id: int) -> Order | None:
        with self.lock:
            return self._orders.get(order_id)

    def order_count(self) -> int:
        with self.lock:
            return len(self._orders)

    def order_ids(self, status: str | None = None) -> list[int]:
        """Order ids, oldest first; with ``status``, orders having an item in it."""
        with self.lock:
            ids = [oid for _, oid in self._by_created.keys]
            if status is None:
                return ids
            return [oid for oid in ids if status in self._orders[oid].statuses]

    def select_orders(
        self, bounds: dict[str, float], *, status: str, sort_by: str, direction: str
    ) -> list[Order]:
        """GetOrders' selection: orders inside the ``bounds`` windows (names from
        ``WINDOW_BOUNDS``, epoch seconds, inclusive) having an item in ``status`` (a
        ``STATUS_FILTERS`` key), sorted by ``sort_by`` ("created_at" | "updated_at") in
        ``direction`` ("ASC" | "DESC"). Pages of one query come from a cache until the world
        changes; the returned list must not be mutated."""
        key = (sort_by, direction, status, *(bounds.get(n) for n in WINDOW_BOUNDS))
        with self.lock:
            cached = self._query_cache.get(key)
            if cached is not None and cached[0] == self._version:
                return cached[1]
            selected = self._window(bounds, sort_by, STATUS_FILTERS[status])
            if direction == "DESC":
                selected.reverse()
            if len(self._query_cache) >= _QUERY_CACHE_SIZE:
                self._query_cache.clear()
            self._query_cache[key] = (self._version, selected)
            return selected

    def _window(
        self, ts: dict[str, float], sort_by: str, wanted: frozenset[str] | None
    ) -> list[Order]:
        """Bisect the index of the sort key, then filter the other window and the status."""
        if sort_by == "updated_at":
            index, low, high = self._by_updated, "update_after", "update_before"
            other, olow, ohigh = "created_ts", "created_after", "created_before"
        else:
            index, low, high = self._by_created, "created_after", "created_before"
            other, olow, ohigh = "updated_ts", "update_after", "update_before"
        window = index.window(ts.get(low), ts.get(high))
        lo, hi = ts.get(olow), ts.get(ohigh)
        if lo is not None or hi is not None:
            lo_v = float("-inf") if lo is None else lo
            hi_v = float("inf") if hi is None else hi
            window = [o for o in window if lo_v <= getattr(o, other) <= hi_v]
        if wanted is not None:
            window = [o for o in window if not wanted.isdisjoint(o.statuses)]
        return window

    # ================================================================== items and status
    def find_item(self, order_item_id: int) -> Item | None:
        with self.lock:
            return self._items.get(order_item_id)

    def items_by_status(self) -> dict[str, int]:
        with self.lock:
            return dict(Counter(it.status for it in self._items.values()))

    def set_status(self, item: Item, status: str, when: datetime | None = None) -> None:
        """Move one item row; keeps the order's statuses, update index and wire form current."""
        if status not in ITEM_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self.lock:
            now = (when or self.clock.now()).replace(microsecond=0)
            item.status = status
            item.updated_at = now
            order = self._orders[item.order_id]
            if now > order.updated_at:
                self._by_updated.remove(order.updated_ts, order)
                order.updated_at = now
                order.updated_ts = now.timestamp()
                self._by_updated.add(order.updated_ts, order)
            order.wire = None
            self._version += 1
            if status == "unpaid":
                item.payment_time = 0
            elif item.payment_time == 0:
                item.payment_time = int(now.timestamp() * 1000)
            order.refresh_statuses()

    def deliver_digital(self, item: Item) -> None:
        with self.lock:
            item.digital_delivery_info = "delivered by seller via open platform"
            self.set_status(item, "delivered")

    # ================================================================== packages
    def find_package(self, package_id: str) -> Package | None:
        with self.lock:
            return self._packages.get(package_id)

    def package_items(self, pkg: Package) -> list[Item]:
        with self.lock:
            return [self._items[i] for i in pkg.item_ids]

    def packages(self, order_id: int | None = None) -> list[Package]:
        """Every package ever made (repacked ones included), or those of one order."""
        with self.lock:
            return [
                p for p in self._packages.values() if order_id is None or p.order_id == order_id
            ]

    def call_subject(self, params: dict[str, str]) -> str:
        """A call's parameters plus the orders of the packages it names (fault matching)."""
        text = " ".join(params.values())
        with self.lock:
            owners = {str(p.order_id) for pid, p in self._packages.items() if pid in text}
        return " ".join([text, *sorted(owners)])

    def new_package(
        self, order: Order, items: list[Item], provider_code: str, when: datetime | None = None
    ) -> Package:
        """A package for ``items`` of ``order`` with a fresh id and tracking number."""
        with self.lock:
            self._pkg_seq += self._rid.randrange(1, 700)
            self._trk_seq += self._rid.randrange(1, 50)
            package_id = f"FP{self._pkg_seq:015d}"
            if items[0].delivery_option_sof:
                provider, tracking, code = DBS_PROVIDER, f"SOF{self._trk_seq:010d}", ""
            elif order.cross_border:
                name, prefix = NTFS_BY_CODE[provider_code]
                provider, tracking, code = name, f"{prefix}{self._trk_seq:010d}", provider_code
            else:
                provider = self.region.provider
                tracking = f"{self.region.tracking_prefix}{self._trk_seq:010d}"
                code = ""
            pkg = Package(
                package_id=package_id,
                order_id=order.order_id,
                item_ids=[it.order_item_id for it in items],
                tracking_number=tracking,
                shipment_provider=provider,
                provider_code=code,
                shipping_type="dbs" if items[0].delivery_option_sof else "platform",
                created_at=(when or self.clock.now()).replace(microsecond=0),
            )
            self._packages[package_id] = pkg
            for it in items:
                it.package_id = package_id
                it.tracking_code = tracking
                it.shipment_provider = provider
            return pkg

    def retire_package(self, pkg: Package) -> None:
        """RecreatePackage: the id is dead and its items carry no package any more."""
        with self.lock:
            pkg.alive = False
            for it in self.package_items(pkg):
                it.package_id = ""
                it.tracking_code = ""
                it.shipment_provider = ""

    # ================================================================== AWB documents
    def store_doc(self, doc: AwbDoc) -> None:
        with self.lock:
            self._docs[doc.token] = doc

    def find_doc(self, token: str) -> AwbDoc | None:
        with self.lock:
            return self._docs.get(token)

    # ================================================================== products
    def find_product(self, sku: str) -> Product | None:
        with self.lock:
            return self._products.get(sku)

    def product_by_id(self, product_id: str) -> Product | None:
        with self.lock:
            for p in self._products.values():
                if str(p.product_id) == product_id:
                    return p
            return None

    def catalogue(self) -> dict[str, dict[str, Any]]:
        """Seller SKU → {"ean", "name", "variation", "price", "digital"}."""
        with self.lock:
            return {
                p.sku: {
                    "ean": p.ean,
                    "name": p.name,
                    "variation": p.variation,
                    "price": p.price,
                    "digital": p.digital,
                }
                for p in self._products.values()
            }

    def sku_for_barcode(self, code: str) -> str | None:
        with self.lock:
            for p in self._products.values():
                if p.ean == code or p.sku == code:
                    return p.sku
            return None

    # ================================================================== counters
    def count_call(self, api: str) -> None:
        with self.lock:
            self._counters.calls[api] += 1

    def count_refused(self, api: str, code: str) -> None:
        with self.lock:
            self._counters.refused_rows[f"{api} {code}"] += 1

    def count_label(self, package_id: str) -> None:
        with self.lock:
            self._counters.labels_printed[package_id] += 1

    def calls(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.calls)

    def labels_printed(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.labels_printed)

    def refused_rows(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.refused_rows)

    def next_request_id(self) -> str:
        """~25 chars like Lazada's: hex "host" + epoch ms + a counter."""
        with self.lock:
            self._req_seq += 1
            seq = self._req_seq
        ms = int(self.clock.now().timestamp() * 1000)
        return f"0b{self.seed % 0xFFFFFF:06x}{ms:013d}{seq % 10000:04d}"

    # ================================================================== tokens
    def mint_auth_code(self, *, app_key: str, account: str, country: str = "") -> str:
        """What the consent step hands the callback: single use, valid 30 minutes."""
        with self.lock:
            code = f"0_{app_key}_{secrets.token_urlsafe(18)}"
            self._codes[code] = AuthCode(
                code=code,
                app_key=app_key,
                expires_at=self.clock.now() + timedelta(seconds=self.auth_code_ttl_s),
                account=account,
                country=country or self.region.code,
            )
            return code

    def redeem_auth_code(self, code: str, app_key: str) -> AuthCode | None:
        """The code's grant, spent now; None if it is unknown, used, expired or another app's."""
        with self.lock:
            entry = self._codes.get(code)
            if (
                entry is None
                or entry.used
                or entry.app_key != app_key
                or entry.expires_at <= self.clock.now()
            ):
                return None
            entry.used = True
            return entry

    def issue_tokens(
        self, app_key: str, account: str, country: str, refresh_expires_at: datetime | None
    ) -> tuple[Token, Token]:
        """A new access and refresh token; ``refresh_expires_at`` keeps a rotated lifetime."""
        with self.lock:
            now = self.clock.now()
            access = Token(
                "50000" + secrets.token_hex(28),
                "access",
                app_key,
                now + timedelta(seconds=self.access_ttl_s),
                account,
                country,
            )
            refresh = Token(
                "50001" + secrets.token_hex(28),
                "refresh",
                app_key,
                refresh_expires_at or now + timedelta(seconds=self.refresh_ttl_s),
                account,
                country,
            )
            self._tokens[access.value] = access
            self._tokens[refresh.value] = refresh
            return access, refresh

    def token_valid(self, value: str, kind: str, app_key: str) -> Token | None:
        """The live token of ``kind`` ("access" | "refresh") issued to ``app_key``, or None."""
        with self.lock:
            tok = self._tokens.get(value)
            if tok is None or tok.kind != kind or tok.app_key != app_key or tok.revoked:
                return None
            if tok.expires_at <= self.clock.now():
                return None
            return tok

    def revoke_token(self, token: Token) -> None:
        with self.lock:
            token.revoked = True

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is now invalid (IllegalAccessToken)."""
        self._revoke_kind("access")

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token issued so far is now invalid (IllegalRefreshToken)."""
        self._revoke_kind("refresh")

    def _revoke_kind(self, kind: str) -> None:
        with self.lock:
            for tok in self._tokens.values():
                if tok.kind == kind:
                    tok.revoked = True

    # ================================================================== wire forms
    def order_dict(self, order: Order) -> dict[str, Any]:
        """The wire form; cached on the order, so callers must not mutate it."""
        with self.lock:
            if order.wire is None:
                order.wire = wire.order_dict(order, self.region)
            return order.wire

    def item_dict(self, item: Item, origin: str) -> dict[str, Any]:
        """One GetOrderItems row; image and product URLs point at ``origin``."""
        with self.lock:
            order = self._orders[item.order_id]
            return wire.item_dict(item, order, self.region, self.shop_name, origin)

    def item_wire(self, item: Item, origin: str) -> dict[str, Any]:
        """``item_dict``, cached on the item while nothing it is made of changes (items are
        changed in place all over the emulator, so the cache checks its inputs instead of
        being dropped by each writer); callers must not mutate it. GetMultipleOrderItems
        builds hundreds of rows per answer, and concurrent answers queue on that CPU."""
        with self.lock:
            order = self._orders[item.order_id]
            key = wire.item_key(item, order, self.region, self.shop_name, origin)
            cached = item.wire
            if cached is None or cached[0] != key:
                cached = item.wire = (
                    key,
                    wire.item_dict(item, order, self.region, self.shop_name, origin),
                )
            return cached[1]

    def label_dict(self, pkg: Package) -> dict[str, Any]:
        """What ``labels.render_awb_pdf`` prints for one package."""
        with self.lock:
            order = self._orders[pkg.order_id]
            items = self.package_items(pkg)
            return wire.label_dict(pkg, order, items, self.region, self.shop_name)

    # ================================================================== internals
    def _insert(self, order: Order) -> None:
        order.refresh_statuses()
        order.updated_ts = order.updated_at.timestamp()
        order.created_ts = order.created_at.timestamp()
        self._orders[order.order_id] = order
        self._by_created.add(order.created_ts, order)
        self._by_updated.add(order.updated_ts, order)
        self._version += 1
        for it in order.items:
            self._items[it.order_item_id] = it

    def _package_generated(self, order: Order) -> None:
        code = ""
        if order.cross_border:
            code = NTFS_PROVIDERS[order.order_id % len(NTFS_PROVIDERS)][0]
        groups: dict[tuple[int, str], list[Item]] = {}
        for it in order.items:
            if not it.is_digital:
                key = (it.delivery_option_sof, it.shipping_provider_type)
                groups.setdefault(key, []).append(it)
        for group in groups.values():
            self.new_package(order, group, code, when=order.created_at)

    def _issue_demo_tokens(self, now: datetime) -> None:
        for value, kind, ttl in (
            (DEMO_ACCESS_TOKEN, "access", self.access_ttl_s),
            (DEMO_REFRESH_TOKEN, "refresh", self.refresh_ttl_s),
        ):
            self._tokens[value] = Token(
                value,
                kind,
                DEMO_APP_KEY,
                now + timedelta(seconds=ttl),
                DEMO_ACCOUNT,
                self.region.code,
            )
