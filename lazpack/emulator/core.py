"""The Emulator: the handle a test or the demo holds on one shop's world, its faults and its
ASGI app. The state and its operations live in ``World`` (``world.py``); this facade adds the
test conveniences (dict snapshots, the order feed, ``serve()``)."""

from __future__ import annotations

import contextlib
import copy
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock
from lazpack.emulator.app import build_app
from lazpack.emulator.faults import Faults
from lazpack.emulator.model import Order, Region
from lazpack.emulator.world import (
    DEMO_ACCESS_TOKEN,
    DEMO_ACCOUNT,
    DEMO_APP_KEY,
    DEMO_APP_SECRET,
    DEMO_REFRESH_TOKEN,
    IN_PROCESS_ORIGIN,
    World,
)

__all__ = [
    "DEMO_ACCESS_TOKEN",
    "DEMO_ACCOUNT",
    "DEMO_APP_KEY",
    "DEMO_APP_SECRET",
    "DEMO_REFRESH_TOKEN",
    "Emulator",
]


class Emulator:
    """A local Lazada Open Platform for one demo shop (design.md §6, lazada-api.md)."""

    IN_PROCESS_BASE_URL = IN_PROCESS_ORIGIN + "/rest"

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
        self.world = World(
            orders=orders, seed=seed, region=region, clock=clock or SystemClock(), days=days
        )
        self.faults = Faults(
            seed=seed,
            latency_ms=latency_ms,
            jitter_ms=jitter_ms,
            fault_rate=fault_rate,
            qps_limit=qps_limit,
            hang_s=hang_s,
            monotonic=monotonic or time.monotonic,
            on_expire_access=self.world.expire_access_tokens,
            on_revoke_refresh=self.world.revoke_refresh_tokens,
        )
        self._feed: threading.Thread | None = None
        self._feed_stop = threading.Event()
        self.app = build_app(self.world, self.faults)

    # ================================================================== the world's settings
    @property
    def region(self) -> Region:
        return self.world.region

    @property
    def seed(self) -> int:
        return self.world.seed

    @property
    def clock(self) -> Clock:
        return self.world.clock

    @property
    def lock(self) -> threading.RLock:
        return self.world.lock

    @property
    def apps(self) -> dict[str, str]:
        """app_key -> app_secret; add one to test a second app."""
        return self.world.apps

    @property
    def access_ttl_s(self) -> int:
        return self.world.access_ttl_s

    @access_ttl_s.setter
    def access_ttl_s(self, value: int) -> None:
        self.world.access_ttl_s = value

    @property
    def refresh_ttl_s(self) -> int:
        return self.world.refresh_ttl_s

    @refresh_ttl_s.setter
    def refresh_ttl_s(self, value: int) -> None:
        self.world.refresh_ttl_s = value

    @property
    def pdf_url_ttl_s(self) -> int:
        return self.world.pdf_url_ttl_s

    @pdf_url_ttl_s.setter
    def pdf_url_ttl_s(self, value: int) -> None:
        self.world.pdf_url_ttl_s = value

    @property
    def registered_redirect_uri(self) -> str | None:
        """If set, the consent page only redirects to exactly this callback (like Lazada)."""
        return self.world.registered_redirect_uri

    @registered_redirect_uri.setter
    def registered_redirect_uri(self, value: str | None) -> None:
        self.world.registered_redirect_uri = value

    @property
    def public_origin(self) -> str:
        """``http://host:port`` that image and AWB URLs in answers point at."""
        return self.world.public_origin

    @public_origin.setter
    def public_origin(self, value: str) -> None:
        self.world.public_origin = value

    # ================================================================== changing the world
    @property
    def catalogue(self) -> dict[str, dict[str, Any]]:
        """Seller SKU → {"ean", "name", "variation", "price", "digital"} (what a scanner reads)."""
        return self.world.catalogue()

    def sku_for_barcode(self, code: str) -> str | None:
        return self.world.sku_for_barcode(code)

    def add_orders(self, n: int = 1, *, varied: bool = False, **kw: Any) -> list[int]:
        """New orders created "now"; returns their ids.

        By default a plain pending local (TFS, platform-delivered, physical) order with random
        items;
        force anything with ``status``, ``payment_method``, ``dbs``, ``digital``,
        ``cross_border``, ``mixed_shipping``, ``skus`` (one row per entry) or ``created_at``.
        ``varied=True`` rolls every unforced property like the initial generator does.
        """
        return self.world.add_orders(n, varied=varied, **kw)

    def set_item_status(self, order_item_id: int, status: str) -> None:
        """Move one item row (a buyer cancels, the courier picks up, a buyer pays...);
        ``ValueError`` for a status Lazada does not have (``World.set_status`` checks)."""
        with self.world.lock:
            item = self.world.find_item(order_item_id)
            if item is None:
                raise KeyError(order_item_id)
            self.world.set_status(item, status)

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

    # ================================================================== inspection
    def item(self, order_item_id: int) -> dict[str, Any]:
        with self.world.lock:
            it = self.world.find_item(order_item_id)
            if it is None:
                raise KeyError(order_item_id)
            return self.world.item_dict(it, self.world.public_origin)

    def items(self, order_id: int) -> list[dict[str, Any]]:
        with self.world.lock:
            order = self._order(order_id)
            return [self.world.item_dict(it, self.world.public_origin) for it in order.items]

    def order(self, order_id: int) -> dict[str, Any]:
        with self.world.lock:
            return copy.deepcopy(self.world.order_dict(self._order(order_id)))

    @property
    def packages(self) -> dict[str, dict[str, Any]]:
        with self.world.lock:
            return {p.package_id: p.to_dict() for p in self.world.packages()}

    @property
    def labels_printed(self) -> Counter[str]:
        return self.world.labels_printed()

    @property
    def calls(self) -> Counter[str]:
        return self.world.calls()

    @property
    def refused_rows(self) -> Counter[str]:
        return self.world.refused_rows()

    def order_ids(self, status: str | None = None) -> list[int]:
        """Order ids, oldest first; with ``status``, orders having an item in it."""
        return self.world.order_ids(status)

    def _order(self, order_id: int) -> Order:
        order = self.world.find_order(order_id)
        if order is None:
            raise KeyError(order_id)
        return order

    # ================================================================== auth
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
        return self.world.mint_auth_code(app_key=app_key, account=account, country=country)

    # ================================================================== serving
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
