"""Print dialogs driven like a packer would, on the shared qasync loop (no nested loops)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from lazpack.config import PrinterSettings, Settings
from lazpack.errors import PrinterError
from lazpack.printing.printer import PAGE_LABEL, LabelPrinter, printer_names
from lazpack.printing.setup_label import TEST_LABEL_CODE
from lazpack.printing.stickers import Sticker
from lazpack.services.picking import A4_PRINTER_KEY
from lazpack.ui import print_dialogs
from lazpack.ui.picking_dialogs import STICKER_PRINTER, PickListDialog, StickerDialog
from lazpack.ui.print_dialogs import (
    LabelOutput,
    LabelPrintOptions,
    PrinterSettingsDialog,
    SaveAsPdf,
    confirm_reprint,
    print_a4,
)
from lazpack.ui.setup.packers import PackersStep
from lazpack.ui.setup_wizard import open_setup_wizard
from lazpack.ui.translations import install_language
from tests.helpers.ci import require_printer
from tests.helpers.e2e import until
from tests.helpers.labels import decode, label_pdf, page_sizes_mm, render_back

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")
TNS = ["SGLEX0001234567", "MYJT7700112233"]


async def shown(kind: type[W], name: str) -> W:
    """The visible top-level ``kind`` named ``name``, once the loop has shown it."""
    async with asyncio.timeout(10):
        while True:
            for w in QApplication.topLevelWidgets():
                if isinstance(w, kind) and w.objectName() == name and w.isVisible():
                    return w
            await asyncio.sleep(0.01)


FILE_DEST = "Print to File (PDF)"


def to_file(dialog: QPrintDialog, path: Path) -> None:
    """Choose the dialog's file destination, whatever printers this machine has: with a
    CUPS printer the dialog opens on it, without one on the file (issue 14 item 6)."""
    combo = dialog.findChild(QComboBox, "printers")
    assert combo is not None
    combo.setCurrentIndex(combo.findText(FILE_DEST))
    edit = dialog.findChild(QLineEdit, "filename")
    assert edit is not None and edit.isEnabled()
    edit.setText(str(path))


def options_of(dialog: QPrintDialog) -> LabelPrintOptions:
    options = dialog.findChild(LabelPrintOptions, "labelPrintOptions")
    assert options is not None
    return options


def dialogs_shown() -> list[str]:
    return [
        w.objectName()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible()
    ]


async def finish(job: asyncio.Future[T]) -> T:
    async with asyncio.timeout(20):
        return await job


def click(box: QMessageBox, text: str) -> None:
    (button,) = [b for b in box.buttons() if b.text() == text]
    button.click()


@pytest.mark.asyncio
async def test_system_dialog_prints_the_labels_in_order(qtbot: object, tmp_path: Path) -> None:
    out = tmp_path / "dialog.pdf"
    job = asyncio.ensure_future(
        LabelOutput(None, LabelPrinter()).print_pdfs([label_pdf(tn) for tn in TNS])
    )
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    # the label choices are in view on the dialog itself: one dialog settles the job
    options = options_of(dialog)
    assert options.isVisible()
    assert options.use_label.text() == "Use the label size (100 × 150 mm)"
    assert options.use_label.isChecked()
    # nothing to save the printer into (no settings): not offered
    assert not options.always.isVisible()
    to_file(dialog, out)
    dialog.accept()

    assert await finish(job) == 2
    assert dialogs_shown() == []  # no page-mismatch box after the dialog
    assert [decode(img) for img in render_back(out)] == [[tn] for tn in TNS]
    for w, h in page_sizes_mm(out):
        assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


@pytest.mark.asyncio
async def test_the_label_options_unfold_in_chinese(qtbot: object, chinese: None) -> None:
    """Qt's "Options >>" button is translated by qtbase: the label tab still opens itself."""
    job = asyncio.ensure_future(LabelOutput(None, LabelPrinter()).print_pdfs([label_pdf(TNS[0])]))
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    options = options_of(dialog)
    assert options.isVisible()
    dialog.reject()
    assert await finish(job) == 0


