"""What a scanned code means: normalisation, the command vocabulary, resolution.

Pure Python and allocation-light: this runs on every scan, inside the packer's
Enter-to-paint budget. Matching is case-insensitive (keyboard-wedge scanners flip case
with Caps Lock and with the host keyboard layout), but the code as scanned is kept for
messages so the packer sees what the scanner actually read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from lazpack.domain.models import Order, OrderItem
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate

# ------------------------------------------------------------------ normalisation
#: AIM symbology identifier a scanner may prepend: "]" + code letter + modifier
#: ("]C1" Code128/GS1-128, "]E0" EAN-13, "]Q1" QR, "]d2" GS1 DataMatrix...).
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
#: Control and format characters: GS (FNC1 as transmitted), RS, EOT, stray CR/LF/Tab,
#: zero-width spaces some wedge drivers inject.
_WS_RUN = re.compile(r"\s+")


def _is_junk(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cf")


def normalize(raw: str) -> str:
    """The code a scan stands for, without transport noise.

    Strips an AIM prefix, control/format characters (GS1 group separators included),
    surrounding whitespace, and collapses inner whitespace runs to one space. Case is
    kept; use :func:`key` to compare.
    """
    text = raw.strip()
    if text.startswith("]"):
        text = _AIM_PREFIX.sub("", text, count=1)
    if not text.isprintable():
        text = "".join(
            " " if ch in "\t\r\n" else ch for ch in text if ch in "\t\r\n" or not _is_junk(ch)
        )
    # full-width forms (IME on) become ASCII so "ＦＰ１２" matches "FP12"
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = _WS_RUN.sub(" ", text).strip()
    return text


def key(code: str) -> str:
    """The comparison key of a normalised code (case-insensitive)."""
    return code.upper()


# ------------------------------------------------------------------ commands
#: Every command barcode starts with this. "#" and ":" together never occur in Lazada
#: SKUs in practice, Code128 (set B) encodes them, and the prefix is short enough for
#: a 100 mm wide command sheet.
COMMAND_PREFIX = "#LP:"


class Command(StrEnum):
    CANCEL = "CANCEL"
    DONE = "DONE"
    REPRINT = "REPRINT"
    REPACK = "REPACK"
    UNDO = "UNDO"
    MANUAL = "MANUAL"  # confirm one unit of the only SKU still missing
    PARTIAL = "PARTIAL"  # pack the verified items only
    PACKER = "PACKER"  # #LP:PACKER:<name>
    LOGOUT = "LOGOUT"
    WAVE = "WAVE"  # #LP:WAVE:<id>, printed on a pick list (domain.waves)


#: What the command sheet prints under each barcode (the packer's words).
COMMAND_LABELS: dict[Command, str] = {
    Command.CANCEL: QT_TRANSLATE_NOOP("Command", "Cancel this order (before packing) / close it"),
    Command.DONE: QT_TRANSLATE_NOOP("Command", "Done: finish the remaining steps"),
    Command.REPRINT: QT_TRANSLATE_NOOP("Command", "Reprint the label"),
    Command.REPACK: QT_TRANSLATE_NOOP("Command", "Repack (new package, new label)"),
    Command.UNDO: QT_TRANSLATE_NOOP("Command", "Undo the last item scan"),
    Command.MANUAL: QT_TRANSLATE_NOOP("Command", "Confirm the missing item without a barcode"),
    Command.PARTIAL: QT_TRANSLATE_NOOP("Command", "Pack the verified items only"),
    Command.PACKER: QT_TRANSLATE_NOOP("Command", "Log in as packer"),
    Command.LOGOUT: QT_TRANSLATE_NOOP("Command", "Log out packer"),
    Command.WAVE: QT_TRANSLATE_NOOP("Command", "Pick list: list its orders"),
}


def command_code(command: Command, arg: str = "") -> str:
    """The text to encode in a command barcode (Code128)."""
    if command is Command.PACKER:
        name = normalize(arg)
        if not name or ":" in name or not name.isascii():
            # Code128 encodes ASCII only; a Thai or Vietnamese name needs an ASCII alias
            raise ValueError("a packer name on a barcode must be ASCII, non-empty, without ':'")
        return f"{COMMAND_PREFIX}{command.value}:{name}"
    return f"{COMMAND_PREFIX}{command.value}"


def command_sheet(packers: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(barcode text, caption) pairs for a printable command sheet."""
    sheet = [
        (command_code(c), translate("Command", COMMAND_LABELS[c]))
        for c in Command
        if c not in (Command.PACKER, Command.WAVE)
    ]
    sheet += [
        (command_code(Command.PACKER, p), arg(translate("Command", "Packer: %1"), p))
        for p in packers
    ]
    return sheet


@dataclass(frozen=True, slots=True)
class CommandScan:
    command: Command
    arg: str = ""


def parse_command(code: str) -> CommandScan | None:
    """A command barcode, or None. Raises nothing: bad commands are reported by kind."""
    if len(code) < len(COMMAND_PREFIX) or key(code[: len(COMMAND_PREFIX)]) != COMMAND_PREFIX:
        return None
    body = code[len(COMMAND_PREFIX) :]
    name, _, arg = body.partition(":")
    try:
        cmd = Command(name.upper())
    except ValueError:
        return None
    return CommandScan(cmd, arg.strip())


def is_command_like(code: str) -> bool:
    return key(code).startswith(COMMAND_PREFIX)


# ------------------------------------------------------------------ orders
class OrderEntry(Protocol):
    """One order of one shop with its item rows (``orderbook.OrderRow`` fits)."""

    @property
    def shop_id(self) -> str: ...

    @property
    def order(self) -> Order: ...

    @property
    def items(self) -> tuple[OrderItem, ...]: ...


