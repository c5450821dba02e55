"""Issue 13: a reconcile read that answers no items is not evidence (never "not applied")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.models import OrderItem
from lazpack.domain.ports import LazadaPort
from lazpack.errors import OutcomeUnknownError
from lazpack.services.recovery import NextStep, Reconciler
from lazpack.storage.journal import SqliteJournal
from tests.helpers.lazada import FakeLazada

SHOP = "shop-sg"


class EmptyOnceLazada(FakeLazada):
    """Lazada whose next ``empty_reads`` GetOrderItems answers are ``data: []``."""

    empty_reads = 0

    async def get_order_items(self, order_id: int) -> list[OrderItem]:
        items = await super().get_order_items(order_id)
        if self.empty_reads:
            self.empty_reads -= 1
            return []
        return items


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SqliteJournal]:
    j = SqliteJournal(tmp_path / "journal.sqlite3", station_id="st-1")
    yield j
    j.close()


@pytest.mark.asyncio
async def test_an_empty_read_leaves_a_lost_pack_unknown_until_the_truth_is_read(
    journal: SqliteJournal,
) -> None:
    lazada = EmptyOnceLazada()
    order = lazada.add_order(["MUG", "CUP"])
    items = [i.order_item_id for i in lazada.items(order.order_id)]
    intent = journal.begin(
        action="pack", shop_id=SHOP, order_ids=[order.order_id], item_ids=items, packer="ann"
    )
    lazada.lose_answers("pack")
    with pytest.raises(OutcomeUnknownError):
        await lazada.pack({order.order_id: items}, shipping_allocate_type="TFS")
    journal.finish(intent, outcome="unknown")

    def for_shop(shop_id: str) -> LazadaPort:
        return lazada

    reconciler = Reconciler(journal, for_shop)
    lazada.empty_reads = 1
    (first,) = await reconciler.reconcile()
    assert first.next_step is NextStep.RETRY_LATER, first.message
    assert [i.intent_id for i in journal.open_intents()] == [intent]  # still unknown

    (second,) = await reconciler.reconcile()
    assert second.applied is True and second.next_step is NextStep.DONE
    assert journal.open_intents() == []
