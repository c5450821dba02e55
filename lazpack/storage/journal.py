"""The station's journal: every scan and every Lazada write, crash-safe, in one SQLite file.

The SQLite backend of the journal ports (``lazpack.domain.ports``), split by port:

* ``connection`` — opening the file: WAL, the read-only integrity check, setting a damaged
  file aside byte for byte, migrations by ``user_version`` (``schema``), error translation;
* ``writer`` — ``SqliteJournalWriter``: ``JournalPort`` and retention (``prune``);
* ``queries`` — ``SqliteJournalQueries``: ``JournalQueryPort`` (History, timeline, CSV export);
* ``stats`` — ``SqliteJournalStats``: ``JournalStatsPort``.

This module composes them. ``SqliteJournal`` is what the station opens: the writer, which
can also answer queries on its own connection (tests, the soak check, a reader-less caller).
``SqliteJournal.open_reader()`` gives the History/Stats worker thread a
``SqliteJournalReader``: its own read-only connection, with queries and stats and no method
that writes. A second backend (PostgreSQL) provides the same two objects.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, tzinfo
from os import PathLike
from pathlib import Path

from lazpack.domain.ports import (
    Clock,
    Intent,
    JournalEntry,
    JournalReadPort,
    OrderHistory,
    PackerStats,
)
from lazpack.storage import connection
from lazpack.storage.connection import Database, OpenNotice
from lazpack.storage.queries import SqliteJournalQueries
from lazpack.storage.rows import (
    ITEM_SCANS,
    WRONG_SCANS,
    format_ts,
    intent_applied,
    parse_ts,
)
from lazpack.storage.stats import SqliteJournalStats
from lazpack.storage.writer import SqliteJournalWriter

__all__ = [
    "ITEM_SCANS",
    "WRONG_SCANS",
    "JournalReads",
    "OpenNotice",
    "SqliteJournal",
    "SqliteJournalReader",
    "format_ts",
    "intent_applied",
    "parse_ts",
]


class JournalReads:
    """The read ports (``JournalReadPort``) by delegation to ``queries`` and ``statistics``:
    one implementation each, shared by ``SqliteJournalReader`` and ``SqliteJournal``."""

    queries: SqliteJournalQueries
    statistics: SqliteJournalStats

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
        return self.queries.history(
            query=query, packer=packer, shop_id=shop_id, since=since, until=until, limit=limit
        )

    def timeline(self, order_id: int) -> list[JournalEntry]:
        return self.queries.timeline(order_id)

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
        return self.queries.export_csv(
            path, query=query, packer=packer, shop_id=shop_id, since=since, until=until
        )

    def intents(self, *, action: str | None = None) -> list[tuple[Intent, str]]:
        return self.queries.intents(action=action)

    def applied_writes(self, action: str) -> Counter[int]:
        return self.queries.applied_writes(action)

    def counts(self) -> dict[str, int]:
        return self.queries.counts()

    def stats(
        self,
        *,
        day: date | None = None,
        packer: str = "",
        since: date | None = None,
        until: date | None = None,
        tz: tzinfo | None = None,
    ) -> list[PackerStats]:
        return self.statistics.stats(day=day, packer=packer, since=since, until=until, tz=tz)


class SqliteJournalReader(JournalReads):
    """``JournalReadPort`` on its own read-only connection (one worker thread).

    History, Stats and CSV export on a big journal take from tens of milliseconds to
    seconds. Run through this connection off the GUI thread they never hold the writer's
    lock, so scans keep being recorded meanwhile (WAL: readers never block the writer).
    """

    def __init__(self, db: Database) -> None:
        self.path = db.path
        self.db = db
        self.queries = SqliteJournalQueries(db)
        self.statistics = SqliteJournalStats(db)

    @classmethod
    def open(
        cls, path: str | PathLike[str], *, busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS
    ) -> SqliteJournalReader:
        """Open a reader on a journal a writer already opened (no check, no migration)."""
        return cls(connection.open_reader(Path(path), busy_timeout_ms=busy_timeout_ms))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SqliteJournalReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SqliteJournal(SqliteJournalWriter, JournalReads):
    """The station's journal: the writer, plus the read ports on the writer's connection.

    Reading through the writer is serialised with the scans being written; the History and
    Stats pages read through ``open_reader()`` instead.
    """

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        station_id: str,
        clock: Clock | None = None,
        busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS,
    ) -> None:
        super().__init__(path, station_id=station_id, clock=clock, busy_timeout_ms=busy_timeout_ms)
        self.queries = SqliteJournalQueries(self.db)
        self.statistics = SqliteJournalStats(self.db)

    def open_reader(self) -> SqliteJournalReader:
        """A second, read-only connection on this file, for one worker thread."""
        return SqliteJournalReader.open(self.path, busy_timeout_ms=self.busy_timeout_ms)

    def __enter__(self) -> SqliteJournal:
        return self


def _conforms(journal: SqliteJournal, reader: SqliteJournalReader) -> list[JournalReadPort]:
    """mypy proves here that both objects satisfy the read ports (the writer's are proved
    in ``writer``)."""
    return [journal, reader]
