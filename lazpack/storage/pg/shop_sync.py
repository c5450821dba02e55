"""What each shop's sync leader last saw of Lazada, for the other stations to show.

The leader writes one row per shop (table ``shop_sync``, schema v4) after every sync: online
(then ``last_ok_at`` is now) or its error. A follower reads it and shows "synced by Station 2,
3 min ago" or the leader's error — instead of "online, just synced" while the leader's Lazada
calls fail. Times are the database's (``clock_timestamp()``), and the ages are computed there,
so the stations' clocks need not agree.

``message`` holds the leader's connection kind and its packer-facing texts as a small JSON
object (``{"connection", "message", "hint", "detail"}``); a row that is not such an object is
read as a sync error with the text as it is.
"""

from __future__ import annotations

import json

import asyncpg

from lazpack.domain.ports import LeaderSync, SyncStatusPort
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.rows import clean_detail, clean_text

_REPORT = """
INSERT INTO shop_sync AS s (shop_id, station_id, station_name, online, message, last_ok_at,
                            updated_at)
VALUES ($1, $2, $3, $4, $5, CASE WHEN $4 THEN clock_timestamp() END, clock_timestamp())
ON CONFLICT (shop_id) DO UPDATE SET
    station_id = excluded.station_id,
    station_name = excluded.station_name,
    online = excluded.online,
    message = excluded.message,
    last_ok_at = COALESCE(excluded.last_ok_at, s.last_ok_at),
    updated_at = excluded.updated_at
"""

_READ = """
SELECT station_id, station_name, online, message,
       extract(epoch FROM clock_timestamp() - last_ok_at)::float8 AS ok_age,
       extract(epoch FROM clock_timestamp() - updated_at)::float8 AS age
FROM shop_sync WHERE shop_id = $1
"""


ONLINE = "online"
#: what a row that names no connection kind is read as when it is not online
ERROR = "error"


def encode_state(*, connection: str, message: str, hint: str, detail: str) -> str:
    return json.dumps(
        {
            "connection": clean_text(connection),
            "message": clean_detail(message),
            "hint": clean_detail(hint),
            "detail": clean_detail(detail),
        }
    )


def decode_row(row: asyncpg.Record) -> LeaderSync:
    raw = str(row["message"] or "")
    online = bool(row["online"])
    fields: dict[str, str] = {}
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {"message": raw}
    if isinstance(data, dict):
        fields = {k: str(v) for k, v in data.items() if isinstance(v, str)}
    else:
        fields = {"message": raw}
    connection = fields.get("connection", "")
    if not connection or online != (connection == ONLINE):
        connection = ONLINE if online else ERROR
    ok_age = row["ok_age"]
    return LeaderSync(
        station_id=str(row["station_id"]),
        station_name=str(row["station_name"] or row["station_id"]),
        connection=connection,
        message=fields.get("message", ""),
        hint=fields.get("hint", ""),
        detail=fields.get("detail", ""),
        last_ok_age_s=None if ok_age is None else max(0.0, float(ok_age)),
        age_s=max(0.0, float(row["age"])),
    )


class PgShopSync:
    """``SyncStatusPort`` on the warehouse database (see the module docstring)."""

    def __init__(self, runner: PgRunner, *, station_id: str, station_name: str) -> None:
        self.runner = runner
        self.station_id = station_id
        self.station_name = station_name or station_id

    async def report(
        self, shop_id: str, *, connection: str, message: str, hint: str, detail: str
    ) -> None:
        online = connection == ONLINE
        text = encode_state(connection=connection, message=message, hint=hint, detail=detail)

        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                _REPORT, clean_text(shop_id), self.station_id, clean_text(self.station_name),
                online, text,
            )  # fmt: skip

        await self.runner.acall(work)

    async def read(self, shop_id: str) -> LeaderSync | None:
        async def work(conn: asyncpg.Connection) -> LeaderSync | None:
            row = await conn.fetchrow(_READ, clean_text(shop_id))
            return None if row is None else decode_row(row)

        result: LeaderSync | None = await self.runner.acall(work)
        return result


def _conforms(status: PgShopSync) -> SyncStatusPort:
    """mypy proves here that the adapter satisfies its port."""
    return status
