"""The first hour at a new packing desk (issue 20): ten parcels through a station whose only
printer is an A4 CUPS queue, counting every dialog the packer has to answer.

After the desk is set up (the label printer saved) no dialog opens; with the setup skipped
only the first parcel asks (the system print dialog, whose "Always print labels here" and
"Use the label size" answers are remembered). Needs the queue ``.ci/run`` adds::

    lpadmin -p A4PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -o PageSize=A4
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from lazpack.app import Station
from lazpack.config import PrinterSettings, Settings
from lazpack.emulator import Emulator
from lazpack.printing.printer import PAGE_LABEL, printer_names
from lazpack.ui.pack_view import READY_TEXT
from tests.helpers.ci import require_printer
from tests.helpers.e2e import burst, headline, new_order, station, until, win

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio]

QUEUE = "A4PDF"
PARCELS = 10


def a4_queue_only() -> None:
    require_printer(
        printer_names() == [QUEUE],
        f"needs {QUEUE} as the only printer (the A4 CUPS queue .ci/run adds); "
        f"this machine has {printer_names() or 'none'}",
    )


class DialogCounter(QObject):
    """Every dialog shown, in order; a print dialog is answered with its default (Print),
    as a packer pressing Enter would."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow():
            self.shown.append(obj.objectName() or type(obj).__name__)
            if isinstance(obj, QPrintDialog):
                QTimer.singleShot(0, obj.accept)
        return False


def desk(tmp_path: Path, printer: PrinterSettings) -> AbstractAsyncContextManager[Station]:
    """The station on five demo orders, its labels going to ``printer`` (the real output)."""
    # polls every second: a new order arrives without waiting for the demo's 10 s poll
    settings = Settings(station_id="desk", packer="Ana", printer=printer, sync_interval_s=1)
    return station(
        tmp_path,
        emulator=Emulator(orders=5, seed=20, region="sg"),
        settings=settings,
        sink="printer",
    )


async def ten_parcels(st: Station) -> list[str]:
    """Scan ten orders to ready-to-ship (label printed on the way); the dialogs shown."""
    app = QApplication.instance()
    assert app is not None
    counter = DialogCounter()
    app.installEventFilter(counter)
    try:
        for n in range(PARCELS):
            oid, number = await new_order(st, ["BACKPACK-GREY"])
            await until(lambda: QApplication.focusWidget() is not None, "focus back")
            burst(str(number))
            assert win(st).pack_view.order_label.text() == f"Order {number}"
            burst("BACKPACK-GREY")
            await until(lambda: headline(st) == READY_TEXT, f"parcel {n + 1} ready to ship")
            assert {i["status"] for i in st.demo_emulator.items(oid)} == {"ready_to_ship"}
    finally:
        app.removeEventFilter(counter)
    return counter.shown


async def test_after_setup_ten_parcels_open_no_dialog(tmp_path: Path, qtbot: QtBot) -> None:
    a4_queue_only()
    # what the setup's printer step saves: the queue, with the label size remembered
    saved = PrinterSettings(printer_name=QUEUE, page_choice={QUEUE: PAGE_LABEL})
    async with desk(tmp_path, saved) as st:
        shown = await ten_parcels(st)
    assert shown == []


async def test_setup_skipped_only_the_first_parcel_asks(tmp_path: Path, qtbot: QtBot) -> None:
    a4_queue_only()
    async with desk(tmp_path, PrinterSettings()) as st:
        shown = await ten_parcels(st)
        settings_file = st.paths.settings_file
    # one dialog in ten parcels: the first one's print dialog, nothing after it
    assert shown == ["labelPrintDialog"]
    # its answers were saved: the A4 queue prints labels silently at the label size
    saved = Settings.load(settings_file).printer
    assert saved.printer_name == QUEUE
    assert saved.page_choice == {QUEUE: PAGE_LABEL}
