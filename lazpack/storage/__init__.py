"""SQLite-backed storage: the station's journal (``SqliteJournal``)."""

from lazpack.storage.journal import SqliteJournal

__all__ = ["SqliteJournal"]
