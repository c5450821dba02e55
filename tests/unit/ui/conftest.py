"""Qt + asyncio for UI tests: async tests and qtbot share one qasync loop (design.md §3)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

_apps: list[QApplication] = []


def _qasync_loop() -> qasync.QEventLoop:
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        # Keep it alive for the whole session: if the loop were its last owner, the
        # QApplication would be collected before widgets that pytest-qt still holds.
        _apps.append(app)
    assert isinstance(app, QApplication)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    return {"qasync": _qasync_loop}
