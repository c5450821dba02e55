"""Pick lists, waves, the product catalogue page and SKU stickers in the station window.

* Packing → Pick list…: the selected orders, the current tab's orders, or everything to pack
  for one shipping provider; the pick list is saved as a wave (PDF in the data folder's
  ``pick-lists``), previewed, and printed on the saved A4 printer or through the system dialog.
* A wave's barcode scanned at the station (``PickingService.wave_listeners``) opens the wave:
  its orders, to pack as one batch or one by one.
* Station → Product catalogue…: the SKUs seen in orders with their barcodes ("no barcode yet"
  filter), CSV/XLSX import with a preview and the refused rows, export, and SKU stickers.

Dialogs open with ``open()``/``show()`` (never ``exec()``, design.md §3).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.catalogue import ImportPlan
from lazpack.domain.orderbook import TAB_TITLES, OrderRow, Tab
from lazpack.errors import KnownError
from lazpack.log import get_logger
from lazpack.printing.picklist import render_pick_list
from lazpack.printing.printer import printer_names
from lazpack.printing.stickers import STICKER_PAPERS, Sticker, print_stickers, render_stickers
from lazpack.services.picking import A4_PRINTER_KEY, OpenedWave, fetch_images, row_provider
from lazpack.ui.command_sheet import PdfPreview
from lazpack.ui.print_dialogs import print_a4, printer_combo, run_dialog

if TYPE_CHECKING:
    from lazpack.ui.main_window import MainWindow
    from lazpack.ui.pack_controller import PackController
    from lazpack.ui.ports import StationPort

log = get_logger("ui.picking")

#: settings.ui keys (no new settings fields: the ui dict is the window's own)
A4_PRINTER = A4_PRINTER_KEY
STICKER_PRINTER = "sticker_printer"
STICKER_PAPER = "sticker_paper"


def tr(text: str, n: int = -1) -> str:
    # lupdate files a bare ``tr("…")`` call under the empty context: look it up there
    return QCoreApplication.translate("", text, None, n)


# ====================================================================== pick list
class PickListDialog(QDialog):
    """Which orders the pick list is for."""

    def __init__(
        self,
        selected: list[OrderRow],
        tab: Tab | None,
        tab_rows: list[OrderRow],
        to_pack: list[OrderRow],
        parent: QWidget | None = None,
        *,
        printers: list[str] | None = None,
        saved_printer: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pickListDialog")
        self.setWindowTitle(tr("Pick list"))
        self.selected, self.tab, self.tab_rows, self.to_pack = selected, tab, tab_rows, to_pack
        lay = QVBoxLayout(self)
        self.selected_radio = QRadioButton(tr("The selected orders (%n)", len(selected)))
        self.selected_radio.setEnabled(bool(selected))
        tab_title = tr(TAB_TITLES.get(tab, "")) if tab else ""
        self.tab_radio = QRadioButton(
            tr("Every order of this tab (%n)", len(tab_rows)) + (f": {tab_title}" if tab else "")
        )
        self.tab_radio.setEnabled(bool(tab_rows))
        self.provider_radio = QRadioButton(tr("Everything to pack for the shipping provider"))
        self.provider_combo = QComboBox()
        counts: dict[str, int] = {}
        for r in to_pack:
            name = row_provider(r) or ""
            counts[name] = counts.get(name, 0) + 1
        for name, n in sorted(counts.items()):
            self.provider_combo.addItem(f"{name or tr('(no provider yet)')} ({n})", name)
        self.provider_radio.setEnabled(bool(to_pack))
        self.provider_combo.setEnabled(bool(to_pack))
        self.provider_combo.currentIndexChanged.connect(
            lambda _i: self.provider_radio.setChecked(True)
        )
        for radio in (self.selected_radio, self.tab_radio):
            lay.addWidget(radio)
        row = QHBoxLayout()
        row.addWidget(self.provider_radio)
        row.addWidget(self.provider_combo, 1)
        lay.addLayout(row)
        self.slips = QCheckBox(tr("Add a packing slip page per order"))
        lay.addWidget(self.slips)
        printer_row = QHBoxLayout()
        printer_row.addWidget(QLabel(tr("A4 printer")))
        self.printer = printer_combo(
            tr("(ask with the print dialog)"), saved_printer, names=printers or []
        )
        self.printer.setObjectName("pickListPrinter")
        printer_row.addWidget(self.printer, 1)
        lay.addLayout(printer_row)
        first = next(r for r in (self.selected_radio, self.tab_radio, self.provider_radio))
        (self.selected_radio if selected else self.tab_radio if tab_rows else first).setChecked(
            True
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Make pick list"))
        ok.setEnabled(bool(selected or tab_rows or to_pack))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def choice(self) -> tuple[list[OrderRow], str]:
        """The chosen orders and the pick list's title."""
        if self.selected_radio.isChecked():
            return self.selected, tr("%n selected orders", len(self.selected))
        if self.tab_radio.isChecked() and self.tab is not None:
            return self.tab_rows, tr(TAB_TITLES.get(self.tab, self.tab.value))
        provider = str(self.provider_combo.currentData() or "")
        rows = [r for r in self.to_pack if row_provider(r) == provider]
        return rows, f"{tr('To pack')} · {provider or tr('(no provider yet)')}"


