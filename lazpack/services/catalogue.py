"""The product catalogue of each shop: import/export (CSV, XLSX), preview, the SKU list.

An import is two steps: ``plan`` reads the file and checks every row against the shop's SKUs
and barcodes (``domain.catalogue.plan_import``: unknown SKU, a barcode already on another SKU,
a malformed EAN/UPC check digit) and returns the preview with the refused rows; ``apply``
writes the good rows in one transaction. The barcodes are the same records alias learning
writes at the station, so an imported EAN scanned there verifies its item at once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lazpack.domain.catalogue import (
    COLUMNS,
    CataloguePort,
    ImportPlan,
    Product,
    export_rows,
    plan_import,
)
from lazpack.domain.orderbook import OrderBook
from lazpack.errors import WorkflowError
from lazpack.i18n import arg, translate

#: Header spellings accepted on import (lower-cased, spaces and dashes as underscores).
HEADER_ALIASES = {
    "seller_sku": "sku",
    "sellersku": "sku",
    "barcode": "barcodes",
    "ean": "barcodes",
    "upc": "barcodes",
    "bin": "location",
    "bin_location": "location",
    "weight": "weight_g",
    "weight_(g)": "weight_g",
    "note": "notes",
}

Rows = list[tuple[int, dict[str, str]]]


def _header(cell: str) -> str:
    name = cell.strip().lower().replace(" ", "_").replace("-", "_").lstrip("\ufeff")
    return HEADER_ALIASES.get(name, name)


def _table(raw: list[list[str]], source: Path) -> Rows:
    """Rows keyed by column (line numbers as the spreadsheet shows them, header = 1)."""
    if not raw:
        raise WorkflowError(arg(translate("CatalogueService", "%1 is empty."), source.name))
    header = [_header(c) for c in raw[0]]
    if "sku" not in header:
        raise WorkflowError(
            arg(translate("CatalogueService", "%1 has no SKU column."), source.name),
            hint=arg(
                translate("CatalogueService", "The first row names the columns: %1."),
                ", ".join(COLUMNS),
            ),
        )
    rows: Rows = []
    for n, cells in enumerate(raw[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        rows.append((n, {h: cells[i] if i < len(cells) else "" for i, h in enumerate(header) if h}))
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an EAN typed into Excel becomes a float
    return str(value)


def read_table(path: Path) -> Rows:
    """The rows of a CSV (UTF-8, with or without BOM) or XLSX file."""
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            wb = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = wb.worksheets[0]
                raw = [[_cell(v) for v in r] for r in sheet.iter_rows(values_only=True)]
            finally:
                wb.close()
        else:
            text = path.read_text(encoding="utf-8-sig")
            raw = [list(r) for r in csv.reader(io.StringIO(text))]
    except FileNotFoundError:
        raise WorkflowError(
            arg(translate("CatalogueService", "The file %1 does not exist."), path)
        ) from None
    except UnicodeDecodeError as err:
        raise WorkflowError(
            arg(translate("CatalogueService", "%1 is not UTF-8 text (%2)."), path.name, err.reason),
            hint=translate(
                "CatalogueService", "Save it from the spreadsheet as “CSV UTF-8”, or as .xlsx."
            ),
        ) from err
    except (OSError, ValueError, KeyError) as err:  # openpyxl: not a workbook
        raise WorkflowError(
            arg(translate("CatalogueService", "%1 cannot be read: %2"), path.name, err)
        ) from err
    return _table(raw, path)


def write_table(path: Path, rows: list[list[str]]) -> None:
    """CSV (UTF-8 with BOM, so Excel keeps Thai names) or XLSX by the file's suffix."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            ws.title = "catalogue"
            for r in rows:
                ws.append(r)
            for cell in ws["B"]:
                cell.number_format = "@"  # barcodes stay text (no 5.9E+12)
            wb.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                csv.writer(f).writerows(rows)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise WorkflowError(
            arg(
                translate("CatalogueService", "%1 could not be written: %2"),
                path,
                err.strerror or err,
            )
        ) from err


@dataclass(frozen=True, slots=True)
class SkuRow:
    """One line of the catalogue page: a SKU seen in orders (or in the catalogue)."""

    shop_id: str
    sku: str
    name: str
    barcodes: tuple[str, ...]
    location: str
    orders: int  # open orders at this station that contain it


class CatalogueService:
    def __init__(
        self, store: CataloguePort, book: OrderBook, *, packer: Callable[[], str] = lambda: ""
    ) -> None:
        self.store = store
        self.book = book
        self.packer = packer
        #: called with the shop id after an import changed its catalogue
        self.listeners: list[Callable[[str], None]] = []

    def known_skus(self, shop_id: str) -> set[str]:
        skus = {it.sku for r in self.book.rows() if r.shop_id == shop_id for it in r.items}
        return skus | set(self.store.products(shop_id))

    def products(self, shop_id: str) -> dict[str, Product]:
        return self.store.products(shop_id)

    def plan(self, shop_id: str, path: Path) -> ImportPlan:
        """The preview of importing ``path`` (nothing written)."""
        rows = read_table(path)
        return plan_import(
            shop_id, rows, current=self.store.products(shop_id), known_skus=self.known_skus(shop_id)
        )

    def apply(self, plan: ImportPlan) -> int:
        """Write the plan's good rows (one transaction); returns how many SKUs changed."""
        if plan.products:
            self.store.save_products(plan.products, packer=self.packer())
            for listener in list(self.listeners):
                listener(plan.shop_id)
        return len(plan.products)

    def export(self, shop_id: str, path: Path) -> int:
        """Every SKU of the shop (seen in orders or in the catalogue), one row each."""
        products = self.store.products(shop_id)
        for sku in self.known_skus(shop_id):
            products.setdefault(sku, Product(shop_id, sku))
        ordered = sorted(products.values(), key=lambda p: p.sku.lower())
        write_table(path, export_rows(ordered))
        return len(ordered)

    def sku_rows(self, shop_id: str = "", *, no_barcode_only: bool = False) -> list[SkuRow]:
        """SKUs seen in open orders (and catalogue SKUs), with their barcodes."""
        names: dict[tuple[str, str], str] = {}
        counts: dict[tuple[str, str], int] = {}
        for r in self.book.rows():
            if shop_id and r.shop_id != shop_id:
                continue
            for sku in {it.sku for it in r.items}:
                counts[(r.shop_id, sku)] = counts.get((r.shop_id, sku), 0) + 1
            for it in r.items:
                names.setdefault((r.shop_id, it.sku), it.name)
        shops = {s for s, _ in counts} | ({shop_id} if shop_id else set())
        out: list[SkuRow] = []
        seen: set[tuple[str, str]] = set()
        for shop in sorted(shops):
            products = self.store.products(shop)
            keys = {k for k in counts if k[0] == shop} | {(shop, s) for s in products}
            for k in keys:
                if k in seen:
                    continue
                seen.add(k)
                p = products.get(k[1])
                codes = p.barcodes if p else ()
                if no_barcode_only and codes:
                    continue
                out.append(
                    SkuRow(
                        shop,
                        k[1],
                        names.get(k, ""),
                        codes,
                        p.location if p else "",
                        counts.get(k, 0),
                    )
                )
        out.sort(key=lambda r: (r.shop_id, r.sku.lower()))
        return out
