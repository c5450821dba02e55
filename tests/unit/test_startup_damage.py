"""Issue 13, case 5 (and 2 at start): every start-up failure is a message with its
remedy, never a traceback, and nothing on disk is changed by it."""

from __future__ import annotations

import hashlib
import io
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from lazpack.app import main
from lazpack.config import Paths
from lazpack.errors import DiskFullError, JournalLockedError
from lazpack.startup import StartupFailure, describe
from lazpack.ui.error_dialogs import show_settings_problems


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """``main()`` sets up logging (handlers, the httpx level): undo it for later tests."""
    names = ("lazpack", "httpx", "httpcore", "uvicorn", "asyncio", "qasync")
    saved = {
        n: (logging.getLogger(n).level, list(logging.getLogger(n).handlers),
            list(logging.getLogger(n).filters))
        for n in names
    }  # fmt: skip
    yield
    for n, (level, handlers, filters) in saved.items():
        lg = logging.getLogger(n)
        for h in lg.handlers:
            if h not in handlers:
                lg.removeHandler(h)
                if isinstance(h, logging.FileHandler):
                    h.close()
        lg.filters[:] = filters
        lg.setLevel(level)


def _tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (except logs) with its hash; folders marked."""
    out: dict[str, str] = {}
    for p in sorted(root.rglob("*")):
        rel = str(p.relative_to(root))
        if rel.startswith("logs"):
            continue
        out[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _run(tmp_path: Path) -> list[StartupFailure]:
    seen: list[StartupFailure] = []
    code = main(["--data-dir", str(tmp_path)], report_failure=seen.append)
    assert code == 2
    assert len(seen) == 1
    return seen


def test_a_journal_from_a_newer_lazpack_is_a_message_and_stays_unchanged(
    tmp_path: Path, qapp: QApplication
) -> None:
    paths = Paths.for_data_dir(tmp_path)
    paths.ensure()
    con = sqlite3.connect(paths.journal_file)
    con.execute("CREATE TABLE future(x)")
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    before = _tree(tmp_path)
    (failure,) = _run(tmp_path)
    assert "newer" in failure.title
    assert "Update lazpack" in failure.text()
    assert _tree(tmp_path) == before


def test_a_folder_where_the_journal_belongs_is_a_message(
    tmp_path: Path, qapp: QApplication
) -> None:
    paths = Paths.for_data_dir(tmp_path)
    paths.ensure()
    paths.journal_file.mkdir()
    (paths.journal_file / "keep.txt").write_text("mine")
    before = _tree(tmp_path)
    (failure,) = _run(tmp_path)
    assert "folder" in failure.text()
    assert _tree(tmp_path) == before


def test_a_file_where_the_data_folder_belongs_is_a_message(tmp_path: Path) -> None:
    (tmp_path / "data").write_bytes(b"not a folder")
    before = _tree(tmp_path)
    (failure,) = _run(tmp_path)
    assert "--data-dir" in failure.remedy
    assert _tree(tmp_path) == before


def test_a_folder_where_the_settings_file_belongs_is_a_message(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path)
    paths.ensure()
    paths.settings_file.mkdir()
    before = _tree(tmp_path)
    (failure,) = _run(tmp_path)
    assert failure.title == "The settings cannot be used"
    assert "Move that folder away" in failure.remedy
    assert _tree(tmp_path) == before


@pytest.mark.parametrize(
    ("err", "title"),
    [
        (DiskFullError("The disk is full; the journal could not be written."), "full"),
        (JournalLockedError("Another lazpack holds the journal."), "in use"),
        (OSError(30, "Read-only file system", "/data"), "cannot be used"),
        (OSError(28, "No space left on device", "/data"), "cannot be used"),
    ],
)
def test_every_start_up_failure_has_a_title_and_a_remedy(err: Exception, title: str) -> None:
    failure = describe(err)
    assert title in failure.title
    assert failure.remedy
    out = io.StringIO()
    failure.print(out)
    assert "Traceback" not in out.getvalue() and failure.remedy in out.getvalue()


def test_a_secret_in_a_start_up_message_is_redacted() -> None:
    failure = describe(OSError(13, "Permission denied", "/x?access_token=abcdef123456&sign=F00D"))
    assert "abcdef123456" not in failure.text() and "F00D" not in failure.text()


def test_settings_problems_are_shown_in_a_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    show_settings_problems(parent, ["settings.json: sync_interval_s is not a whole number"])
    box = parent.findChild(QMessageBox, "settingsProblemsBox")
    assert box is not None and box.isVisible()
    assert "sync_interval_s" in box.informativeText()
    box.close()


def test_the_warehouse_saved_in_settings_is_used_at_start_without_showing_its_password(
    tmp_path: Path, qapp: QApplication, memory_keyring: object
) -> None:
    """Settings → Warehouse saved an address (password in the keyring): the next start opens
    the journal there — here a server that is down, so start-up says which one, and never
    shows the password."""
    import json
    import socket

    from lazpack.credentials import CredentialStore

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    paths = Paths.for_data_dir(tmp_path)
    paths.ensure()
    url = f"postgresql://ana@127.0.0.1:{port}/warehouse"
    paths.settings_file.write_text(json.dumps({"warehouse_url": url}), encoding="utf-8")
    CredentialStore().set_database_password("Wh-start-pw-1234")
    (failure,) = _run(tmp_path)
    assert url in failure.text()
    assert "Wh-start-pw-1234" not in failure.text()
