"""What the services tell the packer goes through the translation hook (design.md §9b).

A stand-in language answers in capitals: a text that comes back in mixed case was never
offered to a translator."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lazpack import i18n
from lazpack.config import PackingSettings
from lazpack.domain.models import OrderItem
from lazpack.domain.ports import ClaimHolder
from lazpack.domain.workflow import Kind
from lazpack.errors import WorkflowError
from lazpack.services.catalogue import read_table
from lazpack.services.claims import STEP_NAMES, held_message, step_name
from lazpack.services.packing import PackingService
from lazpack.services.picking import OrderFilter, describe, select_orders
from lazpack.services.pipeline import parcel_scope
from tests.helpers.lazada import FakeLazada
from tests.helpers.packing import Index, MemoryJournal, PortLabels


@pytest.fixture
def capitals() -> Iterator[list[tuple[str, str]]]:
    calls: list[tuple[str, str]] = []

    def hook(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        calls.append((context, text))
        out = text.upper()
        return out.replace("%N", str(n)) if n >= 0 else out

    previous = i18n._hook
    i18n.install(hook)
    yield calls
    i18n.install(previous)


def item(n: int, sku: str, status: str, pkg: str = "", *, digital: bool = False) -> OrderItem:
    return OrderItem(n, 7, status, sku.title(), sku, package_id=pkg, is_digital=digital)


def test_who_holds_an_order_is_said_in_the_station_language(
    capitals: list[tuple[str, str]],
) -> None:
    now = datetime(2026, 1, 5, tzinfo=UTC)
    holder = ClaimHolder("s1", 123, "st3", "Station 3", "Ana", now, 40.0, 20.0)
    assert held_message(holder) == "ORDER 123 IS BEING PACKED AT Station 3 BY Ana, 40 S AGO."
    alone = ClaimHolder("s1", 123, "st3", "Station 3", "", now, 200.0, 20.0)
    assert held_message(alone) == "ORDER 123 IS BEING PACKED AT Station 3, 3 MIN AGO."


def test_the_step_another_station_left_is_named_not_coded(
    capitals: list[tuple[str, str]],
) -> None:
    assert step_name("rts") == "READY-TO-SHIP"
    assert step_name("print_awb") == "LABEL PRINTING"
    assert all(step_name(code) != code for code in STEP_NAMES)
    assert step_name("a_future_action") == "a_future_action"  # unknown: its code, not nothing


def test_parcel_refusals_and_notes_are_said_in_the_station_language(
    capitals: list[tuple[str, str]],
) -> None:
    digital = parcel_scope(
        1007, (item(1, "CODE", "pending", digital=True),), "1007", by_label=False
    )
    assert digital.refusal.startswith("ORDER 1007 HAS ONLY DIGITAL ITEMS: NOTHING TO PACK.")
    shipped = parcel_scope(
        1007, (item(1, "MUG", "shipped", "FP1"), item(2, "CUP", "pending")), "FP1", by_label=True
    )
    assert (
        shipped.refusal
        == "PARCEL FP1 OF ORDER 1007 HAS ALREADY SHIPPED (shipped): NOTHING TO PACK."
    )
    two = parcel_scope(
        1007,
        (item(1, "MUG", "packed", "FP1"), item(2, "CUP", "packed", "FP2"), item(3, "A", "pending")),
        "FP1",
        by_label=True,
    )
    assert two.note() == (
        " ONLY THIS PARCEL IS CHECKED; OTHER PARCELS OF THE ORDER: FP2 (1 ITEM), "
        "NOT PACKED YET (1 ITEM)."
    )


@pytest.mark.asyncio
async def test_scan_station_refusals_are_said_in_the_station_language(
    capitals: list[tuple[str, str]],
) -> None:
    lazada = FakeLazada()
    index = Index()
    service = PackingService(
        lazada=lambda shop: lazada,
        journal=MemoryJournal(),
        labels=PortLabels(lambda shop: lazada),
        orders=index,
        settings=PackingSettings(),
    )
    wave = await service.handle_scan("#LP:WAVE:7")
    assert wave.message == "PICK LISTS ARE NOT AVAILABLE AT THIS STATION."
    order = lazada.add_order(("CODE",), digital=True)
    index.put("s1", order, lazada.items(order.order_id))
    opened = await service.handle_scan(str(order.order_number))
    assert opened.kind is Kind.COMMAND
    assert opened.next_action == "DELIVER DIGITAL ITEMS (CTRL+SHIFT+D)"


def test_pick_list_and_catalogue_texts_are_said_in_the_station_language(
    capitals: list[tuple[str, str]], tmp_path: Path
) -> None:
    assert describe(OrderFilter()) == "ALL OPEN ORDERS"
    assert describe(OrderFilter(ids=(1, 2))) == "2 CHOSEN ORDERS"
    with pytest.raises(WorkflowError) as missing:
        select_orders([], OrderFilter(ids=(42,)))
    assert missing.value.user_message == "NOT FOUND AMONG THE OPEN ORDERS: 42."
    assert missing.value.hint == "CHECK THE ORDER NUMBERS, OR SYNC THE SHOP FIRST."
    nowhere = tmp_path / "none.csv"
    with pytest.raises(WorkflowError) as unread:
        read_table(nowhere)
    assert unread.value.user_message == f"THE FILE {nowhere} DOES NOT EXIST."
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("sku,name\nA,caf\xe9\n".encode("latin-1"))
    with pytest.raises(WorkflowError) as not_utf8:
        read_table(latin1)
    assert not_utf8.value.user_message.startswith("latin1.csv IS NOT UTF-8 TEXT (")
    assert not_utf8.value.hint == "SAVE IT FROM THE SPREADSHEET AS “CSV UTF-8”, OR AS .XLSX."
