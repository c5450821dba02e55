"""What the History tab shows: the search over the journal and the two table models.

``HistoryFilter`` is what the packer asked for (the CSV export gets the same filters);
``run_search`` turns it into timeline lines (it runs on the ``JournalReader`` worker);
``HistoryModel`` lists the search's lines and ``TimelineModel`` one order's whole
timeline, each line tinted by ``severity``. The widgets are in ``lazpack.ui.history_view``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from lazpack.domain.ports import JournalEntry, JournalReadPort, OrderHistory
from lazpack.domain.scan_results import is_wrong_scan
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import redact
from lazpack.ui import theme

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


def severity_colour(level: str) -> QColor:
    """The text colour of a severity ("error", "warning", "ok") in the current theme."""
    return _colour(_TEXT_COLOUR[level])


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
