"""Printing tests run on the offscreen platform with pytest-qt's QApplication (``qapp``)."""

from __future__ import annotations

import pytest

from lazpack.printing.printer import LabelPrinter


@pytest.fixture
def label_printer(qapp: object) -> LabelPrinter:
    return LabelPrinter()