@pytest.mark.asyncio
async def test_the_printers_own_paper_scales_the_label_onto_it(
    qtbot: object, tmp_path: Path
) -> None:
    out = tmp_path / "paper.pdf"
    output = LabelOutput(None, LabelPrinter())
    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    to_file(dialog, out)
    options_of(dialog).use_paper.click()
    dialog.accept()

    assert await finish(job) == 1
    check = output.dialog.last_check
    assert check is not None and not check.size_matches
    # the page is the dialog's paper (A4 or Letter, by machine), the label still reads
    ((w, h),) = page_sizes_mm(out)
    assert (w, h) == (
        pytest.approx(check.paper_mm[0], abs=0.5),
        pytest.approx(check.paper_mm[1], abs=0.5),
    )
    assert w > 200
    assert decode(render_back(out)[0]) == [TNS[0]]


@pytest.mark.asyncio
async def test_cancelling_the_dialog_prints_nothing(qtbot: object) -> None:
    job = asyncio.ensure_future(LabelOutput(None, LabelPrinter()).print_pdfs([label_pdf(TNS[0])]))
    (await shown(QPrintDialog, "labelPrintDialog")).reject()
    assert await finish(job) == 0


@pytest.mark.asyncio
async def test_missing_printer_asks_once_with_the_reason(qtbot: object, tmp_path: Path) -> None:
    saves: list[str] = []
    lp = LabelPrinter(PrinterSettings(printer_name="Zebra ZD420"))
    output = LabelOutput(None, lp, lambda: saves.append(lp.settings.printer_name))

    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    # straight to the print dialog, which says why it is asking (no box before it)
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    assert dialogs_shown() == ["labelPrintDialog"]
    options = options_of(dialog)
    assert "“Zebra ZD420” was not found" in options.reason.text()
    assert options.reason.isVisible()
    # a rescue for one label: offered, but not ticked (issue: the rescue printer replaced
    # the thermal printer)
    assert options.always.isVisible() and not options.always.isChecked()
    to_file(dialog, tmp_path / "o.pdf")
    dialog.accept()

    assert await finish(job) == 1
    assert decode(render_back(tmp_path / "o.pdf")[0]) == [TNS[0]]
    # a file is not a printer: the saved printer stays, nothing was saved
    assert lp.settings.printer_name == "Zebra ZD420"
    assert saves == []


@pytest.mark.asyncio
@pytest.mark.parametrize("native", [False, True])
async def test_a_printer_picked_to_rescue_one_label_is_not_saved(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, native: bool
) -> None:
    """The saved label printer failed and the packer picks another one for this label: on
    the Qt dialog "always" is offered unticked, a native dialog (Windows, macOS) cannot show
    the box and never saves. With a CUPS queue the dialog's printer is really chosen."""
    monkeypatch.setattr(print_dialogs, "_NATIVE_DIALOGS", native)
    saves: list[str] = []
    lp = LabelPrinter(PrinterSettings(printer_name="Zebra ZD420"))
    output = LabelOutput(None, lp, lambda: saves.append(lp.settings.printer_name))
    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    options = options_of(dialog)
    assert not options.always.isChecked()
    assert options.always.isVisibleTo(dialog) is not native
    names = printer_names()
    if not names:
        to_file(dialog, tmp_path / "rescue.pdf")
    dialog.accept()

    assert await finish(job) == 1
    assert lp.settings.printer_name == "Zebra ZD420"
    assert all(s == "Zebra ZD420" for s in saves)


@pytest.mark.asyncio
async def test_declining_another_printer_keeps_the_printer_error(qtbot: object) -> None:
    output = LabelOutput(None, LabelPrinter(PrinterSettings(printer_name="Zebra ZD420")))

    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    (await shown(QPrintDialog, "labelPrintDialog")).reject()

    with pytest.raises(PrinterError, match="Zebra ZD420"):
        await finish(job)


@pytest.mark.asyncio
async def test_always_print_here_saves_the_chosen_printer(qtbot: object) -> None:
    """Needs a real queue (CI adds the A4 CUPS queue); without one there is no printer to
    save, which the test above covers."""
    names = printer_names()
    require_printer(bool(names), "no system printer: nothing the dialog could save")
    saves: list[str] = []
    lp = LabelPrinter()
    output = LabelOutput(None, lp, lambda: saves.append(lp.settings.printer_name))
    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])], job_name="lazpack test"))
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    combo = dialog.findChild(QComboBox, "printers")
    assert combo is not None and combo.currentText() in names
    chosen = combo.currentText()
    dialog.accept()

    assert await finish(job) == 1
    assert lp.settings.printer_name == chosen
    assert lp.silent
    assert saves and saves[-1] == chosen
    check = output.dialog.last_check
    assert check is not None
    if lp.page_choice(chosen) is not None:  # the queue's paper was not the label's
        assert lp.page_choice(chosen) == PAGE_LABEL
        assert check.size_matches


