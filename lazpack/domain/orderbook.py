"""The in-memory order book: what the station knows about every shop's open orders.

Pure Python on purpose (the scan resolver and the window both read it, tests build it by
hand). Every row carries its ``shop_id`` so several shops can share one book. Lazada has no
order status; a row's tab is derived from its items' statuses, and a row can also be flagged
as a problem by the station itself (a failed batch row, an unknown outcome).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from lazpack.domain.models import PACKABLE, ItemStatus, Order, OrderItem
from lazpack.i18n import QT_TRANSLATE_NOOP, translate


class Tab(StrEnum):
    TO_PACK = "to_pack"
    PACKED = "packed"
    READY = "ready"
    DBS = "dbs"
    PROBLEMS = "problems"
    DONE = "done"  # shipped, delivered, canceled...: not on any work tab, still findable


#: The tabs the window shows, in order, with the packer's words for them.
TAB_TITLES: dict[Tab, str] = {
    Tab.TO_PACK: QT_TRANSLATE_NOOP("OrderBook", "To pack"),
    Tab.PACKED: QT_TRANSLATE_NOOP("OrderBook", "Packed"),
    Tab.READY: QT_TRANSLATE_NOOP("OrderBook", "Ready to ship"),
    Tab.DBS: QT_TRANSLATE_NOOP("OrderBook", "Delivered by seller"),
    Tab.PROBLEMS: QT_TRANSLATE_NOOP("OrderBook", "Problems"),
}

#: Item statuses the full sync fetches: everything a work tab can show.
OPEN_STATUSES: tuple[str, ...] = (
    ItemStatus.PENDING,
    ItemStatus.REPACKED,
    ItemStatus.PACKED,
    ItemStatus.READY_TO_SHIP_PENDING,
    ItemStatus.READY_TO_SHIP,
    ItemStatus.SHIPPED,  # DBS orders stay the seller's job until delivered
)

_PACKED = frozenset({ItemStatus.PACKED})
_READY = frozenset({ItemStatus.READY_TO_SHIP, ItemStatus.READY_TO_SHIP_PENDING})
_KNOWN = frozenset(ItemStatus)
#: a parcel that came to grief on the way: a person must act (redeliver, return, claim)
_NEEDS_A_PERSON = frozenset(
    {ItemStatus.FAILED_DELIVERY, ItemStatus.LOST_BY_3PL, ItemStatus.DAMAGED_BY_3PL}
)

Key = tuple[str, int]  # (shop_id, order_id)


@dataclass(frozen=True, slots=True)
class OrderRow:
    """One order of one shop with its item rows (one row per unit)."""

    shop_id: str
    order: Order
    items: tuple[OrderItem, ...]
    region: str = ""
    problem: str = ""  # set by the station: failed row, unknown outcome...
    tab: Tab = Tab.DONE
    search_key: str = ""
    #: "2× MUG, CAP", built once per row: the list shows and sorts by it
    summary: str = ""

    @property
    def key(self) -> Key:
        return (self.shop_id, self.order.order_id)

    @property
    def statuses(self) -> tuple[str, ...]:
        """Distinct item statuses (or the order's ``statuses`` before items are known)."""
        if not self.items:
            return self.order.statuses
        seen: dict[str, None] = {}
        for it in self.items:
            seen.setdefault(it.status, None)
        return tuple(seen)

    @property
    def package_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(it.package_id for it in self.items if it.package_id))

    @property
    def tracking_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(it.tracking_code for it in self.items if it.tracking_code))

    @property
    def is_dbs(self) -> bool:
        return any(it.delivery_option_sof for it in self.items)

    @property
    def is_digital(self) -> bool:
        return bool(self.items) and all(it.is_digital for it in self.items)

    @property
    def is_cross_border(self) -> bool:
        return any(it.shipping_type.lower() == "cross border" for it in self.items) or any(
            it.shipping_provider_type.lower() in {"cb", "cross_border"} for it in self.items
        )

    @property
    def shipping_kind(self) -> str:
        """English key (shown through :func:`shipping_text`)."""
        if self.is_digital:
            return QT_TRANSLATE_NOOP("OrderBook", "Digital")
        if self.is_dbs:
            return QT_TRANSLATE_NOOP("OrderBook", "DBS")
        if self.is_cross_border:
            return QT_TRANSLATE_NOOP("OrderBook", "Cross-border")
        return QT_TRANSLATE_NOOP("OrderBook", "Standard")

    def sku_counts(self) -> list[tuple[str, int]]:
        """(seller SKU, units) in first-seen order: Lazada lists every unit separately."""
        return list(Counter(it.sku for it in self.items).items())

    def sku_summary(self) -> str:
        if self.summary:
            return self.summary
        return ", ".join(f"{n}× {sku}" if n > 1 else sku for sku, n in self.sku_counts())


