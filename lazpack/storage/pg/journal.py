# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""The journal ports on PostgreSQL: what ``lazpack.storage`` does on SQLite, for a warehouse.

``PgJournal`` is the station's writer (``JournalPort``, ``JournalMaintenancePort``, the label
ledger, aliases) plus the read ports on the same pool; ``PgJournal.open_reader()`` gives the
History/Stats worker a ``PgJournalReader`` (``JournalReadPort`` only). Both go through one
``PgRunner`` — the database thread with its own loop (see ``runner`` for why, and for what
the window sees when the database is slow or gone):

* ``begin``/``finish`` (the intents around every Lazada write) wait for the commit, at most
  ``CALL_TIMEOUT``; when that fails they raise ``DatabaseUnavailableError`` (a
  ``StorageError``), so the write is never sent unrecorded;
* ``record_scan``/``record_event`` are queued in order and written by the database thread;
* every other call waits at most ``CALL_TIMEOUT`` and fails fast while the database is away.

Timestamps come from the station's ``Clock`` like on SQLite (the journal records what this
station saw); what several stations must agree on (leases) uses the database's clock.
PostgreSQL commits are durable (WAL fsync on commit) with the server's defaults.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from os import PathLike
from typing import Any

import asyncpg

from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import (
    ClaimPort,
    Clock,
    Intent,
    JournalEntry,
    JournalMaintenancePort,
    JournalPort,
    JournalReadPort,
    OrderHistory,
    PackerStats,
)
from lazpack.errors import ConfigError, StorageError
from lazpack.log import get_logger
from lazpack.storage.pg import schema
from lazpack.storage.pg.runner import PgRunner
from lazpack.storage.pg.stats import packer_stats
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
    clean_all,
    clean_detail,
    clean_text,
    intent_applied,
)

log = get_logger("storage.pg")

_INTENT_COLUMNS = (
    "id, action, shop_id, order_ids, item_ids, package_ids, packer, started_at, outcome"
)
_OPEN = "(outcome IS NULL OR outcome = 'unknown')"


def _intent(row: asyncpg.Record) -> Intent:
    return Intent(
        intent_id=int(row["id"]),
        action=row["action"],
        shop_id=row["shop_id"],
        order_ids=tuple(int(o) for o in row["order_ids"]),
        item_ids=tuple(int(i) for i in row["item_ids"]),
        package_ids=tuple(row["package_ids"]),
        packer=row["packer"],
        started_at=row["started_at"],
        outcome=row["outcome"],
    )


def _same(value: Any) -> Any:
    """asyncpg already gives timestamps as datetimes and arrays as lists."""
    return value


