# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""The journal's query side: History search, an order's timeline, CSV export, audit reads.

``SqliteJournalQueries`` implements ``JournalQueryPort`` over a ``Database`` — the read-only
connection of ``SqliteJournalReader`` (the History page's worker thread), or the writer's own
connection (tests, the soak check). It has no method that writes to the journal.
"""

from __future__ import annotations

import csv
import heapq
import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from os import PathLike
from pathlib import Path
from typing import Any

from lazpack.domain.ports import Intent, JournalEntry, JournalQueryPort, OrderHistory
from lazpack.domain.scan_results import is_item_scan, is_wrong_scan
from lazpack.errors import StorageError
from lazpack.log import redact
from lazpack.storage.connection import Database
from lazpack.storage.rows import (
    INTENT_COLUMNS,
    chunks,
    clean_text,
    format_ts,
    intent_applied,
    intent_from_row,
    parse_ts,
)

CSV_FIELDS = (
    "ts",
    "kind",
    "what",
    "shop_id",
    "order_id",
    "packer",
    "station_id",
    "code",
    "sku",
    "outcome",
    "item_ids",
    "package_ids",
    "request_ids",
    "duration_ms",
    "finished_at",
    "detail",
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
            ("SELECT order_id FROM refs WHERE value LIKE ? ESCAPE '\\'", (f"%{like_escape(q)}%",)),
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
        by_kind: dict[str, list[str]] = defaultdict(list)
        for kind, value in refs:
            by_kind[kind].append(value)
        packages = list(by_kind["package"])
        packed = rts = False
        skus = list(by_kind["sku"])
        scans = wrong = 0
        for e in entries:
            if e.kind == "scan":
                if is_item_scan(e.what, e.detail):
                    scans += 1
                    wrong += is_wrong_scan(e.what, e.detail)
                if e.sku:
                    skus.append(e.sku)
            elif e.kind == "intent" and intent_applied(e.outcome, e.detail_result):
                packed = packed or e.what == "pack"
                rts = rts or e.what == "rts"
                packages.extend(e.package_ids)
        return OrderHistory(
            shop_id=entries[0].shop_id if entries else "",
            order_id=order_id,
            packers=tuple(dict.fromkeys(e.packer for e in entries if e.packer)),
            stations=tuple(dict.fromkeys(e.station_id for e in entries)),
            first_at=entries[0].ts if entries else datetime.min.replace(tzinfo=UTC),
            last_at=max(e.finished_at or e.ts for e in entries)
            if entries
            else datetime.min.replace(tzinfo=UTC),
            scans=scans,
            wrong_scans=wrong,
            packed=packed,
            ready_to_ship=rts,
            order_numbers=tuple(by_kind["order_number"]),
            package_ids=tuple(dict.fromkeys(packages)),
            tracking_numbers=tuple(by_kind["tracking"]),
            skus=tuple(dict.fromkeys(skus)),
        )

    def timeline(self, order_id: int) -> list[JournalEntry]:
        """Everything that happened to one order, oldest first."""
        return [e.public() for e in self._timeline(order_id)]

    def _timeline(self, order_id: int) -> list[TimelineRow]:
        with self.db.reading() as conn:
            scans = conn.execute(
                "SELECT ts, result, shop_id, order_id, packer, station_id, code, sku, detail"
                " FROM scans WHERE order_id = ?",
                (order_id,),
            ).fetchall()
            events = conn.execute(
                "SELECT ts, event, shop_id, order_id, packer, station_id, detail"
                " FROM events WHERE order_id = ?",
                (order_id,),
            ).fetchall()
            intents = conn.execute(
                "SELECT i.started_at, i.action, i.shop_id, i.packer, i.station_id, i.outcome,"
                " i.item_ids, i.package_ids, i.request_ids, i.duration_ms, i.finished_at,"
                " i.detail, i.result, i.id FROM intents i"
                " JOIN intent_orders io ON io.intent_id = i.id WHERE io.order_id = ?",
                (order_id,),
            ).fetchall()
        out: list[TimelineRow] = []
        for ts, result, shop, oid, packer, station, code, sku, detail in scans:
            out.append(
                TimelineRow(parse_ts(ts), "scan", result, shop, oid, packer, station, code=code,
                       sku=sku, detail=detail)
            )  # fmt: skip
        for ts, event, shop, oid, packer, station, detail in events:
            out.append(
                TimelineRow(parse_ts(ts), "event", event, shop, oid, packer, station, detail=detail)
            )
        for r in intents:
            started, action, shop, packer, station, outcome = r[:6]
            item_ids, pkgs, reqs, duration, finished, detail, result, iid = r[6:]
            text = " / ".join(p for p in (detail, result) if p)
            out.append(
                TimelineRow(
                    parse_ts(started), "intent", action, shop, order_id, packer, station,
                    outcome=outcome or "", item_ids=tuple(json.loads(item_ids)),
                    package_ids=tuple(json.loads(pkgs)), request_ids=tuple(json.loads(reqs)),
                    duration_ms=duration,
                    finished_at=parse_ts(finished) if finished else None,
                    detail=text, intent_id=iid, detail_result=result,
                )
            )  # fmt: skip
        # Within one timestamp: scans, then the intent they led to, then events.
        rank = {"scan": 0, "intent": 1, "event": 2}
        out.sort(key=lambda e: (e.ts, rank[e.kind]))
        return out

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
        target = Path(path)
        tmp = target.with_name(f".{target.name}.part")
        rows = 0
        try:
            # utf-8-sig: Excel on Windows opens it with Thai/Vietnamese names intact.
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(CSV_FIELDS)
                for order_id in orders:
                    for e in self.timeline(order_id):
                        if since is not None and e.ts < since:
                            continue
                        if until is not None and e.ts >= until:
                            continue
                        writer.writerow(csv_row(e))
                        rows += 1
            tmp.replace(target)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise StorageError(
                f"The history could not be exported to {target}: {err.strerror}.",
                hint="Choose another folder or free some disk space.",
            ) from err
        return rows

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


@dataclass(slots=True)
class TimelineRow:
    ts: datetime
    kind: str
    what: str
    shop_id: str
    order_id: int | None
    packer: str
    station_id: str
    code: str = ""
    sku: str = ""
    outcome: str = ""
    item_ids: tuple[int, ...] = ()
    package_ids: tuple[str, ...] = ()
    request_ids: tuple[str, ...] = ()
    duration_ms: float | None = None
    finished_at: datetime | None = None
    detail: str = ""
    intent_id: int | None = None
    detail_result: str = ""

    def public(self) -> JournalEntry:
        return JournalEntry(
            ts=self.ts,
            kind=self.kind,
            what=self.what,
            shop_id=self.shop_id,
            order_id=self.order_id,
            packer=self.packer,
            station_id=self.station_id,
            code=self.code,
            sku=self.sku,
            outcome=self.outcome,
            item_ids=self.item_ids,
            package_ids=self.package_ids,
            request_ids=self.request_ids,
            duration_ms=self.duration_ms,
            finished_at=self.finished_at,
            detail=self.detail,
            intent_id=self.intent_id,
        )


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def csv_row(e: JournalEntry) -> list[object]:
    return [
        e.ts.isoformat(),
        e.kind,
        e.what,
        e.shop_id,
        "" if e.order_id is None else e.order_id,
        e.packer,
        e.station_id,
        csv_safe(e.code),
        e.sku,
        e.outcome,
        " ".join(map(str, e.item_ids)),
        " ".join(e.package_ids),
        " ".join(e.request_ids),
        "" if e.duration_ms is None else round(e.duration_ms, 1),
        e.finished_at.isoformat() if e.finished_at else "",
        csv_safe(redact(e.detail)),
    ]


def csv_safe(text: str) -> str:
    """A scanned code starting with = + - @ would run as a formula when opened in Excel."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _conforms(queries: SqliteJournalQueries) -> JournalQueryPort:
    """mypy proves here that the query side still satisfies its port."""
    return queries