@pytest.mark.asyncio
@pytest.mark.parametrize(("answer", "expected"), [("Reprint", True), ("Cancel", False)])
async def test_reprint_confirmation(qtbot: object, answer: str, expected: bool) -> None:
    asked = asyncio.ensure_future(confirm_reprint(None, {"FP1": 2}))
    box = await shown(QMessageBox, "reprintConfirm")
    assert "FP1: printed 2×" in box.text()
    click(box, answer)
    assert await finish(asked) is expected


@pytest.mark.asyncio
async def test_save_as_pdf_writes_the_labels(qtbot: object, tmp_path: Path) -> None:
    sink = SaveAsPdf(None, LabelPrinter(), directory=tmp_path)
    job = asyncio.ensure_future(sink.print_pdfs([label_pdf(*TNS)], job_name="AWB ×2"))
    # the suggested name comes from the job, in the station's folder: just press Save
    (await shown(QFileDialog, "saveLabelsDialog")).accept()

    assert await finish(job) == 2
    assert sink.saved_to == tmp_path / "AWB ×2.pdf"
    assert [decode(img) for img in render_back(sink.saved_to)] == [[tn] for tn in TNS]


def test_settings_dialog_round_trips_and_flags_a_missing_printer(qtbot: object) -> None:
    saved = PrinterSettings(
        printer_name="Gone Printer", paper="A6", orientation="landscape", copies=2
    )
    dialog = PrinterSettingsDialog(saved)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]

    assert dialog.settings() == saved
    assert "(not found)" in dialog.printer_box.currentText()
    assert "Gone Printer" in dialog.warning.text()
    assert "not found" in dialog.warning.text()

    dialog.printer_box.setCurrentIndex(dialog.printer_box.findData(""))
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("4x6in"))
    assert dialog.settings() == PrinterSettings("", "4x6in", "landscape", 2)
    assert dialog.warning.text() == ""


@pytest.mark.asyncio
async def test_test_print_through_the_dialog(qtbot: object, tmp_path: Path) -> None:
    dialog = PrinterSettingsDialog(PrinterSettings())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.test_button.click()
    print_dialog = await shown(QPrintDialog, "testPrintDialog")
    to_file(print_dialog, tmp_path / "t.pdf")
    options_of(print_dialog).use_paper.click()  # the packer keeps the printer's own paper
    print_dialog.accept()
    assert dialog.test_job is not None
    await finish(dialog.test_job)

    # the test label shows what the printer really does, and the dialog says how to fix it
    assert "Test label sent" in dialog.status.text()
    ((w, h),) = page_sizes_mm(tmp_path / "t.pdf")
    assert w > 200  # the dialog's own paper (A4 or Letter, by machine), not the label
    assert f"{w:.0f} × {h:.0f} mm" in dialog.warning.text()
    assert "Fix:" in dialog.warning.text()


class _StickerStation:
    """What the sticker dialog reads of the station: its settings and the saver."""

    def __init__(self, sticker_printer: str) -> None:
        self.settings = Settings()
        self.settings.ui[STICKER_PRINTER] = sticker_printer
        self.saves = 0

    def save_settings(self) -> None:
        self.saves += 1


