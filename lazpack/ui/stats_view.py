"""Stats: how each packer's day went — orders, items, speed, wrong scans, time per order.

Numbers come from ``JournalReadPort.stats`` (an order counts for the packer and hour of its
first applied Pack; its time runs from its first scan to the end of its last applied Pack
or RTS). The chart shows orders packed per hour of the chosen day, one bar per packer.
Queries run on the ``JournalReader`` worker (a week of stats on a big journal is ~100 ms).

``RetentionSettings`` ("keep history for N days") lives here too: the journal is pruned to
it when the station starts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import Settings
from lazpack.domain.ports import JournalReadPort, PackerStats
from lazpack.errors import LazpackError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.ui import theme
from lazpack.ui.journal_reader import JournalReader, local_zone
from lazpack.ui.translations import day_text

log = get_logger("ui.stats")

_AnyIndex = QModelIndex | QPersistentModelIndex
#: (label, days ending on the chosen day)
RANGES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("StatsView", "This day"), 1),
    (QT_TRANSLATE_NOOP("StatsView", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("StatsView", "Last 30 days"), 30),
)
#: Longest retention the setting offers: ten years.
MAX_RETENTION_DAYS = 3650


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = round(seconds)
    if s < 60:
        return arg(QCoreApplication.translate("StatsView", "%1 s"), s)
    if s < 3600:
        return arg(QCoreApplication.translate("StatsView", "%1 min %2 s"), s // 60, f"{s % 60:02d}")
    return arg(
        QCoreApplication.translate("StatsView", "%1 h %2 min"), s // 3600, f"{s % 3600 // 60:02d}"
    )


def rate_text(wrong: int, scans: int) -> str:
    if not scans:
        return "—"
    return arg(
        QCoreApplication.translate("StatsView", "%1 (%2 of %3)"),
        f"{wrong / scans:.0%}",
        wrong,
        scans,
    )


class StatsModel(QAbstractTableModel):
    """One row per packer per day."""

    HEADERS = (
        QT_TRANSLATE_NOOP("StatsView", "Day"),
        QT_TRANSLATE_NOOP("StatsView", "Packer"),
        QT_TRANSLATE_NOOP("StatsView", "Orders"),
        QT_TRANSLATE_NOOP("StatsView", "Items"),
        QT_TRANSLATE_NOOP("StatsView", "Orders / hour"),
        QT_TRANSLATE_NOOP("StatsView", "Items / hour"),
        QT_TRANSLATE_NOOP("StatsView", "Wrong-scan rate"),
        QT_TRANSLATE_NOOP("StatsView", "Median per order"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PackerStats] = []

    def set_rows(self, rows: Sequence[PackerStats]) -> None:
        self.beginResetModel()
        # Newest day first; within a day the busiest packer first.
        self._rows = sorted(rows, key=lambda s: (-s.day.toordinal(), -s.orders, s.packer))
        self.endResetModel()

    def stats(self, row: int) -> PackerStats:
        return self._rows[row]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StatsView", self.HEADERS[section])
        return None

    def cell(self, row: int, column: int) -> str:
        s = self._rows[row]
        return (
            day_text(s.day, "ddd yyyy-MM-dd"),
            s.packer or QCoreApplication.translate("StatsView", "(no packer logged in)"),
            str(s.orders),
            str(s.items),
            f"{s.orders_per_hour:.1f}",
            f"{s.items_per_hour:.1f}",
            rate_text(s.wrong_scans, s.scans),
            duration_text(s.median_order_seconds),
        )[column]

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            s = self._rows[index.row()]
            return arg(
                QCoreApplication.translate(
                    "StatsView",
                    "%1 orders over %2 hours with at least one packed order",
                ),
                s.orders,
                s.active_hours,
            )
        return None


class _Card(QFrame):
    """One big number with its caption, readable from a metre away."""

    def __init__(self, caption: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        self.value.setObjectName(name + "Value")
        self.value.setFont(theme.base_font(18, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cap = QLabel(caption)
        cap.setFont(theme.base_font(1))
        cap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(cap)


class HourlyChart(QChartView):
    """Orders packed per hour of one day, one bar set per packer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setObjectName("statsChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._chart.legend().setFont(theme.base_font(1))
        self._chart.setTitleFont(theme.base_font(3, bold=True))
        #: (hours shown, {packer: orders per hour}) of the last plot — what the bars say.
        self.plotted: tuple[list[int], dict[str, list[int]]] = ([], {})

    def plot(self, day: date, rows: Sequence[PackerStats]) -> None:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        per_packer = {
            s.packer or QCoreApplication.translate("StatsView", "(none)"): {
                h.hour: h.orders for h in s.hourly
            }
            for s in rows
        }
        active = sorted({h for hours in per_packer.values() for h in hours})
        if not active:
            self.plotted = ([], {})
            chart.setTitle(
                arg(
                    QCoreApplication.translate("StatsView", "No orders packed on %1"), day_text(day)
                )
            )
            return
        hours = list(range(active[0], active[-1] + 1))
        series = QBarSeries()
        bars: dict[str, list[int]] = {}
        for packer in sorted(per_packer, key=str.casefold):
            counts = [per_packer[packer].get(h, 0) for h in hours]
            bars[packer] = counts
            bar_set = QBarSet(packer)
            bar_set.append([float(c) for c in counts])
            series.append(bar_set)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{h:02d}:00" for h in hours])
        x.setLabelsFont(theme.base_font(0))
        y = QValueAxis()
        top = max(max(c) for c in bars.values())
        y.setRange(0, max(1, top))
        y.setTickCount(min(top, 5) + 1 if top > 0 else 2)
        y.setLabelFormat("%d")
        y.setLabelsFont(theme.base_font(0))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.setTitle(
            arg(
                QCoreApplication.translate("StatsView", "Orders packed per hour — %1"),
                day_text(day),
            )
        )
        self.plotted = (hours, bars)


class RetentionSettings(QWidget):
    """ "Keep history for N days": saved through ``save_settings``; applied at start-up."""

    saved = Signal(int)

    def __init__(
        self,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionSettings")
        self._settings = settings
        self._save = save_settings
        self.days = QSpinBox()
        self.days.setObjectName("retentionDays")
        self.days.setRange(1, MAX_RETENTION_DAYS)
        self.days.setSuffix(" days")
        self.days.setValue(max(1, min(MAX_RETENTION_DAYS, settings.journal_retention_days)))
        self.save_button = QPushButton(QCoreApplication.translate("RetentionSettings", "Sa&ve"))
        self.save_button.setObjectName("retentionSave")
        self.status = QLabel()
        self.status.setObjectName("retentionStatus")
        label = QLabel(QCoreApplication.translate("RetentionSettings", "&Keep history for"))
        label.setBuddy(self.days)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.days)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status, 1)
        self.save_button.clicked.connect(self.save)
        self.days.editingFinished.connect(self._show_pending)
        self.setToolTip(
            QCoreApplication.translate(
                "RetentionSettings",
                "Journal lines older than this are removed when lazpack starts. Writes to Lazada"
                " whose outcome is still unknown are always kept.",
            )
        )

    def _show_pending(self) -> None:
        if self.days.value() != self._settings.journal_retention_days:
            self.status.setText(QCoreApplication.translate("RetentionSettings", "Not saved yet."))

    def save(self) -> None:
        days = self.days.value()
        previous = self._settings.journal_retention_days
        self._settings.journal_retention_days = days
        try:
            self._save(self._settings)
        except LazpackError as err:
            self._settings.journal_retention_days = previous
            self.status.setText(arg(QCoreApplication.translate("StatsView", "Not saved: %1"), err))
            log.warning("retention setting not saved: %s", err)
            return
        self.status.setText(
            QCoreApplication.translate(
                "StatsView",
                "Saved. History older than %n day(s) is removed at start-up.",
                None,
                days,
            )
        )
        self.saved.emit(days)


