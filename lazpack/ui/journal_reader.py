"""The journal's query worker shared by the History and Stats tabs.

``JournalReader`` runs journal queries one at a time on a worker thread, through a
second, read-only connection (``SqliteJournal.open_reader``), and hands each answer back
on the GUI thread: a year-long search or export never stalls the window nor the scan
path writing meanwhile. ``local_zone`` is the time zone both tabs count days in.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QObject,
    Signal,
)

from lazpack.domain.ports import JournalReadPort
from lazpack.errors import LazpackError
from lazpack.log import get_logger

log = get_logger("ui.history")

T = TypeVar("T")


def local_zone() -> tzinfo:
    """The station's time zone: days in History and Stats are the packer's local days."""
    return datetime.now().astimezone().tzinfo or UTC


# ---------------------------------------------------------------------- worker
class ReaderPort(JournalReadPort, Protocol):
    """What the worker thread reads through: the query port plus a way to let go of it."""

    def close(self) -> None: ...


class JournalReader(QObject):
    """Runs journal queries one at a time on a worker thread; answers arrive on the GUI thread.

    ``open_reader`` opens the connection the worker reads through (``SqliteJournal.open_reader``:
    its own read-only connection, so a long query never holds the writer's lock). Without it
    the worker reads through ``journal`` itself, which is thread-safe but serialised with
    the scans being written.
    """

    _answered = Signal(int, object, object)  # ticket, result, error

    def __init__(
        self,
        journal: JournalReadPort,
        *,
        open_reader: Callable[[], ReaderPort] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._open_reader = open_reader
        self._conn: JournalReadPort | None = None  # touched by the worker thread only
        self._own_conn: ReaderPort | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-reader")
        self._tickets = itertools.count(1)
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[LazpackError], None]]] = {}
        self._closed = False
        # Emitted from the worker thread; Qt queues it to this object's (the GUI) thread.
        self._answered.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def submit(
        self,
        query: Callable[[JournalReadPort], T],
        on_done: Callable[[T], None],
        on_error: Callable[[LazpackError], None],
    ) -> int:
        """Run ``query(journal)`` on the worker; ``on_done``/``on_error`` run on the GUI thread.

        A known error (``LazpackError``: journal locked, disk full) goes to ``on_error``;
        anything else is a bug and is re-raised on the GUI thread for the crash reporter.
        """
        if self._closed:
            raise RuntimeError("the journal reader is closed")
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_done, on_error)
        self._pool.submit(self._run, ticket, query)
        return ticket

    def _connection(self) -> JournalReadPort:
        if self._conn is None:
            if self._open_reader is not None:
                self._own_conn = self._open_reader()
                self._conn = self._own_conn
            else:
                self._conn = self._journal
        return self._conn

    def _run(self, ticket: int, query: Callable[[JournalReadPort], Any]) -> None:
        try:
            result = query(self._connection())
        except Exception as err:  # noqa: BLE001 - the GUI thread decides (see submit)
            self._emit(ticket, None, err)
            return
        self._emit(ticket, result, None)

    def _emit(self, ticket: int, result: object, error: object) -> None:
        try:
            self._answered.emit(ticket, result, error)
        except RuntimeError:
            # The widgets (and this QObject) are gone: nobody is waiting for the answer.
            log.debug("journal answer %d dropped: reader deleted", ticket)

    def _deliver(self, ticket: int, result: object, error: object) -> None:
        callbacks = self._waiting.pop(ticket, None)
        if callbacks is None:
            return
        on_done, on_error = callbacks
        if isinstance(error, LazpackError):
            log.warning("journal query failed: %s", error)
            on_error(error)
        elif isinstance(error, BaseException):
            raise error
        else:
            on_done(result)

    def close(self) -> None:
        """Finish the query in flight, close the worker's connection, stop the thread."""
        if self._closed:
            return
        self._closed = True
        self._waiting.clear()

        def close_conn() -> None:
            if self._own_conn is not None:
                self._own_conn.close()

        self._pool.submit(close_conn)
        self._pool.shutdown(wait=True)
