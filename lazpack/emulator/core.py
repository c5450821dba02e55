"""The Emulator: one shop's world (orders, packages, tokens), its faults and its ASGI app."""

from __future__ import annotations

import contextlib
import copy
import random
import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock
from lazpack.emulator.app import build_app
from lazpack.emulator.faults import Faults
from lazpack.emulator.generator import OrderFactory, build_catalogue, spread
from lazpack.emulator.model import (
    DBS_PROVIDER,
    ITEM_STATUSES,
    NTFS_BY_CODE,
    NTFS_PROVIDERS,
    REGIONS,
    AuthCode,
    AwbDoc,
    Item,
    Order,
    Package,
    Product,
    SortedIndex,
    Token,
)
from lazpack.log import get_logger

log = get_logger("emulator")

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


@dataclass
class _Counters:
    calls: Counter[str] = field(default_factory=Counter)
    labels_printed: Counter[str] = field(default_factory=Counter)
    #: "<api> <code>" -> rows refused because of the world's state (not forced faults):
    #: a Pack of an item already packed, an RTS of a package already ready to ship...
    refused_rows: Counter[str] = field(default_factory=Counter)


class Emulator:
    """A local Lazada Open Platform for one demo shop (design.md §6, lazada-api.md)."""

    IN_PROCESS_BASE_URL = "http://emulator.localhost/rest"

    def __init__(
        self,
        *,
        orders: int = 200,
        seed: int = 1,
        region: str = "sg",
        latency_ms: float = 0.0,
        jitter_ms: float = 0.0,
        fault_rate: float = 0.0,
        qps_limit: int | None = 50,
        clock: Clock | None = None,
        monotonic: Callable[[], float] | None = None,
        hang_s: float = 30.0,
        days: int = 30,
    ) -> None:
        if region not in REGIONS:
            raise ValueError(f"unknown region {region!r}; one of {', '.join(REGIONS)}")
        if orders < 0:
            raise ValueError("orders must be >= 0")
        self.region = REGIONS[region]
        self.seed = seed
        self.clock: Clock = clock or SystemClock()
        self.lock = threading.RLock()
        self.shop_name = DEMO_SHOP_NAME
        self.access_ttl_s = ACCESS_TTL_S
        self.refresh_ttl_s = REFRESH_TTL_S
        self.auth_code_ttl_s = AUTH_CODE_TTL_S
        self.pdf_url_ttl_s = PDF_URL_TTL_S
        #: If set, the consent page only redirects to exactly this callback (like Lazada).
        self.registered_redirect_uri: str | None = None
        self.apps: dict[str, str] = {DEMO_APP_KEY: DEMO_APP_SECRET}
        self.faults = Faults(
            seed=seed,
            latency_ms=latency_ms,
            jitter_ms=jitter_ms,
            fault_rate=fault_rate,
            qps_limit=qps_limit,
            hang_s=hang_s,
            monotonic=monotonic or time.monotonic,
            on_expire_access=self._expire_access_tokens,
            on_revoke_refresh=self._revoke_refresh_tokens,
        )
        self._counters = _Counters()
        self._orders: dict[int, Order] = {}
        #: (created_at epoch seconds, order_id), sorted: GetOrders bisects the created window.
        self._by_created = SortedIndex()
        self._by_updated = SortedIndex()
        #: Bumped on every change GetOrders can see; its page cache is keyed on it.
        self.version = 0
        self.query_cache: dict[tuple[Any, ...], tuple[int, list[Order]]] = {}
        self._items: dict[int, Item] = {}
        self._packages: dict[str, Package] = {}
        self._tokens: dict[str, Token] = {}
        self._codes: dict[str, AuthCode] = {}
        self._docs: dict[str, AwbDoc] = {}
        self._rid = random.Random(f"ids:{seed}")
        self._pkg_seq = 94_612_143_977_000 + self._rid.randrange(10**9)
        self._trk_seq = 69_388_000 + self._rid.randrange(10**6)
        self._req_seq = 0
        self._feed: threading.Thread | None = None
        self._feed_stop = threading.Event()
        self.public_origin = self.IN_PROCESS_BASE_URL.removesuffix("/rest")

        products = build_catalogue(self.region, seed)
        self._products: dict[str, Product] = {p.sku: p for p in products}
        self._factory = OrderFactory(self.region, seed, products)
        now = self.clock.now()
        self._issue_demo_tokens(now)
        times = spread(now, orders, random.Random(f"times:{region}:{seed}"), days=days)
        for created in times:
            self._insert(self._factory.make(created))
        self._settle_generated()

        self.app = build_app(self)

    # ================================================================== public: world
    @property
    def catalogue(self) -> dict[str, dict[str, Any]]:
        """Seller SKU → {"ean", "name", "variation", "price", "digital"} (what a scanner reads)."""
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
        for p in self._products.values():
            if p.ean == code or p.sku == code:
                return p.sku
        return None

    def add_orders(self, n: int = 1, *, varied: bool = False, **kw: Any) -> list[int]:
        """New orders created "now"; returns their ids.

        By default a plain pending local (TFS, platform-delivered, physical) order with random
        items;
        force anything with ``status``, ``payment_method``, ``dbs``, ``digital``,
        ``cross_border``, ``mixed_shipping``, ``skus`` (one row per entry) or ``created_at``.
        ``varied=True`` rolls every unforced property like the initial generator does.
        """
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
                if order.statuses[0] in _PACKAGED_STATUSES:
                    self._package_generated(order)
                ids.append(order.order_id)
        return ids

    def call_subject(self, params: dict[str, str]) -> str:
        """A call's parameters plus the orders of the packages it names (fault matching)."""
        text = " ".join(params.values())
        with self.lock:
            owners = {str(p.order_id) for pid, p in self._packages.items() if pid in text}
        return " ".join([text, *sorted(owners)])

    def set_item_status(self, order_item_id: int, status: str) -> None:
        """Move one item row (a buyer cancels, the courier picks up, a buyer pays...)."""
        if status not in ITEM_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self.lock:
            item = self._items.get(order_item_id)
            if item is None:
                raise KeyError(order_item_id)
            self._set_status(item, status)

    def start_order_feed(self, every_s: float, n: int = 1) -> None:
        """Demo mode: ``n`` new pending orders every ``every_s`` seconds (daemon thread)."""
        if self._feed is not None:
            return
        self._feed_stop.clear()

        def run() -> None:
            while not self._feed_stop.wait(every_s):
                self.add_orders(n, status="pending", varied=True)

        self._feed = threading.Thread(target=run, name="emulator-order-feed", daemon=True)
        self._feed.start()

    def stop_order_feed(self) -> None:
        self._feed_stop.set()
        if self._feed is not None:
            self._feed.join(timeout=5)
            self._feed = None

    # ================================================================== public: inspection
    def item(self, order_item_id: int) -> dict[str, Any]:
        with self.lock:
            it = self._items[order_item_id]
            return self.item_dict(it, self.public_origin)

    def items(self, order_id: int) -> list[dict[str, Any]]:
        with self.lock:
            order = self._orders[order_id]
            return [self.item_dict(it, self.public_origin) for it in order.items]

    def order(self, order_id: int) -> dict[str, Any]:
        with self.lock:
            return copy.deepcopy(self.order_dict(self._orders[order_id]))

    @property
    def packages(self) -> dict[str, dict[str, Any]]:
        with self.lock:
            return {pid: p.to_dict() for pid, p in self._packages.items()}

    @property
    def labels_printed(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.labels_printed)

    @property
    def calls(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.calls)

    @property
    def refused_rows(self) -> Counter[str]:
        with self.lock:
            return Counter(self._counters.refused_rows)

    def order_ids(self, status: str | None = None) -> list[int]:
        """Order ids, oldest first; with ``status``, orders having an item in it."""
        with self.lock:
            ids = [oid for _, oid in self._by_created.keys]
            if status is None:
                return ids
            return [oid for oid in ids if status in self._orders[oid].statuses]

    # ================================================================== public: auth
    def consent_url(self, redirect_uri: str, state: str = "", app_key: str = DEMO_APP_KEY) -> str:
        """The seller consent page (auth.lazada.com/oauth/authorize stand-in)."""
        query = {
            "response_type": "code",
            "force_auth": "true",
            "redirect_uri": redirect_uri,
            "client_id": app_key,
        }
        if state:
            query["state"] = state
        return f"{self.public_origin}/_emulator/oauth/authorize?{urlencode(query)}"

    def mint_auth_code(
        self, *, app_key: str = DEMO_APP_KEY, account: str = DEMO_ACCOUNT, country: str = ""
    ) -> str:
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

    # ================================================================== public: serving
    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Run the app on uvicorn in a thread; yields ``http://HOST:PORT/rest``."""
        from lazpack.emulator.server import ThreadedServer  # in-process use never needs uvicorn

        server = ThreadedServer(self.app, host=host, port=port)
        origin = server.start()
        previous = self.public_origin
        self.public_origin = origin
        try:
            yield origin + "/rest"
        finally:
            self.public_origin = previous
            server.stop()

    def close(self) -> None:
        self.stop_order_feed()

    # ================================================================== internals: world
    def _insert(self, order: Order) -> None:
        order.refresh_statuses()
        order.updated_ts = order.updated_at.timestamp()
        order.created_ts = order.created_at.timestamp()
        self._orders[order.order_id] = order
        self._by_created.add(order.created_ts, order)
        self._by_updated.add(order.updated_ts, order)
        self.version += 1
        for it in order.items:
            self._items[it.order_item_id] = it

    def _settle_generated(self) -> None:
        for order in self._orders.values():
            if order.statuses and order.statuses[0] in _PACKAGED_STATUSES:
                self._package_generated(order)

    def _package_generated(self, order: Order) -> None:
        code = ""
        if order.cross_border:
            code = NTFS_PROVIDERS[order.order_id % len(NTFS_PROVIDERS)][0]
        groups: dict[tuple[int, str], list[Item]] = {}
        for it in order.items:
            if not it.is_digital:
                groups.setdefault((it.delivery_option_sof, it.shipping_provider_type), []).append(
                    it
                )
        for group in groups.values():
            self._new_package(order, group, code, when=order.created_at)

    def _set_status(self, item: Item, status: str, when: datetime | None = None) -> None:
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
        self.version += 1
        if status == "unpaid":
            item.payment_time = 0
        elif item.payment_time == 0:
            item.payment_time = int(now.timestamp() * 1000)
        order.refresh_statuses()

    def _new_package(
        self, order: Order, items: list[Item], provider_code: str, when: datetime | None = None
    ) -> Package:
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

    def next_request_id(self) -> str:
        """~25 chars like Lazada's: hex "host" + epoch ms + a counter."""
        with self.lock:
            self._req_seq += 1
            seq = self._req_seq
        ms = int(self.clock.now().timestamp() * 1000)
        return f"0b{self.seed % 0xFFFFFF:06x}{ms:013d}{seq % 10000:04d}"

    # ================================================================== internals: tokens
    def _issue_demo_tokens(self, now: datetime) -> None:
        self._tokens[DEMO_ACCESS_TOKEN] = Token(
            DEMO_ACCESS_TOKEN,
            "access",
            DEMO_APP_KEY,
            now + timedelta(seconds=self.access_ttl_s),
            DEMO_ACCOUNT,
            self.region.code,
        )
        self._tokens[DEMO_REFRESH_TOKEN] = Token(
            DEMO_REFRESH_TOKEN,
            "refresh",
            DEMO_APP_KEY,
            now + timedelta(seconds=self.refresh_ttl_s),
            DEMO_ACCOUNT,
            self.region.code,
        )

    def issue_tokens(
        self, app_key: str, account: str, country: str, refresh_expires_at: datetime | None
    ) -> tuple[Token, Token]:
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
        tok = self._tokens.get(value)
        if tok is None or tok.kind != kind or tok.app_key != app_key or tok.revoked:
            return None
        if tok.expires_at <= self.clock.now():
            return None
        return tok

    def _expire_access_tokens(self) -> None:
        with self.lock:
            for tok in self._tokens.values():
                if tok.kind == "access":
                    tok.revoked = True

    def _revoke_refresh_tokens(self) -> None:
        with self.lock:
            for tok in self._tokens.values():
                if tok.kind == "refresh":
                    tok.revoked = True

    # ================================================================== serialisation
    def fmt_time(self, when: datetime) -> str:
        return when.astimezone(self.region.tz).strftime("%Y-%m-%d %H:%M:%S %z")

    def money(self, value: float) -> float:
        return round(value, self.region.decimals)

    def order_dict(self, order: Order) -> dict[str, Any]:
        """The wire form; cached on the order, so callers must not mutate it."""
        if order.wire is None:
            order.wire = self._order_dict(order)
        return order.wire

    def _order_dict(self, order: Order) -> dict[str, Any]:
        region = self.region
        price = sum(it.item_price for it in order.items)
        voucher = order.voucher_platform + order.voucher_seller
        address = {k: v for k, v in order.address.items() if not k.startswith("_")}
        district = dict(address)
        district["addressDsitrict"] = ""
        return {
            "order_id": order.order_id,
            "order_number": order.order_number,
            "created_at": self.fmt_time(order.created_at),
            "updated_at": self.fmt_time(order.updated_at),
            "address_updated_at": self.fmt_time(order.created_at),
            "statuses": list(order.statuses),
            "items_count": len(order.items),
            "price": f"{price:.2f}",
            "shipping_fee": self.money(order.shipping_fee),
            "shipping_fee_original": self.money(order.shipping_fee),
            "shipping_fee_discount_seller": 0,
            "shipping_fee_discount_platform": 0,
            "voucher": self.money(voucher),
            "voucher_platform": self.money(order.voucher_platform),
            "voucher_seller": self.money(order.voucher_seller),
            "voucher_code": "",
            "payment_method": order.payment_method,
            "customer_first_name": order.customer_first_name,
            "customer_last_name": "",
            "address_billing": address,
            "address_shipping": district,
            "gift_option": order.gift_option,
            "gift_message": order.gift_message,
            "remarks": order.remarks,
            "delivery_info": "",
            "promised_shipping_times": "",
            "national_registration_number": "",
            "tax_code": "",
            "branch_number": "",
            "extra_attributes": '{"TaxInvoiceRequested":false}',
            "warehouse_code": order.warehouse_code,
            "buyer_note": "",
            "recipient_info": {"passport_no": "", "identify_no": "", "detail_address": ""},
            "need_cancel_confirm": False,
            "is_cancel_pending": False,
            "shipping_fee_currency": region.currency,
        }

    def item_dict(self, it: Item, origin: str) -> dict[str, Any]:
        p = it.product
        order = self._orders[it.order_id]
        return {
            "order_item_id": it.order_item_id,
            "order_id": it.order_id,
            "purchase_order_id": "",
            "purchase_order_number": "",
            "reverse_order_id": 0,
            "buyer_id": 100_000_000 + it.order_id % 900_000_000,
            "sku_id": p.sku_id,
            "product_id": p.product_id,
            "name": p.name,
            "sku": p.sku,
            "shop_sku": p.shop_sku,
            "variation": p.variation,
            "product_main_image": f"{origin}/_emulator/images/{p.sku}.png",
            "product_detail_url": f"{origin}/_emulator/products/{p.product_id}.html",
            "shop_id": self.shop_name,
            "status": it.status,
            "return_status": "",
            "reason": it.reason,
            "reason_detail": "",
            "cancel_return_initiator": it.cancel_return_initiator,
            "need_cancel_confirm": False,
            "is_cancel_pending": False,
            "package_id": it.package_id,
            "tracking_code": it.tracking_code,
            "tracking_code_pre": "",
            "shipment_provider": it.shipment_provider,
            "shipping_provider_type": it.shipping_provider_type,
            "shipping_type": "Dropshipping",
            "delivery_option_sof": it.delivery_option_sof,
            "is_fbl": 0,
            "is_reroute": 0,
            "warehouse_code": order.warehouse_code,
            "promised_shipping_time": "",
            "sla_time_stamp": (it.created_at + timedelta(days=2))
            .astimezone(self.region.tz)
            .isoformat(),
            "item_price": self.money(it.item_price),
            "paid_price": self.money(it.paid_price),
            "tax_amount": 0.0,
            "shipping_amount": self.money(it.shipping_amount),
            "shipping_service_cost": 0,
            "voucher_amount": self.money(it.voucher),
            "voucher_seller": self.money(it.voucher),
            "voucher_platform": 0,
            "voucher_code": "",
            "wallet_credits": 0.0,
            "shipping_fee_original": self.money(it.shipping_amount),
            "shipping_fee_discount_seller": 0,
            "shipping_fee_discount_platform": 0,
            "currency": self.region.currency,
            "is_digital": it.is_digital,
            "digital_delivery_info": it.digital_delivery_info,
            "invoice_number": "",
            "order_type": "Normal",
            "order_flag": "GLOBAL_COLLECTION" if order.cross_border else "NORMAL",
            "payment_time": it.payment_time,
            "extra_attributes": "",
            "created_at": self.fmt_time(it.created_at),
            "updated_at": self.fmt_time(it.updated_at),
        }

    def label_dict(self, pkg: Package) -> dict[str, Any]:
        """What ``labels.render_awb_pdf`` prints for one package."""
        order = self._orders[pkg.order_id]
        items = [self._items[i] for i in pkg.item_ids]
        cod = None
        if order.payment_method == "COD":
            total = sum(it.paid_price + it.shipping_amount for it in items)
            cod = f"{self.region.currency} {total:.{self.region.decimals}f}"
        return {
            "package_id": pkg.package_id,
            "tracking_number": pkg.tracking_number,
            "shipment_provider": pkg.shipment_provider,
            "order_number": order.order_number,
            "recipient": {
                "name": order.address["_label_name"],
                "phone": order.address["phone"],
                "address": order.address["_label_address"],
                "country": order.address["country"],
            },
            "sender": self.shop_name,
            "cod_amount": cod,
            "items": [
                {"name": it.product.name, "sku": it.product.sku, "variation": it.product.variation}
                for it in items
            ],
        }


_PACKAGED_STATUSES = frozenset({"packed", "ready_to_ship", "shipped", "delivered"})
