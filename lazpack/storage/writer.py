# ruff: noqa: S608 - SQL here is built only from constant fragments; every value is bound.
"""The journal's write side: ``JournalPort`` (and retention) on the station's one writer.

Durability. The file is in WAL mode with ``synchronous=NORMAL``: a commit is durable against a
crash or SIGKILL of the station the moment ``execute`` returns (the WAL frame is in the OS
page cache, which outlives the process), and the database can never be corrupted by a power
cut — at worst the last few *scans* before one are lost. Intents are different: an intent
that vanished while its Pack reached Lazada is exactly the "packed twice" the journal exists
to prevent, so ``begin`` and ``finish`` commit with ``synchronous=FULL`` (an fsync of the WAL)
before returning. That costs a few milliseconds next to a network call of hundreds, and keeps
``record_scan`` — on every keystroke burst of the scanner — well under a millisecond.

Text. Every string is made storable (``rows.clean_text``: a lone surrogate from a scanner or
a server becomes U+FFFD) and free text is redacted, so no input can make a write raise
anything but a ``StorageError``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import timedelta
from os import PathLike
from pathlib import Path

from lazpack.domain.clock import SystemClock
from lazpack.domain.ports import Clock, Intent, JournalMaintenancePort, JournalPort
from lazpack.errors import ConfigError, StorageError
from lazpack.log import get_logger
from lazpack.storage import connection, schema
from lazpack.storage.connection import OpenNotice
from lazpack.storage.rows import (
    INTENT_COLUMNS,
    OPEN_INTENTS,
    clean_all,
    clean_detail,
    clean_text,
    format_ts,
    intent_from_row,
)

log = get_logger("storage")


class SqliteJournalWriter:
    """``JournalPort`` + ``JournalMaintenancePort`` on one SQLite file (module docstring).

    Opening it checks the file and may set a damaged one aside (``notice`` then says so);
    see ``lazpack.storage.connection``.
    """

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        station_id: str,
        clock: Clock | None = None,
        busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS,
    ) -> None:
        if not station_id:
            raise ConfigError("A station id is required to open the journal.")
        self.path = Path(path)
        self.station_id = station_id
        self.clock: Clock = clock or SystemClock()
        # How long a write waits for another station sharing the file before giving up.
        self.busy_timeout_ms = busy_timeout_ms
        self.db, notice = connection.open_writer(
            self.path, clock=self.clock, busy_timeout_ms=busy_timeout_ms
        )
        #: Set when a corrupt journal was renamed aside and a new one started.
        self.notice: OpenNotice | None = notice

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqliteJournalWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.db.reading() as conn:
            return schema.user_version(conn)

    def _now(self) -> str:
        return format_ts(self.clock.now())

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
        with self.db.reading() as conn:
            conn.execute(
                "INSERT INTO scans(ts, station_id, shop_id, order_id, code, sku, result, packer,"
                " detail) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    self._now(),
                    self.station_id,
                    clean_text(shop_id),
                    order_id,
                    clean_detail(code),
                    clean_text(sku),
                    clean_text(result),
                    clean_text(packer),
                    clean_detail(detail),
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
        shop_id = clean_text(shop_id)
        packages = [clean_text(p) for p in dict.fromkeys(package_ids)]
        with self.db.transaction(durable=True) as conn:
            cur = conn.execute(
                "INSERT INTO intents(station_id, action, shop_id, order_ids, item_ids,"
                " package_ids, packer, detail, started_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    self.station_id,
                    clean_text(action),
                    shop_id,
                    json.dumps(orders),
                    json.dumps([int(i) for i in item_ids]),
                    json.dumps(packages),
                    clean_text(packer),
                    clean_detail(detail),
                    self._now(),
                ),
            )
            intent_id = cur.lastrowid
            assert intent_id is not None
            conn.executemany(
                "INSERT OR IGNORE INTO intent_orders(intent_id, order_id) VALUES (?,?)",
                [(intent_id, o) for o in orders],
            )
            if packages and orders and len(orders) == 1:
                self._add_refs(conn, shop_id, orders[0], "package", packages)
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
        new_packages = [clean_text(p) for p in package_ids]
        with self.db.transaction(durable=True) as conn:
            row = conn.execute(
                "SELECT shop_id, order_ids, package_ids, request_ids FROM intents WHERE id = ?",
                (intent_id,),
            ).fetchone()
            if row is None:
                raise StorageError(f"The journal has no intent {intent_id} to finish.")
            shop_id, orders_json, pkgs_json, reqs_json = row
            pkgs = list(dict.fromkeys([*json.loads(pkgs_json), *new_packages]))
            reqs = list(dict.fromkeys([*json.loads(reqs_json), *map(clean_text, request_ids)]))
            conn.execute(
                "UPDATE intents SET outcome = ?, result = ?, package_ids = ?, request_ids = ?,"
                " duration_ms = COALESCE(?, duration_ms), finished_at = ? WHERE id = ?",
                (
                    clean_text(outcome),
                    clean_detail(detail),
                    json.dumps(pkgs),
                    json.dumps(reqs),
                    duration_ms,
                    self._now(),
                    intent_id,
                ),
            )
            orders = json.loads(orders_json)
            if new_packages and len(orders) == 1:
                self._add_refs(conn, shop_id, int(orders[0]), "package", new_packages)

    def open_intents(self) -> list[Intent]:
        with self.db.reading() as conn:
            rows = conn.execute(
                f"SELECT {INTENT_COLUMNS} FROM intents WHERE station_id = ? AND ({OPEN_INTENTS})"
                " ORDER BY id",
                (self.station_id,),
            ).fetchall()
        return [intent_from_row(r) for r in rows]

    def record_event(
        self, *, shop_id: str, order_id: int | None, event: str, packer: str = "", detail: str = ""
    ) -> None:
        with self.db.reading() as conn:
            conn.execute(
                "INSERT INTO events(ts, station_id, shop_id, order_id, event, packer, detail)"
                " VALUES (?,?,?,?,?,?,?)",
                (
                    self._now(),
                    self.station_id,
                    clean_text(shop_id),
                    order_id,
                    clean_text(event),
                    clean_text(packer),
                    clean_detail(detail),
                ),
            )

    def save_session(self, state: Mapping[str, object] | None) -> None:
        if state is None:
            with self.db.transaction() as conn:
                conn.execute("DELETE FROM session WHERE station_id = ?", (self.station_id,))
            return
        try:
            text = json.dumps(dict(state), ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as err:
            raise StorageError(
                f"The packing session cannot be saved: {err}.",
                hint="This is a bug in lazpack; the order is still open at Lazada.",
            ) from err
        # A SKU from the server may carry a lone surrogate: the session is kept, with U+FFFD.
        text = clean_text(text)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO session(station_id, state, updated_at) VALUES (?,?,?)"
                " ON CONFLICT(station_id) DO UPDATE SET state = excluded.state,"
                " updated_at = excluded.updated_at",
                (self.station_id, text, self._now()),
            )

    def load_session(self) -> dict[str, object] | None:
        with self.db.reading() as conn:
            row = conn.execute(
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
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO aliases(shop_id, barcode, sku, packer, created_at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(shop_id, barcode) DO UPDATE SET sku = excluded.sku,"
                " packer = excluded.packer, created_at = excluded.created_at",
                (
                    clean_text(shop_id),
                    clean_detail(barcode),
                    clean_text(sku),
                    clean_text(packer),
                    self._now(),
                ),
            )

    def aliases(self, shop_id: str) -> dict[str, str]:
        with self.db.reading() as conn:
            rows = conn.execute(
                "SELECT barcode, sku FROM aliases WHERE shop_id = ?", (clean_text(shop_id),)
            ).fetchall()
        return {str(b): str(s) for b, s in rows}

    def unlink_alias(self, *, shop_id: str, barcode: str) -> bool:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM aliases WHERE shop_id = ? AND barcode = ?",
                (clean_text(shop_id), clean_text(barcode)),
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
        shop_id = clean_text(shop_id)
        with self.db.transaction() as conn:
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
            [(kind, v, shop_id, order_id, ts) for v in clean_all(values)],
        )

    # ------------------------------------------------------------------ labels
    def record_label(
        self, *, shop_id: str, order_id: int | None, package_id: str, voided: bool = False
    ) -> int:
        """Count a printed label (or void it); returns how many times it has been printed."""
        now = self._now()
        shop_id, package_id = clean_text(shop_id), clean_text(package_id)
        with self.db.transaction() as conn:
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
        with self.db.reading() as conn:
            row = conn.execute(
                "SELECT printed, voided FROM labels WHERE package_id = ?",
                (clean_text(package_id),),
            ).fetchone()
        return None if row is None else (int(row[0]), bool(row[1]))

    # ------------------------------------------------------------------ retention
    def prune(self, retention_days: int) -> int:
        """Delete finished records older than ``retention_days``; returns rows deleted.

        A write, so it lives here on the writer and not on the read-only query side."""
        if retention_days < 1:
            raise ConfigError(
                f"Journal retention must be at least 1 day (got {retention_days}).",
                hint="Set journal_retention_days in the settings.",
            )
        cutoff = format_ts(self.clock.now() - timedelta(days=retention_days))
        with self.db.transaction() as conn:
            deleted = conn.execute("DELETE FROM scans WHERE ts < ?", (cutoff,)).rowcount
            deleted += conn.execute("DELETE FROM events WHERE ts < ?", (cutoff,)).rowcount
            # An open or unknown intent is kept whatever its age: it is what stops a second
            # Pack, and only reconciliation may close it.
            deleted += conn.execute(
                f"DELETE FROM intents WHERE started_at < ? AND NOT ({OPEN_INTENTS})",
                (cutoff,),
            ).rowcount
            deleted += conn.execute("DELETE FROM refs WHERE ts < ?", (cutoff,)).rowcount
            deleted += conn.execute("DELETE FROM labels WHERE updated_at < ?", (cutoff,)).rowcount
        if deleted:
            with self.db.reading() as conn:
                # Each step of incremental_vacuum is a result row: fetch them all to finish.
                conn.execute("PRAGMA incremental_vacuum").fetchall()
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            log.info("journal retention: %d old rows removed", deleted)
        return deleted


def _conforms(writer: SqliteJournalWriter) -> tuple[JournalPort, JournalMaintenancePort]:
    """mypy proves here that the writer still satisfies its ports."""
    return writer, writer
