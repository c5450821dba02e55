"""The PostgreSQL backend of the journal ports, for a warehouse of stations (design.md §9).

``PgJournal``/``PgJournalReader`` mirror ``SqliteJournal``/``SqliteJournalReader``;
``claims``, ``leader`` and ``vault`` are what several stations must agree on. Everything runs
on one database thread (``runner``); see there for why.
"""

from lazpack.storage.pg.journal import PgJournal, PgJournalReader
from lazpack.storage.pg.runner import PgRunner, safe_dsn

__all__ = ["PgJournal", "PgJournalReader", "PgRunner", "safe_dsn"]
