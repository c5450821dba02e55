"""Printing tests run on the offscreen platform with pytest-qt's QApplication (``qapp``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

from lazpack.printing.printer import LabelPrinter
from tests.helpers.qt import qasync_dialog_loop


@pytest.fixture
def label_printer(qapp: object) -> LabelPrinter:
    return LabelPrinter()


def pytest_asyncio_loop_factories(
    config: pytest.Config, item: pytest.Item
) -> Mapping[str, Callable[[], Any]]:
    # dialogs are awaited on the Qt loop itself (design.md §3)
    return {"qasync": qasync_dialog_loop}
