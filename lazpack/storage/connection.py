"""Opening the journal's SQLite file: WAL, the integrity check, set-aside, migrations.

``open_writer`` is the one way the station opens its journal for writing:

1. the place is checked first — a folder in the journal's way, a data folder that cannot be
   created or is read-only — and refused with ``JournalUnavailableError`` naming the remedy;
2. an existing file is checked READ-ONLY (``quick_check`` and its schema version) before
   anything writes to it, so a journal from a newer lazpack, or one locked by another
   program, is refused with the file untouched, and a damaged one is renamed aside exactly
   as it was (byte for byte, with its ``-wal``) before a new one is started;
3. only then is it opened for writing: WAL, ``synchronous=NORMAL``, migrations by
   ``PRAGMA user_version`` (``schema.migrate``). If that fails on a file this call created
   (a full disk, say) the file is removed again: a failed open leaves the disk as it was.

The writer's WAL is copied into the file by a ``Checkpointer`` thread, not inside a commit
on the GUI thread (see there).

``open_reader`` opens a second, read-only (``query_only``) connection on a journal the writer
already checked. ``Database`` is one connection with its lock: ``reading()`` and
``transaction()`` translate SQLite errors into lazpack's (``translate_errors``).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from lazpack.domain.ports import Clock
from lazpack.errors import (
    DiskFullError,
    JournalLockedError,
    JournalUnavailableError,
    StorageError,
)
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.storage import schema

log = get_logger("storage")

BUSY_TIMEOUT_MS = 5000
_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class OpenNotice:
    """Something the packer must be told after opening (a corrupt journal was set aside)."""

    message: str
    moved_to: Path


class Database:
    """One SQLite connection of the journal and the lock that serialises its users.

    The app calls the journal from the qasync loop thread only; every access still takes
    the lock, so a worker thread cannot interleave a transaction.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        checkpointer: Checkpointer | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.lock = threading.RLock()
        #: copies the WAL into the file off this connection's thread (writers only)
        self.checkpointer = checkpointer

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, under the lock, with SQLite errors as lazpack errors (a write in
        autocommit here, ``record_scan``'s, is its own transaction)."""
        with self.lock, translate_errors(self.path):
            changes = self.conn.total_changes
            yield self.conn
            if self.conn.total_changes != changes:
                self._after_commit()

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; ``durable`` fsyncs the WAL on commit (see ``writer``)."""
        with self.lock, translate_errors(self.path):
            conn = self.conn
            if durable:
                conn.execute("PRAGMA synchronous = FULL")
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    # SQLite may already have rolled back (SQLITE_FULL, say): a second
                    # ROLLBACK would hide the real error behind "no transaction is active".
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                if durable:
                    conn.execute("PRAGMA synchronous = NORMAL")
            self._after_commit()

    def _after_commit(self) -> None:
        checkpointer = self.checkpointer
        if checkpointer is None:
            return
        if checkpointer.failed:
            # Its thread could not checkpoint: SQLite's own (in the commit) is back on, so
            # the WAL cannot grow without bound.
            log.warning("journal checkpoints run in the commits again")
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {SQLITE_AUTOCHECKPOINT_PAGES}")
            self.checkpointer = None
            checkpointer.close()
            return
        checkpointer.committed()

    def close(self) -> None:
        if self.checkpointer is not None:
            # First: the writer, closing last, then checkpoints what is left and removes the WAL.
            self.checkpointer.close()
            self.checkpointer = None
        with self.lock:
            try:
                if not self.read_only:  # optimize may write statistics
                    self.conn.execute("PRAGMA optimize")
                self.conn.close()
            except sqlite3.Error as err:
                log.warning("closing the journal: %s", err)


#: SQLite's default ``wal_autocheckpoint``, restored if the checkpointer thread fails.
SQLITE_AUTOCHECKPOINT_PAGES = 1000


class Checkpointer:
    """Copies the writer's WAL into the journal file from a thread of its own.

    By default SQLite checkpoints inside the commit that takes the WAL past 1,000 pages, on
    the committing thread — the station's GUI thread, in the middle of a scan — and the
    checkpoint fsyncs the database file: 10-25 ms measured here (more on a slow disk), once
    in every ~100 scans, which made the scan → painted p99. Here the writer's automatic
    checkpoint is off (``open_writer``) and this thread, on its own connection, runs a
    PASSIVE checkpoint (it never waits for a lock and never holds up a writer) ``delay_s``
    after commits, gathering the commits of that time into one. ``sqlite3`` releases the GIL
    while it works. If a checkpoint fails, ``failed`` is set and the writer turns SQLite's
    own back on at its next commit (``Database._after_commit``).
    """

    def __init__(self, path: Path, *, busy_timeout_ms: int, delay_s: float = 1.0) -> None:
        self.delay_s = delay_s
        self.failed = False
        #: PASSIVE checkpoints run, for tests and diagnostics
        self.runs = 0
        self._conn = sqlite3.connect(
            path,
            isolation_level=None,
            check_same_thread=False,  # opened here, used by the thread only
            timeout=busy_timeout_ms / 1000,
        )
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """A commit went into the WAL: checkpoint it soon."""
        self._wake.set()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._wake.wait()
                if self._stopping.wait(self.delay_s):
                    return
                self._wake.clear()
                started = time.monotonic()
                busy, wal_pages, done = self._conn.execute(
                    "PRAGMA wal_checkpoint(PASSIVE)"
                ).fetchone()
                self.runs += 1
                log.debug(
                    "journal checkpoint: %s of %s WAL pages in %.1f ms%s",
                    done,
                    wal_pages,
                    (time.monotonic() - started) * 1000,
                    " (busy)" if busy else "",
                )
        except sqlite3.Error as err:
            log.warning("journal checkpoint failed (%s); the writer checkpoints again", err)
            self.failed = True
        finally:
            self._conn.close()

    def close(self) -> None:
        """Stop the thread (a checkpoint under way finishes first) and close its connection."""
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout=10)


# ---------------------------------------------------------------------- errors
@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """SQLite errors (and text SQLite cannot encode) as ``StorageError`` subclasses."""
    try:
        yield
    except sqlite3.DatabaseError as err:
        raise storage_error(path, err) from err
    except UnicodeEncodeError as err:
        # rows.clean_text keeps this from happening; should a path miss it, the packer
        # still gets a storage error, never a crash.
        raise StorageError(
            arg(
                translate(
                    "JournalConnection",
                    "The journal %1 could not store a text with an invalid character.",
                ),
                path.name,
            ),
            hint=translate("JournalConnection", "Scan again; report it if it keeps happening."),
        ) from err


def storage_error(path: Path, err: sqlite3.DatabaseError) -> StorageError:
    """The lazpack error for an SQLite error on ``path`` (by SQLite's error code)."""
    name = getattr(err, "sqlite_errorname", "") or ""
    text = str(err).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return JournalLockedError(
            arg(
                translate("JournalConnection", "The journal %1 is locked by another program (%2)."),
                path.name,
                err,
            ),
            hint=translate(
                "JournalConnection",
                "Close the other lazpack window or tool using this data folder and try again.",
            ),
        )
    if name == "SQLITE_FULL" or "disk is full" in text:
        return DiskFullError(
            arg(translate("JournalConnection", "The disk holding the journal %1 is full."), path)
        )
    if name.startswith("SQLITE_READONLY"):
        return JournalUnavailableError(
            arg(translate("JournalConnection", "The journal %1 is read-only."), path),
            hint=translate("JournalConnection", _READ_ONLY_HINT),
        )
    if name.startswith("SQLITE_IOERR"):
        return StorageError(
            arg(
                translate("JournalConnection", "The journal %1 could not be written to disk (%2)."),
                path,
                err,
            ),
            hint=translate(
                "JournalConnection",
                "Check free disk space and that the disk is still connected, then try again.",
            ),
        )
    return StorageError(
        arg(
            translate("JournalConnection", "The journal %1 could not be written: %2."),
            path.name,
            err,
        )
    )


def is_corruption(err: sqlite3.DatabaseError) -> bool:
    name = getattr(err, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return True
    text = str(err).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


_READ_ONLY_HINT = QT_TRANSLATE_NOOP(
    "JournalConnection",
    "Give this user write access to the data folder, or start lazpack with another --data-dir.",
)


class CorruptJournal(Exception):
    """The integrity check failed (internal to opening; never leaves ``open_writer``)."""


# ---------------------------------------------------------------------- opening
def open_writer(
    path: Path, *, clock: Clock, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> tuple[Database, OpenNotice | None]:
    """The station's writing connection on ``path`` (see the module docstring)."""
    check_place(path)
    notice: OpenNotice | None = None
    try:
        check_existing(path, busy_timeout_ms)
    except CorruptJournal as corrupt:
        log.error("journal %s failed its integrity check: %s", path, corrupt)
        moved = set_aside(path, clock)
        message = arg(
            translate(
                "JournalConnection", "The damaged journal was kept as %1 and a new one was started."
            ),
            moved,
        )
        log.error("%s", message)
        notice = OpenNotice(message, moved)
    created = not path.exists()
    try:
        conn = connect_writer(path, busy_timeout_ms)
    except BaseException:
        if created:
            for p in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
                p.unlink(missing_ok=True)
        raise
    checkpointer: Checkpointer | None = None
    try:
        checkpointer = Checkpointer(path, busy_timeout_ms=busy_timeout_ms)
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # the checkpointer's job now
    except sqlite3.Error as err:  # then SQLite checkpoints in the commits, as by default
        log.warning("journal checkpoints stay in the commits: %s", err)
        if checkpointer is not None:
            checkpointer.close()
            checkpointer = None
    return Database(conn, path, read_only=False, checkpointer=checkpointer), notice


def open_reader(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """A read-only connection on a journal a writer already opened (and checked)."""
    with translate_errors(path):
        conn = sqlite3.connect(
            path,
            isolation_level=None,
            check_same_thread=False,  # opened by whoever, used by one worker thread only
            timeout=busy_timeout_ms / 1000,
        )
        conn.execute("PRAGMA query_only = ON")
    return Database(conn, path, read_only=True)


def check_place(path: Path) -> None:
    """Refuse, before touching anything, a place the journal cannot live in."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise JournalUnavailableError(
            arg(
                translate("JournalConnection", "The journal folder %1 cannot be created: %2."),
                folder,
                err.strerror,
            ),
            hint=translate(
                "JournalConnection",
                "Move the file in the way, or start lazpack with another --data-dir.",
            ),
        ) from err
    if path.is_dir():
        raise JournalUnavailableError(
            arg(
                translate(
                    "JournalConnection",
                    "The journal %1 cannot be opened: a folder of that name is in the way.",
                ),
                path,
            ),
            hint=translate(
                "JournalConnection",
                "Move or rename that folder, or start lazpack with another --data-dir.",
            ),
        )
    writable = os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    if not writable:
        raise JournalUnavailableError(
            arg(
                translate(
                    "JournalConnection",
                    "The journal %1 cannot be written: the data folder is read-only.",
                ),
                path,
            ),
            hint=translate("JournalConnection", _READ_ONLY_HINT),
        )


def check_existing(path: Path, busy_timeout_ms: int) -> None:
    """Integrity and schema version of an existing journal, read without writing to it.

    Raises ``CorruptJournal`` (set it aside), ``JournalTooNewError`` or a locked/unreadable
    ``StorageError`` — in every case the file is as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.with_name(path.name + "-journal").exists():
        # A rollback-mode file with a hot journal (restored from a backup, then a crash):
        # only a writing connection may roll it back, so SQLite checks it while opening.
        log.warning("journal %s has a hot rollback journal; opening it to roll back", path)
        return
    # No -wal: read the file as it is (``immutable``: no lock, no -shm, nothing created).
    # With a -wal (a crash, or another station using it): a read-only connection, which
    # reads the WAL too and never checkpoints it into the file.
    has_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_wal else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{mode}"
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=busy_timeout_ms / 1000)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        check = conn.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise CorruptJournal("; ".join(str(r[0]) for r in check[:3]))
        schema.refuse_newer(schema.user_version(conn), path)
    except sqlite3.DatabaseError as err:
        if is_corruption(err):
            raise CorruptJournal(str(err)) from err
        raise cannot_open(path, err) from err
    finally:
        if conn is not None:
            conn.close()


def cannot_open(path: Path, err: sqlite3.DatabaseError) -> StorageError:
    translated = storage_error(path, err)
    io_error = (getattr(err, "sqlite_errorname", "") or "").startswith("SQLITE_IOERR")
    if type(translated) is StorageError and not io_error:
        return JournalUnavailableError(
            arg(translate("JournalConnection", "The journal %1 cannot be opened: %2."), path, err)
        )
    return translated


def connect_writer(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            path,
            isolation_level=None,  # explicit BEGIN/COMMIT only
            check_same_thread=False,  # guarded by Database.lock
            timeout=busy_timeout_ms / 1000,
        )
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        # Only takes effect on a brand-new file, and only before WAL writes its header.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JournalUnavailableError(
                arg(
                    translate(
                        "JournalConnection",
                        "The journal %1 cannot use write-ahead logging (mode %2).",
                    ),
                    path,
                    mode,
                ),
                hint=translate(
                    "JournalConnection",
                    "Keep the data folder on a local disk, not a network share.",
                ),
            )
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # WAL is truncated back to this size after checkpoints.
        conn.execute("PRAGMA journal_size_limit = 8388608")
        schema.migrate(conn, path=path)
        return conn
    except sqlite3.DatabaseError as err:
        if conn is not None:
            conn.close()
        raise cannot_open(path, err) from err
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def set_aside(path: Path, clock: Clock) -> Path:
    """Rename a damaged journal (and its -wal/-shm) aside, unchanged; returns its new path."""
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.replace(target)
        for suffix in _SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
    except OSError as err:
        raise JournalUnavailableError(
            arg(
                translate(
                    "JournalConnection", "The journal %1 is damaged and cannot be moved aside: %2."
                ),
                path,
                err.strerror,
            ),
            hint=translate(
                "JournalConnection", "Move the file away by hand, then start lazpack again."
            ),
        ) from err
    return target
