"""The catalogue and the waves in the SQLite journal (``CataloguePort``, ``WavePort``).

Tables from schema v4: ``products`` (bin/location, weight, notes per SKU) and the existing
``aliases`` (barcode -> SKU, which alias learning at the station writes too), ``waves`` and
``wave_orders``. It shares the journal writer's ``Database`` (one connection, one lock), so a
catalogue import and the scans of a running station never interleave a transaction; a
second process (the command line) writes through its own connection, which SQLite's WAL and
busy timeout serialise with the station's.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from lazpack.domain.catalogue import Product
from lazpack.domain.ports import Clock
from lazpack.domain.waves import Wave
from lazpack.storage.connection import Database
from lazpack.storage.rows import clean_detail, clean_text, format_ts, parse_ts


def parse_weight(text: str) -> Decimal | None:
    """A stored weight (grams as text, '' for none); a damaged value reads as none."""
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None


class SqliteCatalogue:
    """``CataloguePort`` and ``WavePort`` on the journal's database."""

    def __init__(self, db: Database, *, station_id: str, clock: Clock) -> None:
        self.db = db
        self.station_id = station_id
        self.clock = clock

    def _now(self) -> str:
        return format_ts(self.clock.now().astimezone(UTC))

    # ------------------------------------------------------------ catalogue
    def products(self, shop_id: str) -> dict[str, Product]:
        shop = clean_text(shop_id)
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT sku, location, weight_g, notes FROM products WHERE shop_id = ?", (shop,)
            ).fetchall()
            codes = conn.execute(
                "SELECT sku, barcode FROM aliases WHERE shop_id = ? ORDER BY created_at, rowid",
                (shop,),
            ).fetchall()
        barcodes: dict[str, list[str]] = {}
        for sku, code in codes:
            barcodes.setdefault(str(sku), []).append(str(code))
        out: dict[str, Product] = {}
        for sku, location, weight, notes in rows:
            out[str(sku)] = Product(
                shop_id,
                str(sku),
                tuple(barcodes.pop(str(sku), ())),
                location=str(location),
                weight_g=parse_weight(str(weight)),
                notes=str(notes),
            )
        for sku, codes_of in barcodes.items():
            out[sku] = Product(shop_id, sku, tuple(codes_of))
        return out

    def save_products(self, products: Sequence[Product], *, packer: str = "") -> None:
        now = self._now()
        with self.db.transaction(durable=True) as conn:
            for p in products:
                shop, sku = clean_text(p.shop_id), clean_text(p.sku)
                weight = "" if p.weight_g is None else format(p.weight_g.normalize(), "f")
                conn.execute(
                    "INSERT INTO products(shop_id, sku, location, weight_g, notes, updated_at)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT(shop_id, sku) DO UPDATE SET"
                    " location = excluded.location, weight_g = excluded.weight_g,"
                    " notes = excluded.notes, updated_at = excluded.updated_at",
                    (shop, sku, clean_text(p.location), weight, clean_detail(p.notes), now),
                )
                for code in p.barcodes:
                    conn.execute(
                        "INSERT INTO aliases(shop_id, barcode, sku, packer, created_at)"
                        " VALUES (?,?,?,?,?) ON CONFLICT(shop_id, barcode) DO NOTHING",
                        (shop, clean_text(code), sku, clean_text(packer), now),
                    )

    # ------------------------------------------------------------ waves
    def save_wave(self, *, title: str, packer: str, orders: Sequence[tuple[str, int, int]]) -> Wave:
        now = self._now()
        with self.db.transaction(durable=True) as conn:
            cur = conn.execute(
                "INSERT INTO waves(created_at, station_id, packer, title) VALUES (?,?,?,?)",
                (now, self.station_id, clean_text(packer), clean_detail(title)),
            )
            wave_id = int(cur.lastrowid or 0)
            conn.executemany(
                "INSERT INTO wave_orders(wave_id, position, shop_id, order_id, order_number)"
                " VALUES (?,?,?,?,?)",
                [
                    (wave_id, i, clean_text(shop), int(oid), int(number))
                    for i, (shop, oid, number) in enumerate(orders)
                ],
            )
        wave = self.wave(wave_id)
        assert wave is not None
        return wave

    def wave(self, wave_id: int) -> Wave | None:
        with self.db.reading() as conn:
            head = conn.execute(
                "SELECT id, created_at, station_id, packer, title FROM waves WHERE id = ?",
                (int(wave_id),),
            ).fetchone()
            if head is None:
                return None
            rows = conn.execute(
                "SELECT shop_id, order_id, order_number FROM wave_orders WHERE wave_id = ?"
                " ORDER BY position",
                (int(wave_id),),
            ).fetchall()
        return _wave(head, rows)

    def waves(self, *, limit: int = 50) -> list[Wave]:
        with self.db.reading() as conn:
            ids = [
                int(r[0])
                for r in conn.execute("SELECT id FROM waves ORDER BY id DESC LIMIT ?", (limit,))
            ]
        return [w for i in ids if (w := self.wave(i)) is not None]


def _wave(head: tuple[object, ...], rows: list[tuple[object, ...]]) -> Wave:
    wave_id, created, station, packer, title = head
    return Wave(
        wave_id=int(str(wave_id)),
        created_at=parse_ts(str(created)) if created else datetime.now(UTC),
        station_id=str(station),
        packer=str(packer),
        title=str(title),
        orders=tuple((str(s), int(str(o)), int(str(n))) for s, o, n in rows),
    )