#: Lazada's item statuses in the packer's words (shown through :func:`status_text`).
_STATUS_WORDS: dict[str, str] = {
    ItemStatus.UNPAID: QT_TRANSLATE_NOOP("ItemStatus", "unpaid"),
    ItemStatus.PENDING: QT_TRANSLATE_NOOP("ItemStatus", "pending"),
    ItemStatus.PACKED: QT_TRANSLATE_NOOP("ItemStatus", "packed"),
    ItemStatus.REPACKED: QT_TRANSLATE_NOOP("ItemStatus", "repacked"),
    ItemStatus.READY_TO_SHIP_PENDING: QT_TRANSLATE_NOOP("ItemStatus", "ready to ship pending"),
    ItemStatus.READY_TO_SHIP: QT_TRANSLATE_NOOP("ItemStatus", "ready to ship"),
    ItemStatus.SHIPPED: QT_TRANSLATE_NOOP("ItemStatus", "shipped"),
    ItemStatus.DELIVERED: QT_TRANSLATE_NOOP("ItemStatus", "delivered"),
    ItemStatus.FAILED: QT_TRANSLATE_NOOP("ItemStatus", "failed"),
    ItemStatus.FAILED_DELIVERY: QT_TRANSLATE_NOOP("ItemStatus", "failed delivery"),
    ItemStatus.SHIPPED_BACK: QT_TRANSLATE_NOOP("ItemStatus", "shipped back"),
    ItemStatus.SHIPPED_BACK_SUCCESS: QT_TRANSLATE_NOOP("ItemStatus", "shipped back success"),
    ItemStatus.SHIPPED_BACK_FAILED: QT_TRANSLATE_NOOP("ItemStatus", "shipped back failed"),
    ItemStatus.CANCELED: QT_TRANSLATE_NOOP("ItemStatus", "canceled"),
    ItemStatus.RETURNED: QT_TRANSLATE_NOOP("ItemStatus", "returned"),
    ItemStatus.LOST: QT_TRANSLATE_NOOP("ItemStatus", "lost"),
    ItemStatus.LOST_BY_3PL: QT_TRANSLATE_NOOP("ItemStatus", "lost by 3PL"),
    ItemStatus.DAMAGED_BY_3PL: QT_TRANSLATE_NOOP("ItemStatus", "damaged by 3PL"),
}


def status_text(status: str) -> str:
    """An item status as the packer reads it, in the station's language (unknown: as sent)."""
    word = _STATUS_WORDS.get(status)
    return translate("ItemStatus", word) if word else status.replace("_", " ")


def shipping_text(kind: str) -> str:
    """:attr:`OrderRow.shipping_kind` in the station's language."""
    return translate("OrderBook", kind)


def tab_text(tab: Tab) -> str:
    return translate("OrderBook", TAB_TITLES[tab])


