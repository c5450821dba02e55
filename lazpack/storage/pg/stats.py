# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""Packer statistics on PostgreSQL: the same figures as ``lazpack.storage.stats`` on SQLite.

An order counts for the packer and local hour of its first applied Pack; its time runs from
its first scan or event to the end of its last applied Pack or RTS.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import asyncpg

from lazpack.domain.ports import HourCount, PackerStats
from lazpack.storage.rows import ITEM_SCANS, WRONG_SCANS, intent_applied


async def packer_stats(
    conn: asyncpg.Connection,
    *,
    day: date | None = None,
    packer: str = "",
    since: date | None = None,
    until: date | None = None,
    tz: tzinfo | None = None,
) -> list[PackerStats]:
    zone = tz or datetime.now().astimezone().tzinfo or UTC
    if day is not None:
        since, until = day, day
    lo = datetime.combine(since, datetime.min.time(), zone) if since else None
    hi = datetime.combine(until + timedelta(days=1), datetime.min.time(), zone) if until else None
    window = (
        " AND ($1::timestamptz IS NULL OR {ts} >= $1) AND ($2::timestamptz IS NULL OR {ts} < $2)"
    )
    intents = await conn.fetch(
        "SELECT i.id, i.action, i.packer, i.started_at, i.finished_at, i.outcome, i.result,"
        " cardinality(i.item_ids) AS n_items, io.order_id FROM intents i"
        " JOIN intent_orders io ON io.intent_id = i.id WHERE i.action IN ('pack', 'rts')"
        + window.format(ts="i.started_at")
        + " ORDER BY i.id",
        lo,
        hi,
    )
    scans = await conn.fetch(
        "SELECT ts, packer, result FROM scans WHERE true" + window.format(ts="ts"), lo, hi
    )
    order_ids = sorted({int(r["order_id"]) for r in intents})
    first_seen: dict[int, datetime] = {}
    if order_ids:
        for r in await conn.fetch(
            "SELECT order_id, min(ts) AS first FROM (SELECT order_id, ts FROM scans WHERE"
            " order_id = ANY($1::bigint[]) UNION ALL SELECT order_id, ts FROM events WHERE"
            " order_id = ANY($1::bigint[])) a GROUP BY order_id",
            order_ids,
        ):
            first_seen[int(r["order_id"])] = r["first"]

    def local(ts: datetime) -> datetime:
        return ts.astimezone(zone)

    packed: dict[int, tuple[str, datetime, int]] = {}
    ends: dict[int, datetime] = {}
    for r in intents:
        if not intent_applied(r["outcome"], r["result"] or ""):
            continue
        oid = int(r["order_id"])
        end = local(r["finished_at"] or r["started_at"])
        ends[oid] = max(ends.get(oid, end), end)
        if r["action"] == "pack" and oid not in packed:
            packed[oid] = (r["packer"], local(r["started_at"]), int(r["n_items"] or 0))

    agg: dict[tuple[date, str], dict[str, Any]] = defaultdict(
        lambda: {
            "orders": 0,
            "items": 0,
            "scans": 0,
            "wrong": 0,
            "hours": defaultdict(lambda: [0, 0]),
            "durations": [],
        }
    )
    for oid, (who, at, n_items) in packed.items():
        if packer and who.casefold() != packer.casefold():
            continue
        a = agg[(at.date(), who)]
        a["orders"] += 1
        a["items"] += n_items
        a["hours"][at.hour][0] += 1
        a["hours"][at.hour][1] += n_items
        first = first_seen.get(oid)
        if first is not None:
            a["durations"].append((ends[oid] - local(first)).total_seconds())
    for r in scans:
        who, result = r["packer"], r["result"]
        if result not in ITEM_SCANS or (packer and who.casefold() != packer.casefold()):
            continue
        a = agg[(local(r["ts"]).date(), who)]
        a["scans"] += 1
        a["wrong"] += result in WRONG_SCANS
    out = []
    for (d, who), a in sorted(agg.items()):
        hours = a["hours"]
        out.append(
            PackerStats(
                day=d,
                packer=who,
                orders=a["orders"],
                items=a["items"],
                scans=a["scans"],
                wrong_scans=a["wrong"],
                active_hours=len(hours),
                hourly=tuple(HourCount(h, o, i) for h, (o, i) in sorted(hours.items())),
                median_order_seconds=statistics.median(a["durations"]) if a["durations"] else None,
            )
        )
    return out