class PgJournalReads:
    """``JournalReadPort`` over a runner (no method here writes)."""

    runner: PgRunner

    def _before_read(self) -> None:
        """Hook: the writer flushes its queued scans first (read your own writes)."""

    def _read(self, work: Any, timeout: float | None = None) -> Any:
        self._before_read()
        return self.runner.call(work, timeout=timeout)

    # -------------------------------------------------------------- history
    async def _matching(
        self,
        conn: asyncpg.Connection,
        *,
        query: str,
        packer: str,
        shop_id: str,
        since: datetime | None,
        until: datetime | None,
        limit: int | None,
    ) -> list[int]:
        params: list[Any] = [packer or None, shop_id or None, since, until]
        filt = (
            " AND ($1::text IS NULL OR lower(packer) = lower($1)) AND ($2::text IS NULL OR"
            " shop_id = $2) AND ($3::timestamptz IS NULL OR {ts} >= $3) AND"
            " ($4::timestamptz IS NULL OR {ts} < $4)"
        )
        activity = (
            f"SELECT order_id, ts FROM scans WHERE order_id IS NOT NULL{filt.format(ts='ts')}"
            f" UNION ALL SELECT order_id, ts FROM events WHERE order_id IS NOT NULL"
            f"{filt.format(ts='ts')}"
            f" UNION ALL SELECT io.order_id, i.started_at AS ts FROM intents i JOIN"
            f" intent_orders io ON io.intent_id = i.id WHERE true{filt.format(ts='i.started_at')}"
        )
        q = clean_text(query).strip()
        where = ""
        if not q and limit is not None:
            # No search text: walk the activity newest first (a Merge Append over the three
            # time indexes) and stop at ``limit`` distinct orders, instead of grouping a year
            # of rows.
            seen: dict[int, None] = {}
            async with conn.transaction(readonly=True):
                async for r in conn.cursor(
                    f"SELECT order_id FROM ({activity}) a ORDER BY ts DESC", *params, prefetch=500
                ):
                    seen.setdefault(int(r["order_id"]), None)
                    if len(seen) >= limit:
                        break
            return list(seen)
        if q:
            params += [q, like_contains(q.lower()), int(q) if q.isdigit() else None]
            where = (
                " WHERE a.order_id = ANY(SELECT order_id FROM refs WHERE lower(value) = lower($5)"
                " OR lower(value) LIKE $6"
                " UNION SELECT order_id FROM scans WHERE order_id IS NOT NULL AND"
                " ((sku <> '' AND lower(sku) = lower($5)) OR lower(code) = lower($5))"
                " UNION SELECT $7::bigint WHERE $7::bigint IS NOT NULL)"
            )
        sql = (
            f"SELECT a.order_id, max(a.ts) AS last FROM ({activity}) a{where}"
            " GROUP BY a.order_id ORDER BY last DESC, a.order_id DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = await conn.fetch(sql, *params)
        return [int(r["order_id"]) for r in rows]

    async def _timeline(self, conn: asyncpg.Connection, order_id: int) -> list[TimelineRow]:
        scans = await conn.fetch(
            f"SELECT {TIMELINE_SCAN_COLUMNS} FROM scans WHERE order_id = $1", order_id
        )
        events = await conn.fetch(
            f"SELECT {TIMELINE_EVENT_COLUMNS} FROM events WHERE order_id = $1", order_id
        )
        intents = await conn.fetch(
            f"SELECT {TIMELINE_INTENT_COLUMNS} FROM intents i JOIN intent_orders io"
            " ON io.intent_id = i.id WHERE io.order_id = $1",
            order_id,
        )
        return timeline_rows(order_id, scans, events, intents, ts=_same, ids=_same)

    async def _summary(self, conn: asyncpg.Connection, order_id: int) -> OrderHistory:
        entries = await self._timeline(conn, order_id)
        refs = await conn.fetch(
            "SELECT kind, value FROM refs WHERE order_id = $1 ORDER BY ts, value", order_id
        )
        return order_summary(order_id, entries, [(r["kind"], r["value"]) for r in refs])

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
        async def work(conn: asyncpg.Connection) -> list[OrderHistory]:
            orders = await self._matching(
                conn, query=query, packer=packer, shop_id=shop_id, since=since, until=until,
                limit=limit,
            )  # fmt: skip
            return [await self._summary(conn, o) for o in orders]

        result: list[OrderHistory] = self._read(work, timeout=30)
        return result

    def timeline(self, order_id: int) -> list[JournalEntry]:
        async def work(conn: asyncpg.Connection) -> list[JournalEntry]:
            return [e.public() for e in await self._timeline(conn, order_id)]

        result: list[JournalEntry] = self._read(work)
        return result

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
        async def work(conn: asyncpg.Connection) -> list[JournalEntry]:
            orders = await self._matching(
                conn, query=query, packer=packer, shop_id=shop_id, since=since, until=until,
                limit=None,
            )  # fmt: skip
            out: list[JournalEntry] = []
            for o in orders:
                timeline = [e.public() for e in await self._timeline(conn, o)]
                out.extend(in_window(timeline, since, until))
            return out

        entries: list[JournalEntry] = self._read(work, timeout=120)
        return write_csv(path, entries)

    def intents(self, *, action: str | None = None) -> list[tuple[Intent, str]]:
        async def work(conn: asyncpg.Connection) -> list[tuple[Intent, str]]:
            rows = await conn.fetch(
                f"SELECT {_INTENT_COLUMNS}, result FROM intents WHERE $1::text IS NULL OR"
                " action = $1 ORDER BY id",
                action,
            )
            return [(_intent(r), r["result"]) for r in rows]

        result: list[tuple[Intent, str]] = self._read(work, timeout=30)
        return result

    def applied_writes(self, action: str) -> Counter[int]:
        async def work(conn: asyncpg.Connection) -> Counter[int]:
            rows = await conn.fetch(
                "SELECT io.order_id, i.outcome, i.result FROM intents i JOIN intent_orders io"
                " ON io.intent_id = i.id WHERE i.action = $1",
                action,
            )
            counts: Counter[int] = Counter()
            for r in rows:
                if intent_applied(r["outcome"], r["result"] or ""):
                    counts[int(r["order_id"])] += 1
            return counts

        result: Counter[int] = self._read(work, timeout=30)
        return result

    def counts(self) -> dict[str, int]:
        async def work(conn: asyncpg.Connection) -> dict[str, int]:
            return {
                t: int(await conn.fetchval(f"SELECT count(*) FROM {t}"))
                for t in ("scans", "intents", "events", "refs", "aliases", "labels")
            }

        result: dict[str, int] = self._read(work, timeout=30)
        return result

    def stats(
        self,
        *,
        day: date | None = None,
        packer: str = "",
        since: date | None = None,
        until: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[PackerStats]:
        async def work(conn: asyncpg.Connection) -> list[PackerStats]:
            return await packer_stats(conn, day=day, packer=packer, since=since, until=until, tz=tz)

        result: list[PackerStats] = self._read(work, timeout=60)
        return result


class PgJournalReader(PgJournalReads):
    """The read ports for the History/Stats worker thread; shares the writer's runner."""

    def __init__(self, runner: PgRunner) -> None:
        self.runner = runner

    def close(self) -> None:
        """The runner belongs to the writer; nothing to close here."""

    def __enter__(self) -> PgJournalReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PgJournal(PgJournalReads):
    """The station's journal on the warehouse database (module docstring)."""

    #: There is never a damaged file to set aside on PostgreSQL (the SQLite writer's notice).
    notice = None

    def __init__(
        self,
        dsn: str,
        *,
        station_id: str,
        clock: Clock | None = None,
        runner: PgRunner | None = None,
        migrate_to: int = schema.SCHEMA_VERSION,
        station_name: str = "",
    ) -> None:
        if not station_id:
            raise ConfigError("A station id is required to open the journal.")
        self.station_id = station_id
        #: how other stations name this one ("being packed at Station 3 by Ana")
        self.station_name = station_name or f"Station {station_id}"
        self.clock: Clock = clock or SystemClock()
        self.runner = runner or PgRunner(dsn, application_name=f"lazpack {station_id}")
        self.where = self.runner.where
        if runner is None:
            self.runner.start()
        try:
            self.runner.call(
                lambda conn: schema.migrate(conn, target=migrate_to, where=self.where),
                timeout=60,
            )
        except BaseException:
            if runner is None:
                self.runner.close()
            raise

    def _before_read(self) -> None:
        self.runner.flush()

    def close(self) -> None:
        self.runner.close()

    def __enter__(self) -> PgJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open_reader(self) -> PgJournalReader:
        return PgJournalReader(self.runner)

    def watch(self, listener: Callable[[bool], object]) -> None:
        """Call ``listener(False)`` when the database goes away and ``listener(True)`` when
        it is back — on the database thread: marshal it to your own loop."""
        self.runner.state_listeners.append(listener)

    def claim_port(self) -> ClaimPort:
        """This station's order claims on the same database (``lazpack.storage.pg.claims``)."""
        from lazpack.storage.pg.claims import PgClaims

        return PgClaims(self.runner, station_id=self.station_id, station_name=self.station_name)

    @property
    def schema_version(self) -> int:
        result: int = self.runner.call(schema.version)
        return result

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued scan/event is written (tests, shutdown)."""
        return self.runner.flush(timeout)

    def _now(self) -> datetime:
        return self.clock.now()

    # ------------------------------------------------------------------ JournalPort
    def record_scan(
        self,
        *,
        shop_id: str,
        order_id: int | None,
        code: str,
        result: str,
        sku: str = "",
        packer: str = "",
        detail: str = "",
    ) -> None:
        row = (
            uuid.uuid4(), self._now(), self.station_id, clean_text(shop_id), order_id,
            clean_detail(code), clean_text(sku), clean_text(result), clean_text(packer),
            clean_detail(detail),
        )  # fmt: skip

        async def work(conn: asyncpg.Connection) -> None:
            # Retried after a lost answer (the commit may have happened): the uid keeps it once.
            await conn.execute(
                "INSERT INTO scans(uid, ts, station_id, shop_id, order_id, code, sku, result,"
                " packer, detail) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)"
                " ON CONFLICT (uid) DO NOTHING",
                *row,
            )

        self.runner.post(work)

    def record_event(
        self, *, shop_id: str, order_id: int | None, event: str, packer: str = "", detail: str = ""
    ) -> None:
        row = (
            uuid.uuid4(), self._now(), self.station_id, clean_text(shop_id), order_id,
            clean_text(event), clean_text(packer), clean_detail(detail),
        )  # fmt: skip

        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO events(uid, ts, station_id, shop_id, order_id, event, packer,"
                " detail) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (uid) DO NOTHING",
                *row,
            )

        self.runner.post(work)

    def begin(
        self,
        *,
        action: str,
        shop_id: str,
        order_ids: Sequence[int] = (),
        item_ids: Sequence[int] = (),
        package_ids: Sequence[str] = (),
        packer: str = "",
        detail: str = "",
    ) -> int:
        orders = sorted({int(o) for o in order_ids})
        shop = clean_text(shop_id)
        packages = [clean_text(p) for p in dict.fromkeys(package_ids)]
        now = self._now()

        async def work(conn: asyncpg.Connection) -> int:
            async with conn.transaction():
                intent_id = int(
                    await conn.fetchval(
                        "INSERT INTO intents(station_id, action, shop_id, order_ids, item_ids,"
                        " package_ids, packer, detail, started_at) VALUES"
                        " ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id",
                        self.station_id,
                        clean_text(action),
                        shop,
                        orders,
                        [int(i) for i in item_ids],
                        packages,
                        clean_text(packer),
                        clean_detail(detail),
                        now,
                    )
                )
                await conn.execute(
                    "INSERT INTO intent_orders(intent_id, order_id) SELECT $1, unnest($2::bigint[])"
                    " ON CONFLICT DO NOTHING",
                    intent_id,
                    orders,
                )
                if packages and len(orders) == 1:
                    await _add_refs(conn, shop, orders[0], "package", packages, now)
            return intent_id

        result: int = self.runner.call(work)
        return result

    def finish(
        self,
        intent_id: int,
        *,
        outcome: str,
        request_ids: Sequence[str] = (),
        detail: str = "",
        package_ids: Sequence[str] = (),
        duration_ms: float | None = None,
    ) -> None:
        new_packages = [clean_text(p) for p in package_ids]
        now = self._now()

        async def work(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                row = await conn.fetchrow(
                    "SELECT shop_id, order_ids, package_ids, request_ids FROM intents"
                    " WHERE id = $1 FOR UPDATE",
                    intent_id,
                )
                if row is None:
                    raise StorageError(f"The journal has no intent {intent_id} to finish.")
                pkgs = list(dict.fromkeys([*row["package_ids"], *new_packages]))
                reqs = list(dict.fromkeys([*row["request_ids"], *map(clean_text, request_ids)]))
                await conn.execute(
                    "UPDATE intents SET outcome = $1, result = $2, package_ids = $3,"
                    " request_ids = $4, duration_ms = COALESCE($5, duration_ms),"
                    " finished_at = $6 WHERE id = $7",
                    clean_text(outcome), clean_detail(detail), pkgs, reqs, duration_ms, now,
                    intent_id,
                )  # fmt: skip
                orders = list(row["order_ids"])
                if new_packages and len(orders) == 1:
                    await _add_refs(conn, row["shop_id"], int(orders[0]), "package",
                                    new_packages, now)  # fmt: skip

        self.runner.call(work)

    def open_intents(self) -> list[Intent]:
        async def work(conn: asyncpg.Connection) -> list[Intent]:
            rows = await conn.fetch(
                f"SELECT {_INTENT_COLUMNS} FROM intents WHERE station_id = $1 AND {_OPEN}"
                " ORDER BY id",
                self.station_id,
            )
            return [_intent(r) for r in rows]

        result: list[Intent] = self.runner.call(work)
        return result

    def open_intents_for_order(self, order_id: int) -> list[Intent]:
        """Open intents of ANY station on one order: what a station taking over an order
        from a dead one must reconcile before it writes anything for it."""

        async def work(conn: asyncpg.Connection) -> list[Intent]:
            rows = await conn.fetch(
                f"SELECT {', '.join('i.' + c.strip() for c in _INTENT_COLUMNS.split(','))}"
                f" FROM intents i JOIN intent_orders io ON io.intent_id = i.id"
                f" WHERE io.order_id = $1 AND (i.outcome IS NULL OR i.outcome = 'unknown')"
                " ORDER BY i.id",
                order_id,
            )
            return [_intent(r) for r in rows]

        result: list[Intent] = self.runner.call(work)
        return result

    def save_session(self, state: Mapping[str, object] | None) -> None:
        if state is None:

            async def clear(conn: asyncpg.Connection) -> None:
                await conn.execute("DELETE FROM session WHERE station_id = $1", self.station_id)

            self.runner.call(clear)
            return
        try:
            text = json.dumps(dict(state), ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as err:
            raise StorageError(
                f"The packing session cannot be saved: {err}.",
                hint="This is a bug in lazpack; the order is still open at Lazada.",
            ) from err
        text = clean_text(text)
        now = self._now()

        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO session(station_id, state, updated_at) VALUES ($1, $2::jsonb, $3)"
                " ON CONFLICT (station_id) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at",
                self.station_id,
                text,
                now,
            )

        self.runner.call(work)

    def load_session(self) -> dict[str, object] | None:
        async def work(conn: asyncpg.Connection) -> str | None:
            value: str | None = await conn.fetchval(
                "SELECT state::text FROM session WHERE station_id = $1", self.station_id
            )
            return value

        text: str | None = self.runner.call(work)
        if text is None:
            return None
        state = json.loads(text)
        return state if isinstance(state, dict) else None

    def link_alias(self, *, shop_id: str, barcode: str, sku: str, packer: str = "") -> None:
        barcode = barcode.strip()
        if not barcode or not sku:
            raise StorageError("A barcode alias needs both a barcode and a SKU.")
        row = (
            clean_text(shop_id), clean_detail(barcode), clean_text(sku), clean_text(packer),
            self._now(),
        )  # fmt: skip

        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "INSERT INTO aliases(shop_id, barcode, sku, packer, created_at)"
                " VALUES ($1,$2,$3,$4,$5) ON CONFLICT (shop_id, barcode) DO UPDATE SET"
                " sku = excluded.sku, packer = excluded.packer, created_at = excluded.created_at",
                *row,
            )

        self.runner.call(work)

    def aliases(self, shop_id: str) -> dict[str, str]:
        async def work(conn: asyncpg.Connection) -> dict[str, str]:
            rows = await conn.fetch(
                "SELECT barcode, sku FROM aliases WHERE shop_id = $1", clean_text(shop_id)
            )
            return {r["barcode"]: r["sku"] for r in rows}

        result: dict[str, str] = self.runner.call(work)
        return result

    def unlink_alias(self, *, shop_id: str, barcode: str) -> bool:
        async def work(conn: asyncpg.Connection) -> bool:
            status = await conn.execute(
                "DELETE FROM aliases WHERE shop_id = $1 AND barcode = $2",
                clean_text(shop_id),
                clean_text(barcode),
            )
            return bool(status != "DELETE 0")

        result: bool = self.runner.call(work)
        return result

    def remember_order(
        self,
        *,
        shop_id: str,
        order_id: int,
        order_number: int | str | None = None,
        package_ids: Sequence[str] = (),
        tracking_numbers: Sequence[str] = (),
        skus: Sequence[str] = (),
    ) -> None:
        shop = clean_text(shop_id)
        now = self._now()

        async def work(conn: asyncpg.Connection) -> None:
            async with conn.transaction():
                if order_number is not None and str(order_number) != str(order_id):
                    await _add_refs(conn, shop, order_id, "order_number", [str(order_number)], now)
                await _add_refs(conn, shop, order_id, "package", package_ids, now)
                await _add_refs(conn, shop, order_id, "tracking", tracking_numbers, now)
                await _add_refs(conn, shop, order_id, "sku", skus, now)

        self.runner.call(work)

    # ------------------------------------------------------------------ labels
    def record_label(
        self, *, shop_id: str, order_id: int | None, package_id: str, voided: bool = False
    ) -> int:
        """Count a printed label (or void it); returns how many times it has been printed."""
        now = self._now()
        shop, package = clean_text(shop_id), clean_text(package_id)

        async def work(conn: asyncpg.Connection) -> int:
            if voided:
                sql = (
                    "INSERT INTO labels(package_id, shop_id, order_id, voided, updated_at)"
                    " VALUES ($1,$2,$3,true,$4) ON CONFLICT (package_id) DO UPDATE SET"
                    " voided = true, updated_at = excluded.updated_at RETURNING printed"
                )
            else:
                sql = (
                    "INSERT INTO labels(package_id, shop_id, order_id, printed, last_printed_at,"
                    " updated_at) VALUES ($1,$2,$3,1,$4,$4) ON CONFLICT (package_id) DO UPDATE"
                    " SET printed = labels.printed + 1, last_printed_at = excluded.last_printed_at,"
                    " updated_at = excluded.updated_at RETURNING printed"
                )
            return int(await conn.fetchval(sql, package, shop, order_id, now))

        result: int = self.runner.call(work)
        return result

    def label_info(self, package_id: str) -> tuple[int, bool] | None:
        async def work(conn: asyncpg.Connection) -> tuple[int, bool] | None:
            row = await conn.fetchrow(
                "SELECT printed, voided FROM labels WHERE package_id = $1", clean_text(package_id)
            )
            return None if row is None else (int(row["printed"]), bool(row["voided"]))

        result: tuple[int, bool] | None = self.runner.call(work)
        return result

    # ------------------------------------------------------------------ retention
    def prune(self, retention_days: int) -> int:
        if retention_days < 1:
            raise ConfigError(
                f"Journal retention must be at least 1 day (got {retention_days}).",
                hint="Set journal_retention_days in the settings.",
            )
        cutoff = self._now() - timedelta(days=retention_days)

        async def work(conn: asyncpg.Connection) -> int:
            deleted = 0
            async with conn.transaction():
                for sql in (
                    "DELETE FROM scans WHERE ts < $1",
                    "DELETE FROM events WHERE ts < $1",
                    f"DELETE FROM intents WHERE started_at < $1 AND NOT {_OPEN}",
                    "DELETE FROM refs WHERE ts < $1",
                    "DELETE FROM labels WHERE updated_at < $1",
                ):
                    status = await conn.execute(sql, cutoff)
                    deleted += int(status.split()[-1])
            return deleted

        deleted: int = self.runner.call(work, timeout=120)
        if deleted:
            log.info("journal retention: %d old rows removed", deleted)
        return deleted


async def _add_refs(
    conn: asyncpg.Connection,
    shop_id: str,
    order_id: int,
    kind: str,
    values: Sequence[str],
    ts: datetime,
) -> None:
    vals = clean_all(values)
    if not vals:
        return
    await conn.execute(
        "INSERT INTO refs(kind, value, shop_id, order_id, ts) SELECT $1, v, $2, $3, $4"
        " FROM unnest($5::text[]) AS v ON CONFLICT DO NOTHING",
        kind,
        shop_id,
        order_id,
        ts,
        vals,
    )


def _conforms(
    journal: PgJournal, reader: PgJournalReader
) -> tuple[JournalPort, JournalMaintenancePort, JournalReadPort, JournalReadPort]:
    """mypy proves here that the PostgreSQL backend satisfies the same ports as SQLite."""
    return journal, journal, journal, reader