class WaveDialog(QDialog):
    """A scanned wave: its orders, to pack as one batch or one by one."""

    def __init__(
        self,
        opened: OpenedWave,
        ctl: PackController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("waveDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened, self.ctl = opened, ctl
        w = opened.wave
        self.setWindowTitle(tr("Pick list #%1").replace("%1", str(w.wave_id)))
        lay = QVBoxLayout(self)
        when = w.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        lay.addWidget(QLabel(f"{w.title} · {when}" + (f" · {w.packer}" if w.packer else "")))
        self.summary = QLabel(opened.summary())
        lay.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("waveOrders")
        for r in opened.rows:
            text = f"{r.order.order_number}   {tr(TAB_TITLES.get(r.tab, r.tab.value))}   "
            item = QListWidgetItem(text + r.sku_summary())
            item.setData(Qt.ItemDataRole.UserRole, r.order.order_number)
            self.list.addItem(item)
        for number in opened.gone:
            item = QListWidgetItem(f"{number}   {tr('no longer open')}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.itemActivated.connect(self.open_order)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.batch_button = buttons.addButton(
            tr("Pack && ship the %n orders to pack", len(opened.to_pack)),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.batch_button.setEnabled(bool(opened.to_pack))
        self.batch_button.clicked.connect(self.batch)
        self.open_button = buttons.addButton(
            tr("Open the selected order"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self.open_order(self.list.currentItem()))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 420)

    def open_order(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        self.ctl.scan(str(item.data(Qt.ItemDataRole.UserRole)))

    def batch(self) -> asyncio.Task[Any]:
        keys = [r.key for r in self.opened.to_pack]
        self.batch_button.setEnabled(False)
        self.close()
        return self.ctl.spawn(self.ctl.run_batch(keys))


class PickingUi:
    """The pick list action, the wave dialog, the catalogue page (one per window)."""

    def __init__(
        self,
        station: StationPort,
        window: MainWindow,
        ctl: PackController,
        *,
        save_dir: Path,
    ) -> None:
        self.station, self.window, self.ctl = station, window, ctl
        self.save_dir = save_dir
        self.dialog: PickListDialog | None = None
        self.preview: PdfPreview | None = None
        self.wave_dialog: WaveDialog | None = None
        self.catalogue: CatalogueDialog | None = None
        self.last_pdf: Path | None = None
        station.picking.wave_listeners.append(self.show_wave)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        return self.ctl.spawn(coro)

    # ------------------------------------------------------------ pick list
    def open_pick_list(self) -> PickListDialog:
        book = self.window.book
        selected = [r for k in self.window.selected_keys() if (r := book.get(k)) is not None]
        tab = self.window.current_tab()
        rows = book.rows()
        tab_rows = [r for r in rows if tab is not None and r.tab is tab]
        to_pack = [r for r in rows if r.tab is Tab.TO_PACK]
        dlg = PickListDialog(
            selected,
            tab,
            tab_rows,
            to_pack,
            self.window,
            printers=printer_names(),
            saved_printer=str(self.station.settings.ui.get(A4_PRINTER, "")),
        )
        self.dialog = dlg
        self.spawn(self._pick_list(dlg))
        return dlg

    async def _pick_list(self, dlg: PickListDialog) -> None:
        if await run_dialog(dlg) != QDialog.DialogCode.Accepted:
            return
        rows, title = dlg.choice()
        chosen = str(dlg.printer.currentData() or "")
        if chosen != self.station.settings.ui.get(A4_PRINTER, ""):
            self.station.settings.ui[A4_PRINTER] = chosen
            self.station.save_settings()
        await self.make_pick_list(rows, title, slips=dlg.slips.isChecked())

    async def make_pick_list(self, rows: list[OrderRow], title: str, *, slips: bool) -> Path | None:
        status = self.window.statusBar()
        try:
            pick = self.station.picking.make_wave(rows, title=title)
            status.showMessage(tr("Making the pick list…"))
            images = await fetch_images(pick.lines, self.station.fetch_image)
            pdf = render_pick_list(
                pick,
                images=images,
                slips=slips,
                printed_at=dt.datetime.now().astimezone(),
                printed_by=self.station.settings.packer,
            )
            assert pick.wave is not None
            self.save_dir.mkdir(parents=True, exist_ok=True)
            path = self.save_dir / f"pick-list-{pick.wave.wave_id}.pdf"
            path.write_bytes(pdf)
        except KnownError as err:
            status.showMessage(err.user_message, 15_000)
            return None
        except OSError as err:
            status.showMessage(tr("The pick list could not be saved: ") + str(err), 15_000)
            return None
        self.last_pdf = path
        status.showMessage(
            tr("Pick list #%1 saved as %2")
            .replace("%1", str(pick.wave.wave_id))
            .replace("%2", str(path)),
            15_000,
        )
        self.preview = PdfPreview(
            [pdf],
            f"{tr('Pick list')} #{pick.wave.wave_id}",
            self.window,
            on_print=lambda: self.print_a4(
                pdf, f"Pick list {pick.wave.wave_id if pick.wave else ''}"
            ),
        )
        return path

    def print_a4(self, pdf: bytes, job: str) -> asyncio.Task[int]:
        """The saved A4 printer silently, else the system print dialog (a task)."""
        return print_a4(self.window, self.station.settings, [pdf], job)

    # ------------------------------------------------------------ waves
    def show_wave(self, opened: OpenedWave) -> None:
        if self.wave_dialog is not None:
            self.wave_dialog.close()
        self.wave_dialog = WaveDialog(opened, self.ctl, self.window)
        self.wave_dialog.finished.connect(lambda _r: setattr(self, "wave_dialog", None))
        self.wave_dialog.show()

    # ------------------------------------------------------------ catalogue
    def open_catalogue(self) -> CatalogueDialog:
        if self.catalogue is None:
            self.catalogue = CatalogueDialog(self.station, self.window)
        self.catalogue.refresh()
        self.catalogue.show()
        self.catalogue.raise_()
        return self.catalogue


# ====================================================================== catalogue page
class CatalogueDialog(QDialog):
    """SKUs seen in orders with their barcodes; import, export, stickers."""

    COLUMNS = ("SKU", "Product", "Barcodes", "Bin / location", "Open orders")

    def __init__(self, station: StationPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(tr("Product catalogue"))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.shop = QComboBox()
        for shop_id in station.ports:
            self.shop.addItem(shop_id, shop_id)
        self.shop.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(QLabel(tr("Shop")))
        top.addWidget(self.shop)
        self.no_barcode = QCheckBox(tr("No barcode yet"))
        self.no_barcode.setObjectName("noBarcodeFilter")
        self.no_barcode.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.no_barcode)
        top.addStretch(1)
        lay.addLayout(top)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("catalogueTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        self.status = QLabel()
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("Import CSV/XLSX…"))
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.clicked.connect(self.ask_export)
        self.sticker_button = QPushButton(tr("Stickers for the selected SKUs…"))
        self.sticker_button.clicked.connect(self.open_stickers)
        for b in (self.import_button, self.export_button, self.sticker_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        lay.addLayout(buttons)
        self.file_dialog: QFileDialog | None = None
        self.preview: ImportPreview | None = None
        self.stickers: StickerDialog | None = None
        self.resize(820, 520)

    @property
    def shop_id(self) -> str:
        return str(self.shop.currentData() or "")

    def refresh(self) -> None:
        rows = self.station.catalogue.sku_rows(
            self.shop_id, no_barcode_only=self.no_barcode.isChecked()
        )
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (r.sku, r.name, "; ".join(r.barcodes), r.location, str(r.orders))
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(tr("%n SKUs", len(rows)))

    def _file_dialog(self, title: str, save: bool, done: Callable[[str], object]) -> QFileDialog:
        dlg = QFileDialog(self, title)
        dlg.setObjectName("catalogueFileDialog")
        dlg.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dlg.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilter(tr("Spreadsheets (*.csv *.xlsx)"))
        if save:
            dlg.setDefaultSuffix("csv")
            dlg.selectFile(f"catalogue-{self.shop_id}.csv")
        dlg.fileSelected.connect(done)
        self.file_dialog = dlg
        dlg.open()
        return dlg

    def ask_import(self) -> QFileDialog:
        return self._file_dialog(
            tr("Import catalogue"), False, lambda p: self.preview_import(Path(p))
        )

    def ask_export(self) -> QFileDialog:
        return self._file_dialog(tr("Export catalogue"), True, lambda p: self.export_to(Path(p)))

    def preview_import(self, path: Path) -> ImportPreview | None:
        try:
            plan = self.station.catalogue.plan(self.shop_id, path)
        except KnownError as err:
            self.status.setText(err.user_message + (f" {err.hint}" if err.hint else ""))
            return None
        self.preview = ImportPreview(plan, self)
        self.preview.accepted.connect(lambda: self.apply(plan))
        self.preview.open()
        return self.preview

    def apply(self, plan: ImportPlan) -> None:
        try:
            n = self.station.catalogue.apply(plan)
        except KnownError as err:
            self.status.setText(err.user_message)
            return
        self.refresh()
        self.status.setText(tr("Imported: %n SKUs changed.", n))

    def export_to(self, path: Path) -> None:
        try:
            n = self.station.catalogue.export(self.shop_id, path)
        except KnownError as err:
            self.status.setText(err.user_message)
            return
        self.status.setText(tr("%n SKUs exported to ", n) + str(path))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def open_stickers(self) -> StickerDialog | None:
        chosen = [self.rows[i] for i in self.selected_rows()]
        if not chosen:
            self.status.setText(tr("Select the SKUs to print stickers for first."))
            return None
        stickers = [Sticker(r.sku, r.name, r.barcodes, 1) for r in chosen]
        self.stickers = StickerDialog(stickers, self.station, self)
        self.stickers.open()
        return self.stickers


class ImportPreview(QDialog):
    """What an import will change, and the refused rows, before anything is written."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueImportPreview")
        self.setWindowTitle(tr("Import preview"))
        lay = QVBoxLayout(self)
        self.report = QPlainTextEdit(plan.report())
        self.report.setReadOnly(True)
        lay.addWidget(self.report)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Import %n changes", len(plan.changes)))
        ok.setEnabled(bool(plan.changes))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(700, 420)


class StickerDialog(QDialog):
    """Quantities per SKU, the sticker size and the saved sticker printer."""

    def __init__(
        self, stickers: list[Sticker], station: StationPort, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stickerDialog")
        self.setWindowTitle(tr("SKU stickers"))
        self.station = station
        self.stickers = stickers
        ui = station.settings.ui
        form = QFormLayout(self)
        self.quantities: list[QSpinBox] = []
        for s in stickers:
            spin = QSpinBox()
            spin.setRange(0, 500)
            spin.setValue(s.quantity)
            kind, code = s.code
            form.addRow(f"{s.sku} ({kind} {code})", spin)
            self.quantities.append(spin)
        self.paper = QComboBox()
        for name in STICKER_PAPERS:
            self.paper.addItem(name.replace("x", " × ").replace("mm", " mm"), name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(ui.get(STICKER_PAPER, ""))))
        form.addRow(tr("Sticker size"), self.paper)
        self.printer = printer_combo(tr("(save as PDF)"), str(ui.get(STICKER_PRINTER, "")))
        self.printer.setObjectName("stickerPrinter")
        form.addRow(tr("Sticker printer"), self.printer)
        self.message = QLabel()
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Print"))
        buttons.accepted.connect(self.print_now)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.file_dialog: QFileDialog | None = None

    def chosen(self) -> list[Sticker]:
        return [
            Sticker(s.sku, s.name, s.barcodes, spin.value())
            for s, spin in zip(self.stickers, self.quantities, strict=True)
        ]

    def pdf(self) -> bytes | None:
        try:
            return render_stickers(self.chosen(), str(self.paper.currentData()))
        except KnownError as err:
            self.message.setText(err.user_message)
            return None

    def print_now(self) -> None:
        pdf = self.pdf()
        if pdf is None:
            return
        ui = self.station.settings.ui
        ui[STICKER_PAPER] = str(self.paper.currentData())
        ui[STICKER_PRINTER] = str(self.printer.currentData() or "")
        self.station.save_settings()
        if not ui[STICKER_PRINTER]:
            dlg = QFileDialog(self, tr("Save stickers as PDF"))
            dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dlg.setDefaultSuffix("pdf")
            dlg.selectFile("stickers.pdf")
            dlg.fileSelected.connect(lambda p: self._save(Path(p), pdf))
            self.file_dialog = dlg
            dlg.open()
            return
        try:
            print_stickers(pdf, printer_name=ui[STICKER_PRINTER], paper=ui[STICKER_PAPER])
        except KnownError as err:
            self.message.setText(err.user_message)
            return
        self.accept()

    def _save(self, path: Path, pdf: bytes) -> None:
        try:
            path.write_bytes(pdf)
        except OSError as err:
            self.message.setText(tr("Not saved: ") + str(err))
            return
        self.accept()
