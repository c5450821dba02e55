"""Packing clips on disk: the folder, a clip's final name, retention.

Qt-free; the recorder (``lazpack.ui.video``) writes the file, this module names, lists and
deletes files. Every failure is returned or raised as a ``KnownError`` with the folder in
the message: a NAS share that went away must never stop packing.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from lazpack.domain.video import (
    CLIP_SUFFIX,
    StoredClip,
    clips_to_delete,
    parse_clip_name,
)
from lazpack.errors import KnownError
from lazpack.log import get_logger

log = get_logger("video.files")


class VideoFolderError(KnownError):
    """The clips' folder cannot be made or written."""


def prepare_folder(folder: Path) -> Path:
    """Make the folder (a first start, a NAS share's subfolder); raise if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise VideoFolderError(
            f"The video folder {folder} cannot be made: {err.strerror or err}",
            hint="Choose another folder in Settings → Packing video, or check the share.",
        ) from err
    if not folder.is_dir():
        raise VideoFolderError(
            f"The video folder {folder} is not a folder.",
            hint="Choose another folder in Settings → Packing video.",
        )
    return folder


def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2.mkv``, ``-3``… when a clip of that name exists (two
    attempts at one order in the same second)."""
    path = folder / name
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{Path(name).stem}-{n}{CLIP_SUFFIX}"
    return path


def finish_clip(path: Path, final_name: str) -> Path:
    """Rename a finished clip to its final name (the tracking number became known while
    it was recorded). A clip that cannot be renamed keeps its order-only name: it is
    logged, never lost."""
    if path.name == final_name:
        return path
    target = free_path(path.parent, final_name)
    try:
        path.replace(target)
    except OSError as err:
        log.warning("clip %s kept its name: cannot rename to %s (%s)", path, target.name, err)
        return path
    return target


def list_clips(folder: Path) -> list[StoredClip]:
    """The clips in the folder (only files named like clips; nothing else is touched)."""
    out: list[StoredClip] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return out
    except OSError as err:
        raise VideoFolderError(
            f"The video folder {folder} cannot be read: {err.strerror or err}",
            hint="Check the folder or the share in Settings → Packing video.",
        ) from err
    for p in entries:
        if parse_clip_name(p.name) is None:
            continue
        try:
            st = p.stat()
        except OSError:
            continue  # deleted meanwhile
        if not p.is_file():
            continue
        out.append(StoredClip(p.name, st.st_size, datetime.fromtimestamp(st.st_mtime)))
    return out


@dataclass(slots=True)
class RetentionReport:
    deleted: list[str] = field(default_factory=list)
    freed_bytes: int = 0
    problems: list[str] = field(default_factory=list)
    #: bytes free on the folder's disk after the run (-1: unknown)
    free_bytes: int = -1


def apply_retention(
    folder: Path,
    *,
    now: datetime,
    retention_days: int,
    budget_mb: int,
    keep: Iterable[str] = (),
) -> RetentionReport:
    """Delete what :func:`~lazpack.domain.video.clips_to_delete` chooses, oldest first."""
    report = RetentionReport()
    doomed = clips_to_delete(
        list_clips(folder),
        now=now,
        retention_days=retention_days,
        budget_bytes=budget_mb * 1024 * 1024,
        keep=keep,
    )
    for clip in doomed:
        try:
            (folder / clip.name).unlink()
        except FileNotFoundError:
            continue
        except OSError as err:
            report.problems.append(f"{clip.name}: {err.strerror or err}")
            continue
        report.deleted.append(clip.name)
        report.freed_bytes += clip.size
    if report.deleted:
        log.info("video retention deleted %d clip(s) in %s", len(report.deleted), folder)
    try:
        report.free_bytes = shutil.disk_usage(folder).free
    except OSError:
        report.free_bytes = -1
    return report


def clip_sha256(path: Path) -> str:
    """The clip's SHA-256 (hex): printed on the evidence page, so the file can be shown
    to be the one the station wrote."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_evidence(folder: Path, clip: Path, pdf: bytes) -> Path:
    """``folder/<clip name>_evidence/`` with a copy of the clip and ``summary.pdf``; the
    folder made for this export (an existing one is never written into)."""
    target = folder / f"{clip.stem}_evidence"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{clip.stem}_evidence-{n}"
    try:
        target.mkdir(parents=True)
        shutil.copy2(clip, target / clip.name)
        (target / "summary.pdf").write_bytes(pdf)
    except OSError as err:
        raise VideoFolderError(
            f"The evidence could not be written to {target}: {err.strerror or err}",
            hint="Choose another folder (a USB stick or the desktop) and export again.",
        ) from err
    return target
