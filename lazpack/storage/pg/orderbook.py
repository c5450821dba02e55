"""The shop's order book shared by a warehouse: the sync leader writes it, the others read it.

Only the sync leader of a shop talks to Lazada (``lazpack.services.sync_leader``). What its
sync brings in is written here, one row per order (the order and its items as JSON), each
write numbered from the sequence ``order_book_rev``. A follower remembers the highest number
it has read and asks for the rows after it: prompt after a ``NOTIFY`` from the leader, and
complete after a reconnect (notifications sent while it was away are lost, the numbers are
not).

The rows are plain JSON decoded field by field against the models' types — never pickle: any
database user could otherwise make every station run code.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import asyncpg

from lazpack.domain.models import Order, OrderItem
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.rows import clean_text

Entry = tuple[Order, tuple[OrderItem, ...]]


# ---------------------------------------------------------------------------- codec
def _encode(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in fields(value)}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _decode(hint: Any, raw: object) -> object:
    if raw is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(inner[0], raw)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(raw, list):
            raise ValueError(f"expected a list, got {type(raw).__name__}")
        return tuple(_decode(args[0], v) for v in raw)
    if hint is datetime:
        return datetime.fromisoformat(str(raw))
    if hint is Decimal:
        return Decimal(str(raw))
    if isinstance(hint, type) and is_dataclass(hint):
        return _build(hint, raw)
    if hint in (int, str, bool, float):
        if not isinstance(raw, hint) and not (hint is float and isinstance(raw, int)):
            raise ValueError(f"expected {hint.__name__}, got {type(raw).__name__}")
        return raw
    if isinstance(hint, type) and issubclass(hint, str):  # a StrEnum
        return hint(raw)
    raise ValueError(f"cannot decode {hint!r}")


def _build(cls: type, raw: object) -> Any:
    if not isinstance(raw, dict):
        raise ValueError(f"expected an object for {cls.__name__}")
    hints = _hints(cls)
    kwargs = {f.name: _decode(hints[f.name], raw[f.name]) for f in fields(cls) if f.name in raw}
    return cls(**kwargs)


def encode_entry(order: Order, items: Sequence[OrderItem]) -> str:
    return json.dumps({"order": _encode(order), "items": [_encode(i) for i in items]})


def decode_entry(text: str) -> Entry:
    data = json.loads(text)
    order: Order = _build(Order, data["order"])
    items = tuple(_build(OrderItem, i) for i in data["items"])
    return order, items


# ---------------------------------------------------------------------------- store
@dataclass(frozen=True, slots=True)
class BookChanges:
    """Rows written after ``since``: (region, entry) per order, and the newest number."""

    entries: list[tuple[str, Entry]]
    rev: int
    unreadable: int = 0


class PgOrderBook:
    """The shared order book of a warehouse (module docstring)."""

    def __init__(self, runner: PgRunner, *, station_id: str) -> None:
        self.runner = runner
        self.station_id = station_id

    async def publish(
        self, shop_id: str, region: str, entries: Sequence[tuple[Order, Sequence[OrderItem]]]
    ) -> int:
        """Store what the leader's sync brought in; returns how many rows changed.

        The JSON is written on the database thread, never on the caller's (the GUI's) loop:
        a leader's first publish carries the whole shop."""
        if not entries:
            return 0
        shop, reg = clean_text(shop_id), clean_text(region)
        batch = [(o, tuple(items)) for o, items in entries]

        async def work(conn: asyncpg.Connection) -> int:
            texts = [encode_entry(o, items) for o, items in batch]
            status = await conn.fetch(
                "INSERT INTO order_book AS b (shop_id, order_id, region, entry, synced_at,"
                " synced_by) SELECT $1, o, $2, e::jsonb, clock_timestamp(), $3"
                " FROM unnest($4::bigint[], $5::text[]) AS t(o, e)"
                " ON CONFLICT (shop_id, order_id) DO UPDATE SET region = excluded.region,"
                " entry = excluded.entry, rev = nextval('order_book_rev'),"
                " synced_at = excluded.synced_at, synced_by = excluded.synced_by"
                " WHERE b.entry IS DISTINCT FROM excluded.entry RETURNING order_id",
                shop, reg, self.station_id, [o.order_id for o, _ in batch], texts,
            )  # fmt: skip
            return len(status)

        changed: int = await self.runner.acall(work, wait_s=60.0)
        return changed

    async def changes(self, shop_id: str, *, since: int) -> BookChanges:
        """Every row of the shop written after revision ``since`` (0: the whole book),
        decoded on the database thread."""

        async def work(conn: asyncpg.Connection) -> BookChanges:
            rows = await conn.fetch(
                "SELECT region, entry::text AS entry, rev FROM order_book"
                " WHERE shop_id = $1 AND rev > $2 ORDER BY rev",
                clean_text(shop_id),
                since,
            )
            out: list[tuple[str, Entry]] = []
            bad = 0
            for r in rows:
                try:
                    out.append((r["region"], decode_entry(r["entry"])))
                except (ValueError, KeyError, TypeError):
                    bad += 1
            return BookChanges(out, max((int(r["rev"]) for r in rows), default=since), bad)

        got: BookChanges = await self.runner.acall(work, wait_s=60.0)
        return got

    async def keep_only(self, shop_id: str, order_ids: Collection[int]) -> int:
        """Remove the shop's rows of every order not in ``order_ids`` (what a leader's full
        sync did not find open); returns how many rows were removed."""
        keep = sorted({int(o) for o in order_ids})

        async def work(conn: asyncpg.Connection) -> int:
            status = await conn.execute(
                "DELETE FROM order_book WHERE shop_id = $1 AND order_id <> ALL($2::bigint[])",
                clean_text(shop_id),
                keep,
            )
            return int(status.split()[-1])

        removed: int = await self.runner.acall(work, wait_s=60.0)
        return removed

    async def drop(self, shop_id: str, order_ids: Collection[int]) -> int:
        """Remove these orders' rows (closed long ago); returns how many were removed."""
        ids = sorted({int(o) for o in order_ids})

        async def work(conn: asyncpg.Connection) -> int:
            status = await conn.execute(
                "DELETE FROM order_book WHERE shop_id = $1 AND order_id = ANY($2::bigint[])",
                clean_text(shop_id),
                ids,
            )
            return int(status.split()[-1])

        removed: int = await self.runner.acall(work, wait_s=60.0)
        return removed
