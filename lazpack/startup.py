"""What the packer is told when the station cannot start (Qt-free).

Every start-up failure — a journal from a newer lazpack, a folder where a file belongs, a
read-only or full disk, a journal another station holds, settings that cannot be read or
set aside — becomes one :class:`StartupFailure`: a title, what happened and what to do.
``lazpack.app`` shows it in a window (and on the console); nothing on disk is changed by
the failure itself. The texts pass through the same redaction as the logs.
"""

from __future__ import annotations

import errno
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from lazpack.errors import (
    ConfigError,
    DiskFullError,
    JournalLockedError,
    JournalTooNewError,
    KnownError,
    StorageError,
)
from lazpack.log import redact


@dataclass(frozen=True, slots=True)
class StartupFailure:
    title: str
    message: str
    remedy: str

    def text(self) -> str:
        return f"{self.message}\n\n{self.remedy}" if self.remedy else self.message

    def print(self, stream: TextIO | None = None) -> None:
        out = stream if stream is not None else sys.stderr
        print(f"lazpack cannot start: {self.title}\n{self.text()}", file=out)


def _os_remedy(err: OSError) -> str:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return "Free some space on that disk, then start lazpack again."
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            "lazpack needs to write in its folders: check their permissions (or that the disk "
            "is not read-only), or start it with --data-dir pointing at a writable folder."
        )
    if err.errno in (errno.EEXIST, errno.ENOTDIR, errno.EISDIR):
        return (
            "A file or folder is in the way of lazpack's own folders: move it away, or start "
            "lazpack with --data-dir pointing at another folder."
        )
    return "Check the disk and the folder's permissions, then start lazpack again."


def describe(err: BaseException) -> StartupFailure:
    """The message a packer gets for ``err`` raised while the station starts."""
    if isinstance(err, JournalTooNewError):
        title = "The journal is from a newer lazpack"
    elif isinstance(err, JournalLockedError):
        title = "The journal is in use"
    elif isinstance(err, DiskFullError):
        title = "The disk is full"
    elif isinstance(err, StorageError):
        title = "The journal cannot be opened"
    elif isinstance(err, ConfigError):
        title = "The settings cannot be used"
    elif isinstance(err, KnownError):
        title = "lazpack cannot start"
    elif isinstance(err, OSError):
        where = f" ({err.filename})" if err.filename else ""
        reason = err.strerror or type(err).__name__
        return StartupFailure(
            "A folder lazpack needs cannot be used",
            redact(f"{reason}{where}."),
            _os_remedy(err),
        )
    else:
        return StartupFailure(
            "Internal error",
            redact(f"{type(err).__name__}: {err}"),
            "Nothing was changed. Send the log file to support.",
        )
    assert isinstance(err, KnownError)
    remedy = err.hint or "Nothing was changed. Fix the cause, then start lazpack again."
    return StartupFailure(title, redact(err.user_message), redact(remedy))


def log_dir_usable(path: Path) -> bool:
    """Whether log files can be written in ``path`` (else the station logs to the console)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / "lazpack.log"
        with probe.open("a", encoding="utf-8"):
            pass
    except OSError:
        return False
    return True
