"""Scan-to-pack in the window: scans in, ``PackingService`` outcomes painted and sounded,
the packer's keys and dialogs (link alias, manual confirm, reprint, repack, batch).

One ``PackController`` per window. Every scan — keyboard wedge anywhere in the window,
Enter in ``scanInput``, a serial scanner — arrives as ``MainWindow.scanned`` and goes to
:meth:`PackingService.scan` (the local, synchronous core of ``handle_scan``), so the
green/red answer is painted in the same event-loop turn as the terminating Enter.

The station core builds the services (``PackingService``, ``StationLabels``); the
controller only receives them.

Command barcodes that need a yes first (REPRINT of a printed label, REPACK) are taken
out of the scan path here and go through the same confirmation as the menu actions.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from lazpack.domain.orderbook import OrderBook
from lazpack.domain.scan import Command, normalize, parse_command
from lazpack.domain.workflow import Kind, ScanOutcome, State
from lazpack.errors import KnownError
from lazpack.log import get_logger
from lazpack.services.batch_orders import OrderBatchReport
from lazpack.services.packing import PackingService
from lazpack.services.station_labels import StationLabels
from lazpack.ui.alias_dialog import ask_alias, ask_manual
from lazpack.ui.feedback import Sounds
from lazpack.ui.fulfilment.confirm import confirm_repack
from lazpack.ui.pack_view import PackBatchDialog
from lazpack.ui.print_dialogs import confirm_reprint, run_dialog

log = get_logger("ui.packing")


def tr(text: str) -> str:
    # lupdate files a bare ``tr("…")`` call under the empty context: look it up there
    return QCoreApplication.translate("", text)


class PackController(QObject):
    """Wires the window to the packing service. ``outcomeShown`` fires after painting."""

    outcomeShown = Signal(object)
    #: a scanned order has only digital items: offer DeliverDigital for it (the key)
    digitalOffered = Signal(object)

    def __init__(
        self,
        window: Any,
        service: PackingService,
        labels: StationLabels,
        *,
        sounds: Sounds | None = None,
        on_packer: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.svc = service
        self.labels = labels
        self.sounds = sounds or Sounds(enabled=False, parent=self)
        self.on_packer = on_packer
        self.last: ScanOutcome | None = None
        self.batch_dialog: PackBatchDialog | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._dialog_open = False
        #: "open another order?" while one is being packed (a list pick, never a scan)
        self.switch_box: QMessageBox | None = None
        #: False until start-up recovery ran: no scan or batch may write before it
        self.ready = False
        service.add_listener(self._on_outcome)
        window.scanned.connect(self.scan)
        window.orderActivated.connect(self.open_order)
        window.pack_view.set_packer(service.packer)

    # ---------------------------------------------------------------- plumbing
    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        err = task.exception()
        if isinstance(err, KnownError):
            self.window.statusBar().showMessage(f"{err.user_message} {err.hint or ''}", 15_000)
        elif err is not None:
            log.error("station action failed", exc_info=err)

    def _refocus(self) -> None:
        """After a dialog: the window active again, so the next scan is routed."""
        self.window.activateWindow()
        if self.window.focusWidget() is None:
            self.window.focus_scan()

    @property
    def book(self) -> OrderBook:
        book: OrderBook = self.window.book
        return book

    # ---------------------------------------------------------------- scans
    def set_ready(self) -> None:
        self.ready = True
        if self.last is None:
            self.window.pack_view.set_headline(
                QCoreApplication.translate("PackView", "Scan an order or AWB")
            )

    def _starting(self) -> bool:
        if self.ready:
            return False
        self.window.pack_view.set_headline(
            QCoreApplication.translate("PackController", "Starting — checking unfinished work…")
        )
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "PackController",
                "lazpack is still checking the last session with Lazada; scan again in a moment.",
            ),
            5000,
        )
        self.sounds.play("bad")
        return True

    def scan(self, raw: str) -> ScanOutcome | None:
        """One scan from any source. Commands needing a confirmation are handled here."""
        self.window.show_station()
        if self._starting():
            return None
        if self.switch_box is not None:
            self.switch_box.reject()  # a scan answers "keep packing" and goes on as a scan
        code = normalize(raw)
        cmd = parse_command(code)
        if cmd is not None and cmd.command is Command.REPRINT:
            self.reprint()
            return None
        if cmd is not None and cmd.command is Command.REPACK:
            self.repack()
            return None
        return self.svc.scan(raw)

    def _on_outcome(self, outcome: ScanOutcome) -> None:
        self.last = outcome
        w = self.window
        w.pack_view.show_outcome(
            outcome, busy=self.svc.busy, auto_until=self.svc.settings.auto_until
        )
        key = (outcome.shop_id, outcome.order_id) if outcome.order_id is not None else None
        w.panel.set_progress(outcome.lines if outcome.state is not State.IDLE else (), key)
        self.sounds.for_outcome(outcome)
        if outcome.kind is Kind.PACKER:
            w.pack_view.set_packer(self.svc.packer)
            self.labels.set_packer(self.svc.packer)
            if self.on_packer is not None:
                self.on_packer(self.svc.packer)
        if outcome.kind is Kind.ORDER_OPENED and key is not None and w.panel.current_key != key:
            w.open_order(key)
        if (
            outcome.state is State.IDLE
            and key is not None
            and outcome.kind in (Kind.NOTHING_TO_PACK, Kind.COMMAND)
        ):
            # a scanned order that cannot be packed here: show it, not the previous one
            if w.panel.current_key != key:
                w.open_order(key)
            if outcome.kind is Kind.COMMAND:
                self.digitalOffered.emit(key)
        elif key is not None and outcome.state is not State.IDLE and w.panel.current_key != key:
            w.open_order(key)  # the order being packed stays in view whatever was clicked
        if outcome.kind is Kind.UNKNOWN and outcome.link_candidates and not self._dialog_open:
            self.spawn(self._offer_alias(outcome))
        if outcome.kind is Kind.STEP_FAILED and outcome.order_id is not None:
            self.book.set_problem((outcome.shop_id, outcome.order_id), outcome.message)
        if outcome.kind is Kind.READY and key is not None:
            self.book.set_problem(key, "")
        if outcome.kind in (Kind.READY, Kind.PACKED, Kind.CLOSED):
            # Lazada changed: let the lists catch up now rather than at the next poll.
            w.refreshRequested.emit()
        if outcome.kind is Kind.PACKED and outcome.package_ids and outcome.shop_id:
            svc = self.labels.services.get(outcome.shop_id)
            if svc is not None:
                svc.prefetch(outcome.package_ids)
        self.outcomeShown.emit(outcome)

    # ---------------------------------------------------------------- actions
    def open_order(self, key: tuple[str, int]) -> ScanOutcome | None:
        """The packer opened an order from the list (Enter, double click).

        While another order is being packed the list never takes it away silently: the
        packer confirms leaving it first (a finished, ready-to-ship order just closes)."""
        if self._starting():
            return None
        s = self.svc.session
        if (
            s is not None
            and (s.shop_id, s.order_id) != (key[0], key[1])
            and s.state is not State.READY_TO_SHIP
        ):
            if self.switch_box is None:
                self.spawn(self._confirm_switch((key[0], key[1])))
            return None
        return self.svc.open_order(key[0], key[1])

    async def _confirm_switch(self, key: tuple[str, int]) -> None:
        s = self.svc.session
        assert s is not None
        row = self.book.get(key)
        number = row.order.order_number if row is not None else key[1]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Open another order?"),
            tr(
                "Order {current} is being packed ({verified} of {expected} items verified)."
                "\n\nLeave it and open order {other}?"
            ).format(
                current=s.order_number, verified=s.verified, expected=s.expected, other=number
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("switchOrderConfirm")
        leave = box.addButton(
            tr("&Leave it, open {other}").format(other=number), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            tr("&Keep packing {current}").format(current=s.order_number),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.switch_box = box
        try:
            await run_dialog(box)
            ok = box.clickedButton() is leave
        finally:
            self.switch_box = None
            box.deleteLater()
            self._refocus()
        if not ok or self.svc.session is not s:
            if self.svc.session is not None:
                cur = self.svc.session
                self.window.open_order((cur.shop_id, cur.order_id))
            return
        self.svc.cancel()  # cancels, or closes an order Lazada already has packed
        if self.svc.session is None:
            self.svc.open_order(key[0], key[1])

    def undo(self) -> ScanOutcome:
        return self.svc.undo()

    def cancel(self) -> ScanOutcome:
        return self.svc.cancel()

    def done(self) -> ScanOutcome:
        return self.svc.done()

    def partial(self) -> ScanOutcome:
        return self.svc.pack_verified_only()

    def manual(self) -> asyncio.Task[Any] | None:
        """Confirm one item without its barcode: direct when one SKU is missing, else ask."""
        s = self.svc.session
        if s is None:
            self.svc.confirm_manual(None)
            return None
        missing = [ln.view() for ln in s.missing()]
        if len(missing) == 1:
            self.svc.confirm_manual(missing[0].sku)
            return None
        return self.spawn(self._ask_manual(missing))

    async def _ask_manual(self, lines: Sequence[Any]) -> None:
        self._dialog_open = True
        try:
            sku = await ask_manual(self.window, lines, on_scan=self.scan)
        finally:
            self._dialog_open = False
            self._refocus()
        if sku is not None:
            self.svc.confirm_manual(sku)

    async def _offer_alias(self, outcome: ScanOutcome) -> None:
        s = self.svc.session
        if s is None:
            return
        lines = [ln for ln in outcome.lines if ln.sku in outcome.link_candidates]
        self._dialog_open = True
        try:
            sku = await ask_alias(self.window, outcome.code, lines, on_scan=self.scan)
        finally:
            self._dialog_open = False
            self._refocus()
        if sku is not None and self.svc.session is s:
            self.svc.link_alias(outcome.code, sku)

    def reprint(self) -> asyncio.Task[Any]:
        return self.spawn(self._reprint())

    async def _reprint(self) -> None:
        s = self.svc.session
        if s is not None and s.package_ids:
            counts = self.labels.printed_counts(s.shop_id, s.package_ids)
            if counts:
                ok = await confirm_reprint(self.window, counts)
                self._refocus()
                if not ok:
                    self.window.statusBar().showMessage(
                        QCoreApplication.translate("PackController", "Reprint cancelled."), 5000
                    )
                    return
        self.svc.reprint()

    def repack(self) -> asyncio.Task[Any]:
        return self.spawn(self._repack())

    async def _repack(self) -> None:
        s = self.svc.session
        if s is None or not s.package_ids:
            self.svc.repack()  # says why not, in the pack view
            return
        old = list(s.package_ids)
        ok = await confirm_repack(self.window, dict.fromkeys(old, s.order_id))
        self._refocus()
        if not ok:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PackController", "Repack cancelled."), 5000
            )
            return
        out = self.svc.repack()
        if out.kind is Kind.NOT_ALLOWED:
            return
        await self.svc.settle()
        now = self.svc.session
        if now is not None and not set(old) & set(now.package_ids):
            svc = self.labels.services.get(s.shop_id)
            for pid in old:
                if svc is not None:
                    svc.void(pid, reason="package re-created", order_id=s.order_id)

    # ---------------------------------------------------------------- batch
    def batch_selected(self) -> asyncio.Task[Any] | None:
        if self._starting():
            return None
        keys = list(self.window.selected_keys())
        if not keys:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("PackController", "Select orders in the list first."),
                5000,
            )
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "PackController", "Packing and shipping %n order(s)…", None, len(keys)
            )
        )
        return self.spawn(self._batch(keys))

    async def run_batch(self, keys: list[tuple[str, int]]) -> OrderBatchReport:
        report = await self.svc.batch(keys)
        for o in report.outcomes:
            self.book.set_problem((o.shop_id, o.order_id), "" if o.ok else o.message)
        self.window.statusBar().showMessage(report.summary(), 15_000)
        return report

    async def _batch(self, keys: list[tuple[str, int]]) -> PackBatchDialog:
        report = await self.run_batch(keys)
        dlg = PackBatchDialog(report, self.window, retry=self.run_batch)
        self.batch_dialog = dlg
        # non-modal: the packer can keep scanning while the list stays up
        dlg.show()
        return dlg

    async def aclose(self) -> None:
        for t in list(self._tasks):
            t.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
