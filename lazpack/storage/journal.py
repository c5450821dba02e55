# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""The station's journal: every scan and every Lazada write, crash-safe, in one SQLite file.

Implements ``JournalPort`` (the workflow's write side) and ``JournalQueryPort`` (History,
Stats, CSV export, retention).

Durability. The file is in WAL mode with ``synchronous=NORMAL``: a commit is durable against a
crash or SIGKILL of the station the moment ``execute`` returns (the WAL frame is in the OS
page cache, which outlives the process), and the database can never be corrupted by a power
cut — at worst the last few *scans* before one are lost. Intents are different: an intent
that vanished while its Pack reached Lazada is exactly the "packed twice" the journal exists
to prevent, so ``begin`` and ``finish`` commit with ``synchronous=FULL`` (an fsync of the WAL)
before returning. That costs a few milliseconds next to a network call of hundreds, and keeps
``record_scan`` — on every keystroke burst of the scanner — well under a millisecond.

Threading. The app calls the journal from the qasync loop thread only; every public method
still takes one lock, so a worker thread (an export, say) cannot interleave a transaction.
There is one connection per ``SqliteJournal``, which is this station's only writer.
"""

from __future__ import annotations

import csv
import heapq
import json
import sqlite3
import statistics
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from os import PathLike
from pathlib import Path
from typing import Any

from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import (
    Clock,
    HourCount,
    Intent,
    JournalEntry,
    JournalPort,
    JournalQueryPort,
    OrderHistory,
    PackerStats,
)
from lazpack.errors import ConfigError, StorageError
from lazpack.log import get_logger, redact
from lazpack.storage import schema

log = get_logger("storage")

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
#: Scan results that count as a packer's mistake in the wrong-scan rate.
WRONG_SCANS = frozenset({"wrong_item", "over_scan", "unknown"})
#: Scan results that are an attempt to verify an item (the denominator of that rate).
ITEM_SCANS = WRONG_SCANS | {"ok", "manual"}
#: Intents that ``open_intents`` hands to the reconciler.
_OPEN = "outcome IS NULL OR outcome = 'unknown'"
_BUSY_TIMEOUT_MS = 5000
_CSV_FIELDS = (
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


def format_ts(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("journal timestamps must be timezone-aware")
    return dt.astimezone(UTC).strftime(_TS_FORMAT)


def parse_ts(text: str) -> datetime:
    # fromisoformat reads the trailing Z (3.11+) and is ~30x faster than strptime.
    return datetime.fromisoformat(text)


def intent_applied(outcome: str | None, detail: str) -> bool:
    """Whether a finished intent's write took effect at Lazada."""
    if outcome in ("ok", "partial"):
        return True
    return outcome == "reconciled" and detail.startswith("applied")


@dataclass(frozen=True, slots=True)
class OpenNotice:
    """Something the packer must be told after opening (a corrupt journal was set aside)."""

    message: str
    moved_to: Path


