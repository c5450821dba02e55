"""The catalogue and the waves behave the same on SQLite and PostgreSQL, and on a warehouse
one station's import is what every station scans against."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lazpack.config import Paths, Settings
from lazpack.domain.catalogue import Product
from lazpack.station import StationCore
from lazpack.station_wiring import postgres_journal
from lazpack.storage.catalogue import SqliteCatalogue
from lazpack.storage.journal import SqliteJournal
from lazpack.storage.pg import PgJournal
from lazpack.storage.pg.catalogue import PgCatalogue
from tests.helpers.clocks import FakeClock

Store = tuple[Any, Any]  # (journal, catalogue)


@pytest.fixture(params=["sqlite", "postgresql"])
def open_store(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
) -> Iterator[Callable[[str], Store]]:
    opened: list[Any] = []

    def opener(station_id: str) -> Store:
        if request.param == "sqlite":
            j: Any = SqliteJournal(tmp_path / "journal.sqlite3", station_id=station_id, clock=clock)
            store: Any = SqliteCatalogue(j.db, station_id=station_id, clock=clock)
        else:
            j = PgJournal(request.getfixturevalue("pg_dsn"), station_id=station_id, clock=clock)
            store = PgCatalogue(j.runner, station_id=station_id, clock=clock)
        opened.append(j)
        return j, store

    yield opener
    for j in opened:
        j.close()


def test_products_round_trip_with_barcodes_in_the_order_added(
    open_store: Callable[[str], Store], clock: FakeClock
) -> None:
    journal, store = open_store("st-1")
    journal.link_alias(shop_id="shop", barcode="PACKER-1", sku="MUG-RED", packer="ana")
    clock.advance(5)
    store.save_products(
        [
            Product(
                "shop",
                "MUG-RED",
                ("8850001000017", "PACKER-1"),
                location="A-01",
                weight_g=Decimal("350.5"),
                notes="fragile ไทย",
            ),
            Product("shop", "TEE-L", ("4006381333931",)),
            Product("other", "MUG-RED", ("9780201379624",), location="Z-9"),
        ],
        packer="ben",
    )
    products = store.products("shop")
    assert set(products) == {"MUG-RED", "TEE-L"}
    mug = products["MUG-RED"]
    # the packer's own link came first and keeps its SKU; the import added the EAN after it
    assert mug.barcodes == ("PACKER-1", "8850001000017")
    assert (mug.location, mug.weight_g, mug.notes) == ("A-01", Decimal("350.5"), "fragile ไทย")
    assert products["TEE-L"].barcodes == ("4006381333931",)
    assert store.products("other")["MUG-RED"].location == "Z-9"
    # the scan path reads the same barcodes through the journal
    assert journal.aliases("shop")["8850001000017"] == "MUG-RED"

    store.save_products([Product("shop", "MUG-RED", (), location="B-02")])
    again = store.products("shop")["MUG-RED"]
    assert (again.location, again.weight_g, again.barcodes[0]) == ("B-02", None, "PACKER-1")


def test_an_alias_without_a_catalogue_row_is_still_a_product(
    open_store: Callable[[str], Store],
) -> None:
    journal, store = open_store("st-1")
    journal.link_alias(shop_id="shop", barcode="X-123", sku="CAP-BLK")
    assert store.products("shop") == {"CAP-BLK": Product("shop", "CAP-BLK", ("X-123",))}


def test_waves_keep_their_orders_in_pick_list_order(
    open_store: Callable[[str], Store], clock: FakeClock
) -> None:
    _journal, store = open_store("st-1")
    first = store.save_wave(
        title="Morning",
        packer="ana",
        orders=[("shop", 30, 3000), ("shop", 10, 1000), ("b", 20, 2000)],
    )
    clock.advance(60)
    second = store.save_wave(title="Empty", packer="ben", orders=[])
    assert first.orders == (("shop", 30, 3000), ("shop", 10, 1000), ("b", 20, 2000))
    assert (first.title, first.packer, first.station_id) == ("Morning", "ana", "st-1")
    assert store.wave(first.wave_id) == first
    assert store.wave(second.wave_id) is not None
    assert store.wave(second.wave_id).orders == ()
    assert store.wave(999_999) is None
    assert [w.wave_id for w in store.waves()] == [second.wave_id, first.wave_id]
    assert [w.wave_id for w in store.waves(limit=1)] == [second.wave_id]


def test_one_stations_import_is_every_stations_catalogue(
    pg_dsn: str, tmp_path: Path, clock: FakeClock
) -> None:
    """Two station cores on one warehouse database: an import and a wave made at one are
    read at the other (before schema v5 each PC kept them in a local SQLite file)."""
    cores = []
    for name in ("one", "two"):
        settings = Settings()
        settings.station_id = f"st-{name}"
        paths = Paths.for_data_dir(tmp_path / name)
        paths.ensure()
        cores.append(StationCore(settings, paths, journal=postgres_journal(pg_dsn)))
    try:
        one, two = cores
        one.catalogue_store.save_products(
            [Product("demo", "LAMP-01", ("8850001000024",), location="C-03")], packer="ana"
        )
        wave = one.catalogue_store.save_wave(title="W", packer="ana", orders=[("demo", 5, 500)])
        assert two.catalogue_store.products("demo")["LAMP-01"].location == "C-03"
        assert two.journal.aliases("demo")["8850001000024"] == "LAMP-01"
        assert two.catalogue_store.wave(wave.wave_id) == wave
        assert not (tmp_path / "two" / "catalogue.sqlite3").exists()
    finally:
        for core in cores:
            core.close()