class OrderIndex(Protocol):
    """Open orders, looked up locally (``orderbook.OrderBook`` fits): no I/O."""

    def get(self, key: tuple[str, int]) -> OrderEntry | None: ...

    def by_order_number(self, number: int) -> Sequence[OrderEntry]: ...

    def by_tracking(self, code: str) -> Sequence[OrderEntry]: ...

    def by_package(self, package_id: str) -> Sequence[OrderEntry]: ...


# ------------------------------------------------------------------ resolution
class Meaning(StrEnum):
    EMPTY = "empty"
    COMMAND = "command"
    BAD_COMMAND = "bad_command"
    ITEM = "item"  # an item of the open order
    ORDER = "order"  # an order number / tracking / package id of exactly one order
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


class RefKind(StrEnum):
    ORDER_NUMBER = "order number"
    TRACKING = "tracking number"
    PACKAGE = "package id"


@dataclass(frozen=True, slots=True)
class Resolution:
    meaning: Meaning
    code: str
    command: CommandScan | None = None
    sku: str = ""
    via: str = ""  # seller SKU | shop SKU | alias
    entry: OrderEntry | None = None
    ref: RefKind | None = None
    message: str = ""  # set for AMBIGUOUS / BAD_COMMAND


@dataclass(frozen=True, slots=True)
class ItemKeys:
    """Barcode key -> seller SKUs it names in the open order, built once per order."""

    by_key: Mapping[str, tuple[tuple[str, str], ...]]  # key -> ((sku, via), ...)

    @classmethod
    def build(cls, items: Sequence[OrderItem], aliases: Mapping[str, str]) -> ItemKeys:
        return cls.from_pairs([(it.sku, it.shop_sku) for it in items], aliases)

    @classmethod
    def from_pairs(cls, pairs: Sequence[tuple[str, str]], aliases: Mapping[str, str]) -> ItemKeys:
        """From (seller SKU, shop SKU) pairs; seller SKUs win over shop SKUs and aliases
        for the same SKU, but a code naming two different SKUs stays ambiguous."""
        table: dict[str, dict[str, str]] = {}
        skus = {sku for sku, _ in pairs}

        def add(code: str, sku: str, via: str) -> None:
            if code:
                table.setdefault(key(normalize(code)), {}).setdefault(sku, via)

        for sku, _ in pairs:
            add(sku, sku, translate("ItemKeys", "seller SKU"))
        for sku, shop_sku in pairs:
            add(shop_sku, sku, translate("ItemKeys", "shop SKU"))
        for barcode, sku in aliases.items():
            if sku in skus:
                add(barcode, sku, "alias")
        return cls({k: tuple(v.items()) for k, v in table.items()})

    def lookup(self, code_key: str) -> tuple[tuple[str, str], ...]:
        return self.by_key.get(code_key, ())


def _order_refs(index: OrderIndex, code: str) -> list[tuple[OrderEntry, RefKind]]:
    found: dict[tuple[str, int], tuple[OrderEntry, RefKind]] = {}
    k = key(code)
    if k.startswith("FP"):
        for e in index.by_package(k):
            found.setdefault((e.shop_id, e.order.order_id), (e, RefKind.PACKAGE))
    for e in index.by_tracking(k):
        found.setdefault((e.shop_id, e.order.order_id), (e, RefKind.TRACKING))
    if code.isdigit() and len(code) <= 20:
        for e in index.by_order_number(int(code)):
            found.setdefault((e.shop_id, e.order.order_id), (e, RefKind.ORDER_NUMBER))
    return list(found.values())


def resolve(code: str, *, items: ItemKeys | None, index: OrderIndex) -> Resolution:
    """What ``code`` (already normalised) means.

    With an order open its items win over order references: the packer is verifying,
    and an EAN that happens to equal some order number must count as the item. A code
    that names two different SKUs of the open order, or several orders, is ambiguous.
    """
    if not code:
        return Resolution(Meaning.EMPTY, code)
    if is_command_like(code):
        cmd = parse_command(code)
        if cmd is None:
            return Resolution(
                Meaning.BAD_COMMAND,
                code,
                message=arg(translate("Scan", "“%1” is not a lazpack command barcode."), code),
            )
        return Resolution(Meaning.COMMAND, code, command=cmd)
    if items is not None:
        hits = items.lookup(key(code))
        if len(hits) == 1:
            sku, via = hits[0]
            return Resolution(Meaning.ITEM, code, sku=sku, via=via)
        if len(hits) > 1:
            names = ", ".join(f"{sku} ({via})" for sku, via in hits)
            return Resolution(
                Meaning.AMBIGUOUS,
                code,
                message=arg(
                    translate(
                        "Scan",
                        "“%1” matches several items of this order: %2. Confirm the right one on "
                        "screen.",
                    ),
                    code,
                    names,
                ),
            )
    refs = _order_refs(index, code)
    if len(refs) == 1:
        entry, ref = refs[0]
        return Resolution(Meaning.ORDER, code, entry=entry, ref=ref)
    if len(refs) > 1:
        names = ", ".join(f"{e.order.order_number} ({e.shop_id})" for e, _ in refs)
        return Resolution(
            Meaning.AMBIGUOUS,
            code,
            message=arg(
                translate(
                    "Scan", "“%1” matches several orders: %2. Open the right one in the list."
                ),
                code,
                names,
            ),
        )
    return Resolution(Meaning.UNKNOWN, code)
