"""The big current-order display: what to do next, in type readable from a metre away.

``PackView`` paints one :class:`~lazpack.domain.workflow.ScanOutcome` at a time: a colour
for its severity (green accepted, red rejected, neutral information) that flashes bright
and settles to a tint which stays until the next scan, the next action in very large
type, the scan's own message naming what was scanned, and the order's progress.

``PackBatchDialog`` lists a batch's per-order outcomes with the failures retryable.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.workflow import Kind, ScanOutcome, Severity, State, Step
from lazpack.errors import KnownError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.ui import theme
from lazpack.ui.bounded_label import BoundedLabel
from lazpack.ui.progress import show_progress

if TYPE_CHECKING:  # the batch service loads with the first batch, not with the window
    from lazpack.services.batch import OrderBatchReport, OrderOutcome

log = get_logger("ui.pack")

IDLE_TEXT = QT_TRANSLATE_NOOP("PackView", "Scan an order or AWB")
READY_TEXT = QT_TRANSLATE_NOOP("PackView", "Ready to ship ✓ — scan the next order")

#: (flash, settled tint, text) per severity; light palette then dark palette
_COLOURS: dict[str, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    Severity.OK: (("#43a047", "#c8e6c9", "#0b2e0d"), ("#2e7d32", "#1b3d1e", "#e8f5e9")),
    Severity.ERROR: (("#e53935", "#ffcdd2", "#3b0a0a"), ("#c62828", "#4a1414", "#ffebee")),
    Severity.INFO: (("#90a4ae", "#eceff1", "#1c2529"), ("#546e7a", "#263238", "#eceff1")),
    "ready": (("#2e7d32", "#a5d6a7", "#08240a"), ("#1b5e20", "#1f4d22", "#e8f5e9")),
}

FLASH_MS = 350

#: kinds after which the service goes on by itself when the policy reaches that step
_WORKING: dict[Kind, tuple[Step, str]] = {
    Kind.COMPLETE: (Step.PACK, QT_TRANSLATE_NOOP("PackView", "Packing…")),
    Kind.PACKED: (Step.LABEL, QT_TRANSLATE_NOOP("PackView", "Printing label…")),
    Kind.LABELLED: (Step.RTS, QT_TRANSLATE_NOOP("PackView", "Marking ready to ship…")),
    Kind.LABEL_CONFIRMED: (Step.RTS, QT_TRANSLATE_NOOP("PackView", "Marking ready to ship…")),
}


def _asks_label_scan(next_action: str) -> bool:
    # the service's own (translated) sentence, compared whole: never an English substring
    return next_action == translate("Workflow", "Scan the label on the parcel to confirm it.")


def _asks_dbs_ready(next_action: str) -> bool:
    return next_action == translate("Workflow", "Scan DONE to mark ready to ship.")


def headline(outcome: ScanOutcome | None, *, busy: bool = False, auto_until: str = "rts") -> str:
    """The one line the packer reads: the next thing to do (or what is happening)."""
    if outcome is None or (outcome.state is State.IDLE and outcome.kind is not Kind.STEP_FAILED):
        return QCoreApplication.translate("PackView", IDLE_TEXT)
    st = outcome.state
    if outcome.kind is Kind.STEP_FAILED:
        return QCoreApplication.translate(
            "PackView", "Not finished — scan DONE to retry, or CANCEL"
        )
    if st is State.READY_TO_SHIP:
        return QCoreApplication.translate("PackView", READY_TEXT)
    working = _WORKING.get(outcome.kind)
    auto = Step(auto_until) if auto_until in tuple(Step) else Step.RTS
    if (
        working is not None
        and auto.rank >= working[0].rank
        and not _asks_label_scan(outcome.next_action)
        and not (outcome.kind is Kind.PACKED and _asks_dbs_ready(outcome.next_action))
    ):
        return QCoreApplication.translate("PackView", working[1])
    if (
        busy
        and outcome.kind is Kind.COMMAND
        and st in (State.VERIFIED, State.PACKED, State.LABELLED)
    ):
        return QCoreApplication.translate("PackView", "Working…")
    if st in (State.ORDER_OPEN, State.VERIFYING):
        missing = [ln for ln in outcome.lines if not ln.complete]
        verified, expected = outcome.progress
        if missing:
            return arg(
                QCoreApplication.translate("PackView", "Scan item %1 of %2: %3"),
                verified + 1,
                expected,
                missing[0].sku,
            )
    if st is State.VERIFIED:
        return QCoreApplication.translate("PackView", "All items verified — scan DONE to pack")
    if st is State.PACKED:
        return QCoreApplication.translate("PackView", "Packed — scan DONE to print the label")
    if st is State.LABELLED:
        if _asks_label_scan(outcome.next_action):
            return QCoreApplication.translate("PackView", "Scan the label on the parcel")
        return QCoreApplication.translate("PackView", "Label printed — scan DONE for ready to ship")
    return outcome.next_action or QCoreApplication.translate("PackView", IDLE_TEXT)


def colour_key(outcome: ScanOutcome | None) -> str:
    if outcome is None:
        return Severity.INFO
    if outcome.kind is Kind.READY:
        return "ready"
    return outcome.severity


class PackView(QFrame):
    """Next action, last scan's message, progress; flashes on every outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.outcome: ScanOutcome | None = None
        #: "ok" | "error" | "info" | "ready" — the colour currently shown
        self.colour = str(Severity.INFO)

        self.order_label = BoundedLabel(QCoreApplication.translate("PackView", "No order open"))
        self.order_label.setObjectName("packOrder")
        self.order_label.setFont(theme.base_font(6, bold=True))
        self.packer_label = BoundedLabel("")
        self.packer_label.setObjectName("packerLabel")
        self.packer_label.setFont(theme.base_font(2, bold=True))
        self.packer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The packer's name stays readable beside a long order line: the label keeps its
        # size hint (the whole "Packer: …", at most PREFERRED_WIDTH, so the window cannot
        # grow); the order line, stretched, takes what is left.
        self.packer_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        # what to do next and the last scan's message can carry Lazada's text: bounded
        # (two and three lines), the whole text in the tooltip
        self.next_label = BoundedLabel(QCoreApplication.translate("PackView", IDLE_TEXT), lines=2)
        self.next_label.setObjectName("nextAction")
        self.next_label.setFont(theme.base_font(16, bold=True))
        self.message_label = BoundedLabel("", lines=3)
        self.message_label.setObjectName("scanMessage")
        self.message_label.setFont(theme.base_font(4))
        self.progress = QProgressBar()
        self.progress.setObjectName("packProgress")
        self.progress.setFormat(QCoreApplication.translate("PackView", "%v of %m items"))
        self.progress.setMinimumHeight(26)
        self.progress.setFont(theme.base_font(2, bold=True))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.order_label, 1)
        top.addWidget(self.packer_label)
        outer = QHBoxLayout(self)  # the order's texts, and at the right side panels (video)
        outer.setContentsMargins(14, 8, 14, 10)
        lay = QVBoxLayout()
        outer.addLayout(lay, 1)
        self._side = outer
        lay.addLayout(top)
        lay.addWidget(self.next_label)
        lay.addWidget(self.message_label)
        lay.addWidget(self.progress)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(FLASH_MS)
        self._settle.timeout.connect(lambda: self._paint(flash=False))
        self._paint(flash=False)

    # ------------------------------------------------------------------ state
    def set_packer(self, name: str) -> None:
        self.packer_label.setText(
            arg(QCoreApplication.translate("PackView", "Packer: %1"), name)
            if name
            else QCoreApplication.translate("PackView", "Packer: — (scan your card)")
        )

    def show_outcome(
        self, outcome: ScanOutcome, *, busy: bool = False, auto_until: str = "rts"
    ) -> None:
        self.outcome = outcome
        self.colour = str(colour_key(outcome))
        if outcome.order_number is not None and outcome.state is not State.IDLE:
            self.order_label.setText(
                arg(QCoreApplication.translate("PackView", "Order %1"), outcome.order_number)
            )
        elif outcome.state is State.IDLE:
            self.order_label.setText(QCoreApplication.translate("PackView", "No order open"))
        self.next_label.setText(headline(outcome, busy=busy, auto_until=auto_until))
        self.message_label.setText(outcome.message)
        verified, expected = outcome.progress
        show = outcome.state is not State.IDLE and expected > 0
        self.progress.setVisible(show)
        if show:
            show_progress(self.progress, verified, expected)
        self._paint(flash=True)
        self._settle.start()

    def add_side_widget(self, widget: QWidget) -> None:
        """A small panel at the right of the order's texts (the packing video preview)."""
        self._side.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def set_headline(self, text: str) -> None:
        self.next_label.setText(text)

    def _paint(self, *, flash: bool) -> None:
        light, dark = _COLOURS[self.colour]
        # the application's palette: this widget's own one carries the stylesheet colour
        flash_bg, tint, text = dark if theme.is_dark() else light
        bg = flash_bg if flash else tint
        fg = "#ffffff" if flash else text
        # A palette, not a style sheet: re-polishing on every scan costs milliseconds.
        pal = QPalette(self.palette())
        pal.setColor(QPalette.ColorRole.Window, QColor(bg))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        self.setPalette(pal)

    @property
    def flashing(self) -> bool:
        return self._settle.isActive()


