# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""Packer statistics from the journal: orders, items, scans and wrong scans per packer and day.

``SqliteJournalStats`` implements ``JournalStatsPort`` over a ``Database`` (read-only or the
writer's); it never writes.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from lazpack.domain.ports import HourCount, JournalStatsPort, PackerStats
from lazpack.domain.scan_results import MANUAL, OK, is_item_scan, is_wrong_scan
from lazpack.storage.connection import Database
from lazpack.storage.rows import chunks, format_ts, intent_applied, parse_ts


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
        """Per packer and local day: orders/items finished, scans, wrong scans, order time.

        An order is *finished* when Lazada has it ready to ship, whatever the flow (scan
        to pack, label first, batch): it counts for the packer and the hour of its first
        applied RTS; an order only packed (a station that stops at Pack) counts at its first
        applied Pack. Its items are those its applied Packs covered, or, when the Pack is not
        in the range, the units verified at the station. Its time is from its first scan or
        event to the end of its last applied Pack or RTS. Item scans and wrong scans are
        what ``lazpack.domain.scan_results`` says they are.
        """
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
            intents = conn.execute(
                "SELECT i.id, i.action, i.packer, i.started_at, i.finished_at, i.outcome,"
                " i.result, i.item_ids, io.order_id FROM intents i"
                " JOIN intent_orders io ON io.intent_id = i.id"
                " WHERE i.action IN ('pack', 'rts')" + cond.format(ts="i.started_at"),
                params,
            ).fetchall()
            scans = conn.execute(
                "SELECT ts, packer, result, detail, order_id FROM scans WHERE 1=1"
                + cond.format(ts="ts"),
                params,
            ).fetchall()
            first_seen: dict[int, str] = {}
            order_ids = sorted({int(r[8]) for r in intents})
            for chunk in chunks(order_ids, 500):
                marks = ",".join("?" * len(chunk))
                for oid, first in conn.execute(
                    f"SELECT order_id, MIN(ts) FROM (SELECT order_id, ts FROM scans WHERE"
                    f" order_id IN ({marks}) UNION ALL SELECT order_id, ts FROM events WHERE"
                    f" order_id IN ({marks})) GROUP BY order_id",
                    [*chunk, *chunk],
                ):
                    first_seen[int(oid)] = first

        def local(ts: str) -> datetime:
            return parse_ts(ts).astimezone(zone)

        # order -> (packer, time it was finished, items, end of work)
        packed: dict[int, tuple[str, datetime, int, datetime]] = {}
        finish: dict[int, tuple[int, str, datetime]] = {}  # order -> (rank, packer, when)
        pack_items: dict[int, int] = defaultdict(int)
        ends: dict[int, datetime] = {}
        for _iid, action, who, started, finished, outcome, result, items, oid in sorted(intents):
            if not intent_applied(outcome, result or ""):
                continue
            end = local(finished or started)
            ends[oid] = max(ends.get(oid, end), end)
            if action == "pack":
                pack_items[oid] += len(json.loads(items)) if items else 0
            rank = 0 if action == "rts" else 1
            if oid not in finish or rank < finish[oid][0]:
                finish[oid] = (rank, who, local(started))
        verified: dict[int, int] = defaultdict(int)
        for _ts, _who, result, _detail, oid in scans:
            if oid is not None and result in (OK, MANUAL):
                verified[int(oid)] += 1
        for oid, (_rank, who, at) in finish.items():
            packed[oid] = (who, at, pack_items.get(oid) or verified.get(oid, 0), ends[oid])

        Key = tuple[date, str]
        agg: dict[Key, dict[str, Any]] = defaultdict(
            lambda: {"orders": 0, "items": 0, "scans": 0, "wrong": 0, "hours": defaultdict(
                lambda: [0, 0]), "durations": []}
        )  # fmt: skip
        # Items of a multi-order intent are split evenly: a batch pack counts each order.
        for oid, (who, at, n_items, _end) in packed.items():
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
        for ts, who, result, detail, _oid in scans:
            if not is_item_scan(result, detail) or (packer and who.casefold() != packer.casefold()):
                continue
            a = agg[(local(ts).date(), who)]
            a["scans"] += 1
            a["wrong"] += is_wrong_scan(result, detail)
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
                    median_order_seconds=statistics.median(a["durations"])
                    if a["durations"]
                    else None,
                )
            )
        return out


def _conforms(stats: SqliteJournalStats) -> JournalStatsPort:
    """mypy proves here that the stats side still satisfies its port."""
    return stats
