"""The catalogue and the waves on the warehouse database (``CataloguePort``, ``WavePort``).

The same ports as ``lazpack.storage.catalogue.SqliteCatalogue``, on schema v5: ``products``
(bin/location, weight, notes per SKU), the shared ``aliases`` (barcode -> SKU; the scan path
reads the same rows through the journal, so a barcode imported at one station is known at
every station at its next order), ``waves`` and ``wave_orders``.

The ports are synchronous (the pick-list and catalogue services call them on the GUI thread or
the command line), so they go through the runner's sync door: an import is one transaction,
and while the database is away they fail at once with ``DatabaseUnavailableError`` instead of
freezing the window.
"""

from __future__ import annotations

from collections.abc import Sequence

import asyncpg

from lazpack.domain.catalogue import CataloguePort, Product
from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock
from lazpack.domain.waves import Wave, WavePort
from lazpack.storage.catalogue import parse_weight
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.rows import clean_detail, clean_text

_WAVES = (
    "SELECT w.id, w.created_at, w.station_id, w.packer, w.title,"
    " coalesce((SELECT array_agg(array[o.shop_id, o.order_id::text, o.order_number::text]"
    " ORDER BY o.position) FROM wave_orders o WHERE o.wave_id = w.id), '{}') AS lines"
    " FROM waves w "
)
_ONE_WAVE = _WAVES + "WHERE w.id = $1"
_LAST_WAVES = _WAVES + "ORDER BY w.id DESC LIMIT $1"

#: A catalogue import of tens of thousands of rows is one transaction: give it time.
IMPORT_TIMEOUT = 120.0


class PgCatalogue:
    """``CataloguePort`` and ``WavePort`` on the warehouse database."""

    def __init__(self, runner: PgRunner, *, station_id: str, clock: Clock | None = None) -> None:
        self.runner = runner
        self.station_id = station_id
        self.clock: Clock = clock or SystemClock()

    # ------------------------------------------------------------ catalogue
    def products(self, shop_id: str) -> dict[str, Product]:
        shop = clean_text(shop_id)

        async def work(conn: asyncpg.Connection) -> tuple[list[asyncpg.Record], ...]:
            rows = await conn.fetch(
                "SELECT sku, location, weight_g, notes FROM products WHERE shop_id = $1", shop
            )
            codes = await conn.fetch(
                "SELECT sku, barcode FROM aliases WHERE shop_id = $1 ORDER BY seq", shop
            )
            return rows, codes

        rows, codes = self.runner.call(work)
        barcodes: dict[str, list[str]] = {}
        for r in codes:
            barcodes.setdefault(r["sku"], []).append(r["barcode"])
        out: dict[str, Product] = {}
        for r in rows:
            sku = r["sku"]
            out[sku] = Product(
                shop_id,
                sku,
                tuple(barcodes.pop(sku, ())),
                location=r["location"],
                weight_g=parse_weight(r["weight_g"]),
                notes=r["notes"],
            )
        for sku, codes_of in barcodes.items():
            out[sku] = Product(shop_id, sku, tuple(codes_of))
        return out

    def save_products(self, products: Sequence[Product], *, packer: str = "") -> None:
        now = self.clock.now()
        station = self.station_id
        rows = []
        codes = []
        for p in products:
            shop, sku = clean_text(p.shop_id), clean_text(p.sku)
            weight = "" if p.weight_g is None else format(p.weight_g.normalize(), "f")
            rows.append((shop, sku, clean_text(p.location), weight, clean_detail(p.notes), now,
                         station))  # fmt: skip
            codes += [(shop, clean_text(code), sku, clean_text(packer), now) for code in p.barcodes]

        async def work(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                await conn.executemany(
                    "INSERT INTO products(shop_id, sku, location, weight_g, notes, updated_at,"
                    " updated_by) VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (shop_id, sku)"
                    " DO UPDATE SET location = excluded.location, weight_g = excluded.weight_g,"
                    " notes = excluded.notes, updated_at = excluded.updated_at,"
                    " updated_by = excluded.updated_by",
                    rows,
                )
                # A barcode already linked (by a packer at a station, or an earlier import)
                # keeps its SKU, as on SQLite: the import reports it, it never re-points it.
                await conn.executemany(
                    "INSERT INTO aliases(shop_id, barcode, sku, packer, created_at)"
                    " VALUES ($1,$2,$3,$4,$5) ON CONFLICT (shop_id, barcode) DO NOTHING",
                    codes,
                )

        self.runner.call(work, timeout=IMPORT_TIMEOUT)

    # ------------------------------------------------------------ waves
    def save_wave(self, *, title: str, packer: str, orders: Sequence[tuple[str, int, int]]) -> Wave:
        head = (self.clock.now(), self.station_id, clean_text(packer), clean_detail(title))
        lines = [(clean_text(shop), int(oid), int(number)) for shop, oid, number in orders]

        async def work(conn: asyncpg.Connection) -> int:
            async with conn.transaction():
                wave_id: int = await conn.fetchval(
                    "INSERT INTO waves(created_at, station_id, packer, title)"
                    " VALUES ($1,$2,$3,$4) RETURNING id",
                    *head,
                )
                await conn.executemany(
                    "INSERT INTO wave_orders(wave_id, position, shop_id, order_id, order_number)"
                    " VALUES ($1,$2,$3,$4,$5)",
                    [(wave_id, i, *line) for i, line in enumerate(lines)],
                )
                return wave_id

        wave = self.wave(self.runner.call(work))
        assert wave is not None
        return wave

    def wave(self, wave_id: int) -> Wave | None:
        found = self._waves(_ONE_WAVE, int(wave_id))
        return found[0] if found else None

    def waves(self, *, limit: int = 50) -> list[Wave]:
        return self._waves(_LAST_WAVES, int(limit))

    def _waves(self, query: str, arg: int) -> list[Wave]:
        async def work(conn: asyncpg.Connection) -> list[asyncpg.Record]:
            rows: list[asyncpg.Record] = await conn.fetch(query, arg)
            return rows

        return [
            Wave(
                wave_id=int(r["id"]),
                created_at=r["created_at"],
                station_id=r["station_id"],
                packer=r["packer"],
                title=r["title"],
                orders=tuple((s, int(o), int(n)) for s, o, n in r["lines"]),
            )
            for r in self.runner.call(work)
        ]


def _conforms(store: PgCatalogue) -> tuple[CataloguePort, WavePort]:
    return store, store
