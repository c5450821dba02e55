"""Clips on disk: final names, retention on a real folder (only clips are ever touched)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lazpack.services.video_files import (
    VideoFolderError,
    apply_retention,
    finish_clip,
    free_path,
    list_clips,
    prepare_folder,
)

NOW = datetime(2026, 11, 30, 12, 0, 0)
MB = 1024 * 1024


def put(folder: Path, name: str, *, days_old: float, mb: float) -> Path:
    p = folder / name
    p.write_bytes(b"\0" * int(mb * MB))
    t = (NOW - timedelta(days=days_old)).timestamp()
    os.utime(p, (t, t))
    return p


def test_retention_deletes_old_and_over_budget_clips_oldest_first(tmp_path: Path) -> None:
    put(tmp_path, "301_20260901-100000.mkv", days_old=90, mb=1)
    put(tmp_path, "T1_302_20261120-100000.mkv", days_old=10, mb=2)
    put(tmp_path, "T2_303_20261125-100000.mkv", days_old=5, mb=2)
    put(tmp_path, "304_20261129-100000.mkv", days_old=1, mb=2)
    put(tmp_path, "notes.txt", days_old=400, mb=1)  # not a clip: never touched
    report = apply_retention(tmp_path, now=NOW, retention_days=60, budget_mb=5, keep=())
    assert report.deleted == ["301_20260901-100000.mkv", "T1_302_20261120-100000.mkv"]
    assert report.freed_bytes == 3 * MB and report.problems == [] and report.free_bytes > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "304_20261129-100000.mkv",
        "T2_303_20261125-100000.mkv",
        "notes.txt",
    ]


def test_retention_keeps_the_clip_being_recorded(tmp_path: Path) -> None:
    put(tmp_path, "301_20260901-100000.mkv", days_old=90, mb=1)
    report = apply_retention(
        tmp_path, now=NOW, retention_days=1, budget_mb=0, keep=["301_20260901-100000.mkv"]
    )
    assert report.deleted == [] and len(list_clips(tmp_path)) == 1


def test_finish_clip_renames_to_the_tracking_name_without_overwriting(tmp_path: Path) -> None:
    first = put(tmp_path, "301_20261130-100000.mkv", days_old=0, mb=0.01)
    done = finish_clip(first, "T9_301_20261130-100000.mkv")
    assert done == tmp_path / "T9_301_20261130-100000.mkv" and done.exists()
    again = put(tmp_path, "301_20261130-100000.mkv", days_old=0, mb=0.01)
    second = finish_clip(again, "T9_301_20261130-100000.mkv")
    assert second.name == "T9_301_20261130-100000-2.mkv"
    assert free_path(tmp_path, "T9_301_20261130-100000.mkv").name == (
        "T9_301_20261130-100000-3.mkv"
    )


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(VideoFolderError) as err:
        prepare_folder(blocker / "videos")
    assert str(blocker / "videos") in err.value.user_message
    assert list_clips(tmp_path / "missing") == []
