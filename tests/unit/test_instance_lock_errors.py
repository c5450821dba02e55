"""Only "the lock is held" means another station runs; any other error of the lock call
(ENOLCK on an NFS folder without lock support) says the folder cannot be locked."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import IO

import pytest

from lazpack import instance, launcher
from lazpack.instance import AlreadyRunning, FolderNotLockable, StationLock


def _failing_lock(code: int) -> object:
    def lock(_f: IO[bytes]) -> None:
        raise OSError(code, "No locks available" if code == errno.ENOLCK else "held")

    return lock


@pytest.mark.parametrize("code", [errno.EACCES, errno.EAGAIN, errno.EDEADLK])
def test_a_held_lock_means_already_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(instance, "_lock", _failing_lock(code))
    with pytest.raises(AlreadyRunning, match="already running"):
        StationLock(tmp_path).acquire()


@pytest.mark.parametrize("code", [errno.ENOLCK, errno.EINVAL, errno.EBADF])
def test_another_lock_error_says_the_folder_cannot_be_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    monkeypatch.setattr(instance, "_lock", _failing_lock(code))
    lock = StationLock(tmp_path)
    with pytest.raises(FolderNotLockable) as info:
        lock.acquire()
    assert not isinstance(info.value, AlreadyRunning)
    assert info.value.errno == code
    assert str(info.value).startswith(f"lazpack cannot lock the data folder {lock.folder} (")
    assert not lock.held


def test_the_launcher_says_the_folder_cannot_be_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(instance, "_lock", _failing_lock(errno.ENOLCK))
    monkeypatch.setattr(launcher, "missing_xcb_packages", list)
    code = launcher.main(["--data-dir", str(tmp_path / "nfs")])
    err = capsys.readouterr().err
    assert code == launcher.EXIT_DATA_FOLDER
    assert "cannot be locked (No locks available)" in err
    assert "already running" not in err
