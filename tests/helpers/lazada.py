"""Reusable in-memory fakes of the ports (fakes over mocks: they keep real state).

``FakeLazada`` implements ``LazadaPort`` with the item lifecycle of lazada-api.md §5:
pending/repacked → Pack → packed (a package id and tracking number per order and call) →
ReadyToShip → ready_to_ship → ConfirmDeliveryForDBS/FailedDeliveryForDBS; RecreatePackage
sends packed items back to repacked. Rows for items in the wrong state fail with Lazada's
``700000`` like the real batch answers, inside a ``success`` batch.

Faults, for recovery tests:

* ``lose_answers(api, count)`` — the write is applied, then ``OutcomeUnknownError`` is raised
  (the "applied but answer lost" case);
* ``fail_before(api, error, count)`` — ``error`` is raised and nothing is applied;
* ``fail_reads(error, count)`` — GetOrderItems / GetMultipleOrderItems raise ``error``.

``calls`` counts every call per method, ``writes`` keeps every write's argument in order.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from lazpack.domain.models import (
    PACKABLE,
    AwbDocument,
    BatchResult,
    ItemStatus,
    Order,
    OrderItem,
    OrdersPage,
    RowResult,
    ShipmentProviders,
)
from lazpack.domain.ports import LazadaPort
from lazpack.errors import BusinessError, LazpackError, OutcomeUnknownError

_NOT_ALLOWED = ("700000", "PACKAGE_STATUS_NOT_ALLOW_TO_OP")
_T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@dataclass
class _Fault:
    error: LazpackError
    count: int
    apply_first: bool


@dataclass
class FakeLazada(LazadaPort):
    """An in-memory shop. Build orders with ``add_order``; inspect with ``items``."""

    provider: str = "LEX SG"
    orders: dict[int, Order] = field(default_factory=dict)
    _items: dict[int, OrderItem] = field(default_factory=dict)
    calls: Counter[str] = field(default_factory=Counter)
    writes: list[tuple[str, object]] = field(default_factory=list)
    _faults: dict[str, list[_Fault]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _request_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------------ world
    def add_order(
        self,
        skus: Sequence[str] = ("SKU-A", "SKU-B"),
        *,
        status: str = ItemStatus.PENDING,
        dbs: bool = False,
        digital: bool = False,
    ) -> Order:
        """An order with one item row per SKU (Lazada has no quantities)."""
        n = next(self._ids)
        order_id = 1_000_000 + n
        created = _T0 + timedelta(minutes=n)
        for sku in skus:
            item_id = 5_000_000 + next(self._ids)
            self._items[item_id] = OrderItem(
                order_item_id=item_id,
                order_id=order_id,
                status=status,
                name=f"Product {sku}",
                sku=sku,
                shop_sku=f"{sku}-SHOP",
                item_price=Decimal("9.90"),
                paid_price=Decimal("9.90"),
                currency="SGD",
                is_digital=digital,
                delivery_option_sof=dbs,
                created_at=created,
                updated_at=created,
            )
        order = Order(
            order_id=order_id,
            order_number=order_id + 300_000_000,
            created_at=created,
            updated_at=created,
            statuses=(status,),
            items_count=len(skus),
            price=Decimal("9.90") * len(skus),
        )
        self.orders[order_id] = order
        return order

    def items(self, order_id: int) -> list[OrderItem]:
        return [i for i in self._items.values() if i.order_id == order_id]

    def set_status(self, order_item_id: int, status: str) -> None:
        self._items[order_item_id] = replace(self._items[order_item_id], status=status)

    # ------------------------------------------------------------------ faults
    def lose_answers(self, api: str, count: int = 1) -> None:
        err = OutcomeUnknownError("the answer was lost", api_path=api)
        self._faults.setdefault(api, []).append(_Fault(err, count, apply_first=True))

    def fail_before(self, api: str, error: LazpackError, count: int = 1) -> None:
        self._faults.setdefault(api, []).append(_Fault(error, count, apply_first=False))

    def fail_reads(self, error: LazpackError, count: int = 1) -> None:
        self.fail_before("get_order_items", error, count)
        self.fail_before("get_multiple_order_items", error, count)

    def _fault(self, api: str) -> _Fault | None:
        queue = self._faults.get(api)
        if not queue:
            return None
        fault = queue[0]
        fault.count -= 1
        if fault.count <= 0:
            queue.pop(0)
        return fault

    def _request_id(self) -> str:
        return f"fake-{next(self._request_ids):06d}"

    # ------------------------------------------------------------------ reads
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
    ) -> OrdersPage:
        self.calls["get_orders"] += 1
        matching = [
            self._order(o)
            for o in sorted(self.orders)
            if (status is None or status in self._order(o).statuses)
            and (created_after is None or self.orders[o].created_at >= created_after)
            and (created_before is None or self.orders[o].created_at < created_before)
        ]
        page = tuple(matching[offset : offset + limit])
        return OrdersPage(page, len(page), len(matching))

    async def iter_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        update_after: datetime | None = None,
    ) -> AsyncIterator[Order]:
        offset = 0
        while True:
            page = await self.get_orders(status=status, created_after=created_after, offset=offset)
            for order in page.orders:
                yield order
            offset += page.count
            if not page.count or offset >= (page.count_total or 0):
                return

    def _order(self, order_id: int) -> Order:
        statuses = tuple(dict.fromkeys(str(i.status) for i in self.items(order_id)))
        return replace(self.orders[order_id], statuses=statuses)

    async def get_order(self, order_id: int) -> Order:
        self.calls["get_order"] += 1
        if order_id not in self.orders:
            raise BusinessError("Order not found", code="16", api_path="/order/get")
        return self._order(order_id)

    async def get_order_items(self, order_id: int) -> list[OrderItem]:
        self.calls["get_order_items"] += 1
        fault = self._fault("get_order_items")
        if fault is not None:
            raise fault.error
        if order_id not in self.orders:
            raise BusinessError("Order not found", code="16", api_path="/order/items/get")
        return self.items(order_id)

    async def get_multiple_order_items(
        self, order_ids: Iterable[int]
    ) -> dict[int, list[OrderItem]]:
        self.calls["get_multiple_order_items"] += 1
        fault = self._fault("get_multiple_order_items")
        if fault is not None:
            raise fault.error
        return {o: self.items(o) for o in order_ids if o in self.orders}

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders:
        self.calls["get_shipment_providers"] += 1
        return ShipmentProviders(platform_default=True, providers=(), shipping_allocate_type="TFS")

    # ------------------------------------------------------------------ writes
    async def _write(self, api: str, arg: object, apply: Callable[[], BatchResult]) -> BatchResult:
        self.calls[api] += 1
        fault = self._fault(api)
        if fault is not None and not fault.apply_first:
            raise fault.error
        self.writes.append((api, arg))
        result = apply()
        if fault is not None:
            raise fault.error
        return result

    async def pack(
        self,
        orders: Mapping[int, Sequence[int]],
        *,
        shipping_allocate_type: str,
        shipment_provider_code: str | None = None,
        delivery_type: str = "dropship",
    ) -> BatchResult:
        frozen = {o: tuple(ids) for o, ids in orders.items()}

        def apply() -> BatchResult:
            rows: list[RowResult] = []
            for order_id, item_ids in frozen.items():
                package = f"FP{next(self._ids):010d}"
                tracking = f"LXTRK{next(self._ids):08d}"
                for item_id in item_ids:
                    item = self._items.get(item_id)
                    if item is None or item.order_id != order_id:
                        rows.append(
                            RowResult(item_id, False, "700025", "ORDER_ITEM_NOT_FOUND", False)
                        )
                    elif item.status not in PACKABLE:
                        rows.append(RowResult(item_id, False, *_NOT_ALLOWED, False, order_id))
                    else:
                        self._items[item_id] = replace(
                            item,
                            status=ItemStatus.PACKED,
                            package_id=package,
                            tracking_code=tracking,
                            shipment_provider=self.provider,
                        )
                        rows.append(
                            RowResult(
                                item_id, True, "0", "success", False, order_id,
                                package, tracking, self.provider,
                            )
                        )  # fmt: skip
            return BatchResult(tuple(rows), (self._request_id(),))

        return await self._write("pack", frozen, apply)

    def _package_write(
        self, package_ids: Sequence[str], allowed: frozenset[str], to: str
    ) -> tuple[tuple[str, ...], Callable[[], BatchResult]]:
        pkgs = tuple(package_ids)

        def apply() -> BatchResult:
            rows: list[RowResult] = []
            for pkg in pkgs:
                items = [
                    i
                    for i in self._items.values()
                    if i.package_id == pkg and i.status != ItemStatus.CANCELED
                ]
                if not items:
                    rows.append(RowResult(pkg, False, "600001", "package not found", True))
                elif any(i.status not in allowed for i in items):
                    rows.append(RowResult(pkg, False, *_NOT_ALLOWED, False, package_id=pkg))
                else:
                    for i in items:
                        keep = to != ItemStatus.REPACKED
                        self._items[i.order_item_id] = replace(
                            i,
                            status=to,
                            package_id=i.package_id if keep else "",
                            tracking_code=i.tracking_code if keep else "",
                        )
                    rows.append(RowResult(pkg, True, "0", "success", False, package_id=pkg))
            return BatchResult(tuple(rows), (self._request_id(),))

        return pkgs, apply

    async def ready_to_ship(self, package_ids: Sequence[str]) -> BatchResult:
        pkgs, apply = self._package_write(
            package_ids, frozenset({ItemStatus.PACKED}), ItemStatus.READY_TO_SHIP
        )
        return await self._write("ready_to_ship", pkgs, apply)

    async def recreate_package(self, package_ids: Sequence[str]) -> BatchResult:
        pkgs, apply = self._package_write(
            package_ids, frozenset({ItemStatus.PACKED}), ItemStatus.REPACKED
        )
        return await self._write("recreate_package", pkgs, apply)

    async def confirm_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        pkgs, apply = self._package_write(
            package_ids,
            frozenset({ItemStatus.READY_TO_SHIP}),
            ItemStatus.DELIVERED,
        )
        return await self._write("confirm_delivery_dbs", pkgs, apply)

    async def failed_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        pkgs, apply = self._package_write(
            package_ids,
            frozenset({ItemStatus.READY_TO_SHIP}),
            ItemStatus.FAILED_DELIVERY,
        )
        return await self._write("failed_delivery_dbs", pkgs, apply)

    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> BatchResult:
        frozen = {o: tuple(ids) for o, ids in orders.items()}

        def apply() -> BatchResult:
            rows: list[RowResult] = []
            for order_id, item_ids in frozen.items():
                for item_id in item_ids:
                    item = self._items.get(item_id)
                    if item is None or not item.is_digital:
                        rows.append(
                            RowResult(item_id, False, "700020", "not a digital item", False)
                        )
                    else:
                        self._items[item_id] = replace(item, status=ItemStatus.DELIVERED)
                        rows.append(RowResult(item_id, True, "0", "success", False, order_id))
            return BatchResult(tuple(rows), (self._request_id(),))

        return await self._write("deliver_digital", frozen, apply)

    async def print_awb(
        self, package_ids: Sequence[str], *, doc_type: str = "PDF", print_item_list: bool = False
    ) -> list[AwbDocument]:
        self.calls["print_awb"] += 1
        fault = self._fault("print_awb")
        if fault is not None:
            raise fault.error
        known = {i.package_id for i in self._items.values() if i.package_id}
        unknown = [p for p in package_ids if p not in known]
        if unknown:
            raise BusinessError(
                "There are no packages that support printing!",
                code="700040",
                api_path="/order/package/document/get",
            )
        pkgs = tuple(package_ids)
        url = "fake://awb/" + "-".join(pkgs) + ".pdf"
        return [AwbDocument(doc_type, pkgs, pdf_url=url, request_id=self._request_id())]

    async def fetch_document(self, url: str) -> bytes:
        self.calls["fetch_document"] += 1
        return b"%PDF-1.4\n% fake label for " + url.encode() + b"\n%%EOF\n"
