"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
pytest_plugins = ["tests.helpers.keyrings"]

# PySide6 6.12 on Python 3.11 hands out None/True/False without references (see
# lazpack.qt); apply the workaround before any test touches Qt.
import lazpack.qt  # noqa: E402, F401


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A dialog a test leaves open is closed here and fails that test, so it cannot
    swallow the keys or the focus of the tests after it (issue 14 item 6)."""
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    left = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in left:
        dialog.reject()
        dialog.close()
    if left:
        names = ", ".join(
            f"{type(d).__name__}({d.objectName() or d.windowTitle()!r})" for d in left
        )
        pytest.fail(f"the test left dialog(s) open: {names}", pytrace=False)
