# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""The journal's query side: History search, an order's timeline, CSV export, audit reads.

``SqliteJournalQueries`` implements ``JournalQueryPort`` over a ``Database`` — the read-only
connection of ``SqliteJournalReader`` (the History page's worker thread), or the writer's own
connection (tests, the soak check). It has no method that writes to the journal.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from os import PathLike
from typing import Any

from lazpack.domain.ports import Intent, JournalEntry, JournalQueryPort, OrderHistory
from lazpack.storage.connection import Database
from lazpack.storage.reports import (
    TIMELINE_EVENT_COLUMNS,
    TIMELINE_INTENT_COLUMNS,
    TIMELINE_SCAN_COLUMNS,
    TimelineRow,
    in_window,
    like_contains,
    order_summary,
    timeline_rows,
    write_csv,
)
from lazpack.storage.rows import (
    INTENT_COLUMNS,
    chunks,
    clean_text,
    format_ts,
    intent_applied,
    intent_from_row,
    parse_ts,
)


class SqliteJournalQueries:
    """``JournalQueryPort`` on one connection of the journal (see the module docstring)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _candidates(self, conn: sqlite3.Connection, query: str) -> set[int]:
        """Order ids a search text points at: order id/number, package, tracking, SKU, code."""
        q = clean_text(query).strip()
        found: set[int] = set()
        if q.isdigit():
            found.add(int(q))
        # Exact hits use the indexes; the substring match on refs catches partial numbers.
        for sql, params in (
            ("SELECT order_id FROM refs WHERE value = ?", (q,)),
            ("SELECT order_id FROM refs WHERE value LIKE ? ESCAPE '\\'", (like_contains(q),)),
            (
                "SELECT order_id FROM scans WHERE sku = ? COLLATE NOCASE AND sku != ''"
                " AND order_id IS NOT NULL",
                (q,),
            ),
            (
                "SELECT order_id FROM scans WHERE code = ? COLLATE NOCASE AND order_id IS NOT NULL",
                (q,),
            ),
        ):
            found.update(int(r[0]) for r in conn.execute(sql, params))
        return found

    @staticmethod
    def _activity_filters(
        packer: str, shop_id: str, since: datetime | None, until: datetime | None, ts: str
    ) -> tuple[str, list[Any]]:
        where = ""
        params: list[Any] = []
        if packer:
            where += " AND packer = ? COLLATE NOCASE"
            params.append(clean_text(packer))
        if shop_id:
            where += " AND shop_id = ?"
            params.append(clean_text(shop_id))
        if since is not None:
            where += f" AND {ts} >= ?"
            params.append(format_ts(since))
        if until is not None:
            where += f" AND {ts} < ?"
            params.append(format_ts(until))
        return where, params

    def _matching_orders(
        self,
        *,
        query: str,
        packer: str,
        shop_id: str,
        since: datetime | None,
        until: datetime | None,
        limit: int | None,
    ) -> list[int]:
        """Matching order ids, most recent activity first."""
        where_s, p_s = self._activity_filters(packer, shop_id, since, until, "ts")
        where_i, p_i = self._activity_filters(packer, shop_id, since, until, "i.started_at")
        where_i = where_i.replace("packer", "i.packer").replace("shop_id", "i.shop_id")
        with self.db.reading() as conn:
            if query.strip():
                candidates = sorted(self._candidates(conn, query))
                last: dict[int, str] = {}
                for chunk in chunks(candidates, 400):
                    marks = ",".join("?" * len(chunk))
                    for table_sql, params in (
                        (f"SELECT order_id, MAX(ts) FROM scans WHERE order_id IN ({marks})"
                         f"{where_s} GROUP BY order_id", [*chunk, *p_s]),
                        (f"SELECT order_id, MAX(ts) FROM events WHERE order_id IN ({marks})"
                         f"{where_s} GROUP BY order_id", [*chunk, *p_s]),
                        ("SELECT io.order_id, MAX(i.started_at) FROM intent_orders io JOIN"
                         f" intents i ON i.id = io.intent_id WHERE io.order_id IN ({marks})"
                         f"{where_i} GROUP BY io.order_id", [*chunk, *p_i]),
                    ):  # fmt: skip
                        for oid, ts in conn.execute(table_sql, params):
                            if ts > last.get(oid, ""):
                                last[oid] = ts
                ranked = sorted(last, key=lambda o: (last[o], o), reverse=True)
                return ranked if limit is None else ranked[:limit]
            # No search text: walk the three time indexes newest first, merged, and stop as
            # soon as enough distinct orders are seen, instead of grouping a year of rows.
            streams = [
                conn.execute(
                    f"SELECT ts, order_id FROM scans WHERE order_id IS NOT NULL{where_s}"
                    " ORDER BY ts DESC", p_s),
                conn.execute(
                    f"SELECT ts, order_id FROM events WHERE order_id IS NOT NULL{where_s}"
                    " ORDER BY ts DESC", p_s),
                conn.execute(
                    "SELECT i.started_at, io.order_id FROM intents i JOIN intent_orders io"
                    f" ON io.intent_id = i.id WHERE 1 = 1{where_i} ORDER BY i.started_at DESC",
                    p_i),
            ]  # fmt: skip
            seen: dict[int, None] = {}
            for _ts, oid in heapq.merge(*streams, key=lambda r: r[0], reverse=True):
                seen.setdefault(int(oid), None)
                if limit is not None and len(seen) >= limit:
                    break
            for cur in streams:
                cur.close()
            return list(seen)

    def history(
        self,
        *,
        query: str = "",
        packer: str = "",
        shop_id: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 200,
    ) -> list[OrderHistory]:
        orders = self._matching_orders(
            query=query, packer=packer, shop_id=shop_id, since=since, until=until, limit=limit
        )
        return [self._summary(o) for o in orders]

    def _summary(self, order_id: int) -> OrderHistory:
        entries = self._timeline(order_id)
        with self.db.reading() as conn:
            refs = conn.execute(
                "SELECT kind, value FROM refs WHERE order_id = ? ORDER BY ts, value", (order_id,)
            ).fetchall()
        return order_summary(order_id, entries, refs)

    def timeline(self, order_id: int) -> list[JournalEntry]:
        """Everything that happened to one order, oldest first."""
        return [e.public() for e in self._timeline(order_id)]

    def _timeline(self, order_id: int) -> list[TimelineRow]:
        with self.db.reading() as conn:
            scans = conn.execute(
                f"SELECT {TIMELINE_SCAN_COLUMNS} FROM scans WHERE order_id = ?", (order_id,)
            ).fetchall()
            events = conn.execute(
                f"SELECT {TIMELINE_EVENT_COLUMNS} FROM events WHERE order_id = ?", (order_id,)
            ).fetchall()
            intents = conn.execute(
                f"SELECT {TIMELINE_INTENT_COLUMNS} FROM intents i"
                " JOIN intent_orders io ON io.intent_id = i.id WHERE io.order_id = ?",
                (order_id,),
            ).fetchall()
        return timeline_rows(order_id, scans, events, intents, ts=parse_ts, ids=json.loads)

    def export_csv(
        self,
        path: str | PathLike[str],
        *,
        query: str = "",
        packer: str = "",
        shop_id: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        orders = self._matching_orders(
            query=query, packer=packer, shop_id=shop_id, since=since, until=until, limit=None
        )

        def entries() -> Iterator[JournalEntry]:  # one order's timeline at a time
            for order_id in orders:
                yield from in_window(self.timeline(order_id), since, until)

        return write_csv(path, entries())

    def counts(self) -> dict[str, int]:
        """Rows per table (diagnostics, the soak test's cross-check)."""
        with self.db.reading() as conn:
            return {
                t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("scans", "intents", "events", "refs", "aliases", "labels")
            }

    def applied_writes(self, action: str) -> Counter[int]:
        """order_id -> how many ``action`` writes took effect at Lazada (ok, partial, or
        reconciled as applied), over every station. The soak test's "exactly once" check."""
        counts: Counter[int] = Counter()
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT io.order_id, i.outcome, i.result FROM intents i"
                " JOIN intent_orders io ON io.intent_id = i.id WHERE i.action = ?",
                (action,),
            ).fetchall()
        for order_id, outcome, result in rows:
            if intent_applied(outcome, result or ""):
                counts[int(order_id)] += 1
        return counts

    def intents(self, *, action: str | None = None) -> list[tuple[Intent, str]]:
        """Every intent of every station (with its result detail), oldest first."""
        sql = f"SELECT {INTENT_COLUMNS}, result FROM intents"
        params: list[Any] = []
        if action is not None:
            sql += " WHERE action = ?"
            params.append(action)
        with self.db.reading() as conn:
            rows = conn.execute(sql + " ORDER BY id", params).fetchall()
        return [(intent_from_row(r), str(r[9])) for r in rows]


def _conforms(queries: SqliteJournalQueries) -> JournalQueryPort:
    """mypy proves here that the query side still satisfies its port."""
    return queries
