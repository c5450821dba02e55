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

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.workflow import Kind, ScanOutcome, Severity, State, Step
from lazpack.errors import KnownError
from lazpack.log import get_logger
from lazpack.ui import theme

if TYPE_CHECKING:  # the batch service loads with the first batch, not with the window
    from lazpack.services.batch import OrderBatchReport

log = get_logger("ui.pack")

IDLE_TEXT = "Scan an order or AWB"
READY_TEXT = "Ready to ship ✓ — scan the next order"

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
    Kind.COMPLETE: (Step.PACK, "Packing…"),
    Kind.PACKED: (Step.LABEL, "Printing label…"),
    Kind.LABELLED: (Step.RTS, "Marking ready to ship…"),
    Kind.LABEL_CONFIRMED: (Step.RTS, "Marking ready to ship…"),
}


def headline(outcome: ScanOutcome | None, *, busy: bool = False, auto_until: str = "rts") -> str:
    """The one line the packer reads: the next thing to do (or what is happening)."""
    if outcome is None or (outcome.state is State.IDLE and outcome.kind is not Kind.STEP_FAILED):
        return IDLE_TEXT
    st = outcome.state
    if outcome.kind is Kind.STEP_FAILED:
        return "Not finished — scan DONE to retry, or CANCEL"
    if st is State.READY_TO_SHIP:
        return READY_TEXT
    working = _WORKING.get(outcome.kind)
    auto = Step(auto_until) if auto_until in tuple(Step) else Step.RTS
    if (
        working is not None
        and auto.rank >= working[0].rank
        and "Scan the label" not in outcome.next_action
        and not (outcome.kind is Kind.PACKED and "ready to ship" in outcome.next_action)
    ):
        return working[1]
    if (
        busy
        and outcome.kind is Kind.COMMAND
        and st in (State.VERIFIED, State.PACKED, State.LABELLED)
    ):
        return "Working…"
    if st in (State.ORDER_OPEN, State.VERIFYING):
        missing = [ln for ln in outcome.lines if not ln.complete]
        verified, expected = outcome.progress
        if missing:
            return f"Scan item {verified + 1} of {expected}: {missing[0].sku}"
    if st is State.VERIFIED:
        return "All items verified — scan DONE to pack"
    if st is State.PACKED:
        return "Packed — scan DONE to print the label"
    if st is State.LABELLED:
        if "Scan the label" in outcome.next_action:
            return "Scan the label on the parcel"
        return "Label printed — scan DONE for ready to ship"
    return outcome.next_action or IDLE_TEXT


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

        self.order_label = QLabel("No order open")
        self.order_label.setObjectName("packOrder")
        self.order_label.setFont(theme.base_font(6, bold=True))
        self.packer_label = QLabel("")
        self.packer_label.setObjectName("packerLabel")
        self.packer_label.setFont(theme.base_font(2, bold=True))
        self.packer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = QLabel(IDLE_TEXT)
        self.next_label.setObjectName("nextAction")
        self.next_label.setFont(theme.base_font(16, bold=True))
        self.next_label.setWordWrap(True)
        self.message_label = QLabel("")
        self.message_label.setObjectName("scanMessage")
        self.message_label.setFont(theme.base_font(4))
        self.message_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("packProgress")
        self.progress.setFormat("%v of %m items")
        self.progress.setMinimumHeight(26)
        self.progress.setFont(theme.base_font(2, bold=True))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.order_label, 1)
        top.addWidget(self.packer_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 10)
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
        self.packer_label.setText(f"Packer: {name}" if name else "Packer: — (scan your card)")

    def show_outcome(
        self, outcome: ScanOutcome, *, busy: bool = False, auto_until: str = "rts"
    ) -> None:
        self.outcome = outcome
        self.colour = str(colour_key(outcome))
        if outcome.order_number is not None and outcome.state is not State.IDLE:
            self.order_label.setText(f"Order {outcome.order_number}")
        elif outcome.state is State.IDLE:
            self.order_label.setText("No order open")
        self.next_label.setText(headline(outcome, busy=busy, auto_until=auto_until))
        self.message_label.setText(outcome.message)
        verified, expected = outcome.progress
        show = outcome.state is not State.IDLE and expected > 0
        self.progress.setVisible(show)
        if show:
            self.progress.setRange(0, expected)
            self.progress.setValue(min(verified, expected))
        self._paint(flash=True)
        self._settle.start()

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


class PackBatchDialog(QDialog):
    """One row per order of a "Pack & ship selected" batch; failures can be retried."""

    reportChanged = Signal(object)
    COLUMNS = ("Order", "Shop", "Reached", "Outcome", "Packages", "Details")
    _STEP: ClassVar[dict[str, str]] = {
        "verify": "nothing sent",
        "pack": "packed",
        "label": "label printed",
        "rts": "ready",
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
        self.setWindowTitle("Pack & ship — results")
        self.resize(900, 480)
        self._retry_fn = retry
        self._task: asyncio.Task[None] | None = None
        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setFont(theme.base_font(3, bold=True))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("batchTable")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setFont(theme.base_font(1))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        buttons = QDialogButtonBox()
        self.retry_button = QPushButton("&Retry failed orders")
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
        lay.addWidget(self.table, 1)
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
        for r, o in enumerate(ordered):
            cells = (
                str(o.order_number),
                o.shop_id,
                self._STEP.get(o.step, o.step),
                "OK" if o.ok else ("FAILED (retry possible)" if o.retryable else "FAILED"),
                ", ".join(o.package_ids),
                o.message,
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setBackground(ok_bg if o.ok else bad_bg)
                cell.setForeground(dark_text)
                cell.setData(Qt.ItemDataRole.UserRole, "ok" if o.ok else "failed")
                self.table.setItem(r, c, cell)
        text = report.summary() + "."
        if report.retry_keys:
            text += f" {len(report.retry_keys)} can be retried (R)."
        self.summary.setText(text)
        self.retry_button.setEnabled(bool(report.retry_keys) and self._task is None)

    def failed_numbers(self) -> list[int]:
        return [o.order_number for o in self.report.failed]

    def retry(self) -> None:
        if self._retry_fn is None or self._task is not None or not self.report.retry_keys:
            return
        self.retry_button.setEnabled(False)
        self.summary.setText(f"Retrying {len(self.report.retry_keys)} order(s)…")
        self._task = asyncio.ensure_future(self._retry(self._retry_fn, self.report))

    async def _retry(self, fn: BatchFn, report: OrderBatchReport) -> None:
        try:
            newer = await fn(report.retry_keys)
        except KnownError as err:
            self._task = None
            self.show_report(report)
            self.summary.setText(f"{self.summary.text()} Retry failed: {err.user_message}")
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
