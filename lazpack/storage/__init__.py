"""SQLite-backed storage: the station's journal, split by port (see ``journal``)."""

from lazpack.storage.journal import SqliteJournal, SqliteJournalReader

__all__ = ["SqliteJournal", "SqliteJournalReader"]
