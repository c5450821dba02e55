"""Printing tests run on the offscreen platform with pytest-qt's QApplication (``qapp``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from lazpack.printing.printer import LabelPrinter


@pytest.fixture
def label_printer(qapp: object) -> LabelPrinter:
    return LabelPrinter()


def _qasync_loop() -> qasync.QEventLoop:
    app = QApplication.instance() or QApplication([])
    # closing the last dialog must not quit the app and stop the loop under the test
    app.setQuitOnLastWindowClosed(False)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    # dialogs are awaited on the Qt loop itself (design.md §3)
    return {"qasync": _qasync_loop}
