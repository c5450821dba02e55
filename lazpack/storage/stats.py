# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""Packer statistics from the journal: orders, items, scans and wrong scans per packer and day.

``SqliteJournalStats`` implements ``JournalStatsPort`` over a ``Database`` (read-only or the
writer's); it never writes. It only fetches the rows: the figures are computed by
``lazpack.storage.reports.aggregate_stats``, as on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from lazpack.domain.ports import JournalStatsPort, PackerStats
from lazpack.storage.connection import Database
from lazpack.storage.reports import (
    STATS_SCAN_RESULTS,
    StatsIntent,
    StatsScan,
    aggregate_stats,
)
from lazpack.storage.rows import chunks, format_ts, parse_ts


class SqliteJournalStats:
    """``JournalStatsPort`` on one connection of the journal."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def stats(
        self,
        *,
        day: date | None = None,
        packer: str = "",
        since: date | None = None,
        until: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[PackerStats]:
        """Per packer and local day: orders/items finished, scans, wrong scans, order time
        (the figures are defined in ``lazpack.storage.reports.aggregate_stats``)."""
        zone = tz or datetime.now().astimezone().tzinfo or UTC
        if day is not None:
            since, until = day, day
        lo = datetime.combine(since, datetime.min.time(), zone) if since else None
        hi = (
            datetime.combine(until + timedelta(days=1), datetime.min.time(), zone)
            if until
            else None
        )
        params: list[Any] = []
        cond = ""
        if lo is not None:
            cond += " AND {ts} >= ?"
            params.append(format_ts(lo))
        if hi is not None:
            cond += " AND {ts} < ?"
            params.append(format_ts(hi))
        with self.db.reading() as conn:
            intents = [
                StatsIntent(
                    int(iid), action, who, parse_ts(started),
                    parse_ts(finished) if finished else None, outcome, result or "",
                    int(items or 0), int(oid),
                )
                for iid, action, who, started, finished, outcome, result, items, oid
                in conn.execute(
                    "SELECT i.id, i.action, i.packer, i.started_at, i.finished_at, i.outcome,"
                    " i.result, json_array_length(i.item_ids), io.order_id FROM intents i"
                    " JOIN intent_orders io ON io.intent_id = i.id"
                    " WHERE i.action IN ('pack', 'rts')" + cond.format(ts="i.started_at"),
                    params,
                )
            ]  # fmt: skip
            scans = [
                StatsScan(parse_ts(ts), who, result, detail, None if oid is None else int(oid))
                for ts, who, result, detail, oid in conn.execute(
                    "SELECT ts, packer, result, detail, order_id FROM scans"
                    f" WHERE result IN ({','.join('?' * len(STATS_SCAN_RESULTS))})"
                    + cond.format(ts="ts"),
                    [*STATS_SCAN_RESULTS, *params],
                )
            ]
            first_seen: dict[int, datetime] = {}
            order_ids = sorted({i.order_id for i in intents})
            for chunk in chunks(order_ids, 500):
                marks = ",".join("?" * len(chunk))
                for oid, first in conn.execute(
                    f"SELECT order_id, MIN(ts) FROM (SELECT order_id, ts FROM scans WHERE"
                    f" order_id IN ({marks}) UNION ALL SELECT order_id, ts FROM events WHERE"
                    f" order_id IN ({marks})) GROUP BY order_id",
                    [*chunk, *chunk],
                ):
                    first_seen[int(oid)] = parse_ts(first)
        return aggregate_stats(intents, scans, first_seen, zone, packer)


def _conforms(stats: SqliteJournalStats) -> JournalStatsPort:
    """mypy proves here that the stats side still satisfies its port."""
    return stats
