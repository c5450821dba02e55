"""What the fulfilment dialogs share: outcome colours and named widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QWidget,
)

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