# ---------------------------------------------------------------------- batch
BatchFn = Callable[[list[tuple[str, int]]], Awaitable["OrderBatchReport"]]


#: The batch service's order groups (``Group`` values), as the packer reads them.
_GROUPS: dict[str, str] = {
    "local": QT_TRANSLATE_NOOP("PackBatchDialog", "local"),
    "cross-border": QT_TRANSLATE_NOOP("PackBatchDialog", "cross-border"),
    "delivered by seller": QT_TRANSLATE_NOOP("PackBatchDialog", "delivered by seller"),
    "digital": QT_TRANSLATE_NOOP("PackBatchDialog", "digital"),
    "unknown": QT_TRANSLATE_NOOP("PackBatchDialog", "other"),
    "": QT_TRANSLATE_NOOP("PackBatchDialog", "other"),
}


def group_text(group: str) -> str:
    """An order group's name in the station's language."""
    return QCoreApplication.translate("PackBatchDialog", _GROUPS.get(group, group))


def group_counts(report: OrderBatchReport) -> str:
    """One line per kind of order: how many are done and how many failed."""
    parts = []
    for group, steps in sorted(report.counts().items()):
        total = sum(steps.values())
        failed = steps.get("failed", 0)
        text = arg(
            QCoreApplication.translate("PackBatchDialog", "%1: %2 of %3 done"),
            group_text(group),
            total - failed,
            total,
        )
        if failed:
            text = arg(QCoreApplication.translate("PackBatchDialog", "%1, %2 failed"), text, failed)
        parts.append(text)
    return " · ".join(parts)


