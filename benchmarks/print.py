"""Label bytes → finished print job, per label, at 203 dpi (a thermal label printer).

Labels are the emulator's real AWB PDFs (100 × 150 mm, Code128, address, item list).
Each label is printed by ``LabelPrinter`` into a PDF-format ``QPrinter`` (the same paint
path a CUPS/Windows printer gets) — once as one job per label (the packing station's case),
once as one batch job — and every printed page is decoded back to its tracking number.

Baseline, same run: the naive way — QPdfDocument.render with default (anti-aliased) flags,
drawn in colour — which is also what makes bars grey and JPEG-smeared.

    python benchmarks/print.py --labels 50 --dpi 203
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPrintSupport import QPrinter

from lazpack.config import PrinterSettings
from lazpack.emulator.labels import render_awb_pdf
from lazpack.printing import printer as lp


def make_labels(n: int) -> tuple[list[bytes], list[str]]:
    """``n`` single-package AWBs as the emulator serves them (with the item list)."""
    pdfs, tns = [], []
    for i in range(n):
        tn = f"SGLEX{9000000 + i:07d}"
        package = {
            "tracking_number": tn,
            "package_id": f"FP{i:09d}",
            "shipment_provider": "LEX SG",
            "order_number": f"{500000 + i}",
            "recipient": {
                "name": "Tan Ah Kow",
                "phone": "+65 9123 4567",
                "address": "1 Orchard Road #12-34, Singapore 238823",
                "country": "Singapore",
            },
            "sender": "lazpack demo shop",
            "cod_amount": "SGD 42.90" if i % 3 == 0 else None,
            "items": [{"name": "Phone case", "sku": f"SKU-{i}", "variation": "Black"}],
        }
        pdfs.append(render_awb_pdf([package], print_item_list=True))
        tns.append(tn)
    return pdfs, tns


def naive_job(pdf: bytes, path: Path, dpi: int) -> None:
    """Anti-aliased colour render, the way most examples do it."""
    doc, _buf = lp._load_pdf(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setPageLayout(lp.page_layout(PrinterSettings()))
    painter = QPainter(printer)
    rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    for page in range(doc.pageCount()):
        if page:
            printer.newPage()
        painter.drawImage(QRect(0, 0, rect.width(), rect.height()), doc.render(page, rect.size()))
    painter.end()


def decode_all(path: Path) -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.helpers.labels import decode, render_back

    return [",".join(decode(img)) for img in render_back(path)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=int, default=50)
    ap.add_argument("--dpi", type=int, default=lp.LABEL_DPI)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = ap.parse_args()
    if args.quick:
        args.labels, args.rounds = 3, 1

    app = QGuiApplication([])  # noqa: F841 - QtPdf/QPrinter need a GUI application
    pdfs, tns = make_labels(args.labels)
    printer = lp.LabelPrinter()
    tmp = Path(tempfile.mkdtemp(prefix="lazpack-print-bench-"))

    # warm-up: fonts, QtPdf/pdfium initialisation
    printer.to_pdf_file(tmp / "warm.pdf", dpi=args.dpi).print_pdfs(pdfs[:1])

    per_label, batch, naive = [], [], []
    for r in range(args.rounds):
        t0 = time.perf_counter()
        for i, pdf in enumerate(pdfs):
            printer.to_pdf_file(tmp / f"one-{r}-{i}.pdf", dpi=args.dpi).print_pdfs([pdf])
        per_label.append((time.perf_counter() - t0) / len(pdfs))

        t0 = time.perf_counter()
        printer.to_pdf_file(tmp / f"batch-{r}.pdf", dpi=args.dpi).print_pdfs(pdfs)
        batch.append((time.perf_counter() - t0) / len(pdfs))

        t0 = time.perf_counter()
        for i, pdf in enumerate(pdfs):
            naive_job(pdf, tmp / f"naive-{r}-{i}.pdf", args.dpi)
        naive.append((time.perf_counter() - t0) / len(pdfs))

    decoded = decode_all(tmp / "batch-0.pdf")
    ok = decoded == tns
    one = statistics.median(per_label) * 1000
    bat = statistics.median(batch) * 1000
    nai = statistics.median(naive) * 1000
    size_one = (tmp / "one-0-0.pdf").stat().st_size
    size_naive = (tmp / "naive-0-0.pdf").stat().st_size
    print(f"labels: {len(pdfs)} × 100×150 mm at {args.dpi} dpi, median of {args.rounds} rounds")
    print(f"lazpack, one job per label : {one:7.1f} ms/label  (job file {size_one / 1024:.0f} KiB)")
    print(f"lazpack, one batch job     : {bat:7.1f} ms/label")
    print(
        f"naive anti-aliased colour  : {nai:7.1f} ms/label  (job file {size_naive / 1024:.0f} KiB)"
    )
    print(f"ratio naive / lazpack (per-label jobs): {nai / one:.2f}")
    print(f"all {len(tns)} printed pages decode to their tracking numbers: {ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