class StatsView(QWidget):
    """The Stats tab. ``refresh()`` re-reads the chosen day (and range)."""

    #: Emitted after every finished refresh (the number of packer-day rows).
    refreshed = Signal(int)

    def __init__(
        self,
        journal: JournalReadPort,
        *,
        settings: Settings | None = None,
        save_settings: Callable[[Settings], None] | None = None,
        reader: JournalReader | None = None,
        tz: tzinfo | None = None,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statsView")
        self._tz = tz or local_zone()
        self._today = today or (lambda: datetime.now(self._tz).date())
        self._reader = reader or JournalReader(journal, parent=self)
        self._owns_reader = reader is None
        self._ticket = 0
        self.rows: list[PackerStats] = []
        self._build(settings, save_settings)
        self.go_today()

    def _build(
        self, settings: Settings | None, save_settings: Callable[[Settings], None] | None
    ) -> None:
        self.day = QDateEdit()
        self.day.setObjectName("statsDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd yyyy-MM-dd")
        self.day.setFont(theme.base_font(2))
        prev_day = QPushButton(QCoreApplication.translate("StatsView", "◀ Previous day"))
        prev_day.setObjectName("statsPrevDay")
        next_day = QPushButton(QCoreApplication.translate("StatsView", "Next day ▶"))
        next_day.setObjectName("statsNextDay")
        today = QPushButton(QCoreApplication.translate("StatsView", "T&oday"))
        today.setObjectName("statsToday")
        self.range = QComboBox()
        self.range.setObjectName("statsRange")
        for label, days in RANGES:
            self.range.addItem(QCoreApplication.translate("StatsView", label), days)
        day_label = QLabel(QCoreApplication.translate("StatsView", "&Day:"))
        day_label.setBuddy(self.day)
        range_label = QLabel(QCoreApplication.translate("StatsView", "&Show:"))
        range_label.setBuddy(self.range)

        top = QHBoxLayout()
        for w in (day_label, self.day, prev_day, next_day, today, range_label, self.range):
            top.addWidget(w)
        top.addStretch(1)
        self.retention: RetentionSettings | None = None
        if settings is not None and save_settings is not None:
            self.retention = RetentionSettings(settings, save_settings)
            top.addWidget(self.retention)

        self.cards = {
            "orders": _Card(
                QCoreApplication.translate("StatsView", "Orders packed"), "statsOrders"
            ),
            "items": _Card(QCoreApplication.translate("StatsView", "Items packed"), "statsItems"),
            "orders_per_hour": _Card(
                QCoreApplication.translate("StatsView", "Orders / hour (station)"),
                "statsOrdersPerHour",
            ),
            "wrong_rate": _Card(
                QCoreApplication.translate("StatsView", "Wrong-scan rate"), "statsWrongRate"
            ),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)

        self.model = StatsModel(self)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setModel(self.model)
        self.table.setFont(theme.base_font(4))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setFont(theme.base_font(1, bold=True))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):  # day and packer: never cut short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.chart = HourlyChart()

        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.status)

        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.range.activated.connect(lambda _i: self.refresh())
        prev_day.clicked.connect(lambda: self.step_day(-1))
        next_day.clicked.connect(lambda: self.step_day(1))
        today.clicked.connect(self.go_today)
        # Enter on a row of another day shows that day's chart.
        self.table.activated.connect(self._open_row)
        for keys, slot in (
            ("Alt+Left", lambda: self.step_day(-1)),
            ("Alt+Right", lambda: self.step_day(1)),
            ("Alt+Home", self.go_today),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # ------------------------------------------------------------------ day
    @property
    def selected_day(self) -> date:
        d = self.day.date().toPython()
        assert isinstance(d, date)
        return d

    def set_day(self, day: date) -> None:
        if day == self.selected_day:
            self.refresh()
        else:
            self.day.setDate(QDate(day.year, day.month, day.day))  # dateChanged refreshes

    def step_day(self, days: int) -> None:
        self.set_day(self.selected_day + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self._today())

    def set_range_days(self, days: int) -> None:
        self.range.setCurrentIndex(max(0, self.range.findData(days)))
        self.refresh()

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.set_day(self.model.stats(index.row()).day)

    # ------------------------------------------------------------------ data
    @property
    def busy(self) -> bool:
        return self._reader.busy

    def refresh(self) -> None:
        day = self.selected_day
        span = int(self.range.currentData() or 1)
        since = day - timedelta(days=span - 1)
        tz = self._tz
        self._ticket += 1
        ticket = self._ticket
        self.status.setText(QCoreApplication.translate("StatsView", "Counting…"))
        self._reader.submit(
            lambda j: j.stats(since=since, until=day, tz=tz),
            lambda rows: self._show(ticket, day, rows),
            self._show_error,
        )

    def _show(self, ticket: int, day: date, rows: list[PackerStats]) -> None:
        if ticket != self._ticket:
            return
        self.rows = list(rows)
        self.model.set_rows(rows)
        today_rows = [s for s in rows if s.day == day]
        orders = sum(s.orders for s in today_rows)
        items = sum(s.items for s in today_rows)
        scans = sum(s.scans for s in today_rows)
        wrong = sum(s.wrong_scans for s in today_rows)
        # The station's rate: orders over the hours in which anyone packed.
        hours = {h.hour for s in today_rows for h in s.hourly}
        self.cards["orders"].value.setText(str(orders))
        self.cards["items"].value.setText(str(items))
        self.cards["orders_per_hour"].value.setText(f"{orders / len(hours):.1f}" if hours else "—")
        self.cards["wrong_rate"].value.setText(f"{wrong / scans:.0%}" if scans else "—")
        self.chart.plot(day, today_rows)
        packers = len({s.packer for s in today_rows})
        self.status.setText(
            arg(
                QCoreApplication.translate("StatsView", "%1: %2, %3 by %4."),
                day_text(day),
                QCoreApplication.translate("StatsView", "%n order(s)", None, orders),
                QCoreApplication.translate("StatsView", "%n item(s)", None, items),
                QCoreApplication.translate("StatsView", "%n packer(s)", None, packers),
            )
            if today_rows
            else arg(
                QCoreApplication.translate("StatsView", "Nothing was packed on %1."), day_text(day)
            )
        )
        self.status.setStyleSheet("")
        self.refreshed.emit(len(rows))

    def _show_error(self, err: LazpackError) -> None:
        self.status.setText(f"{err} {getattr(err, 'hint', '') or ''}".strip())
        self.status.setStyleSheet("color: #c62828;")

    def shutdown(self) -> None:
        if self._owns_reader:
            self._reader.close()
