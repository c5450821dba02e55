"""A batch's outcome, row by row (OK, failed, unknown), with Retry for what may be re-sent."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.errors import KnownError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.services.fulfilment import (
    ACTION_TITLES,
    RowBatchReport,
    RowOutcome,
    RowState,
)
from lazpack.ui.fulfilment.common import named, outcome_colour, row_table

log = get_logger("ui.fulfilment")


_OUTCOME_WORDS = {
    RowState.OK: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "OK"),
    RowState.FAILED: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Failed"),
    RowState.UNKNOWN: QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Unknown"),
}


RetryFn = Callable[[RowBatchReport], Awaitable[RowBatchReport]]


class BatchOutcomeDialog(QDialog):
    """Per-row outcomes of a batch action with Lazada's msg; Retry re-sends retryable rows."""

    #: emitted with the newest report after a retry finished
    reportChanged = Signal(object)

    COLUMNS = (
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Order"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Package / item"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Outcome"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Code"),
        QT_TRANSLATE_NOOP("BatchOutcomeDialog", "Lazada says"),
    )

    def __init__(
        self, report: RowBatchReport, parent: QWidget | None = None, *, retry: RetryFn | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchOutcome")
        self.setWindowTitle(
            QCoreApplication.translate("FulfilmentService", ACTION_TITLES[report.action])
        )
        self.resize(720, 420)
        self._retry_fn = retry
        self._task: asyncio.Task[None] | None = None
        lay = QVBoxLayout(self)
        self.summary = named(QLabel(), "batchSummary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = row_table("outcomeTable", "BatchOutcomeDialog", self.COLUMNS)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.retry_button = named(
            QPushButton(QCoreApplication.translate("BatchOutcomeDialog", "&Retry failed rows")),
            "retryButton",
        )
        self.retry_button.setVisible(retry is not None)
        self.retry_button.clicked.connect(self._on_retry)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeButton")
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.report = report
        self.show_report(report)

    def show_report(self, report: RowBatchReport) -> None:
        self.report = report
        self.table.setRowCount(len(report.rows))
        for i, row in enumerate(report.rows):
            self._fill(i, row)
        text = report.summary()
        if report.unknown:
            text += "\n" + QCoreApplication.translate(
                "BatchOutcomeDialog",
                "Unknown: Lazada may or may not have applied these; lazpack re-reads the "
                "orders before anything is sent again.",
            )
        if report.retryable():
            text += "\n" + QCoreApplication.translate(
                "BatchOutcomeDialog",
                "%n failed row(s) can be retried.",
                None,
                len(report.retryable()),
            )
        self.summary.setText(text)
        self.retry_button.setEnabled(bool(report.retryable()) and self._task is None)

    def _fill(self, i: int, row: RowOutcome) -> None:
        ident = row.package_id or str(row.key)
        cells = (
            "" if row.order_id is None else str(row.order_id),
            ident,
            arg(
                QCoreApplication.translate("BatchOutcomeDialog", "%1 (retry possible)"),
                QCoreApplication.translate("BatchOutcomeDialog", _OUTCOME_WORDS[row.state]),
            )
            if row.retryable
            else QCoreApplication.translate("BatchOutcomeDialog", _OUTCOME_WORDS[row.state]),
            "" if row.ok else row.err_code,
            row.msg,
        )
        brush = QBrush(outcome_colour(row.state, self))
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setBackground(brush)
            cell.setData(Qt.ItemDataRole.UserRole, row.state.value)
            if row.state is RowState.UNKNOWN:
                cell.setToolTip(
                    QCoreApplication.translate(
                        "BatchOutcomeDialog",
                        "The answer was lost; the order is re-read before re-sending.",
                    )
                )
            self.table.setItem(i, col, cell)

    def row_states(self) -> list[str]:
        """Outcome per table row (what the packer sees, for tests and automation)."""
        states = []
        for i in range(self.table.rowCount()):
            cell = self.table.item(i, 2)
            states.append(str(cell.data(Qt.ItemDataRole.UserRole)) if cell else "")
        return states

    def _on_retry(self) -> None:
        if self._retry_fn is None or self._task is not None or not self.report.retryable():
            return
        self.retry_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate(
                "BatchOutcomeDialog", "Retrying %n row(s)…", None, len(self.report.retryable())
            )
        )
        self._task = asyncio.ensure_future(self._retry(self._retry_fn, self.report))

    async def _retry(self, fn: RetryFn, report: RowBatchReport) -> None:
        try:
            newer = await fn(report)
        except KnownError as err:
            self._task = None
            self.show_report(report)
            self.summary.setText(
                self.summary.text()
                + "\n"
                + arg(
                    QCoreApplication.translate("BatchOutcomeDialog", "Retry failed: %1"),
                    err.user_message,
                )
            )
            return
        except Exception:
            self._task = None
            log.exception("retry of %s failed", report.action.value)
            self.show_report(report)
            self.summary.setText(
                self.summary.text()
                + "\n"
                + QCoreApplication.translate(
                    "BatchOutcomeDialog", "Retry failed: internal error (logged)."
                )
            )
            return
        self._task = None
        self.show_report(newer)
        self.reportChanged.emit(newer)

    @property
    def retrying(self) -> asyncio.Task[None] | None:
        return self._task


def show_batch_outcome(
    parent: QWidget | None, report: RowBatchReport, *, retry: RetryFn | None = None
) -> BatchOutcomeDialog:
    """Open the outcome dialog window-modal (``open()``) and return it; it deletes itself."""
    dlg = BatchOutcomeDialog(report, parent, retry=retry)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dlg.open()
    return dlg