def test_a_missing_saved_printer_stays_chosen_in_every_pick_list(qtbot: object) -> None:
    """A network printer briefly offline is kept (shown "not found"), never saved as ""."""
    pick = PickListDialog([], None, [], [], printers=["Other"], saved_printer="Office Laser")
    qtbot.addWidget(pick)  # type: ignore[attr-defined]
    assert pick.printer.currentData() == "Office Laser"
    assert pick.printer.currentText() == "Office Laser (not found)"
    assert pick.printer.findData("Other") >= 0

    station = _StickerStation("Gone Sticker")
    stickers = StickerDialog([Sticker("SKU-1")], station)  # type: ignore[arg-type]
    qtbot.addWidget(stickers)  # type: ignore[attr-defined]
    assert stickers.printer.currentData() == "Gone Sticker"
    assert stickers.printer.currentText() == "Gone Sticker (not found)"

    settings = PrinterSettingsDialog(PrinterSettings(printer_name="Gone Printer"))
    qtbot.addWidget(settings)  # type: ignore[attr-defined]
    assert settings.printer_box.currentText() == "Gone Printer (not found)"
    # the ask-every-time entry and the installed printers are still offered
    assert settings.printer_box.itemData(0) == ""
    assert [settings.printer_box.itemData(i) for i in range(1, settings.printer_box.count())] == [
        *printer_names(),
        "Gone Printer",
    ]


class _DeskStation:
    """What the set-up reads of the station: settings, the saver, the keep-alive list."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.keepalive: list[object] = []

    def save_settings(self) -> None:
        pass


@pytest.mark.asyncio
async def test_a4_sheets_use_the_saved_a4_printer_and_a_failure_reaches_the_packer(
    qtbot: object,
) -> None:
    """Packer cards (set-up), like the pick list and the command sheet, print on the saved
    A4 printer; a missing one is said in the status bar, and nothing is kept forever."""
    station = _DeskStation()
    station.settings.ui[A4_PRINTER_KEY] = "Gone A4"
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    wizard = open_setup_wizard(station, window)
    packers = wizard.steps[1]
    assert isinstance(packers, PackersStep)
    packers.names.setPlainText("Ana")
    packers.cards.click()
    preview = wizard.cards_preview
    assert preview is not None
    printb = preview.findChild(QPushButton, "previewPrint")
    assert printb is not None
    printb.click()
    await until(lambda: "Gone A4" in window.statusBar().currentMessage(), "told the packer")
    assert "“Gone A4” was not found" in window.statusBar().currentMessage()
    assert "labelPrintDialog" not in dialogs_shown()  # not the dialog instead
    assert station.keepalive == []
    wizard.close()


@pytest.mark.asyncio
async def test_an_a4_sheet_without_a_saved_printer_goes_through_the_dialog(
    qtbot: object, tmp_path: Path
) -> None:
    job = print_a4(None, Settings(), [label_pdf(TNS[0])], "Pick list 1")
    dialog = await shown(QPrintDialog, "labelPrintDialog")
    assert not job.done()  # the loop runs while the dialog is up
    to_file(dialog, tmp_path / "a4.pdf")
    dialog.accept()
    assert await finish(job) == 1
    ((w, h),) = page_sizes_mm(tmp_path / "a4.pdf")
    assert (w, h) == (pytest.approx(210, abs=0.5), pytest.approx(297, abs=0.5))


@pytest.mark.asyncio
async def test_an_a4_sheet_prints_silently_on_the_saved_queue(qtbot: object) -> None:
    """Needs a real queue (the A4PDF CUPS queue); the missing-printer test covers the rest."""
    names = printer_names()
    if not names:
        pytest.skip("no system printer to print on silently")
    settings = Settings()
    settings.ui[A4_PRINTER_KEY] = names[0]
    assert await finish(print_a4(None, settings, [label_pdf(TNS[0])], "lazpack test")) == 1
    assert dialogs_shown() == []


@pytest.mark.asyncio
async def test_test_print_through_the_dialog_puts_a_mismatched_page_to_the_label_size(
    qtbot: object, tmp_path: Path
) -> None:
    """The same page handling as a label print: the dialog's A4/Letter becomes the label."""
    dialog = PrinterSettingsDialog(PrinterSettings())
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.test_button.click()
    print_dialog = await shown(QPrintDialog, "testPrintDialog")
    assert options_of(print_dialog).use_label.isChecked()
    to_file(print_dialog, tmp_path / "t.pdf")
    print_dialog.accept()
    await until(lambda: "Test label sent" in dialog.status.text(), "test label sent")

    ((w, h),) = page_sizes_mm(tmp_path / "t.pdf")
    assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))
    assert decode(render_back(tmp_path / "t.pdf")[0]) == [TEST_LABEL_CODE]
    assert dialog.warning.text() == ""
