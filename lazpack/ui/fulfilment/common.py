"""What the fulfilment dialogs share: outcome colours, named widgets, their row tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from lazpack.services.fulfilment import (
    RowState,
)
from lazpack.ui.theme import is_dark

# (light, dark) background per row outcome: readable on both palettes
_OUTCOME_COLOURS: dict[RowState, tuple[str, str]] = {
    RowState.OK: ("#c8e6c9", "#1b5e20"),
    RowState.FAILED: ("#ffcdd2", "#7f1d1d"),
    RowState.UNKNOWN: ("#ffe0b2", "#6d4c00"),
}


_W = TypeVar("_W", bound=QWidget)


def named(widget: _W, name: str) -> _W:
    """``widget`` with its object name set (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def outcome_colour(state: RowState, widget: QWidget | None = None) -> QColor:
    light, dark = _OUTCOME_COLOURS[state]
    return QColor(dark if is_dark(widget.palette() if widget else None) else light)


def row_table(
    name: str, context: str, columns: Sequence[str], *, several: bool = False
) -> QTableWidget:
    """A read-only table of whole rows, its headers translated in ``context`` (the columns
    are marked with ``QT_TRANSLATE_NOOP`` there); ``several`` lets the packer pick many."""
    table = named(QTableWidget(0, len(columns)), name)
    table.setHorizontalHeaderLabels([QCoreApplication.translate(context, c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if several:
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
