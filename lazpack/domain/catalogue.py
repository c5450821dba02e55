"""The product catalogue of a shop: seller SKU -> barcodes, bin/location, weight, notes.

Pure Python: the EAN/UPC check-digit rules, the catalogue row, the import plan (what an
import file would change, and which of its rows are refused and why) and the port the
storage backends implement (``CataloguePort``).

A barcode that is all digits and 8, 12, 13 or 14 long is taken as a GTIN (EAN-8, UPC-A,
EAN-13, GTIN-14) and must carry a valid check digit: a mistyped EAN must never be linked
silently, because the packer's scan of the real product would then be refused. Any other
barcode (a seller's own Code128 text) is kept as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Protocol

from lazpack.domain.scan import key, normalize

#: Lengths of the GTIN family: EAN-8, UPC-A, EAN-13, GTIN-14.
GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit of ``body`` (the code without its last digit)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def is_gtin(code: str) -> bool:
    """All digits and of an EAN/UPC length (then its check digit must be right)."""
    return code.isdigit() and len(code) in GTIN_LENGTHS


def valid_gtin(code: str) -> bool:
    return is_gtin(code) and gtin_check_digit(code[:-1]) == int(code[-1])


def barcode_problem(code: str) -> str:
    """Why ``code`` cannot be a product barcode, or '' when it can."""
    if not code:
        return "empty barcode"
    if code.isdigit() and len(code) in GTIN_LENGTHS and not valid_gtin(code):
        kind = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}[len(code)]
        expected = gtin_check_digit(code[:-1])
        return f"{kind} {code} has a wrong check digit (expected {expected}, found {code[-1]})"
    if code.startswith("#LP:") or code.upper().startswith("#LP:"):
        return f"{code} is a lazpack command barcode"
    if not code.isprintable():
        return f"{code!r} has control characters"
    return ""


def ean13_for(codes: Iterable[str]) -> str:
    """The first valid EAN-13 (or UPC-A, as EAN-13 with a leading 0) among ``codes``."""
    for c in codes:
        if c.isdigit() and len(c) == 13 and valid_gtin(c):
            return c
        if c.isdigit() and len(c) == 12 and valid_gtin(c):
            return "0" + c
    return ""


@dataclass(frozen=True, slots=True)
class Product:
    """One seller SKU of one shop as the catalogue knows it."""

    shop_id: str
    sku: str
    barcodes: tuple[str, ...] = ()
    location: str = ""
    weight_g: Decimal | None = None
    notes: str = ""


# ------------------------------------------------------------------ import
#: The columns of an import/export file, in order.
COLUMNS = ("sku", "barcodes", "location", "weight_g", "notes")
#: Barcodes in one cell are separated by any of these.
BARCODE_SEPARATORS = (";", ",", "|", " ")


def split_barcodes(cell: str) -> list[str]:
    text = cell
    for sep in BARCODE_SEPARATORS[1:]:
        text = text.replace(sep, BARCODE_SEPARATORS[0])
    out: list[str] = []
    for part in text.split(BARCODE_SEPARATORS[0]):
        code = normalize(part)
        if code and code not in out:
            out.append(code)
    return out


@dataclass(frozen=True, slots=True)
class BadRow:
    """A refused row of an import file: its line number (as the spreadsheet shows it)."""

    line: int
    sku: str
    reason: str


@dataclass(frozen=True, slots=True)
class Change:
    """What one good row changes (``fields``: name -> (before, after))."""

    line: int
    sku: str
    added_barcodes: tuple[str, ...] = ()
    fields: Mapping[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def changes_anything(self) -> bool:
        return bool(self.added_barcodes or self.fields)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The preview of an import: nothing is written until it is applied."""

    shop_id: str
    changes: tuple[Change, ...]
    bad: tuple[BadRow, ...]
    unchanged: int
    products: tuple[Product, ...]  # the good rows as they will be stored

    @property
    def rows(self) -> int:
        return len(self.changes) + len(self.bad) + self.unchanged

    def report(self) -> str:
        """The plain-text report a packer, a script or a log reads."""
        lines = [
            f"{self.rows} rows: {len(self.changes)} change the catalogue, "
            f"{self.unchanged} unchanged, {len(self.bad)} refused."
        ]
        for c in self.changes:
            parts = [f"+ barcode {b}" for b in c.added_barcodes]
            parts += [
                f"{name}: {old or '—'} → {new or '—'}" for name, (old, new) in c.fields.items()
            ]
            lines.append(f"  line {c.line}: {c.sku}: " + "; ".join(parts))
        for b in self.bad:
            lines.append(f"  line {b.line}: REFUSED {b.sku or '(no SKU)'}: {b.reason}")
        return "\n".join(lines)


