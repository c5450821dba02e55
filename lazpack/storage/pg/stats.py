# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""Packer statistics on PostgreSQL: the rows ``lazpack.storage.stats`` reads on SQLite,
aggregated by the same ``lazpack.storage.reports.aggregate_stats``, so both backends give
the same figures for the same journal."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

import asyncpg

from lazpack.domain.ports import PackerStats
from lazpack.storage.reports import (
    STATS_SCAN_RESULTS,
    StatsIntent,
    StatsScan,
    aggregate_stats,
)


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
    intents = [
        StatsIntent(
            int(r["id"]),
            r["action"],
            r["packer"],
            r["started_at"],
            r["finished_at"],
            r["outcome"],
            r["result"] or "",
            int(r["n_items"] or 0),
            int(r["order_id"]),
        )
        for r in await conn.fetch(
            "SELECT i.id, i.action, i.packer, i.started_at, i.finished_at, i.outcome, i.result,"
            " cardinality(i.item_ids) AS n_items, io.order_id FROM intents i"
            " JOIN intent_orders io ON io.intent_id = i.id WHERE i.action IN ('pack', 'rts')"
            + window.format(ts="i.started_at"),
            lo,
            hi,
        )
    ]
    scans = [
        StatsScan(
            r["ts"],
            r["packer"],
            r["result"],
            r["detail"],
            None if r["order_id"] is None else int(r["order_id"]),
        )
        for r in await conn.fetch(
            "SELECT ts, packer, result, detail, order_id FROM scans WHERE result = ANY($3)"
            + window.format(ts="ts"),
            lo,
            hi,
            list(STATS_SCAN_RESULTS),
        )
    ]
    order_ids = sorted({i.order_id for i in intents})
    first_seen: dict[int, datetime] = {}
    if order_ids:
        for r in await conn.fetch(
            "SELECT order_id, min(ts) AS first FROM (SELECT order_id, ts FROM scans WHERE"
            " order_id = ANY($1::bigint[]) UNION ALL SELECT order_id, ts FROM events WHERE"
            " order_id = ANY($1::bigint[])) a GROUP BY order_id",
            order_ids,
        ):
            first_seen[int(r["order_id"])] = r["first"]
    return aggregate_stats(intents, scans, first_seen, zone, packer)
