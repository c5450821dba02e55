"""Progress bars that paint with the window, not inside the code that moves them."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


def show_progress(bar: QProgressBar, value: int, maximum: int) -> None:
    """``value`` of ``maximum`` on ``bar``, painted in the window's next paint pass.

    ``QProgressBar.setValue`` repaints at once, synchronously, inside whatever moved it: a
    scan's handling (~1.5 ms of every scan) or a full sync's progress tick (~20 a second
    while the packer scans). With updates off for the change, the bar is painted with the
    rest of the window instead."""
    bar.setUpdatesEnabled(False)
    bar.setRange(0, maximum)
    bar.setValue(min(value, maximum))
    bar.setUpdatesEnabled(True)
