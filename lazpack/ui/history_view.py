"""History: what happened to an order, who did it, when — for disputes and mistakes.

The search finds orders by what a seller has in hand (order id or number, tracking number,
package id, SKU, a scanned code) within a packer and a date range; the table lists every
scan, Lazada write (intent) and event of those orders in that range, newest first. Enter or
a double-click opens the order's whole timeline. "Export CSV…" writes exactly what the
filters select, through the journal's own export.

Queries never run on the GUI thread: on a year of journal (200,000 rows) a search takes
40-80 ms and an export about a second (benchmarks/history.py). ``JournalReader`` runs them on
one worker thread through a second, read-only SQLite connection, so the window keeps
painting and the scan path keeps writing meanwhile.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.ports import JournalEntry, JournalReadPort, OrderHistory
from lazpack.domain.scan_results import is_wrong_scan
from lazpack.errors import LazpackError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger, redact
from lazpack.ui import theme

log = get_logger("ui.history")

T = TypeVar("T")
_AnyIndex = QModelIndex | QPersistentModelIndex

#: Orders a search shows at most; the status line says when there are more.
SEARCH_LIMIT = 200
_WARN_OUTCOMES = frozenset({"", "unknown", "partial"})
# (light, dark) tints behind a whole row: failure, uncertain.
_ROW_TINT = {"error": ("#ffcdd2", "#5c1f1f"), "warning": ("#ffe0b2", "#5a4217")}
_TEXT_COLOUR = {
    "error": ("#b71c1c", "#ef9a9a"),
    "warning": ("#e65100", "#ffcc80"),
    "ok": ("#2e7d32", "#81c784"),
}


def local_zone() -> tzinfo:
    """The station's time zone: days in History and Stats are the packer's local days."""
    return datetime.now().astimezone().tzinfo or UTC


# ---------------------------------------------------------------------- worker
class ReaderPort(JournalReadPort, Protocol):
    """What the worker thread reads through: the query port plus a way to let go of it."""

    def close(self) -> None: ...


class JournalReader(QObject):
    """Runs journal queries one at a time on a worker thread; answers arrive on the GUI thread.

    ``open_reader`` opens the connection the worker reads through (``SqliteJournal.open_reader``:
    its own read-only connection, so a long query never holds the writer's lock). Without it
    the worker reads through ``journal`` itself, which is thread-safe but serialised with
    the scans being written.
    """

    _answered = Signal(int, object, object)  # ticket, result, error

    def __init__(
        self,
        journal: JournalReadPort,
        *,
        open_reader: Callable[[], ReaderPort] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._open_reader = open_reader
        self._conn: JournalReadPort | None = None  # touched by the worker thread only
        self._own_conn: ReaderPort | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-reader")
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[LazpackError], None]]] = {}
        self._closed = False
        # Emitted from the worker thread; Qt queues it to this object's (the GUI) thread.
        self._answered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def submit(
        self,
        query: Callable[[JournalReadPort], T],
        on_done: Callable[[T], None],
        on_error: Callable[[LazpackError], None],
    ) -> int:
        """Run ``query(journal)`` on the worker; ``on_done``/``on_error`` run on the GUI thread.

        A known error (``LazpackError``: journal locked, disk full) goes to ``on_error``;
        anything else is a bug and is re-raised on the GUI thread for the crash reporter.
        """
        if self._closed:
            raise RuntimeError("the journal reader is closed")
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_done, on_error)
        self._pool.submit(self._run, ticket, query)
        return ticket

    def _connection(self) -> JournalReadPort:
        if self._conn is None:
            if self._open_reader is not None:
                self._own_conn = self._open_reader()
                self._conn = self._own_conn
            else:
                self._conn = self._journal
        return self._conn

    def _run(self, ticket: int, query: Callable[[JournalReadPort], Any]) -> None:
        try:
            result = query(self._connection())
        except Exception as err:  # noqa: BLE001 - the GUI thread decides (see submit)
            self._emit(ticket, None, err)
            return
        self._emit(ticket, result, None)

    def _emit(self, ticket: int, result: object, error: object) -> None:
        try:
            self._answered.emit(ticket, result, error)
        except RuntimeError:
            # The widgets (and this QObject) are gone: nobody is waiting for the answer.
            log.debug("journal answer %d dropped: reader deleted", ticket)

    def _deliver(self, ticket: int, result: object, error: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is None:
            return
        on_done, on_error = callbacks
        if isinstance(error, LazpackError):
            log.warning("journal query failed: %s", error)
            on_error(error)
        elif isinstance(error, BaseException):
            raise error
        else:
            on_done(result)

    def close(self) -> None:
        """Finish the query in flight, close the worker's connection, stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._waiting.clear()

        def close_conn() -> None:
            if self._own_conn is not None:
                self._own_conn.close()

        self._pool.submit(close_conn)
        self._pool.shutdown(wait=True)


# ---------------------------------------------------------------------- rows
@dataclass(frozen=True, slots=True)
class HistoryFilter:
    """What the History tab is showing: the same filters go to the CSV export."""

    query: str = ""
    packer: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def kwargs(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "packer": self.packer,
            "since": self.since,
            "until": self.until,
        }


@dataclass(frozen=True, slots=True)
class HistoryRow:
    entry: JournalEntry
    order: OrderHistory


@dataclass(frozen=True, slots=True)
class SearchResult:
    rows: tuple[HistoryRow, ...]
    orders: int
    truncated: bool


def run_search(
    journal: JournalReadPort, f: HistoryFilter, limit: int = SEARCH_LIMIT
) -> SearchResult:
    """Every timeline line of the matching orders inside the date range, newest first.

    The same rows ``export_csv`` writes for the same filters (the export has no limit).
    """
    orders = journal.history(limit=limit, **f.kwargs())
    rows: list[HistoryRow] = []
    for h in orders:
        for e in journal.timeline(h.order_id):
            if f.since is not None and e.ts < f.since:
                continue
            if f.until is not None and e.ts >= f.until:
                continue
            rows.append(HistoryRow(e, h))
    rows.sort(key=lambda r: (r.entry.ts, r.entry.order_id or 0), reverse=True)
    return SearchResult(tuple(rows), len(orders), len(orders) >= limit)


def severity(e: JournalEntry) -> str:
    """ "error" (a wrong scan, a failed write), "warning" (outcome not known yet), "ok" or ""."""
    if e.kind == "scan":
        if is_wrong_scan(e.what, e.detail):
            return "error"
        return "ok" if e.what in ("ok", "manual") else ""
    if e.kind == "intent":
        if e.outcome == "failed":
            return "error"
        if e.outcome in _WARN_OUTCOMES:
            return "warning"
        if e.outcome == "reconciled" and "not applied" in e.detail:
            return "warning"
        return "ok"
    if "fail" in e.what or "error" in e.what or "mismatch" in e.what:
        return "error"
    return ""


def _words(name: str) -> str:
    return name.replace("_", " ")


def action_text(e: JournalEntry) -> str:
    if e.kind == "scan":
        return (
            arg(QCoreApplication.translate("HistoryView", "scan %1"), e.code)
            if e.code
            else QCoreApplication.translate("HistoryView", "scan")
        )
    if e.kind == "intent":
        return arg(QCoreApplication.translate("HistoryView", "%1 (Lazada)"), _words(e.what))
    return _words(e.what)


def result_text(e: JournalEntry) -> str:
    if e.kind == "scan":
        return _words(e.what)
    if e.kind == "intent":
        return e.outcome or QCoreApplication.translate("HistoryView", "no answer yet")
    return ""


def detail_text(e: JournalEntry) -> str:
    parts: list[str] = []
    if e.sku:
        parts.append(e.sku)
    if e.detail:
        parts.append(e.detail)
    if e.kind == "intent":
        if e.package_ids:
            parts.append(
                arg(
                    QCoreApplication.translate("HistoryView", "packages %1"),
                    ", ".join(e.package_ids),
                )
            )
        if e.duration_ms is not None:
            parts.append(f"{e.duration_ms:.0f} ms")
    # Stored text is redacted already; redact again so no path to the screen can leak one.
    return redact(" · ".join(parts))


def order_text(h: OrderHistory) -> str:
    if h.order_numbers:
        return f"{h.order_id} (#{', '.join(h.order_numbers)})"
    return str(h.order_id)


def _colour(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if theme.is_dark() else pair[0])


class _EntryModel(QAbstractTableModel):
    """Journal entries as rows; the subclasses pick the columns."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._entries: list[JournalEntry] = []

    def entry(self, row: int) -> JournalEntry:
        return self._entries[row]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryView", self.HEADERS[section])
        return None

    def time_text(self, e: JournalEntry) -> str:
        return e.ts.astimezone(self._tz).strftime("%Y-%m-%d %H:%M:%S")

    def cell(self, row: int, column: int) -> str:
        raise NotImplementedError

    def result_column(self) -> int:
        raise NotImplementedError

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(index.row(), index.column())
        level = severity(e)
        if role == Qt.ItemDataRole.BackgroundRole and level in _ROW_TINT:
            return _colour(_ROW_TINT[level])
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and level in _TEXT_COLOUR
            and index.column() == self.result_column()
        ):
            return _colour(_TEXT_COLOUR[level])
        return None


class HistoryModel(_EntryModel):
    """The search results: one row per scan, Lazada write or event."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryView", "Time"),
        QT_TRANSLATE_NOOP("HistoryView", "Station"),
        QT_TRANSLATE_NOOP("HistoryView", "Packer"),
        QT_TRANSLATE_NOOP("HistoryView", "Shop"),
        QT_TRANSLATE_NOOP("HistoryView", "Order"),
        QT_TRANSLATE_NOOP("HistoryView", "Action / scan"),
        QT_TRANSLATE_NOOP("HistoryView", "Result"),
        QT_TRANSLATE_NOOP("HistoryView", "Detail"),
        QT_TRANSLATE_NOOP("HistoryView", "Request id"),
    )
    RESULT = 6

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(tz, parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: Sequence[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._entries = [r.entry for r in self._rows]
        self.endResetModel()

    def history_row(self, row: int) -> HistoryRow:
        return self._rows[row]

    def result_column(self) -> int:
        return self.RESULT

    def cell(self, row: int, column: int) -> str:
        r = self._rows[row]
        e = r.entry
        return (
            self.time_text(e),
            e.station_id,
            e.packer,
            e.shop_id,
            order_text(r.order),
            action_text(e),
            result_text(e),
            detail_text(e),
            ", ".join(e.request_ids),
        )[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Time sorts by the instant, not by the formatted text; ties keep their order.
        keys: list[Any] = [
            r.entry.ts if column == 0 else self.cell(n, column) for n, r in enumerate(self._rows)
        ]
        ranked = sorted(
            range(len(self._rows)),
            key=lambda n: keys[n],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutAboutToBeChanged.emit()
        self._rows = [self._rows[n] for n in ranked]
        self._entries = [r.entry for r in self._rows]
        self.layoutChanged.emit()


class TimelineModel(_EntryModel):
    """One order's whole story, oldest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryView", "Time"),
        QT_TRANSLATE_NOOP("HistoryView", "What"),
        QT_TRANSLATE_NOOP("HistoryView", "Result"),
        QT_TRANSLATE_NOOP("HistoryView", "Packer"),
        QT_TRANSLATE_NOOP("HistoryView", "Station"),
        QT_TRANSLATE_NOOP("HistoryView", "Detail"),
        QT_TRANSLATE_NOOP("HistoryView", "Request id"),
    )
    RESULT = 2

    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def result_column(self) -> int:
        return self.RESULT

    def cell(self, row: int, column: int) -> str:
        e = self._entries[row]
        return (
            self.time_text(e),
            action_text(e),
            result_text(e),
            e.packer,
            e.station_id,
            detail_text(e),
            ", ".join(e.request_ids),
        )[column]


# ---------------------------------------------------------------------- widgets
class _Table(QTableView):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setFont(theme.table_font())
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def _fit_columns(table: QTableView, widest: int = 420) -> None:
    """Size columns to their text, but keep a long detail from pushing the rest off-screen."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


class _ResultsTable(_Table):
    """Enter opens the timeline on every platform (``activated`` is style-dependent)."""

    openRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class _SearchField(QLineEdit):
    """Down moves into the results, like the orders search of the station window."""

    down = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class HistoryView(QWidget):
    """The History tab. ``refresh()`` re-runs the current search."""

    #: Emitted after every finished search (the number of rows shown).
    searched = Signal(int)
    #: Emitted after an export with (path, rows written).
    exported = Signal(str, int)

    def __init__(
        self,
        journal: JournalReadPort,
        *,
        reader: JournalReader | None = None,
        packers: Sequence[str] = (),
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        export_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._tz = tz or local_zone()
        self._today = today or (lambda: datetime.now(self._tz).date())
        self._reader = reader or JournalReader(journal, parent=self)
        self._owns_reader = reader is None
        self._export_dir = export_dir or Path.home()
        self._search_ticket = 0
        self._timeline_ticket = 0
        self._export_pending = 0
        self._packers: dict[str, None] = dict.fromkeys(p for p in packers if p)
        self._timeline_order: OrderHistory | None = None
        self.export_dialog: QFileDialog | None = None
        self.last_result: SearchResult | None = None
        self._build()
        self.reset_dates()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.search = _SearchField()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "HistoryView",
                "Order id or number, tracking number, package id, SKU or scanned code",
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setFont(theme.base_font(2))
        self.packer = QComboBox()
        self.packer.setObjectName("historyPacker")
        self.packer.setEditable(True)
        self.packer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.packer.setMinimumContentsLength(10)
        line = self.packer.lineEdit()
        assert line is not None
        line.setPlaceholderText(QCoreApplication.translate("HistoryView", "All packers"))
        self._fill_packers()
        self.date_from = self._date_edit("historyFrom")
        self.date_to = self._date_edit("historyTo")
        self.search_button = QPushButton(QCoreApplication.translate("HistoryView", "&Search"))
        self.search_button.setObjectName("historySearchButton")
        self.export_button = QPushButton(QCoreApplication.translate("HistoryView", "&Export CSV…"))
        self.export_button.setObjectName("historyExport")

        filters = QHBoxLayout()
        filters.addWidget(self._label("&Find:", self.search))
        filters.addWidget(self.search, 3)
        filters.addWidget(self._label("&Packer:", self.packer))
        filters.addWidget(self.packer, 1)
        filters.addWidget(self._label("F&rom:", self.date_from))
        filters.addWidget(self.date_from)
        filters.addWidget(self._label("&To:", self.date_to))
        filters.addWidget(self.date_to)
        filters.addWidget(self.search_button)
        filters.addWidget(self.export_button)

        self.model = HistoryModel(self._tz, self)
        self.table = _ResultsTable("historyTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_by)
        self._sort_column, self._sort_desc = 0, True

        self.timeline_header = QLabel(
            QCoreApplication.translate(
                "HistoryView", "Select a line and press Enter to see the order's timeline."
            )
        )
        self.timeline_header.setObjectName("timelineHeader")
        self.timeline_header.setWordWrap(True)
        self.timeline_header.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline_header.setFont(theme.base_font(3, bold=True))
        self.timeline_model = TimelineModel(self._tz, self)
        self.timeline = _Table("historyTimeline")
        self.timeline.setModel(self.timeline_model)
        timeline_box = QWidget()
        tl = QVBoxLayout(timeline_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.timeline_header)
        tl.addWidget(self.timeline)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(timeline_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.status = QLabel()
        self.status.setObjectName("historyStatus")
        self.status.setFont(theme.base_font(1))
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

        self.setTabOrder(self.search, self.packer)
        self.setTabOrder(self.packer, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.search_button)
        self.setTabOrder(self.search_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)
        self.setTabOrder(self.table, self.timeline)

        # Typing searches after a pause; Enter searches at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.search.down.connect(self._focus_results)
        self.packer.activated.connect(lambda _i: self.refresh())
        line.returnPressed.connect(self.refresh)
        self.date_from.dateChanged.connect(lambda _d: self.refresh())
        self.date_to.dateChanged.connect(lambda _d: self.refresh())
        self.search_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.ask_export)
        self.table.activated.connect(self.open_timeline)
        self.table.openRequested.connect(self.open_timeline)

        # Alt+F (the Find label) reaches the search field; Ctrl+F stays the window's.
        self.setFocusProxy(self.search)
        for keys, slot in (
            ("Ctrl+Shift+E", self.ask_export),
            ("Escape", self._focus_results),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    def _date_edit(self, name: str) -> QDateEdit:
        d = QDateEdit()
        d.setObjectName(name)
        d.setCalendarPopup(True)
        d.setDisplayFormat("yyyy-MM-dd")
        return d

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _fill_packers(self) -> None:
        current = self.packer.currentText()
        self.packer.blockSignals(True)
        self.packer.clear()
        self.packer.addItem("")
        for p in sorted(self._packers, key=str.casefold):
            self.packer.addItem(p)
        self.packer.setEditText(current)
        self.packer.blockSignals(False)

    # ------------------------------------------------------------------ filters
    def reset_dates(self) -> None:
        """The default range: the last 7 days, today included."""
        today = self._today()
        for edit, day in ((self.date_from, today - timedelta(days=6)), (self.date_to, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def set_filter(
        self,
        *,
        query: str | None = None,
        packer: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> None:
        """Set filters without a search per field (scripts, tests, "show in history")."""
        if query is not None:
            self.search.setText(query)
        if packer is not None:
            self.packer.setEditText(packer)
        for edit, day in ((self.date_from, date_from), (self.date_to, date_to)):
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def search_for(self, text: str) -> None:
        """Search for ``text`` now (a scanned AWB or order barcode while this page is shown)."""
        self.search.setText(text.strip())
        self.refresh()

    def current_filter(self) -> HistoryFilter:
        lo = self.date_from.date().toPython()
        hi = self.date_to.date().toPython()
        assert isinstance(lo, date) and isinstance(hi, date)
        if hi < lo:
            lo, hi = hi, lo
        return HistoryFilter(
            query=self.search.text().strip(),
            packer=self.packer.currentText().strip(),
            since=datetime.combine(lo, time.min, self._tz),
            until=datetime.combine(hi + timedelta(days=1), time.min, self._tz),
        )

    @property
    def busy(self) -> bool:
        """A search, timeline or export is pending (tests wait on this, never on time)."""
        return self._debounce.isActive() or self._reader.busy

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_results(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def refresh(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        self.status.setText(QCoreApplication.translate("HistoryView", "Searching…"))
        self._search_ticket += 1
        ticket = self._search_ticket
        self._reader.submit(
            lambda j: run_search(j, f),
            lambda result: self._show_result(ticket, result),
            self._show_error,
        )

    def _show_result(self, ticket: int, result: SearchResult) -> None:
        if ticket != self._search_ticket:
            return  # an older search answered after a newer one was asked
        self.last_result = result
        self.model.set_rows(result.rows)
        if (self._sort_column, self._sort_desc) != (0, True):
            self._apply_sort()
        seen = {r.entry.packer for r in result.rows if r.entry.packer}
        if not seen <= self._packers.keys():
            self._packers.update(dict.fromkeys(seen))
            self._fill_packers()
        _fit_columns(self.table)
        if result.rows:
            text = arg(
                QCoreApplication.translate("HistoryView", "%1 in %2"),
                QCoreApplication.translate("HistoryView", "%n line(s)", None, len(result.rows)),
                QCoreApplication.translate("HistoryView", "%n order(s)", None, result.orders),
            )
            if result.truncated:
                text += QCoreApplication.translate(
                    "HistoryView",
                    " — only the %n most recent orders are shown; narrow the search or the dates "
                    "to see older ones",
                    None,
                    SEARCH_LIMIT,
                )
        else:
            text = QCoreApplication.translate("HistoryView", "Nothing found for these filters.")
        self._set_status(text)
        self.searched.emit(len(result.rows))

    def _show_error(self, err: LazpackError) -> None:
        hint = getattr(err, "hint", "") or ""
        self._set_status(f"{err} {hint}".strip(), error=True)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        colour = _colour(_TEXT_COLOUR["error"]).name() if error else ""
        self.status.setStyleSheet(f"color: {colour};" if colour else "")

    def _sort_by(self, column: int) -> None:
        if column == self._sort_column:
            self._sort_desc = not self._sort_desc
        else:
            self._sort_column, self._sort_desc = column, column == 0
        self._apply_sort()

    def _apply_sort(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self._sort_desc else Qt.SortOrder.AscendingOrder
        self.model.sort(self._sort_column, order)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(self._sort_column, order)

    # ------------------------------------------------------------------ timeline
    def open_timeline(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.history_row(index.row())
        self.show_order(row.order)

    def show_order(self, order: OrderHistory) -> None:
        self._timeline_order = order
        self.timeline_header.setText(
            arg(QCoreApplication.translate("HistoryView", "Order %1 — loading…"), order_text(order))
        )
        self._timeline_ticket += 1
        ticket = self._timeline_ticket
        oid = order.order_id
        self._reader.submit(
            lambda j: j.timeline(oid),
            lambda entries: self._show_timeline(ticket, order, entries),
            self._show_error,
        )

    def _show_timeline(
        self, ticket: int, order: OrderHistory, entries: Sequence[JournalEntry]
    ) -> None:
        if ticket != self._timeline_ticket:
            return
        self.timeline_model.set_entries(entries)
        _fit_columns(self.timeline)
        self.timeline_header.setText(self._order_summary(order, entries))
        if entries:
            self.timeline.setCurrentIndex(self.timeline_model.index(len(entries) - 1, 0))
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _order_summary(self, o: OrderHistory, entries: Sequence[JournalEntry]) -> str:
        state = (
            QCoreApplication.translate("HistoryView", "ready to ship")
            if o.ready_to_ship
            else QCoreApplication.translate("HistoryView", "packed")
            if o.packed
            else QCoreApplication.translate("HistoryView", "not packed")
        )
        parts = [
            arg(
                QCoreApplication.translate("HistoryView", "Order %1 · %2 · %3"),
                order_text(o),
                o.shop_id,
                state,
            )
        ]
        if o.package_ids:
            parts.append(
                arg(
                    QCoreApplication.translate("HistoryView", "packages %1"),
                    ", ".join(o.package_ids),
                )
            )
        if o.tracking_numbers:
            parts.append(
                arg(
                    QCoreApplication.translate("HistoryView", "tracking %1"),
                    ", ".join(o.tracking_numbers),
                )
            )
        if o.packers:
            parts.append(
                arg(
                    QCoreApplication.translate(
                        "HistoryView", "%n packer(s) %1", None, len(o.packers)
                    ),
                    ", ".join(o.packers),
                )
            )
        if o.stations:
            parts.append(
                arg(
                    QCoreApplication.translate(
                        "HistoryView", "%n station(s) %1", None, len(o.stations)
                    ),
                    ", ".join(o.stations),
                )
            )
        problems = sum(severity(e) == "error" for e in entries)
        unsure = sum(severity(e) == "warning" for e in entries)
        parts.append(
            arg(
                QCoreApplication.translate("HistoryView", "%1, %2 of %3"),
                QCoreApplication.translate("HistoryView", "%n line(s)", None, len(entries)),
                QCoreApplication.translate("HistoryView", "%n wrong scan(s)", None, o.wrong_scans),
                QCoreApplication.translate("HistoryView", "%n item scan(s)", None, o.scans),
            )
        )
        if problems:
            parts.append(QCoreApplication.translate("HistoryView", "%n failure(s)", None, problems))
        if unsure:
            parts.append(
                QCoreApplication.translate(
                    "HistoryView", "%n without a known outcome", None, unsure
                )
            )
        return " · ".join(parts)

    @property
    def timeline_order(self) -> OrderHistory | None:
        return self._timeline_order

    # ------------------------------------------------------------------ export
    def ask_export(self) -> QFileDialog:
        """The save dialog, opened with ``open()`` (no nested event loop, design.md §3)."""
        if self.export_dialog is not None:
            self.export_dialog.close()
            self.export_dialog.deleteLater()
        dlg = QFileDialog(self, QCoreApplication.translate("HistoryView", "Export history as CSV"))
        dlg.setObjectName("historyExportDialog")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile)
        dlg.setNameFilter(QCoreApplication.translate("HistoryView", "CSV files (*.csv)"))
        dlg.setDefaultSuffix("csv")
        dlg.setDirectory(str(self._export_dir))
        dlg.selectFile(f"lazpack-history-{self._today():%Y%m%d}.csv")
        f = self.current_filter()  # what is on screen when the packer asked
        dlg.fileSelected.connect(lambda path: self.export_to(Path(path), f))
        self.export_dialog = dlg
        dlg.open()
        return dlg

    def export_to(self, path: Path, f: HistoryFilter | None = None) -> None:
        """Write every line the filters select (no row limit) to ``path``, off the GUI thread."""
        flt = f or self.current_filter()
        self._export_dir = path.parent
        self._set_status(arg(QCoreApplication.translate("HistoryView", "Exporting to %1…"), path))
        self.export_button.setEnabled(False)
        self._reader.submit(
            lambda j: j.export_csv(path, **flt.kwargs()),
            lambda n: self._exported(path, n),
            self._export_failed,
        )

    def _exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self._set_status(
            arg(
                QCoreApplication.translate("HistoryView", "Exported %n line(s) to %1.", None, rows),
                path,
            )
        )
        self.exported.emit(str(path), rows)

    def _export_failed(self, err: LazpackError) -> None:
        self.export_button.setEnabled(True)
        self._show_error(err)

    # ------------------------------------------------------------------ lifecycle
    def shutdown(self) -> None:
        """Stop the worker this view started (a shared reader is closed by its owner)."""
        self._debounce.stop()
        if self._owns_reader:
            self._reader.close()