def classify(order: Order, items: tuple[OrderItem, ...], problem: str = "") -> Tab:
    """Which work tab a row belongs on. Problems win: they need a person first."""
    statuses = {it.status for it in items} if items else set(order.statuses)
    cancel = order.is_cancel_pending or order.need_cancel_confirm
    cancel = cancel or any(it.is_cancel_pending or it.need_cancel_confirm for it in items)
    if problem or cancel:
        return Tab.PROBLEMS
    open_statuses = statuses & (PACKABLE | _PACKED | _READY | {ItemStatus.SHIPPED})
    if statuses - _KNOWN:
        return Tab.PROBLEMS  # a status this station does not understand: a person decides
    if statuses & _NEEDS_A_PERSON:
        return Tab.PROBLEMS
    if statuses & PACKABLE:
        return Tab.TO_PACK
    if statuses & _PACKED:
        return Tab.PACKED
    dbs = any(it.delivery_option_sof for it in items)
    if dbs and open_statuses & (_READY | {ItemStatus.SHIPPED}):
        return Tab.DBS
    if statuses & _READY:
        return Tab.READY
    return Tab.DONE


def search_key(order: Order, items: Iterable[OrderItem]) -> str:
    """Lower-case haystack for search-as-you-type; fields joined by a separator no query has."""
    parts = [str(order.order_number), str(order.order_id), order.customer_name]
    for it in items:
        parts.extend((it.sku, it.shop_sku, it.name, it.tracking_code, it.package_id))
    return "\x1f".join(p for p in parts if p).lower()


def make_row(
    shop_id: str,
    order: Order,
    items: Iterable[OrderItem],
    *,
    region: str = "",
    problem: str = "",
) -> OrderRow:
    its = tuple(items)
    return OrderRow(
        shop_id=shop_id,
        order=order,
        items=its,
        region=region,
        problem=problem,
        tab=classify(order, its, problem),
        search_key=search_key(order, its),
        summary=_summary(its),
    )


def _summary(items: tuple[OrderItem, ...]) -> str:
    counts: dict[str, int] = {}
    for it in items:  # a plain dict: Counter's set-up costs more than counting 2-3 SKUs
        counts[it.sku] = counts.get(it.sku, 0) + 1
    return ", ".join(f"{n}× {sku}" if n > 1 else sku for sku, n in counts.items())


@dataclass(slots=True)
class BookChange:
    """What one update did; listeners get it after the book is consistent again."""

    added: list[Key] = field(default_factory=list)
    updated: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


Listener = Callable[[BookChange], None]