class SqliteJournal:
    """``JournalPort`` + ``JournalQueryPort`` on one SQLite file (see module docstring)."""

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        station_id: str,
        clock: Clock | None = None,
        busy_timeout_ms: int = _BUSY_TIMEOUT_MS,
    ) -> None:
        if not station_id:
            raise ConfigError("A station id is required to open the journal.")
        self.path = Path(path)
        self.station_id = station_id
        self._clock: Clock = clock or SystemClock()
        # How long a write waits for another station sharing the file before giving up.
        self._busy_timeout_ms = busy_timeout_ms
        self._lock = threading.RLock()
        #: Set when a corrupt journal was renamed aside and a new one started.
        self.notice: OpenNotice | None = None
        self._read_only = False
        self._conn = self._open()

    # ------------------------------------------------------------------ open/close
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StorageError(
                f"The journal folder {self.path.parent} cannot be created: {err.strerror}."
            ) from err
        try:
            return self._connect_checked()
        except _Corrupt as corrupt:
            moved = self._set_aside()
            message = (
                f"The journal {self.path.name} was damaged ({corrupt}); it was kept as "
                f"{moved.name} and a new journal was started. Past history is in that file."
            )
            log.error("%s", message)
            self.notice = OpenNotice(message, moved)
            try:
                return self._connect_checked()
            except _Corrupt as again:
                raise StorageError(
                    f"A new journal could not be created at {self.path}: {again}."
                ) from again

    def _connect_checked(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                self.path,
                isolation_level=None,  # explicit BEGIN/COMMIT only
                check_same_thread=False,  # guarded by self._lock
                timeout=self._busy_timeout_ms / 1000,
            )
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            # Only takes effect on a brand-new file, and only before WAL writes its header.
            conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(
                    f"The journal {self.path} cannot use write-ahead logging (mode {mode}).",
                    hint="Keep the data folder on a local disk, not a network share.",
                )
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            # WAL is truncated back to this size after checkpoints.
            conn.execute("PRAGMA journal_size_limit = 8388608")
            check = conn.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise _Corrupt("; ".join(str(r[0]) for r in check[:3]))
            schema.migrate(conn)
            return conn
        except sqlite3.DatabaseError as err:
            if conn is not None:
                conn.close()
            if _is_locked(err):
                raise _locked_error(self.path, err) from err
            if isinstance(err, sqlite3.OperationalError) and not _is_corruption(err):
                raise StorageError(f"The journal {self.path} cannot be opened: {err}.") from err
            raise _Corrupt(str(err)) from err
        except BaseException:
            if conn is not None:
                conn.close()
            raise

    def _set_aside(self) -> Path:
        stamp = self._clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            self.path.replace(target)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    side.replace(target.with_name(target.name + suffix))
        except OSError as err:
            raise StorageError(
                f"The journal {self.path} is damaged and cannot be moved aside: {err.strerror}.",
                hint="Move the file away by hand, then start lazpack again.",
            ) from err
        return target

    def close(self) -> None:
        with self._lock:
            try:
                if not self._read_only:  # optimize may write statistics
                    self._conn.execute("PRAGMA optimize")
                self._conn.close()
            except sqlite3.Error as err:
                log.warning("closing the journal: %s", err)

    def open_reader(self) -> SqliteJournal:
        """A second, read-only connection on this file, for one worker thread.

        History, Stats and CSV export on a big journal take from tens of milliseconds to
        seconds. Run through this connection off the GUI thread they never hold this
        journal's lock, so scans keep being recorded meanwhile (WAL: readers never block the
        writer). No integrity check, migration or set-aside: this journal already did them.
        """
        reader = SqliteJournal.__new__(SqliteJournal)
        reader.path = self.path
        reader.station_id = self.station_id
        reader._clock = self._clock
        reader._busy_timeout_ms = self._busy_timeout_ms
        reader._lock = threading.RLock()
        reader.notice = None
        reader._read_only = True
        with self._errors():
            conn = sqlite3.connect(
                self.path,
                isolation_level=None,
                check_same_thread=False,  # opened by whoever, used by the worker thread only
                timeout=self._busy_timeout_ms / 1000,
            )
            conn.execute("PRAGMA query_only = ON")
        reader._conn = conn
        return reader

    def __enter__(self) -> SqliteJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._lock, self._errors():
            return schema.user_version(self._conn)

    # ------------------------------------------------------------------ helpers
    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as err:
            if _is_locked(err):
                raise _locked_error(self.path, err) from err
            raise StorageError(
                f"The journal {self.path.name} could not be written: {err}."
            ) from err

    @contextmanager
    def _tx(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``durable`` fsyncs the WAL on commit (see module doc)."""
        with self._lock, self._errors():
            conn = self._conn
            if durable:
                conn.execute("PRAGMA synchronous = FULL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if durable:
                    conn.execute("PRAGMA synchronous = NORMAL")

    def _now(self) -> str:
        return format_ts(self._clock.now())

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
        # A single INSERT in autocommit is its own transaction: one WAL append, no fsync.
        with self._lock, self._errors():
            self._conn.execute(
                "INSERT INTO scans(ts, station_id, shop_id, order_id, code, sku, result, packer,"
                " detail) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    self._now(),
                    self.station_id,
                    shop_id,
                    order_id,
                    _clean(code),
                    sku,
                    result,
                    packer,
                    _clean(detail),
                ),
            )

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
        with self._tx(durable=True) as conn:
            cur = conn.execute(
                "INSERT INTO intents(station_id, action, shop_id, order_ids, item_ids,"
                " package_ids, packer, detail, started_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    self.station_id,
                    action,
                    shop_id,
                    json.dumps(orders),
                    json.dumps([int(i) for i in item_ids]),
                    json.dumps(list(dict.fromkeys(package_ids))),
                    packer,
                    _clean(detail),
                    self._now(),
                ),
            )
            intent_id = cur.lastrowid
            assert intent_id is not None
            conn.executemany(
                "INSERT OR IGNORE INTO intent_orders(intent_id, order_id) VALUES (?,?)",
                [(intent_id, o) for o in orders],
            )
            if package_ids and orders and len(orders) == 1:
                self._add_refs(conn, shop_id, orders[0], "package", package_ids)
        return intent_id

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
        with self._tx(durable=True) as conn:
            row = conn.execute(
                "SELECT shop_id, order_ids, package_ids, request_ids FROM intents WHERE id = ?",
                (intent_id,),
            ).fetchone()
            if row is None:
                raise StorageError(f"The journal has no intent {intent_id} to finish.")
            shop_id, orders_json, pkgs_json, reqs_json = row
            pkgs = list(dict.fromkeys([*json.loads(pkgs_json), *package_ids]))
            reqs = list(dict.fromkeys([*json.loads(reqs_json), *request_ids]))
            conn.execute(
                "UPDATE intents SET outcome = ?, result = ?, package_ids = ?, request_ids = ?,"
                " duration_ms = COALESCE(?, duration_ms), finished_at = ? WHERE id = ?",
                (
                    outcome,
                    _clean(detail),
                    json.dumps(pkgs),
                    json.dumps(reqs),
                    duration_ms,
                    self._now(),
                    intent_id,
                ),
            )
            orders = json.loads(orders_json)
            if package_ids and len(orders) == 1:
                self._add_refs(conn, shop_id, int(orders[0]), "package", package_ids)

    def open_intents(self) -> list[Intent]:
        with self._lock, self._errors():
            rows = self._conn.execute(
                "SELECT id, action, shop_id, order_ids, item_ids, package_ids, packer,"
                f" started_at, outcome FROM intents WHERE station_id = ? AND ({_OPEN})"
                " ORDER BY id",
                (self.station_id,),
            ).fetchall()
        return [
            Intent(
                intent_id=r[0],
                action=r[1],
                shop_id=r[2],
                order_ids=tuple(json.loads(r[3])),
                item_ids=tuple(json.loads(r[4])),
                package_ids=tuple(json.loads(r[5])),
                packer=r[6],
                started_at=parse_ts(r[7]),
                outcome=r[8],
            )
            for r in rows
        ]

    def record_event(
        self, *, shop_id: str, order_id: int | None, event: str, packer: str = "", detail: str = ""
    ) -> None:
        with self._lock, self._errors():
            self._conn.execute(
                "INSERT INTO events(ts, station_id, shop_id, order_id, event, packer, detail)"
                " VALUES (?,?,?,?,?,?,?)",
                (self._now(), self.station_id, shop_id, order_id, event, packer, _clean(detail)),
            )

    def save_session(self, state: Mapping[str, object] | None) -> None:
        if state is None:
            with self._tx() as conn:
                conn.execute("DELETE FROM session WHERE station_id = ?", (self.station_id,))
            return
        try:
            text = json.dumps(dict(state), ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as err:
            raise StorageError(
                f"The packing session cannot be saved: {err}.",
                hint="This is a bug in lazpack; the order is still open at Lazada.",
            ) from err
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO session(station_id, state, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(station_id) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at",
                (self.station_id, text, self._now()),
            )

    def load_session(self) -> dict[str, object] | None:
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT state FROM session WHERE station_id = ?", (self.station_id,)
            ).fetchone()
        if row is None:
            return None
        try:
            state = json.loads(row[0])
        except ValueError:
            log.error("the saved packing session is unreadable; starting without it")
            return None
        return state if isinstance(state, dict) else None

    def link_alias(self, *, shop_id: str, barcode: str, sku: str, packer: str = "") -> None:
        barcode = barcode.strip()
        if not barcode or not sku:
            raise StorageError("A barcode alias needs both a barcode and a SKU.")
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO aliases(shop_id, barcode, sku, packer, created_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(shop_id, barcode) DO UPDATE SET sku = excluded.sku,"
                " packer = excluded.packer, created_at = excluded.created_at",
                (shop_id, _clean(barcode), sku, packer, self._now()),
            )

    def aliases(self, shop_id: str) -> dict[str, str]:
        with self._lock, self._errors():
            rows = self._conn.execute(
                "SELECT barcode, sku FROM aliases WHERE shop_id = ?", (shop_id,)
            ).fetchall()
        return {str(b): str(s) for b, s in rows}

    def unlink_alias(self, *, shop_id: str, barcode: str) -> bool:
        with self._tx() as conn:
            cur = conn.execute(
                "DELETE FROM aliases WHERE shop_id = ? AND barcode = ?", (shop_id, barcode)
            )
        return cur.rowcount > 0

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
        with self._tx() as conn:
            if order_number is not None and str(order_number) != str(order_id):
                self._add_refs(conn, shop_id, order_id, "order_number", [str(order_number)])
            self._add_refs(conn, shop_id, order_id, "package", package_ids)
            self._add_refs(conn, shop_id, order_id, "tracking", tracking_numbers)
            self._add_refs(conn, shop_id, order_id, "sku", skus)

    def _add_refs(
        self,
        conn: sqlite3.Connection,
        shop_id: str,
        order_id: int,
        kind: str,
        values: Sequence[str],
    ) -> None:
        ts = self._now()
        conn.executemany(
            "INSERT OR IGNORE INTO refs(kind, value, shop_id, order_id, ts) VALUES (?,?,?,?,?)",
            [(kind, v, shop_id, order_id, ts) for v in dict.fromkeys(values) if v],
        )

    # ------------------------------------------------------------------ labels
    def record_label(
        self, *, shop_id: str, order_id: int | None, package_id: str, voided: bool = False
    ) -> int:
        """Count a printed label (or void it); returns how many times it has been printed."""
        now = self._now()
        with self._tx() as conn:
            if voided:
                conn.execute(
                    "INSERT INTO labels(package_id, shop_id, order_id, voided, updated_at)"
                    " VALUES (?,?,?,1,?) ON CONFLICT(package_id) DO UPDATE SET voided = 1,"
                    " updated_at = excluded.updated_at",
                    (package_id, shop_id, order_id, now),
                )
            else:
                conn.execute(
                    "INSERT INTO labels(package_id, shop_id, order_id, printed, last_printed_at,"
                    " updated_at) VALUES (?,?,?,1,?,?) ON CONFLICT(package_id) DO UPDATE SET"
                    " printed = printed + 1, last_printed_at = excluded.last_printed_at,"
                    " updated_at = excluded.updated_at",
                    (package_id, shop_id, order_id, now, now),
                )
            row = conn.execute(
                "SELECT printed FROM labels WHERE package_id = ?", (package_id,)
            ).fetchone()
        return int(row[0])

    def label_info(self, package_id: str) -> tuple[int, bool] | None:
        """(times printed, voided) for a package's label, or None if never printed."""
        with self._lock, self._errors():
            row = self._conn.execute(
                "SELECT printed, voided FROM labels WHERE package_id = ?", (package_id,)
            ).fetchone()
        return None if row is None else (int(row[0]), bool(row[1]))

    # ------------------------------------------------------------------ queries
    def _candidates(self, query: str) -> set[int]:
        """Order ids a search text points at: order id/number, package, tracking, SKU, code."""
        q = query.strip()
        found: set[int] = set()
        if q.isdigit():
            found.add(int(q))
        conn = self._conn
        # Exact hits use the indexes; the substring match on refs catches partial numbers.
        for sql, params in (
            ("SELECT order_id FROM refs WHERE value = ?", (q,)),
            ("SELECT order_id FROM refs WHERE value LIKE ? ESCAPE '\\'", (f"%{_like_escape(q)}%",)),
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
            params.append(packer)
        if shop_id:
            where += " AND shop_id = ?"
            params.append(shop_id)
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
        with self._lock, self._errors():
            conn = self._conn
            if query.strip():
                candidates = sorted(self._candidates(query))
                last: dict[int, str] = {}
                for chunk in _chunks(candidates, 400):
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
        with self._lock, self._errors():
            refs = self._conn.execute(
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
                if e.what in ITEM_SCANS:
                    scans += 1
                    wrong += e.what in WRONG_SCANS
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

    def _timeline(self, order_id: int) -> list[_Entry]:
        with self._lock, self._errors():
            conn = self._conn
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
        out: list[_Entry] = []
        for ts, result, shop, oid, packer, station, code, sku, detail in scans:
            out.append(
                _Entry(parse_ts(ts), "scan", result, shop, oid, packer, station, code=code,
                       sku=sku, detail=detail)
            )  # fmt: skip
        for ts, event, shop, oid, packer, station, detail in events:
            out.append(
                _Entry(parse_ts(ts), "event", event, shop, oid, packer, station, detail=detail)
            )
        for r in intents:
            started, action, shop, packer, station, outcome = r[:6]
            item_ids, pkgs, reqs, duration, finished, detail, result, iid = r[6:]
            text = " / ".join(p for p in (detail, result) if p)
            out.append(
                _Entry(
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
                writer.writerow(_CSV_FIELDS)
                for order_id in orders:
                    for e in self.timeline(order_id):
                        if since is not None and e.ts < since:
                            continue
                        if until is not None and e.ts >= until:
                            continue
                        writer.writerow(_csv_row(e))
                        rows += 1
            tmp.replace(target)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise StorageError(
                f"The history could not be exported to {target}: {err.strerror}.",
                hint="Choose another folder or free some disk space.",
            ) from err
        return rows

    # ------------------------------------------------------------------ stats
    def stats(
        self,
        *,
        day: date | None = None,
        packer: str = "",
        since: date | None = None,
        until: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[PackerStats]:
        """Per packer and local day: orders/items (packed), scans, wrong scans, order time.

        An order counts for the packer and the hour of its first successful Pack. Its time
        is from its first scan or event to the end of its last applied Pack or RTS.
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
        with self._lock, self._errors():
            conn = self._conn
            intents = conn.execute(
                "SELECT i.id, i.action, i.packer, i.started_at, i.finished_at, i.outcome,"
                " i.result, i.item_ids, io.order_id FROM intents i"
                " JOIN intent_orders io ON io.intent_id = i.id"
                " WHERE i.action IN ('pack', 'rts')" + cond.format(ts="i.started_at"),
                params,
            ).fetchall()
            scans = conn.execute(
                "SELECT ts, packer, result FROM scans WHERE 1=1" + cond.format(ts="ts"),
                params,
            ).fetchall()
            first_seen: dict[int, str] = {}
            order_ids = sorted({int(r[8]) for r in intents})
            for chunk in _chunks(order_ids, 500):
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

        # order -> (packer, pack time, items, end of work)
        packed: dict[int, tuple[str, datetime, int, datetime]] = {}
        ends: dict[int, datetime] = {}
        for _iid, action, who, started, finished, outcome, result, items, oid in sorted(intents):
            if not intent_applied(outcome, result or ""):
                continue
            end = local(finished or started)
            ends[oid] = max(ends.get(oid, end), end)
            if action == "pack" and oid not in packed:
                n_items = len(json.loads(items)) if items else 0
                packed[oid] = (who, local(started), n_items, end)

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
        for ts, who, result in scans:
            if result not in ITEM_SCANS or (packer and who.casefold() != packer.casefold()):
                continue
            a = agg[(local(ts).date(), who)]
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
                    median_order_seconds=statistics.median(a["durations"])
                    if a["durations"]
                    else None,
                )
            )
        return out

    # ------------------------------------------------------------------ retention
    def prune(self, retention_days: int) -> int:
        if retention_days < 1:
            raise ConfigError(
                f"Journal retention must be at least 1 day (got {retention_days}).",
                hint="Set journal_retention_days in the settings.",
            )
        cutoff = format_ts(self._clock.now() - timedelta(days=retention_days))
        with self._tx() as conn:
            deleted = conn.execute("DELETE FROM scans WHERE ts < ?", (cutoff,)).rowcount
            deleted += conn.execute("DELETE FROM events WHERE ts < ?", (cutoff,)).rowcount
            # An open or unknown intent is kept whatever its age: it is what stops a second
            # Pack, and only reconciliation may close it.
            deleted += conn.execute(
                f"DELETE FROM intents WHERE started_at < ? AND NOT ({_OPEN})",
                (cutoff,),
            ).rowcount
            deleted += conn.execute("DELETE FROM refs WHERE ts < ?", (cutoff,)).rowcount
            deleted += conn.execute("DELETE FROM labels WHERE updated_at < ?", (cutoff,)).rowcount
        if deleted:
            with self._lock, self._errors():
                # Each step of incremental_vacuum is a result row: fetch them all to finish.
                self._conn.execute("PRAGMA incremental_vacuum").fetchall()
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            log.info("journal retention: %d old rows removed", deleted)
        return deleted

    def counts(self) -> dict[str, int]:
        """Rows per table (diagnostics, the soak test's cross-check)."""
        with self._lock, self._errors():
            return {
                t: int(self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("scans", "intents", "events", "refs", "aliases", "labels")
            }

    def applied_writes(self, action: str) -> Counter[int]:
        """order_id -> how many ``action`` writes took effect at Lazada (ok, partial, or
        reconciled as applied), over every station. The soak test's "exactly once" check."""
        counts: Counter[int] = Counter()
        with self._lock, self._errors():
            rows = self._conn.execute(
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
        sql = (
            "SELECT id, action, shop_id, order_ids, item_ids, package_ids, packer, started_at,"
            " outcome, result FROM intents"
        )
        params: list[Any] = []
        if action is not None:
            sql += " WHERE action = ?"
            params.append(action)
        with self._lock, self._errors():
            rows = self._conn.execute(sql + " ORDER BY id", params).fetchall()
        return [
            (
                Intent(
                    intent_id=r[0],
                    action=r[1],
                    shop_id=r[2],
                    order_ids=tuple(json.loads(r[3])),
                    item_ids=tuple(json.loads(r[4])),
                    package_ids=tuple(json.loads(r[5])),
                    packer=r[6],
                    started_at=parse_ts(r[7]),
                    outcome=r[8],
                ),
                str(r[9]),
            )
            for r in rows
        ]


# ---------------------------------------------------------------------- internals
def _conforms(journal: SqliteJournal) -> tuple[JournalPort, JournalQueryPort]:
    """mypy proves here that the journal still satisfies both ports."""
    return journal, journal


class _Corrupt(Exception):
    pass


@dataclass(slots=True)
class _Entry:
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


def _clean(text: str) -> str:
    """Free text is redacted before it is stored: the journal must never hold a secret."""
    return redact(text) if text else text


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _csv_row(e: JournalEntry) -> list[object]:
    return [
        e.ts.isoformat(),
        e.kind,
        e.what,
        e.shop_id,
        "" if e.order_id is None else e.order_id,
        e.packer,
        e.station_id,
        _csv_safe(e.code),
        e.sku,
        e.outcome,
        " ".join(map(str, e.item_ids)),
        " ".join(e.package_ids),
        " ".join(e.request_ids),
        "" if e.duration_ms is None else round(e.duration_ms, 1),
        e.finished_at.isoformat() if e.finished_at else "",
        _csv_safe(redact(e.detail)),
    ]


def _csv_safe(text: str) -> str:
    """A scanned code starting with = + - @ would run as a formula when opened in Excel."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def _is_locked(err: sqlite3.DatabaseError) -> bool:
    text = str(err).lower()
    return "locked" in text or "busy" in text


def _is_corruption(err: sqlite3.DatabaseError) -> bool:
    text = str(err).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _locked_error(path: Path, err: sqlite3.DatabaseError) -> StorageError:
    return StorageError(
        f"The journal {path.name} is locked by another program ({err}).",
        hint="Close the other lazpack window or tool using this data folder and try again.",
    )
