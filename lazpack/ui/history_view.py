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

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
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
from lazpack.errors import LazpackError
from lazpack.i18n import arg
from lazpack.log import get_logger
from lazpack.ui import theme
from lazpack.ui.history_model import (
    SEARCH_LIMIT,
    HistoryFilter,
    HistoryModel,
    SearchResult,
    TimelineModel,
    order_text,
    run_search,
    severity,
    severity_colour,
)
from lazpack.ui.journal_reader import JournalReader, local_zone

log = get_logger("ui.history")


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
        colour = severity_colour("error").name() if error else ""
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