def _weight(text: str) -> Decimal | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"weight “{text}” is not a number of grams") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"weight “{text}” is not a number of grams")
    return value


def _weight_text(w: Decimal | None) -> str:
    return "" if w is None else format(w.normalize(), "f")


def plan_import(
    shop_id: str,
    rows: Sequence[tuple[int, Mapping[str, str]]],
    *,
    current: Mapping[str, Product],
    known_skus: Iterable[str],
) -> ImportPlan:
    """Check every row of an import file against the catalogue and the shop's SKUs.

    ``rows``: (line number, column -> cell text). ``current``: the catalogue by SKU.
    ``known_skus``: SKUs seen in the shop's orders (and already in the catalogue); a row
    naming another SKU is refused. A barcode already on another SKU (in the catalogue or
    earlier in the same file) is refused, as is a malformed EAN/UPC.
    """
    known = {key(s): s for s in known_skus}
    known.update({key(s): s for s in current})
    owner: dict[str, str] = {}  # barcode key -> SKU, catalogue then the file so far
    for p in current.values():
        for b in p.barcodes:
            owner[key(b)] = p.sku
    changes: list[Change] = []
    bad: list[BadRow] = []
    products: list[Product] = []
    unchanged = 0
    seen_skus: dict[str, int] = {}
    for line, cells in rows:
        raw_sku = normalize(cells.get("sku", ""))
        if not raw_sku:
            bad.append(BadRow(line, "", "no SKU"))
            continue
        sku = known.get(key(raw_sku))
        if sku is None:
            bad.append(BadRow(line, raw_sku, f"unknown SKU {raw_sku} (not in this shop's orders)"))
            continue
        if key(sku) in seen_skus:
            bad.append(BadRow(line, sku, f"SKU {sku} is already on line {seen_skus[key(sku)]}"))
            continue
        codes = split_barcodes(cells.get("barcodes", ""))
        reasons = [why for c in codes if (why := barcode_problem(c))]
        for c in codes:
            other = owner.get(key(c))
            if other is not None and key(other) != key(sku):
                reasons.append(f"barcode {c} is already on SKU {other}")
        try:
            weight = _weight(cells.get("weight_g", ""))
        except ValueError as err:
            reasons.append(str(err))
            weight = None
        if reasons:
            bad.append(BadRow(line, sku, "; ".join(reasons)))
            continue
        seen_skus[key(sku)] = line
        before = current.get(sku) or Product(shop_id, sku)
        have = {key(b) for b in before.barcodes}
        added = tuple(c for c in codes if key(c) not in have)
        for c in codes:
            owner[key(c)] = sku
        after = Product(
            shop_id,
            sku,
            before.barcodes + added,
            location=normalize(cells.get("location", ""))
            if "location" in cells
            else before.location,
            weight_g=weight if "weight_g" in cells else before.weight_g,
            notes=cells.get("notes", "").strip() if "notes" in cells else before.notes,
        )
        fields: dict[str, tuple[str, str]] = {}
        if after.location != before.location:
            fields["location"] = (before.location, after.location)
        if after.weight_g != before.weight_g:
            fields["weight_g"] = (_weight_text(before.weight_g), _weight_text(after.weight_g))
        if after.notes != before.notes:
            fields["notes"] = (before.notes, after.notes)
        change = Change(line, sku, added, fields)
        if change.changes_anything:
            changes.append(change)
            products.append(after)
        else:
            unchanged += 1
    return ImportPlan(shop_id, tuple(changes), tuple(bad), unchanged, tuple(products))


def export_rows(products: Iterable[Product]) -> list[list[str]]:
    """Header + one row per product, the format ``plan_import`` reads back."""
    out = [list(COLUMNS)]
    for p in products:
        out.append([p.sku, ";".join(p.barcodes), p.location, _weight_text(p.weight_g), p.notes])
    return out


# ------------------------------------------------------------------ port
class CataloguePort(Protocol):
    """The catalogue's storage. Barcodes are the same records alias learning writes."""

    def products(self, shop_id: str) -> dict[str, Product]:
        """SKU -> product, every SKU that has a barcode or a catalogue row."""
        ...

    def save_products(self, products: Sequence[Product], *, packer: str = "") -> None:
        """Upsert rows and add their barcodes, all in one transaction."""
        ...
