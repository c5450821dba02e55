"""The orders table model: every order of the book, filtered by tab and search text.

Filtering is done here rather than in a QSortFilterProxyModel: each row has a precomputed
lower-case search key, rows are kept in the current sort order once, and a filter is a
single list comprehension over that order, so a keystroke costs a few milliseconds even at
50,000 orders (benchmarks/ui.py). Selection survives syncs and filtering because the model
remaps persistent indexes by order key instead of resetting.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from itertools import compress, repeat
from operator import contains, eq, is_, itemgetter
from time import monotonic
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from lazpack.domain.orderbook import (
    BookChange,
    Key,
    OrderBook,
    OrderRow,
    Tab,
    shipping_text,
    status_text,
)
from lazpack.domain.ports import ClaimHolder
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.services.claims import ago, held_message
from lazpack.ui import theme

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the OrderRow
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # (shop_id, order_id)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, ROW_ROLE, KEY_ROLE})


def relative_time(then: datetime, now: datetime) -> str:
    secs = int((now - then).total_seconds())
    if secs < 60:
        return QCoreApplication.translate("OrdersModel", "just now")
    if secs < 3600:
        return QCoreApplication.translate("OrdersModel", "%n min ago", None, secs // 60)
    if secs < 86400:
        return QCoreApplication.translate("OrdersModel", "%n h ago", None, secs // 3600)
    days = secs // 86400
    if days == 1:
        return QCoreApplication.translate("OrdersModel", "yesterday")
    return QCoreApplication.translate("OrdersModel", "%n day(s) ago", None, days)


def _who(claims: dict[Key, ClaimHolder]) -> dict[Key, tuple[str, str, str]]:
    """Who holds what, without the ages (they change at every read)."""
    return {k: (h.station_id, h.station_name, h.packer) for k, h in claims.items()}


def _status_text(row: OrderRow) -> str:
    if row.problem:
        return f"⚠ {row.problem}"
    if row.order.is_cancel_pending or row.order.need_cancel_confirm:
        return QCoreApplication.translate("OrdersModel", "⚠ cancel requested")
    return ", ".join(status_text(s) for s in row.statuses)


def _package_text(row: OrderRow) -> str:
    pk, tr = row.package_ids, row.tracking_codes
    return " / ".join(p for p in (", ".join(pk), ", ".join(tr)) if p)


#: Texts the search index keeps results for (a few searches' worth of keystrokes).
_INDEX_SIZE = 64
#: Up to this many changed rows are bisected in one by one; more are merged as a sorted run.
MERGE_LIMIT = 500
#: While a full sync loads a shop, the list takes the new orders in at most this often: each
#: take-in re-lays and repaints the list (~15-25 ms at 10,000 orders), and a sync writes the
#: book 40 times a second (measured: scan → painted p99 77 ms during a 10,000-order sync).
HOLD_INTERVAL_MS = 2000


class _Rev:
    """Inverts ordering so a descending sort is still an ascending list for bisect."""

    __slots__ = ("k",)

    def __init__(self, k: Any) -> None:
        self.k = k

    def __lt__(self, other: _Rev) -> bool:
        return bool(other.k < self.k)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Rev) and bool(self.k == other.k)

    __hash__ = None  # type: ignore[assignment]


class Column:
    ORDER, CREATED, ITEMS, STATUS, SHOP, PAYMENT, SHIPPING, PACKAGE, PACKING = range(9)
    TITLES = (
        QT_TRANSLATE_NOOP("OrdersModel", "Order"),
        QT_TRANSLATE_NOOP("OrdersModel", "Created"),
        QT_TRANSLATE_NOOP("OrdersModel", "Items"),
        QT_TRANSLATE_NOOP("OrdersModel", "Status"),
        QT_TRANSLATE_NOOP("OrdersModel", "Shop"),
        QT_TRANSLATE_NOOP("OrdersModel", "Payment"),
        QT_TRANSLATE_NOOP("OrdersModel", "Shipping"),
        QT_TRANSLATE_NOOP("OrdersModel", "Package / tracking"),
        # a warehouse's order claims: which station and packer have the order open
        QT_TRANSLATE_NOOP("OrdersModel", "Packing at"),
    )


_SORT_KEYS: tuple[Callable[[OrderRow], Any], ...] = (
    lambda r: r.order.order_number,
    lambda r: r.order.created_at,
    lambda r: (len(r.items) or r.order.items_count, r.sku_summary()),
    _status_text,
    lambda r: (r.shop_id, r.region),
    lambda r: (not r.order.is_cod, r.order.payment_method),
    lambda r: r.shipping_kind,
    _package_text,
    lambda r: "",  # the claims are the model's: see OrdersModel._sort_fn
)


class OrdersModel(QAbstractTableModel):
    """Rows of an ``OrderBook`` restricted to one tab (None = all) and a search text."""

    #: {Tab: count} after every change of the book.
    countsChanged = Signal(object)

    def __init__(
        self,
        book: OrderBook,
        *,
        shop_names: dict[str, str] | None = None,
        now: Callable[[], datetime] | None = None,
        parent: Any = None,
        monotonic_s: Callable[[], float] = monotonic,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._shop_names = shop_names or {}
        self._now = now or (lambda: datetime.now(UTC))
        self._tab: Tab | None = Tab.TO_PACK
        self._text = ""
        self._shop: str | None = None
        self._sort_col = Column.CREATED
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._bold = QFont()
        self._bold.setBold(True)
        # all rows, in sort order, as parallel lists (fast comprehension filters)
        self._rows: list[OrderRow] = []
        self._keys: list[str] = []
        self._tabs: list[Tab] = []
        self._pos: dict[Key, int] = {}
        self._visible: list[int] = []
        self._display_cache: dict[int, tuple[str, ...]] = {}
        #: The search index: text → visible positions for the current tab, shop and row
        #: order (cleared when any of them changes). A keystroke narrows the longest
        #: cached text it contains instead of all rows; backspacing is a lookup.
        self._found: dict[str, list[int]] = {}
        self._by_tab: dict[Tab, list[int]] = {t: [] for t in Tab}
        self._skeys: list[Any] = []
        self._rkeys: list[Key] = []
        self._counts: dict[Tab, int] = dict.fromkeys(Tab, 0)
        #: a warehouse's live order claims (who packs what), and this station's id
        self._claims: dict[Key, ClaimHolder] = {}
        self._station_id = ""
        self._claims_read_at = 0.0  # monotonic time of the answer: ages grow from there
        self._monotonic = monotonic_s
        self._rebuild()
        self._refilter(notify=False)
        #: book changes not taken in yet (``hold_book_changes``)
        self._held: set[Key] = set()
        self._holding = False
        self._take_in = QTimer(self)
        self._take_in.setSingleShot(True)
        self._take_in.setInterval(HOLD_INTERVAL_MS)
        self._take_in.timeout.connect(self._take_in_held)
        book.add_listener(self._on_book_change)

    # -------------------------------------------------------------- public
    @property
    def tab(self) -> Tab | None:
        return self._tab

    @property
    def filter_text(self) -> str:
        return self._text

    def counts(self) -> dict[Tab, int]:
        return dict(self._counts)

    def set_tab(self, tab: Tab | None) -> None:
        if tab != self._tab:
            self._tab = tab
            self._found.clear()
            self._refilter()

    @property
    def shop(self) -> str | None:
        return self._shop

    def set_shop(self, shop_id: str | None) -> None:
        """Show one shop's orders (None = every shop); tab counts follow."""
        if shop_id != self._shop:
            self._shop = shop_id
            self._found.clear()
            self._recount()
            self._refilter()
            self.countsChanged.emit(self.counts())

    def set_filter_text(self, text: str) -> None:
        text = text.strip().lower()
        if text == self._text:
            return
        self._text = text
        self._refilter()

    def set_shop_names(self, names: dict[str, str]) -> None:
        """Show shops by these names (the station's own dict: shops added later show too)."""
        self._shop_names = names
        self._display_cache.clear()
        if self._visible:
            top = self.index(0, Column.SHOP)
            bottom = self.index(len(self._visible) - 1, Column.SHOP)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def set_claims(self, holders: dict[Key, ClaimHolder], station_id: str) -> None:
        """Who packs which order across the warehouse (``station_id``: this station's own)."""
        old, self._claims, self._station_id = self._claims, dict(holders), station_id
        self._claims_read_at = self._monotonic()
        before, now = _who(old), _who(self._claims)
        if before == now:
            # only the ages moved, and the once-a-second refresh_times repaints those: no
            # whole-column repaint on the GUI thread at every read of the claims
            return
        # not just older: another holder, a release — those rows move (merged, not re-sorted)
        moved = [k for k in before.keys() | now.keys() if before.get(k) != now.get(k)]
        if moved and self._sort_col == Column.PACKING:
            self.layoutAboutToBeChanged.emit()
            keys_before = self._persistent_keys()
            self._merge(BookChange(updated=[k for k in moved if k in self._pos]))
            self._visible = self._filter_all()
            self._remap_persistent(keys_before)
            self.layoutChanged.emit()
        elif self._visible:
            top = self.index(0, Column.PACKING)
            bottom = self.index(len(self._visible) - 1, Column.PACKING)
            self.dataChanged.emit(top, bottom, [_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT])

    def claim(self, key: Key) -> ClaimHolder | None:
        return self._claims.get(key)

    def _claim_age(self, holder: ClaimHolder) -> str:
        return ago(holder.age_seconds + max(0.0, self._monotonic() - self._claims_read_at))

    def _packing_text(self, key: Key) -> str:
        holder = self._claims.get(key)
        if holder is None:
            return ""
        where = (
            QCoreApplication.translate("OrdersModel", "This station")
            if holder.station_id == self._station_id
            else holder.station_name
        )
        if not holder.packer:
            return arg(QCoreApplication.translate("OrdersModel", "%1 · %2"), where,
                       self._claim_age(holder))  # fmt: skip
        return arg(QCoreApplication.translate("OrdersModel", "%1 · %2 · %3"), where,
                   holder.packer, self._claim_age(holder))  # fmt: skip

    def _claim_sort(self, r: OrderRow) -> Any:
        holder = self._claims.get(r.key)
        if holder is None:
            return (1, "", "")
        return (0, holder.station_name.lower(), holder.packer.lower())

    def _sort_fn(self) -> Callable[[OrderRow], Any]:
        return self._claim_sort if self._sort_col == Column.PACKING else _SORT_KEYS[self._sort_col]

    def row_at(self, row: int) -> OrderRow:
        return self._rows[self._visible[row]]

    def index_of(self, key: Key) -> QModelIndex:
        """Index of an order in the current view, invalid if filtered out."""
        pos = self._pos.get(key)
        if pos is None:
            return QModelIndex()
        vis = self._visible_row(pos)
        return self.index(vis, 0) if vis is not None else QModelIndex()

    def visible_keys(self) -> list[Key]:
        return [self._rows[i].key for i in self._visible]

    def retranslate(self) -> None:
        """The station's language changed: rebuild every displayed text and the headers."""
        self._display_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column.TITLES) - 1)
        self.layoutChanged.emit()

    def refresh_times(self) -> None:
        """Relative times age: repaint the Created and Packing at columns."""
        if self._visible:
            last = len(self._visible) - 1
            for col in (Column.CREATED, Column.PACKING):
                top, bottom = self.index(0, col), self.index(last, col)
                self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # ---------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column.TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OrdersModel", Column.TITLES[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called ~10 times per painted cell, once per role: bail out of unused roles before
        # touching the row, and serve display text from a per-row cache.
        if role not in _ROLES or not index.isValid():
            return None
        pos = self._visible[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == Column.CREATED:
                return relative_time(self._rows[pos].order.created_at, self._now())
            if col == Column.PACKING:
                return self._packing_text(self._rows[pos].key)
            cached = self._display_cache.get(pos)
            if cached is None:
                r = self._rows[pos]
                cached = tuple(self._display(r, c) for c in range(len(Column.TITLES)))
                self._display_cache[pos] = cached
            return cached[col]
        r = self._rows[pos]
        if role == ROW_ROLE:
            return r
        if role == KEY_ROLE:
            return r.key
        if role == _TOOLTIP:
            return self._tooltip(r, col)
        if role == _FOREGROUND:
            if col == Column.STATUS:
                return theme.tab_colour(r.tab)
            if col == Column.PAYMENT and r.order.is_cod:
                return theme.cod_colour()
            if col == Column.PACKING and (holder := self._claims.get(r.key)) is not None:
                mine = holder.station_id == self._station_id
                return theme.tab_colour(Tab.READY if mine else Tab.PROBLEMS)
            return None
        if role == _FONT and col in (Column.ORDER, Column.STATUS, Column.PACKING):
            return self._bold
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column.TITLES):
            return
        if (column, order) == (self._sort_col, self._sort_order):
            return  # merges keep the rows in this order already; the view asks twice
        self._sort_col, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        keys_before = self._persistent_keys()
        self._resort()
        self._visible = self._filter_all()
        self._remap_persistent(keys_before)
        self.layoutChanged.emit()

    # ------------------------------------------------------------ display
    def _display(self, r: OrderRow, col: int) -> str:
        o = r.order
        if col == Column.ORDER:
            return str(o.order_number)
        if col == Column.CREATED:
            return relative_time(o.created_at, self._now())
        if col == Column.ITEMS:
            n = len(r.items) or o.items_count
            return f"{n} · {r.sku_summary()}" if r.items else str(n)
        if col == Column.STATUS:
            return _status_text(r)
        if col == Column.SHOP:
            name = self._shop_names.get(r.shop_id, r.shop_id)
            return f"{name} · {r.region.upper()}" if r.region else name
        if col == Column.PAYMENT:
            return "COD" if o.is_cod else (o.payment_method or "—")
        if col == Column.SHIPPING:
            return shipping_text(r.shipping_kind)
        if col == Column.PACKAGE:
            return _package_text(r) or "—"
        if col == Column.PACKING:
            return self._packing_text(r.key)
        return ""

    def _tooltip(self, r: OrderRow, col: int) -> str | None:
        o = r.order
        if col == Column.CREATED:
            return o.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        if col == Column.ITEMS:
            return "\n".join(f"{n} × {sku}" for sku, n in r.sku_counts()) or None
        if col == Column.PAYMENT and o.is_cod:
            return QCoreApplication.translate(
                "OrdersModel", "Cash on delivery: the courier collects the money"
            )
        if col == Column.STATUS and r.problem:
            return r.problem
        if col == Column.PACKING and (holder := self._claims.get(r.key)) is not None:
            return held_message(holder)
        return None

    # ----------------------------------------------------------- internals
    def _rebuild(self) -> None:
        self._rows = list(self._book)
        self._resort()

    def _plain_sort_keys(self, rows: Sequence[OrderRow]) -> list[Any]:
        # created_at then the key make the order total: a merged row lands exactly where
        # a full sort would put it, whatever order the rows arrived in. The column is
        # looked up once for all the rows (a full sync's last take-in brings 10,000 at once,
        # the GUI thread held).
        keyf = self._sort_fn()
        return [(keyf(r), r.order.created_at, r.key) for r in rows]

    def _sort_keys(self, rows: Sequence[OrderRow]) -> list[Any]:
        """The rows' keys as the bisect list holds them (wrapped when descending)."""
        keys = self._plain_sort_keys(rows)
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return list(map(_Rev, keys))
        return keys

    def _resort(self) -> None:
        # Each row's key is computed once and serves both the sort and the bisect list
        # (the Items key builds a SKU summary per row: twice was a visible freeze at 50k).
        rev = self._sort_order == Qt.SortOrder.DescendingOrder
        keys = self._plain_sort_keys(self._rows)
        order = sorted(range(len(keys)), key=keys.__getitem__, reverse=rev)
        rows = self._rows
        self._rows = [rows[i] for i in order]
        self._skeys = [_Rev(keys[i]) for i in order] if rev else [keys[i] for i in order]
        self._reindex()

    def _merge(self, change: BookChange) -> None:
        """Apply a few changed rows without re-sorting everything: take them out, then
        bisect each back in at its sorted place (a sync adding one order to 50,000).
        Parallel lists change by del/insert (memmove in C), not by rebuilding."""
        lists: tuple[list[Any], ...] = (
            self._rows,
            self._skeys,
            self._keys,
            self._tabs,
            self._rkeys,
        )
        gone = {self._pos[k] for k in (*change.removed, *change.updated) if k in self._pos}
        for i in sorted(gone, reverse=True):
            for lst in lists:
                del lst[i]
        for key in (*change.added, *change.updated):
            row = self._book.get(key)
            if row is None:
                continue
            (sk,) = self._sort_keys([row])
            at = bisect_right(self._skeys, sk)
            values: tuple[Any, ...] = (row, sk, row.search_key, row.tab, row.key)
            for lst, value in zip(lists, values, strict=True):
                lst.insert(at, value)
        self._reindex_positions()

    def _merge_many(self, change: BookChange) -> None:
        """Apply many changed rows (a full sync's page, a second of them): the rows kept
        stay one sorted run, the changed ones are sorted among themselves, and one sort
        merges the two runs (Timsort: linear for two runs). Only the changed rows' keys are
        computed; a re-sort computed them for every row (~15 ms at 10,000 rows)."""
        gone = {self._pos[k] for k in (*change.removed, *change.updated) if k in self._pos}
        lists: list[list[Any]] = [self._rows, self._skeys, self._keys, self._tabs, self._rkeys]
        if gone:
            keep = [i for i in range(len(self._rows)) if i not in gone]
            lists = [[lst[i] for i in keep] for lst in lists]
        fresh = [r for k in (*change.added, *change.updated) if (r := self._book.get(k))]
        extra: tuple[list[Any], ...] = (
            fresh,
            self._sort_keys(fresh),
            [r.search_key for r in fresh],
            [r.tab for r in fresh],
            [r.key for r in fresh],
        )
        lists = [old + new for old, new in zip(lists, extra, strict=True)]
        all_keys = lists[1]
        if len(all_keys) <= 1:  # sorted as it is (and itemgetter needs two indexes)
            self._rows, self._skeys, self._keys, self._tabs, self._rkeys = lists
        else:
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                # the plain keys, reversed: _Rev compares in Python, ~1 µs a comparison
                raw = [k.k for k in all_keys]
                by = sorted(range(len(raw)), key=raw.__getitem__, reverse=True)
            else:
                by = sorted(range(len(all_keys)), key=all_keys.__getitem__)
            pick = itemgetter(*by)
            self._rows, self._skeys, self._keys, self._tabs, self._rkeys = (
                list(pick(lst)) for lst in lists
            )
        if len(self._rows) != len(self._book):
            self._rebuild()  # the list and the book disagree: start over from the book
            return
        self._reindex_positions()

    def _reindex(self) -> None:
        self._keys = [r.search_key for r in self._rows]
        self._tabs = [r.tab for r in self._rows]
        self._rkeys = [r.key for r in self._rows]
        self._reindex_positions()

    def _reindex_positions(self) -> None:
        self._display_cache.clear()
        self._found.clear()
        n = len(self._rows)
        self._pos = dict(zip(self._rkeys, range(n), strict=True))
        self._by_tab = {t: list(compress(range(n), map(is_, self._tabs, repeat(t)))) for t in Tab}
        self._recount()

    def _of_shop(self, src: Sequence[int]) -> list[int]:
        shops = map(itemgetter(0), map(self._rkeys.__getitem__, src))
        return list(compress(src, map(eq, shops, repeat(self._shop))))

    def _recount(self) -> None:
        if self._shop is None:
            self._counts = {t: len(v) for t, v in self._by_tab.items()}
        else:
            self._counts = {t: len(self._of_shop(v)) for t, v in self._by_tab.items()}

    def _filter_all(self) -> list[int]:
        """Visible positions, ascending (= current sort order), from the search index.

        The loops run in C (map/compress), not in Python bytecode per row. The lists
        returned are shared with the index: never change them in place."""
        found = self._found
        text = self._text
        hit = found.get(text)
        if hit is not None:
            return hit
        scope = found.get("")
        if scope is None:
            src: Sequence[int] = (
                range(len(self._rows)) if self._tab is None else self._by_tab[self._tab]
            )
            scope = self._of_shop(src) if self._shop is not None else list(src)
            found[""] = scope
        if not text:
            return scope
        # Narrow the smallest cached result whose text is part of this one ("mu" for "mug").
        base = min((v for k, v in found.items() if k and k in text), key=len, default=scope)
        keys = self._keys
        hay = keys if base is scope and len(base) == len(keys) else map(keys.__getitem__, base)
        result = list(compress(base, map(contains, hay, repeat(text))))
        if len(found) >= _INDEX_SIZE:
            del found[next(k for k in found if k)]  # the oldest text; keep the scope
        found[text] = result
        return result

    def _visible_row(self, pos: int) -> int | None:
        """Row of a position in the view; ``_visible`` is ascending, so bisect."""
        i = bisect_left(self._visible, pos)
        return i if i < len(self._visible) and self._visible[i] == pos else None

    def _persistent_keys(self) -> list[Key | None]:
        out: list[Key | None] = []
        for idx in self.persistentIndexList():
            row = idx.row()
            ok = idx.isValid() and 0 <= row < len(self._visible)
            out.append(self._rows[self._visible[row]].key if ok else None)
        return out

    def _remap_persistent(self, keys_before: list[Key | None]) -> None:
        old = self.persistentIndexList()
        if not old:
            return
        new: list[QModelIndex] = []
        for idx, key in zip(old, keys_before, strict=True):
            pos = self._pos.get(key) if key is not None else None
            vis = self._visible_row(pos) if pos is not None else None
            new.append(self.index(vis, idx.column()) if vis is not None else QModelIndex())
        self.changePersistentIndexList(old, new)

    def _refilter(self, *, notify: bool = True) -> None:
        visible = self._filter_all()
        if not notify:
            self._visible = visible
            return
        if visible is self._visible or visible == self._visible:
            return  # the same rows: no relayout, no repaint ("zz" → "zzz")
        self.layoutAboutToBeChanged.emit()
        keys_before = self._persistent_keys()
        self._visible = visible
        self._remap_persistent(keys_before)
        self.layoutChanged.emit()

    def hold_book_changes(self, hold: bool) -> None:
        """While held (a full sync is loading a shop), book changes are taken in at most
        every ``HOLD_INTERVAL_MS``; releasing takes in what is waiting at once. Scans do
        not wait for it: they find orders in the book, not in the list."""
        if hold == self._holding:
            return
        self._holding = hold
        if not hold:
            self._take_in.stop()
            self._take_in_held()

    def is_held(self, key: Key) -> bool:
        """A change of this order waits to be taken in (``hold_book_changes``)."""
        return key in self._held

    def take_in_now(self) -> None:
        """Take in what waits now (an order the packer opens), and go on holding."""
        self._take_in.stop()
        self._take_in_held()

    def _take_in_held(self) -> None:
        if not self._held:
            return
        keys, self._held = self._held, set()
        change = BookChange()
        for key in keys:
            present = self._book.get(key) is not None
            if key in self._pos:
                (change.updated if present else change.removed).append(key)
            elif present:
                change.added.append(key)
        if change:
            self._apply(change)

    def _on_book_change(self, change: BookChange) -> None:
        if self._holding:
            self._held.update(change.added, change.updated, change.removed)
            if not self._take_in.isActive():
                self._take_in.start()
            return
        self._apply(change)

    def _apply(self, change: BookChange) -> None:
        # In-place updates keep their sort position unless the sort key changed;
        # re-sorting 50k rows per status change would be wasteful, so only do it
        # when a row was added/removed or its tab, sort key or search key moved.
        in_place = not change.added and not change.removed
        if in_place and self._try_update_in_place(change.updated):
            return
        self.layoutAboutToBeChanged.emit()
        keys_before = self._persistent_keys()
        n = len(change.added) + len(change.updated) + len(change.removed)
        if n <= MERGE_LIMIT:
            self._merge(change)
        else:
            self._merge_many(change)
        self._visible = self._filter_all()
        self._remap_persistent(keys_before)
        self.layoutChanged.emit()
        self.countsChanged.emit(self.counts())

    def _try_update_in_place(self, keys: list[Key]) -> bool:
        keyf = self._sort_fn()
        for key in keys:
            pos = self._pos.get(key)
            new = self._book.get(key)
            if pos is None or new is None:
                return False
            old = self._rows[pos]
            moved = keyf(old) != keyf(new) or old.order.created_at != new.order.created_at
            if moved or old.tab != new.tab or old.search_key != new.search_key:
                return False
        last = len(Column.TITLES) - 1
        for key in keys:
            pos = self._pos[key]
            new_row = self._book.get(key)
            assert new_row is not None
            self._rows[pos] = new_row
            self._display_cache.pop(pos, None)
            vis = self._visible_row(pos)
            if vis is not None:
                self.dataChanged.emit(self.index(vis, 0), self.index(vis, last))
        return True
