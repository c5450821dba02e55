"""Station → Settings: packer, completion policy, flow, sound, serial scanner, printer, and
the warehouse database (``lazpack.ui.warehouse_dialog``)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import PrinterSettings, Settings
from lazpack.i18n import QT_TRANSLATE_NOOP
from lazpack.services.warehouse import WarehouseSetup
from lazpack.ui.print_dialogs import PrinterSettingsDialog, run_dialog
from lazpack.ui.translations import language_combo

AUTO_UNTIL = (
    ("verify", QT_TRANSLATE_NOOP("SettingsDialog", "Stop after verifying (I scan DONE to pack)")),
    ("pack", QT_TRANSLATE_NOOP("SettingsDialog", "Pack automatically, then wait")),
    ("label", QT_TRANSLATE_NOOP("SettingsDialog", "Pack and print the label automatically")),
    (
        "rts",
        QT_TRANSLATE_NOOP("SettingsDialog", "Pack, print and mark ready to ship automatically"),
    ),
)
PROVIDERS = (
    ("platform", QT_TRANSLATE_NOOP("SettingsDialog", "Lazada allocates the provider")),
    ("saved", QT_TRANSLATE_NOOP("SettingsDialog", "Use my saved provider per shop")),
    ("ask", QT_TRANSLATE_NOOP("SettingsDialog", "Ask me every time")),
)
FLOWS = (
    (
        "order_first",
        QT_TRANSLATE_NOOP("SettingsDialog", "Order first: scan the order, then the items"),
    ),
    (
        "label_first",
        QT_TRANSLATE_NOOP(
            "SettingsDialog", "Label first: labels printed in a batch, scan the label to verify"
        ),
    ),
)

#: the Vietnamese input method a scan typed through it is taken apart with (keymap.Composer)
COMPOSERS = (
    ("telex", QT_TRANSLATE_NOOP("SettingsDialog", "Telex")),
    ("vni", QT_TRANSLATE_NOOP("SettingsDialog", "VNI")),
)


def _combo(name: str, choices: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for value, text in choices:
        box.addItem(QCoreApplication.translate("SettingsDialog", text), value)
    idx = box.findData(current)
    box.setCurrentIndex(max(0, idx))
    return box


class SettingsDialog(QDialog):
    """Edits a copy; ``apply(settings)`` writes the choices back after OK."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        warehouse: WarehouseSetup | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Station settings"))
        p = settings.packing
        self.language = language_combo(settings.language)
        self.packer = QLineEdit(settings.packer)
        self.packer.setObjectName("packerName")
        self.auto_until = _combo("autoUntil", AUTO_UNTIL, p.auto_until)
        self.provider = _combo("providerChoice", PROVIDERS, p.provider_choice)
        self.flow = _combo("flow", FLOWS, p.flow)
        self.confirm_label = QCheckBox(
            QCoreApplication.translate(
                "SettingsDialog", "Scan the printed label on the parcel before ready to ship"
            )
        )
        self.confirm_label.setObjectName("confirmLabelScan")
        self.confirm_label.setChecked(p.confirm_label_scan)
        self.sound = QCheckBox(
            QCoreApplication.translate("SettingsDialog", "Play sounds on every scan")
        )
        self.sound.setObjectName("soundOn")
        self.sound.setChecked(p.sound)
        self.composer = _combo("scannerComposer", COMPOSERS, p.scanner_composer)
        self.composer.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog",
                "The Vietnamese typing method of this PC: scans it rewrites are read back",
            )
        )
        self.serial = QLineEdit(p.scanner_serial_port)
        self.serial.setObjectName("serialPort")
        self.serial.setPlaceholderText(
            QCoreApplication.translate(
                "SettingsDialog", "empty: keyboard scanner only (e.g. COM3, /dev/ttyACM0)"
            )
        )
        self._printer = PrinterSettings(
            printer_name=settings.printer.printer_name,
            paper=settings.printer.paper,
            orientation=settings.printer.orientation,
            copies=settings.printer.copies,
        )
        self.printer_text = QLabel(self._printer_summary())
        self.printer_text.setObjectName("printerSummary")
        printer_button = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Label &printer…")
        )
        printer_button.setObjectName("printerButton")
        printer_button.clicked.connect(self._edit_printer)
        self._printer_dialog: PrinterSettingsDialog | None = None
        self._warehouse = warehouse
        self.warehouse_dialog: QDialog | None = None
        self.warehouse_text = QLabel(self._warehouse_summary())
        self.warehouse_text.setObjectName("warehouseSummary")
        self.warehouse_text.setWordWrap(True)
        warehouse_button = QPushButton(QCoreApplication.translate("SettingsDialog", "&Warehouse…"))
        warehouse_button.setObjectName("warehouseButton")
        warehouse_button.clicked.connect(self.open_warehouse)
        warehouse_button.setEnabled(warehouse is not None)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SettingsDialog", "Language"), self.language)
        form.addRow(QCoreApplication.translate("SettingsDialog", "Packer name"), self.packer)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "After the last item"), self.auto_until
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Shipment provider"), self.provider
        )
        form.addRow(QCoreApplication.translate("SettingsDialog", "Flow"), self.flow)
        form.addRow("", self.confirm_label)
        form.addRow("", self.sound)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Vietnamese typing"), self.composer
        )
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Serial scanner port"), self.serial
        )
        form.addRow(printer_button, self.printer_text)
        form.addRow(warehouse_button, self.warehouse_text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            QCoreApplication.translate(
                "SettingsDialog", "Changes apply at once; the serial scanner reconnects."
            )
        )
        from lazpack.ui.video.settings_box import VideoSettingsBox  # QtMultimedia: on use

        self.video = VideoSettingsBox(settings.video)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.video)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def _printer_summary(self) -> str:
        pr = self._printer
        name = pr.printer_name or QCoreApplication.translate(
            "SettingsDialog", "ask with the print dialog"
        )
        orientation = (
            QCoreApplication.translate("SettingsDialog", "landscape")
            if pr.orientation == "landscape"
            else QCoreApplication.translate("SettingsDialog", "portrait")
        )
        return f"{name} · {pr.paper} · {orientation} · {pr.copies}×"

    def _warehouse_summary(self) -> str:
        url = self._warehouse.url if self._warehouse is not None else ""
        if not url:
            return QCoreApplication.translate("SettingsDialog", "this PC's own journal")
        return url

    def open_warehouse(self) -> QDialog:
        """Settings → Warehouse: the shared database and the warehouse key."""
        from lazpack.ui.warehouse_dialog import WarehouseDialog

        assert self._warehouse is not None
        dlg = WarehouseDialog(self._warehouse, self)
        self.warehouse_dialog = dlg
        dlg.finished.connect(lambda _r: self.warehouse_text.setText(self._warehouse_summary()))
        dlg.open()
        return dlg

    def _edit_printer(self) -> None:
        dlg = PrinterSettingsDialog(self._printer, self)
        self._printer_dialog = dlg

        async def run() -> None:
            if await run_dialog(dlg) == QDialog.DialogCode.Accepted:
                self._printer = dlg.settings()
                self.printer_text.setText(self._printer_summary())

        self._task = asyncio.ensure_future(run())

    def apply(self, settings: Settings) -> None:
        """Write the choices into ``settings`` in place (the services hold these objects)."""
        p = settings.packing
        settings.language = str(self.language.currentData())
        settings.packer = self.packer.text().strip()
        p.auto_until = str(self.auto_until.currentData())
        p.provider_choice = str(self.provider.currentData())
        p.flow = str(self.flow.currentData())
        p.confirm_label_scan = self.confirm_label.isChecked()
        p.sound = self.sound.isChecked()
        p.scanner_serial_port = self.serial.text().strip()
        p.scanner_composer = str(self.composer.currentData())
        self.video.apply(settings.video)
        pr = settings.printer
        pr.printer_name = self._printer.printer_name
        pr.paper = self._printer.paper
        pr.orientation = self._printer.orientation
        pr.copies = self._printer.copies
