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

from os import PathLike
from pathlib import Path

from lazpack.domain.ports import JournalReadPort
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


class JournalReads(SqliteJournalQueries, SqliteJournalStats):
    """The read ports (``JournalReadPort``): the query side and the stats side, both on
    ``self.db``; shared by ``SqliteJournalReader`` and ``SqliteJournal``."""


class SqliteJournalReader(JournalReads):
    """``JournalReadPort`` on its own read-only connection (one worker thread).

    History, Stats and CSV export on a big journal take from tens of milliseconds to
    seconds. Run through this connection off the GUI thread they never hold the writer's
    lock, so scans keep being recorded meanwhile (WAL: readers never block the writer).
    """

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.path = db.path

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
    Stats pages read through ``open_reader()`` instead. The read side uses the connection
    the writer opened (``self.db``).
    """

    def open_reader(self) -> SqliteJournalReader:
        """A second, read-only connection on this file, for one worker thread."""
        return SqliteJournalReader.open(self.path, busy_timeout_ms=self.busy_timeout_ms)

    def __enter__(self) -> SqliteJournal:
        return self


def _conforms(journal: SqliteJournal, reader: SqliteJournalReader) -> list[JournalReadPort]:
    """mypy proves here that both objects satisfy the read ports (the writer's are proved
    in ``writer``)."""
    return [journal, reader]
