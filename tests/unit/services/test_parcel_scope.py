"""Which rows a scan opens the station on (issue 22: label-first binds to the parcel)."""

from __future__ import annotations

from lazpack.domain.models import OrderItem
from lazpack.services.pipeline import parcel_scope


def item(
    n: int, sku: str, status: str, pkg: str = "", trk: str = "", *, digital: bool = False
) -> OrderItem:
    return OrderItem(
        n, 7, status, sku.title(), sku, package_id=pkg, tracking_code=trk, is_digital=digital
    )


TWO_PARCELS = (
    item(1, "MUG", "packed", "FP1", "LEX1"),
    item(2, "CUP", "packed", "FP1", "LEX1"),
    item(3, "LAMP", "packed", "FP2", "LEX2"),
)


def test_a_label_binds_to_its_parcel_and_names_the_others() -> None:
    scope = parcel_scope(1007, TWO_PARCELS, "lex1", by_label=True)
    assert [i.sku for i in scope.items] == ["MUG", "CUP"]
    assert scope.others == (("FP2", 1),)
    assert "FP2 (1 item)" in scope.note()
    assert not scope.refusal


def test_the_order_number_opens_every_parcel() -> None:
    scope = parcel_scope(1007, TWO_PARCELS, "1007", by_label=False)
    assert len(scope.items) == 3 and scope.others == ()


def test_a_shipped_parcel_says_already_shipped() -> None:
    items = (item(1, "MUG", "shipped", "FP1", "LEX1"), item(2, "CUP", "pending"))
    scope = parcel_scope(1007, items, "LEX1", by_label=True)
    assert (
        scope.refusal == "Parcel LEX1 of order 1007 has already shipped (shipped): nothing to pack."
    )
    # the whole order scanned by number: the pending unit can still be packed
    assert not parcel_scope(1007, items, "1007", by_label=False).refusal


def test_a_digital_only_order_is_not_a_parcel() -> None:
    items = (item(1, "EVOUCHER", "pending", digital=True),)
    scope = parcel_scope(1007, items, "1007", by_label=False)
    assert scope.digital_only and "Deliver digital items" in scope.refusal
