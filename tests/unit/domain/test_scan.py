"""Normalisation, the command vocabulary and scan resolution."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.scan import (
    COMMAND_PREFIX,
    Command,
    CommandScan,
    ItemKeys,
    Meaning,
    RefKind,
    command_code,
    command_sheet,
    normalize,
    parse_command,
    resolve,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ABC-123\r\n", "ABC-123"),
        ("  ABC-123\t", "ABC-123"),
        ("]C1FP123456", "FP123456"),
        ("]E04006381333931", "4006381333931"),
        ("]d2010950\x1d10ABC", "01095010ABC"),
        ("AB\x00C\x04", "ABC"),
        ("A\u200bB", "AB"),
        ("ＦＰ１２", "FP12"),
        ("red   shirt  L", "red shirt L"),
        ("]", "]"),
        ("", ""),
        ("\r\n", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_keeps_case() -> None:
    assert normalize("sku-a") == "sku-a"


# ------------------------------------------------------------------ commands
def test_every_command_round_trips_through_its_barcode_text() -> None:
    for cmd in Command:
        arg = "Ana" if cmd is Command.PACKER else ""
        text = command_code(cmd, arg)
        assert text.startswith(COMMAND_PREFIX)
        assert text.isascii() and text.isprintable()  # Code128 set B encodes it
        assert parse_command(text) == CommandScan(cmd, arg)


def test_commands_are_case_insensitive_and_survive_scanner_noise() -> None:
    assert parse_command(normalize("]C1#lp:undo\r")) == CommandScan(Command.UNDO)
    assert parse_command("#LP:PACKER:Mai Tran") == CommandScan(Command.PACKER, "Mai Tran")


def test_packer_name_must_be_usable() -> None:
    with pytest.raises(ValueError):
        command_code(Command.PACKER, "")
    with pytest.raises(ValueError):
        command_code(Command.PACKER, "a:b")
    with pytest.raises(ValueError):
        command_code(Command.PACKER, "Nguyễn")


def test_command_sheet_lists_commands_and_packers() -> None:
    sheet = dict(command_sheet(["Ana"]))
    assert "#LP:CANCEL" in sheet and "#LP:PACKER:Ana" in sheet
    assert all(caption for caption in sheet.values())


# ------------------------------------------------------------------ resolution
@dataclass(frozen=True)
class Entry:
    shop_id: str
    order: Order
    items: tuple[OrderItem, ...]


class Index:
    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)

    def get(self, key: tuple[str, int]) -> Entry | None:
        return next((e for e in self.entries if (e.shop_id, e.order.order_id) == key), None)

    def by_order_number(self, number: int) -> list[Entry]:
        return [e for e in self.entries if e.order.order_number == number]

    def by_tracking(self, code: str) -> list[Entry]:
        return [
            e for e in self.entries if any(i.tracking_code.upper() == code.upper() for i in e.items)
        ]

    def by_package(self, package_id: str) -> list[Entry]:
        return [
            e
            for e in self.entries
            if any(i.package_id.upper() == package_id.upper() for i in e.items)
        ]


def order(order_id: int, number: int) -> Order:
    t = datetime(2026, 1, 1, tzinfo=UTC)
    return Order(order_id, number, t, t, ("pending",), 1, Decimal(1))


def entry(shop: str, order_id: int, number: int, *items: OrderItem) -> Entry:
    return Entry(shop, order(order_id, number), items)


def it(iid: int, sku: str, shop_sku: str = "", **kw: str) -> OrderItem:
    return OrderItem(iid, 1, "pending", sku, sku, shop_sku=shop_sku, **kw)  # type: ignore[arg-type]


INDEX = Index(
    [
        entry("s1", 1, 5001, it(11, "A", package_id="FP111", tracking_code="LEX111")),
        entry("s1", 2, 5002, it(21, "B")),
        entry("s2", 3, 5002, it(31, "C")),  # same order number in another shop
    ]
)


def test_empty_and_unknown() -> None:
    assert resolve("", items=None, index=INDEX).meaning is Meaning.EMPTY
    assert resolve("NOPE", items=None, index=INDEX).meaning is Meaning.UNKNOWN


def test_order_by_number_tracking_and_package() -> None:
    r = resolve("5001", items=None, index=INDEX)
    assert (r.meaning, r.ref) == (Meaning.ORDER, RefKind.ORDER_NUMBER)
    assert r.entry is not None and r.entry.order.order_id == 1
    r = resolve("lex111", items=None, index=INDEX)
    assert (r.meaning, r.ref) == (Meaning.ORDER, RefKind.TRACKING)
    r = resolve("fp111", items=None, index=INDEX)
    assert (r.meaning, r.ref) == (Meaning.ORDER, RefKind.PACKAGE)


def test_order_number_in_two_shops_is_ambiguous_with_both_named() -> None:
    r = resolve("5002", items=None, index=INDEX)
    assert r.meaning is Meaning.AMBIGUOUS
    assert "s1" in r.message and "s2" in r.message


def test_item_by_seller_sku_shop_sku_and_alias() -> None:
    keys = ItemKeys.build(
        [it(1, "SKU-A", shop_sku="123_SG-456"), it(2, "SKU-B")],
        {"4006381333931": "SKU-B", "999": "NOT-IN-ORDER"},
    )
    assert resolve("sku-a", items=keys, index=INDEX).sku == "SKU-A"
    r = resolve("123_sg-456", items=keys, index=INDEX)
    assert (r.meaning, r.sku, r.via) == (Meaning.ITEM, "SKU-A", "shop SKU")
    r = resolve("4006381333931", items=keys, index=INDEX)
    assert (r.meaning, r.sku, r.via) == (Meaning.ITEM, "SKU-B", "alias")
    # an alias for a SKU of another order does not make it an item of this one
    assert resolve("999", items=keys, index=INDEX).meaning is Meaning.UNKNOWN


def test_item_of_open_order_wins_over_an_order_number() -> None:
    keys = ItemKeys.build([it(1, "5001")], {})
    assert resolve("5001", items=keys, index=INDEX).meaning is Meaning.ITEM


def test_code_naming_two_skus_of_the_order_is_ambiguous() -> None:
    keys = ItemKeys.build([it(1, "A", shop_sku="X"), it(2, "X")], {})
    r = resolve("x", items=keys, index=INDEX)
    assert r.meaning is Meaning.AMBIGUOUS
    assert "A (shop SKU)" in r.message and "X (seller SKU)" in r.message


def test_commands_resolve_before_anything_else() -> None:
    keys = ItemKeys.build([it(1, "#LP:UNDO")], {})
    r = resolve("#LP:UNDO", items=keys, index=INDEX)
    assert r.command == CommandScan(Command.UNDO)
    r = resolve("#LP:FLY", items=keys, index=INDEX)
    assert r.meaning is Meaning.BAD_COMMAND and "#LP:FLY" in r.message