class OrderBook:
    """Orders of every shop, indexed for the scan resolver and classified for the tabs."""

    def __init__(self) -> None:
        self._rows: dict[Key, OrderRow] = {}
        # Buckets are insertion-ordered sets (dicts): one SKU can sit in thousands of
        # orders, and a list's membership test made a 10,000-order sync quadratic.
        self._by_number: dict[int, dict[Key, None]] = {}
        self._by_tracking: dict[str, dict[Key, None]] = {}
        self._by_package: dict[str, dict[Key, None]] = {}
        self._by_sku: dict[str, dict[Key, None]] = {}
        self._listeners: list[Listener] = []

    # ------------------------------------------------------------ listeners
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, change: BookChange) -> None:
        if not change:
            return
        for listener in list(self._listeners):
            listener(change)

    # --------------------------------------------------------------- writes
    def upsert(
        self,
        shop_id: str,
        order: Order,
        items: Iterable[OrderItem] | None = None,
        *,
        region: str = "",
    ) -> BookChange:
        """Add or replace one order; ``items=None`` keeps the items already known."""
        change = BookChange()
        self._put(shop_id, order, items, region, change)
        self._notify(change)
        return change

    def upsert_many(
        self,
        shop_id: str,
        entries: Iterable[tuple[Order, Iterable[OrderItem] | None]],
        *,
        region: str = "",
    ) -> BookChange:
        """Many orders, one notification (a full sync page, a benchmark load)."""
        change = BookChange()
        for order, items in entries:
            self._put(shop_id, order, items, region, change)
        self._notify(change)
        return change

    def _put(
        self,
        shop_id: str,
        order: Order,
        items: Iterable[OrderItem] | None,
        region: str,
        change: BookChange,
    ) -> None:
        key = (shop_id, order.order_id)
        old = self._rows.get(key)
        its = tuple(items) if items is not None else (old.items if old else ())
        row = make_row(
            shop_id,
            order,
            its,
            region=region or (old.region if old else ""),
            problem=old.problem if old else "",
        )
        if old is not None:
            if old == row:
                return
            self._unindex(old)
            change.updated.append(key)
        else:
            change.added.append(key)
        self._rows[key] = row
        self._index(row)

    def set_problem(self, key: Key, problem: str) -> None:
        """Flag (or with ``""`` clear) a station-side problem on a row."""
        old = self._rows.get(key)
        if old is None or old.problem == problem:
            return
        self._rows[key] = make_row(
            old.shop_id, old.order, old.items, region=old.region, problem=problem
        )
        self._notify(BookChange(updated=[key]))

    def remove(self, key: Key) -> None:
        old = self._rows.pop(key, None)
        if old is not None:
            self._unindex(old)
            self._notify(BookChange(removed=[key]))

    def clear_shop(self, shop_id: str) -> None:
        keys = [k for k in self._rows if k[0] == shop_id]
        for k in keys:
            self._unindex(self._rows.pop(k))
        self._notify(BookChange(removed=keys))

    # ---------------------------------------------------------------- index
    @staticmethod
    def _add(
        index: dict[str, dict[Key, None]] | dict[int, dict[Key, None]], value: object, key: Key
    ) -> None:
        index.setdefault(value, {})[key] = None  # type: ignore[arg-type]

    @staticmethod
    def _drop(
        index: dict[str, dict[Key, None]] | dict[int, dict[Key, None]], value: object, key: Key
    ) -> None:
        bucket = index.get(value)  # type: ignore[call-overload]
        if bucket and key in bucket:
            del bucket[key]
            if not bucket:
                del index[value]  # type: ignore[arg-type]

    def _index(self, row: OrderRow) -> None:
        k = row.key
        self._add(self._by_number, row.order.order_number, k)
        for it in row.items:
            if it.tracking_code:
                self._add(self._by_tracking, it.tracking_code.upper(), k)
            if it.package_id:
                self._add(self._by_package, it.package_id.upper(), k)
            if it.sku:
                self._add(self._by_sku, it.sku, k)

    def _unindex(self, row: OrderRow) -> None:
        k = row.key
        self._drop(self._by_number, row.order.order_number, k)
        for it in row.items:
            self._drop(self._by_tracking, it.tracking_code.upper(), k)
            self._drop(self._by_package, it.package_id.upper(), k)
            self._drop(self._by_sku, it.sku, k)

    # ---------------------------------------------------------------- reads
    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[OrderRow]:
        return iter(self._rows.values())

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def get(self, key: Key) -> OrderRow | None:
        return self._rows.get(key)

    def rows(self) -> list[OrderRow]:
        return list(self._rows.values())

    def by_order_number(self, number: int) -> list[OrderRow]:
        return [self._rows[k] for k in self._by_number.get(number, ())]

    def by_tracking(self, code: str) -> list[OrderRow]:
        return [self._rows[k] for k in self._by_tracking.get(code.upper(), ())]

    def by_package(self, package_id: str) -> list[OrderRow]:
        return [self._rows[k] for k in self._by_package.get(package_id.upper(), ())]

    def by_sku(self, sku: str, *, tab: Tab | None = None) -> list[OrderRow]:
        rows = [self._rows[k] for k in self._by_sku.get(sku, ())]
        return [r for r in rows if tab is None or r.tab == tab]

    def counts(self) -> dict[Tab, int]:
        out = dict.fromkeys(Tab, 0)
        for row in self._rows.values():
            out[row.tab] += 1
        return out

    def search(self, text: str, *, tab: Tab | None = None) -> list[OrderRow]:
        """Rows whose order number, SKU, item name, tracking, package or customer contains
        ``text`` (case-insensitive)."""
        needle = text.strip().lower()
        return [
            r
            for r in self._rows.values()
            if (tab is None or r.tab == tab) and needle in r.search_key
        ]
