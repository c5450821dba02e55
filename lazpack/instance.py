"""One station per data folder: an OS file lock taken before anything else is opened. Qt-free.

The lock is an advisory OS lock (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows) on
``station.lock`` in the data folder. The OS drops it when the process ends, however it ends,
so a lock file left behind by a crash or a power cut is simply taken over: the file's
presence means nothing, only a live lock does. The file also records who holds it (pid,
host, start time) so the second start can say where the running station is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

LOCK_NAME = "station.lock"
#: Windows locks a byte range; the owner record is written before it, where readers may read.
_WIN_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True, slots=True)
class Owner:
    pid: int
    host: str
    started: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, started {self.started}"


class AlreadyRunning(Exception):
    """Another live process holds the data folder's lock."""

    def __init__(self, folder: Path, owner: Owner | None) -> None:
        self.folder = folder
        self.owner = owner
        who = f" ({owner.describe()})" if owner else ""
        super().__init__(f"A lazpack station is already running on the data folder {folder}{who}.")


class FolderNotLockable(OSError):
    """The OS cannot lock the data folder's lock file at all (no one else holds it): e.g. a
    network folder without lock support (NFS answers ENOLCK). Not "already running"."""

    def __init__(self, folder: Path, err: OSError) -> None:
        why = err.strerror or str(err)
        # strerror is what the launcher's "cannot use the data folder X: ..." message shows.
        super().__init__(
            err.errno,
            f"it cannot be locked ({why}); a network folder may not support locks, "
            "so choose a folder on this PC",
        )
        self.folder = folder
        self.reason = why

    def __str__(self) -> str:
        return (
            f"lazpack cannot lock the data folder {self.folder} ({self.reason}); a network "
            "folder may not support locks, so choose a folder on this PC."
        )


#: The errors with which the lock call says another process holds the lock (flock:
#: EWOULDBLOCK = EAGAIN; msvcrt.locking: EACCES or EDEADLK). Any other error is no answer.
_HELD = frozenset({errno.EACCES, errno.EAGAIN, errno.EDEADLK})


def server_name(folder: Path) -> str:
    """The local-socket name the running station listens on (short: Unix paths are ≤ 104)."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"lazpack-{digest}"


class StationLock:
    """``acquire()`` or raise ``AlreadyRunning``; held until ``release()`` or process end."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()
        self.path = self.folder / LOCK_NAME
        self._file: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the station
        try:
            _lock(f)
        except OSError as err:
            f.close()
            if err.errno in _HELD:
                raise AlreadyRunning(self.folder, read_owner(self.path)) from None
            raise FolderNotLockable(self.folder, err) from err
        self._file = f
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        f.seek(0)
        f.truncate(0)
        f.write(json.dumps(record).encode("utf-8"))
        f.flush()

    def release(self) -> None:
        f, self._file = self._file, None
        if f is None:
            return
        with contextlib.suppress(OSError):
            _unlock(f)
        f.close()

    def __enter__(self) -> StationLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_owner(path: Path) -> Owner | None:
    """Who holds the lock, as the holder wrote it; None when unreadable (never raises)."""
    try:
        with open(path, "rb") as f:
            raw: Any = json.loads(f.read(4096).decode("utf-8"))
        return Owner(int(raw["pid"]), str(raw["host"]), str(raw["started"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


if sys.platform == "win32":
    import msvcrt

    def _lock(f: IO[bytes]) -> None:
        f.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(f: IO[bytes]) -> None:
        f.seek(_WIN_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)
