"""Print dialogs driven like a packer would, on the shared qasync loop (no nested loops)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget

from lazpack.config import PrinterSettings
from lazpack.errors import PrinterError
from lazpack.printing.printer import LabelPrinter
from lazpack.ui.print_dialogs import (
    LabelOutput,
    PrinterSettingsDialog,
    SaveAsPdf,
    confirm_reprint,
)
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


async def print_to_file(dialog: QPrintDialog, path: Path, *, fix_layout: bool = True) -> None:
    # With no CUPS printer the dialog's only destination is "print to file", and it falls
    # back to Letter paper: the read-back warns and "Use the label size" fixes it.
    edit = dialog.findChild(QLineEdit, "filename")
    assert edit is not None
    edit.setText(str(path))
    dialog.accept()
    if fix_layout:
        box = await shown(QMessageBox, "layoutMismatchBox")
        click(box, "Use the label size")


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
    await print_to_file(await shown(QPrintDialog, "labelPrintDialog"), out, fix_layout=False)
    # with no printer the dialog falls back to Letter paper: read back, warned, fixed
    box = await shown(QMessageBox, "layoutMismatchBox")
    assert "216 × 279 mm" in box.text()
    assert "100 × 150 mm" in box.text()
    assert "Fix:" in box.text()
    click(box, "Use the label size")

    assert await finish(job) == 2
    assert [decode(img) for img in render_back(out)] == [[tn] for tn in TNS]
    for w, h in page_sizes_mm(out):
        assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))


@pytest.mark.asyncio
async def test_cancelling_the_dialog_prints_nothing(qtbot: object) -> None:
    job = asyncio.ensure_future(LabelOutput(None, LabelPrinter()).print_pdfs([label_pdf(TNS[0])]))
    (await shown(QPrintDialog, "labelPrintDialog")).reject()
    assert await finish(job) == 0


@pytest.mark.asyncio
async def test_missing_printer_explains_and_offers_another(qtbot: object, tmp_path: Path) -> None:
    output = LabelOutput(None, LabelPrinter(PrinterSettings(printer_name="Zebra ZD420")))

    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    box = await shown(QMessageBox, "printerErrorBox")
    assert "Zebra ZD420" in box.text()
    assert "nothing was lost" in box.text()
    click(box, "Choose another printer…")
    await print_to_file(await shown(QPrintDialog, "labelPrintDialog"), tmp_path / "o.pdf")

    assert await finish(job) == 1
    assert decode(render_back(tmp_path / "o.pdf")[0]) == [TNS[0]]


@pytest.mark.asyncio
async def test_declining_another_printer_keeps_the_printer_error(qtbot: object) -> None:
    output = LabelOutput(None, LabelPrinter(PrinterSettings(printer_name="Zebra ZD420")))

    job = asyncio.ensure_future(output.print_pdfs([label_pdf(TNS[0])]))
    (await shown(QMessageBox, "printerErrorBox")).reject()

    with pytest.raises(PrinterError, match="Zebra ZD420"):
        await finish(job)


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
    dialog.show()
    dialog.test_button.click()
    await print_to_file(
        await shown(QPrintDialog, "testPrintDialog"), tmp_path / "t.pdf", fix_layout=False
    )

    # the test label shows what the printer really does, and the dialog says how to fix it
    assert "Test label sent" in dialog.status.text()
    ((w, h),) = page_sizes_mm(tmp_path / "t.pdf")
    assert (w, h) == (pytest.approx(215.9, abs=0.5), pytest.approx(279.4, abs=0.5))
    assert "216 × 279 mm" in dialog.warning.text()
    assert "Fix:" in dialog.warning.text()
    dialog.close()