class PackBatchDialog(QDialog):
    """One row per order of a "Pack & ship selected" batch; failures can be retried."""

    reportChanged = Signal(object)
    COLUMNS = (
        QT_TRANSLATE_NOOP("PackBatchDialog", "Order"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Shop"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Reached"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Outcome"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Packages"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Kind"),
        QT_TRANSLATE_NOOP("PackBatchDialog", "Details"),
    )
    DETAILS = len(COLUMNS) - 1
    _STEP: ClassVar[dict[str, str]] = {
        "verify": QT_TRANSLATE_NOOP("PackBatchDialog", "nothing sent"),
        "pack": QT_TRANSLATE_NOOP("PackBatchDialog", "packed"),
        "label": QT_TRANSLATE_NOOP("PackBatchDialog", "label printed"),
        "rts": QT_TRANSLATE_NOOP("PackBatchDialog", "ready"),
        "delivered": QT_TRANSLATE_NOOP("PackBatchDialog", "delivered"),
    }

    def __init__(
        self,
        report: OrderBatchReport,
        parent: QWidget | None = None,
        *,
        retry: BatchFn | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packBatchOutcome")
        self.setWindowTitle(QCoreApplication.translate("PackBatchDialog", "Pack & ship — results"))
        self.resize(900, 480)
        self._retry_fn = retry
        self._task: asyncio.Task[None] | None = None
        self._ordered: list[OrderOutcome] = []
        self.summary = BoundedLabel("", lines=2)
        self.summary.setObjectName("batchSummary")
        self.summary.setFont(theme.base_font(3, bold=True))
        self.counts = BoundedLabel("", lines=2)
        self.counts.setObjectName("batchCounts")
        # the selected order's whole message (Lazada's reason, whether a retry helps)
        self.details = QPlainTextEdit()
        self.details.setObjectName("batchDetails")
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 4 + 12)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("batchTable")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PackBatchDialog", c) for c in self.COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setFont(theme.base_font(1))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a long refusal is elided in its cell; the whole text is in the pane below
        hh.setSectionResizeMode(self.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        buttons = QDialogButtonBox()
        self.retry_button = QPushButton(
            QCoreApplication.translate("PackBatchDialog", "&Retry failed orders")
        )
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setVisible(retry is not None)
        self.retry_button.clicked.connect(self.retry)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        # a scanner's Enter landing here closes the list; it never re-sends anything
        self.retry_button.setAutoDefault(False)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.counts)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.details)
        lay.addWidget(buttons)
        self.report = report
        self.show_report(report)

    def show_report(self, report: OrderBatchReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.outcomes))
        ok_bg = QBrush(QColor(_COLOURS[Severity.OK][0][1]))
        bad_bg = QBrush(QColor(_COLOURS[Severity.ERROR][0][1]))
        dark_text = QBrush(QColor("#111111"))
        # failures first: they are what the packer has to act on
        ordered = sorted(report.outcomes, key=lambda o: o.ok)
        self._ordered = ordered
        for r, o in enumerate(ordered):
            cells = (
                str(o.order_number),
                o.shop_id,
                QCoreApplication.translate("PackBatchDialog", self._STEP.get(o.step, o.step)),
                QCoreApplication.translate("PackBatchDialog", "OK")
                if o.ok
                else QCoreApplication.translate("PackBatchDialog", "FAILED (retry possible)")
                if o.retryable
                else QCoreApplication.translate("PackBatchDialog", "FAILED"),
                ", ".join(o.package_ids),
                group_text(o.group),
                o.message,
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setBackground(ok_bg if o.ok else bad_bg)
                cell.setForeground(dark_text)
                cell.setData(Qt.ItemDataRole.UserRole, "ok" if o.ok else "failed")
                if c == self.DETAILS and len(text) > 60:
                    cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        text = report.summary()
        if report.retry_keys:
            text = arg(
                QCoreApplication.translate(
                    "PackBatchDialog", "%1 %n can be retried (R).", None, len(report.retry_keys)
                ),
                text,
            )
        self.summary.setText(text)
        self.counts.setText(group_counts(report))
        self._show_details(self.table.currentRow() if ordered else -1)
        self.retry_button.setEnabled(bool(report.retry_keys) and self._task is None)

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self._ordered):
            row = 0 if self._ordered and not self._ordered[0].ok else -1
        if row < 0:
            self.details.setPlainText("")
            return
        o = self._ordered[row]
        if o.ok:
            head = arg(
                QCoreApplication.translate("PackBatchDialog", "Order %1: done."), o.order_number
            )
        elif o.retryable:
            head = arg(
                QCoreApplication.translate("PackBatchDialog", "Order %1 failed; a retry can help:"),
                o.order_number,
            )
        else:
            head = arg(
                QCoreApplication.translate(
                    "PackBatchDialog", "Order %1 failed; a retry cannot help as is:"
                ),
                o.order_number,
            )
        self.details.setPlainText(f"{head} {o.message}")

    def failed_numbers(self) -> list[int]:
        return [o.order_number for o in self.report.failed]

    def retry(self) -> None:
        if self._retry_fn is None or self._task is not None or not self.report.retry_keys:
            return
        self.retry_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate(
                "PackBatchDialog", "Retrying %n order(s)…", None, len(self.report.retry_keys)
            )
        )
        self._task = asyncio.ensure_future(self._retry(self._retry_fn, self.report))

    async def _retry(self, fn: BatchFn, report: OrderBatchReport) -> None:
        try:
            newer = await fn(report.retry_keys)
        except KnownError as err:
            self._task = None
            self.show_report(report)
            self.summary.setText(
                arg(
                    QCoreApplication.translate("PackBatchDialog", "%1 Retry failed: %2"),
                    self.summary.text(),
                    err.user_message,
                )
            )
            return
        self._task = None
        # keep the rows that succeeded the first time; replace the retried ones
        retried = {(o.shop_id, o.order_id): o for o in newer.outcomes}
        merged = tuple(retried.get((o.shop_id, o.order_id), o) for o in report.outcomes)
        from lazpack.services.batch import OrderBatchReport

        full = OrderBatchReport(merged, report.messages + newer.messages)
        self.show_report(full)
        self.reportChanged.emit(full)

    @property
    def retrying(self) -> asyncio.Task[None] | None:
        return self._task
