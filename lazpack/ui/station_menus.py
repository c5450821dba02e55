"""The station's menus and keys for packing, printing, fulfilment, settings and shops.

Kept apart from ``main_window`` (which knows nothing of services) and from ``app`` (which
only composes): every action here is a thin hop to ``PackController``, the label
services, ``FulfilmentService`` or a dialog.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QVBoxLayout

from lazpack.domain.orderbook import Tab
from lazpack.domain.workflow import Event, State
from lazpack.errors import KnownError
from lazpack.i18n import arg
from lazpack.log import get_logger
from lazpack.printing.printer import LabelPrinter
from lazpack.services.auth import ShopState
from lazpack.services.fulfilment import (
    Action,
    FulfilmentService,
    RowBatchReport,
    dbs_packages_awaiting,
    digital_items_awaiting,
)
from lazpack.ui.command_sheet import PdfPreview, command_sheet_pdf
from lazpack.ui.fulfilment.dbs import DbsPanel
from lazpack.ui.fulfilment_dialogs import FulfilmentActions
from lazpack.ui.pack_controller import PackController
from lazpack.ui.picking_dialogs import PickingUi
from lazpack.ui.print_dialogs import (
    LabelOutput,
    SaveAsPdf,
    print_a4,
    reprint_confirmer,
    run_dialog,
)
from lazpack.ui.settings_dialog import SettingsDialog
from lazpack.ui.setup_wizard import open_setup_wizard

if TYPE_CHECKING:
    from lazpack.ui.main_window import MainWindow
    from lazpack.ui.ports import StationPort

log = get_logger("ui.menus")

#: the station's own session can reprint its label itself from these states
_PAST_PACK = frozenset({State.PACKED, State.LABELLED, State.READY_TO_SHIP})


class StationMenus:
    """The station's actions in the window's menus, and the DBS panel; built once per window."""

    def __init__(
        self, station: StationPort, window: MainWindow, controller: PackController
    ) -> None:
        self.station = station
        self.window = window
        self.ctl = controller
        self.actions = FulfilmentActions(window)
        self.settings_dialog: SettingsDialog | None = None
        self.shops_dialog: QDialog | None = None
        self.preview: Any = None
        self.save_pdf = False

        add = window.add_action
        ctl = self.ctl
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Done / next step"),
            "Ctrl+Return",
            ctl.done,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Undo last scan"),
            "Ctrl+Z",
            ctl.undo,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Cancel order (Esc in the scan field)"),
            "Ctrl+Delete",
            ctl.cancel,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Confirm item without barcode"),
            "Ctrl+M",
            ctl.manual,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Pack verified items only"),
            "Ctrl+Shift+P",
            ctl.partial,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Reprint label"),
            "Ctrl+P",
            self.reprint,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Label preview"),
            "Ctrl+Shift+V",
            self.preview_labels,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Repack (void label)…"),
            "Ctrl+Shift+R",
            self.repack,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Pack && ship selected orders"),
            "Ctrl+B",
            ctl.batch_selected,
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Deliver digital items of selected orders…"),
            "Ctrl+Shift+D",
            self.digital,
        )
        self.picking = PickingUi(
            station, window, ctl, save_dir=station.paths.data_dir / "pick-lists"
        )
        add(
            "packing",
            QCoreApplication.translate("StationMenus", "Pick list…"),
            "Ctrl+Shift+L",
            self.picking.open_pick_list,
        )
        self.pdf_action = add(
            "packing",
            QCoreApplication.translate("StationMenus", "Save labels as PDF (no printer)"),
            "",
            self.toggle_pdf,
        )
        self.pdf_action.setCheckable(True)
        add(
            "station",
            QCoreApplication.translate("StationMenus", "Settings…"),
            "Ctrl+,",
            self.open_settings,
        )
        add(
            "station",
            QCoreApplication.translate("StationMenus", "Shops…"),
            "Ctrl+Shift+S",
            self.open_shops,
        )
        add(
            "station",
            QCoreApplication.translate("StationMenus", "Product catalogue…"),
            "",
            self.picking.open_catalogue,
        )
        add(
            "station",
            QCoreApplication.translate("StationMenus", "Set up this desk…"),
            "",
            lambda: open_setup_wizard(station, window, self),
        )
        add(
            "help",
            QCoreApplication.translate("StationMenus", "Print command sheet…"),
            "",
            self.command_sheet,
        )
        window.scan_input.escaped.connect(ctl.cancel)
        ctl.digitalOffered.connect(lambda key: self.digital([key]))
        window.shopsRequested.connect(self.open_shops)
        window.panel.reprintRequested.connect(self.reprint)
        window.panel.previewRequested.connect(self.preview_labels)
        window.panel.repackRequested.connect(self.repack)

        # The DBS tab's own content under the list: delivered / failed / slips.
        self.dbs = DbsPanel()
        self.dbs.setVisible(False)
        window.left_layout.addWidget(self.dbs)
        self.dbs.deliveredRequested.connect(lambda p: self._dbs(p, failed=False))
        self.dbs.failedRequested.connect(lambda p: self._dbs(p, failed=True))
        self.dbs.slipsRequested.connect(self._slips)
        window.tabs.currentChanged.connect(lambda _i: self.refresh_dbs())
        window.book.add_listener(lambda _c: self._dbs_soon())
        self._dbs_timer = QTimer(window)
        self._dbs_timer.setSingleShot(True)
        self._dbs_timer.setInterval(300)
        self._dbs_timer.timeout.connect(self.refresh_dbs)

        self._status_timer = QTimer(window)
        self._status_timer.setInterval(60_000)
        self._status_timer.timeout.connect(self.update_shop_status)
        self._status_timer.start()
        self.update_shop_status()

    # ------------------------------------------------------------ fulfilment
    def service(self, shop_id: str) -> FulfilmentService:
        return self.station.fulfilment(shop_id)

    def _dbs_soon(self) -> None:
        if self.window.current_tab() is Tab.DBS:
            self._dbs_timer.start()

    def refresh_dbs(self) -> None:
        on = self.window.current_tab() is Tab.DBS
        self.dbs.setVisible(on)
        if on:
            items = [it for row in self.window.book.rows() for it in row.items]
            self.dbs.set_packages(dbs_packages_awaiting(items))

    def _dbs(self, packages: Any, *, failed: bool) -> None:
        by_shop: dict[str, list[Any]] = {}
        for p in packages:
            rows = [r for r in self.window.book.rows() if r.order.order_id == p.order_id]
            shop = rows[0].shop_id if rows else next(iter(self.station.ports), "")
            by_shop.setdefault(shop, []).append(p)
        for shop_id, pk in by_shop.items():
            self.ctl.spawn(
                self._then_refresh(
                    self.actions.dbs_delivery(self.service(shop_id), pk, failed=failed)
                )
            )

    def _slips(self, packages: Any) -> None:
        orders = {r.order.order_id: r.order for r in self.window.book.rows()}
        shop_ids = {r.shop_id for r in self.window.book.rows() if r.order.order_id in orders}
        shop_id = next(iter(shop_ids), next(iter(self.station.ports), ""))
        self.ctl.spawn(
            self.actions.print_slips(self.service(shop_id), packages, orders, self.station.labels)
        )

    def digital(self, keys: Any = None) -> None:
        keys = keys or self.window.selected_keys()
        by_shop: dict[str, list[Any]] = {}
        for key in keys:
            row = self.window.book.get(key)
            if row is not None:
                by_shop.setdefault(key[0], []).extend(row.items)
        todo = {shop: digital_items_awaiting(items) for shop, items in by_shop.items()}
        todo = {shop: orders for shop, orders in todo.items() if orders}
        if not todo:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "StationMenus", "None of the selected orders has digital items to deliver."
                ),
                8000,
            )
            return
        for shop_id, orders in todo.items():
            self.ctl.spawn(
                self._then_refresh(self.actions.deliver_digital(self.service(shop_id), orders))
            )

    async def _then_refresh(self, action: Any) -> Any:
        """Run an action that changes orders at Lazada, then bring every screen up to date
        at once (no stale READY TO SHIP until the next poll or F5)."""
        try:
            report = await action
            self._tell_pack_view(report)
            return report
        finally:
            self.station.refresh()

    def _tell_pack_view(self, report: RowBatchReport | None) -> None:
        """The order open at the scan station was just delivered (or its delivery failed):
        its headline says so, instead of the READY TO SHIP it had (issue 22)."""
        s = self.ctl.svc.session
        if report is None or s is None:
            return
        done = {str(r.key) for r in report.succeeded}
        ours = (
            {str(i) for i in s.statuses} if report.action is Action.DIGITAL else set(s.package_ids)
        )
        if not done & ours:
            return
        text = {
            Action.DBS_DELIVERED: QCoreApplication.translate(
                "StationMenus", "Delivered ✓ — scan the next order"
            ),
            Action.DBS_FAILED: QCoreApplication.translate(
                "StationMenus", "Delivery failed — recorded with Lazada; scan the next order"
            ),
            Action.DIGITAL: QCoreApplication.translate(
                "StationMenus", "Digital items delivered ✓ — scan the next order"
            ),
        }.get(report.action)
        if text is not None:
            self.window.pack_view.set_headline(text)

    # ------------------------------------------------------------ label actions
    def _shown_row(self) -> Any:
        """The order an order action applies to: the one in the pack view (open at the
        station, however it was opened), else the one shown in the panel."""
        s = self.ctl.svc.session
        if s is not None:
            return self.window.book.get((s.shop_id, s.order_id))
        return self.window.panel.current_row

    def reprint(self) -> asyncio.Task[Any] | None:
        """Reprint the label of the order in the pack view (or, with none open, the panel's)."""
        s = self.ctl.svc.session
        if s is not None and s.package_ids and s.state in _PAST_PACK:
            return self.ctl.reprint()
        row = self._shown_row()
        if row is None or not row.package_ids or row.is_dbs:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("StationMenus", "This order has no label to print."),
                8000,
            )
            return None
        return self.ctl.spawn(self._reprint_row(row.shop_id, row.order.order_id, row.package_ids))

    async def _reprint_row(self, shop_id: str, order_id: int, pids: Sequence[str]) -> None:
        svc = self.station.labels.service(shop_id)
        try:
            done = await svc.print_labels(
                list(pids),
                None,  # the station's sink (printer, dialog or PDF), as for every label
                confirm_reprint=reprint_confirmer(self.window),
                order_ids=dict.fromkeys(pids, order_id),
            )
        finally:
            self.window.activateWindow()
        text = (
            QCoreApplication.translate("StationMenus", "Printing cancelled.")
            if done.cancelled
            else QCoreApplication.translate(
                "StationMenus", "Label printed (%n page(s)).", None, done.pages
            )
        )
        self.window.statusBar().showMessage(text, 8000)

    def repack(self) -> asyncio.Task[Any] | None:
        """Repack the order in the pack view (REPACK), or with none open the panel's."""
        s = self.ctl.svc.session
        if s is not None and s.package_ids and s.can(Event.REPACK):
            return self.ctl.repack()
        row = self._shown_row()
        if row is None or not row.package_ids or "packed" not in row.statuses:
            return self.ctl.repack()  # the workflow says why not
        refs: dict[str, int | None] = dict.fromkeys(row.package_ids, row.order.order_id)
        return self.ctl.spawn(self._repack_row(row.shop_id, refs))

    async def _repack_row(self, shop_id: str, refs: dict[str, int | None]) -> None:
        try:
            report = await self.actions.repack(self.service(shop_id), refs)
        finally:
            self.window.activateWindow()
        if report is not None:
            s = self.ctl.svc.session
            if s is not None and s.shop_id == shop_id and set(refs.values()) == {s.order_id}:
                s.forget_packages(refs)  # the order open at the station: its labels are void
            self.station.refresh()
            self.window.statusBar().showMessage(report.summary(), 15_000)

    # ------------------------------------------------------------ printing
    def output(self) -> Any:
        lp = self.station.label_printer
        if self.save_pdf:
            return SaveAsPdf(self.window, lp)
        return LabelOutput(self.window, lp, self.station.save_settings)

    def toggle_pdf(self) -> None:
        self.save_pdf = self.pdf_action.isChecked()
        self.station.labels.sink = self.output()
        text = (
            QCoreApplication.translate("StationMenus", "Labels are now saved as PDF files.")
            if self.save_pdf
            else QCoreApplication.translate("StationMenus", "Labels are now sent to the printer.")
        )
        self.window.statusBar().showMessage(text, 8000)

    def preview_labels(self) -> asyncio.Task[Any] | None:
        s = self.ctl.svc.session
        row = self.window.panel.current_row
        if s is not None and s.package_ids:
            shop_id, pids = s.shop_id, list(s.package_ids)
        elif row is not None and row.package_ids:
            shop_id, pids = row.shop_id, list(row.package_ids)
        else:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("StationMenus", "This order has no package label yet."),
                8000,
            )
            return None
        return self.ctl.spawn(self._preview(shop_id, pids))

    async def _preview(self, shop_id: str, pids: list[str]) -> None:
        pdfs = await self.station.labels.service(shop_id).labels(pids)
        self.preview = PdfPreview(
            pdfs,
            QCoreApplication.translate("StationMenus", "Label preview"),
            self.window,
            on_print=self.reprint,
        )

    def command_sheet(self) -> None:
        """Help → Print command sheet: preview, then the system print dialog (A4)."""
        pdf = command_sheet_pdf(self.station.settings.packers or [self.station.settings.packer])

        def print_it() -> None:
            print_a4(
                self.window,
                self.station.settings,
                [pdf],
                QCoreApplication.translate("StationMenus", "Commands"),
            )

        self.preview = PdfPreview(
            [pdf],
            QCoreApplication.translate("StationMenus", "Command sheet"),
            self.window,
            on_print=print_it,
        )

    # ------------------------------------------------------------ settings
    def open_settings(self) -> None:
        dlg = SettingsDialog(
            self.station.settings, self.window, warehouse=self.station.warehouse_setup()
        )
        self.settings_dialog = dlg
        self.ctl.spawn(self._settings(dlg))

    async def _settings(self, dlg: SettingsDialog) -> None:
        if await run_dialog(dlg) != QDialog.DialogCode.Accepted:
            return
        st = self.station
        old_port = st.settings.packing.scanner_serial_port
        old_language = st.settings.language
        old_video = dataclasses.replace(st.settings.video)
        dlg.apply(st.settings)
        self.window.router.set_composer(st.settings.packing.scanner_composer)
        if st.settings.language != old_language:
            self._switch_language(st.settings.language)
        try:
            st.label_printer = LabelPrinter(st.settings.printer)
        except KnownError as err:
            self.window.statusBar().showMessage(err.user_message, 15_000)
        st.labels.sink = self.output()
        self.ctl.sounds.enabled = st.settings.packing.sound
        if st.settings.packer != st.packing.packer:
            st.packing.login(st.settings.packer)
        if old_port != st.settings.packing.scanner_serial_port:
            st.reopen_serial()
        if old_video != st.settings.video:
            st.reopen_video()
        st.save_settings()
        self.window.statusBar().showMessage(
            QCoreApplication.translate("StationMenus", "Settings saved."), 5000
        )

    def _switch_language(self, code: str) -> None:
        """Everything built from now on speaks the new language; the menus and the
        station's fixed labels follow at the next start."""
        from lazpack.ui.translations import change_language

        app = QCoreApplication.instance()
        if app is not None:
            change_language(app, code)
        self.window.model.retranslate()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "StationMenus",
                "Language changed. Menus and tab names change when lazpack starts again.",
            ),
            15_000,
        )

    # ------------------------------------------------------------ shops
    def open_shops(self) -> None:
        from lazpack.ui.shop_dialog import ShopsWidget

        service = self.station.shop_service()
        if service is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "StationMenus",
                    "Shops cannot be managed here: the system keyring is not available.",
                ),
                15_000,
            )
            return
        dlg = QDialog(self.window)
        dlg.setObjectName("shopsDialog")
        dlg.setWindowTitle(QCoreApplication.translate("StationMenus", "Shops"))
        widget = ShopsWidget(service, dlg)
        QVBoxLayout(dlg).addWidget(widget)
        dlg.resize(640, 360)
        widget.shopsChanged.connect(self._shops_changed)
        self.shops_dialog = dlg
        dlg.open()

    def _shops_changed(self) -> None:
        self.update_shop_status()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "StationMenus", "Shops changed — restart lazpack to open or close their orders."
            ),
            60_000,
        )

    def update_shop_status(self) -> None:
        service = self.station.existing_shop_service()
        if service is None:
            return
        try:
            statuses = service.statuses()
        except KnownError as err:
            self.window.set_shops_status(
                arg(QCoreApplication.translate("StationMenus", "Shops: %1"), err.user_message),
                problem=True,
            )
            return
        problem = service.warehouse_problem()
        if problem:  # the warehouse's shops are not open here (not joined, database away)
            self.window.set_shops_status(problem, problem=True)
            return
        bad = [(c, s) for c, s in statuses if s.state is ShopState.DISCONNECTED]
        expiring = [(c, s) for c, s in statuses if s.state is ShopState.EXPIRING]
        if bad:
            names = ", ".join(c.name for c, _ in bad)
            self.window.set_shops_status(
                arg(QCoreApplication.translate("StationMenus", "Disconnected: %1"), names),
                problem=True,
            )
        elif expiring:
            parts = [
                arg(
                    QCoreApplication.translate("StationMenus", "%1 (%n d)", None, s.days_left or 0),
                    c.name,
                )
                for c, s in expiring
            ]
            self.window.set_shops_status(
                arg(
                    QCoreApplication.translate("StationMenus", "Re-authorize soon: %1"),
                    ", ".join(parts),
                ),
                problem=True,
            )
        else:
            self.window.set_shops_status(
                QCoreApplication.translate(
                    "StationMenus", "%n shop(s) connected", None, len(statuses)
                )
                if statuses
                else ""
            )


def install_station_menus(
    station: StationPort, window: MainWindow, controller: PackController
) -> StationMenus:
    return StationMenus(station, window, controller)
