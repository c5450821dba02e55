"""The one test label: the bundled fonts, the station's language, its barcode reads back."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack import i18n
from lazpack.config import PrinterSettings
from lazpack.printing.setup_label import TEST_LABEL_CODE, printer_test_pdf, setup_label_pdf
from tests.helpers.labels import decode, page_sizes_mm, render_back

THAI_PRINTER = "เครื่องพิมพ์ฉลาก"


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return run.stdout


@pytest.fixture
def marked_translations() -> Iterator[None]:
    before = i18n._hook

    def marked(context: str, text: str, _d: str | None = None, n: int = -1) -> str:
        return f"[{context}] {i18n._source('', text, None, n)}"

    i18n.install(marked)
    yield
    i18n.install(before)


def test_a_thai_printer_name_prints_as_itself(tmp_path: Path) -> None:
    pdf = setup_label_pdf(100, 150, printer=THAI_PRINTER)
    assert b"Helvetica" not in pdf and b"Courier" not in pdf  # only the bundled faces
    assert THAI_PRINTER in pdf_text(pdf, tmp_path)


def test_the_label_names_the_ruler_mark_it_really_has(tmp_path: Path) -> None:
    """A 4 × 6 in label (102 mm) has no "100 mm ruler" worth naming; it says what is there."""
    text = pdf_text(printer_test_pdf(PrinterSettings(paper="4x6in")), tmp_path)
    assert "From 0 to 90 the bottom ruler measures 90 mm." in text
    assert "100 mm ruler" not in text
    assert "102 × 152 mm" in text


def test_the_label_speaks_the_station_language(tmp_path: Path, marked_translations: None) -> None:
    text = pdf_text(setup_label_pdf(100, 150, printer="Zebra"), tmp_path)
    assert "[TestLabel] lazpack test label" in text
    assert "[TestLabel] on Zebra" in text


def test_the_settings_test_label_is_the_label_size_and_reads_back(
    qapp: object, tmp_path: Path
) -> None:
    pdf = printer_test_pdf(PrinterSettings(paper="A6", orientation="landscape"))
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    ((w, h),) = page_sizes_mm(path)
    assert (w, h) == (pytest.approx(148, abs=0.5), pytest.approx(105, abs=0.5))
    assert decode(render_back(path)[0]) == [TEST_LABEL_CODE]
