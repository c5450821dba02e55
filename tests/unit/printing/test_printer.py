"""LabelPrinter: real QPrinter output in PdfFormat, read back and decoded like a scanner would."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from lazpack.config import PrinterSettings
from lazpack.errors import ConfigError, LabelFileError, PrinterError
from lazpack.printing.printer import LabelPrinter
from tests.helpers.labels import (
    barcode_grey_levels,
    decode,
    label_pdf,
    page_sizes_mm,
    render_back,
)

TNS = ["SGLEX0001234567", "MYJT7700112233", "NLSGA99887766"]


def test_each_label_prints_on_its_own_100x150_page_and_decodes(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "labels.pdf"
    pages = label_printer.to_pdf_file(out).print_pdfs([label_pdf(tn) for tn in TNS])

    assert pages == len(TNS)
    sizes = page_sizes_mm(out)
    assert len(sizes) == len(TNS)
    for w, h in sizes:
        assert w == pytest.approx(100, abs=0.5)
        assert h == pytest.approx(150, abs=0.5)
    assert [decode(img) for img in render_back(out)] == [[tn] for tn in TNS]


def test_barcode_pixels_are_pure_black_and_white(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "label.pdf"
    label_printer.to_pdf_file(out).print_pdfs([label_pdf(TNS[0])])

    (img,) = render_back(out)
    assert barcode_grey_levels(img) == {0, 255}


def test_a_merged_multi_page_document_keeps_page_order(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "batch.pdf"
    pages = label_printer.to_pdf_file(out).print_pdfs([label_pdf(*TNS[:2]), label_pdf(TNS[2])])

    assert pages == 3
    assert [decode(img) for img in render_back(out)] == [[tn] for tn in TNS]


@pytest.mark.parametrize(
    ("paper", "expected_mm"),
    [("A6", (105, 148)), ("4x6in", (101.6, 152.4)), ("A4", (210, 297))],
)
def test_paper_presets_set_the_output_page(
    qapp: object, tmp_path: Path, paper: str, expected_mm: tuple[float, float]
) -> None:
    out = tmp_path / "p.pdf"
    LabelPrinter(PrinterSettings(paper=paper)).to_pdf_file(out).print_pdfs([label_pdf(TNS[0])])

    ((w, h),) = page_sizes_mm(out)
    assert (w, h) == (
        pytest.approx(expected_mm[0], abs=0.5),
        pytest.approx(expected_mm[1], abs=0.5),
    )
    assert decode(render_back(out)[0]) == [TNS[0]]


def test_landscape_paper_turns_the_label_instead_of_shrinking_it(
    qapp: object, tmp_path: Path
) -> None:
    out = tmp_path / "l.pdf"
    LabelPrinter(PrinterSettings(orientation="landscape")).to_pdf_file(out).print_pdfs(
        [label_pdf(TNS[0])]
    )

    ((w, h),) = page_sizes_mm(out)
    assert (w, h) == (pytest.approx(150, abs=0.5), pytest.approx(100, abs=0.5))
    assert decode(render_back(out)[0]) == [TNS[0]]


def test_a_missing_printer_raises_a_printer_error_naming_it(qapp: object) -> None:
    lp = LabelPrinter(PrinterSettings(printer_name="Zebra ZD420 (renamed)"))
    assert lp.silent

    with pytest.raises(PrinterError) as exc:
        lp.print_pdfs([label_pdf(TNS[0])])

    assert "Zebra ZD420 (renamed)" in exc.value.user_message
    # The fix offered depends on what this machine has: other queues to choose from, or none.
    installed = QPrinterInfo.availablePrinterNames()
    if installed:
        assert "choose another printer" in exc.value.hint.lower()
        assert installed[0] in exc.value.hint
    else:
        assert "no printers are installed" in exc.value.hint.lower()


def test_silent_printing_without_a_printer_set_says_how_to_set_one(
    label_printer: LabelPrinter,
) -> None:
    with pytest.raises(PrinterError, match="No label printer"):
        label_printer.print_pdfs([label_pdf(TNS[0])])


def test_a_damaged_label_is_refused_before_any_page_is_printed(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(LabelFileError):
        label_printer.to_pdf_file(out).print_pdfs([label_pdf(TNS[0]), b"<iframe src=x>"])
    assert not out.exists()


def test_unknown_paper_is_a_config_error(qapp: object) -> None:
    with pytest.raises(ConfigError, match="Unknown label paper"):
        LabelPrinter(PrinterSettings(paper="B5"))


def test_layout_check_passes_for_the_configured_label_page(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    check = label_printer.layout_check(label_printer.pdf_printer(tmp_path / "a.pdf"))
    assert check.ok, check.warnings


def test_layout_check_warns_when_the_driver_uses_a4(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    printer = label_printer.pdf_printer(tmp_path / "a.pdf")
    # what a driver that ignores the page size leaves behind
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            printer.pageLayout().margins(),
        )
    )

    check = label_printer.layout_check(printer)
    assert not check.ok
    (warning,) = check.warnings
    assert "210 × 297 mm" in warning
    assert "100 × 150 mm" in warning
    assert "Fix:" in warning


def test_layout_check_warns_about_margins(label_printer: LabelPrinter, tmp_path: Path) -> None:
    printer = label_printer.pdf_printer(tmp_path / "a.pdf")
    printer.setFullPage(False)
    layout = printer.pageLayout()
    layout.setMode(QPageLayout.Mode.StandardMode)
    layout.setMargins(QMarginsF(6, 6, 6, 6))
    printer.setPageLayout(layout)

    check = label_printer.layout_check(printer)
    assert any("margins" in w for w in check.warnings)


def test_a_dialog_chosen_printer_gets_the_label_layout(label_printer: LabelPrinter) -> None:
    printer = label_printer.configure(QPrinter(QPrinter.PrinterMode.HighResolution))
    assert printer.fullPage()
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (size.width(), size.height()) == (
        pytest.approx(100, abs=0.5),
        pytest.approx(150, abs=0.5),
    )


def test_a_job_abandoned_half_way_is_aborted_not_half_printed(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "half.pdf"
    steps = label_printer.paint_steps([label_pdf(*TNS)], label_printer.pdf_printer(out))
    assert isinstance(steps, Generator)
    assert next(steps) == 1
    steps.close()  # e.g. the printing task was cancelled

    assert not out.exists()


@pytest.mark.asyncio
async def test_async_printing_gives_the_same_job(
    label_printer: LabelPrinter, tmp_path: Path
) -> None:
    out = tmp_path / "async.pdf"
    pages = await label_printer.to_pdf_file(out).print_pdfs_async([label_pdf(*TNS)])

    assert pages == len(TNS)
    assert [decode(img) for img in render_back(out)] == [[tn] for tn in TNS]
