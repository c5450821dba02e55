"""Qt widgets of the station (the only package that builds PySide6 windows)."""

import lazpack.qt  # noqa: F401  (applies the PySide6 workarounds before any Qt use)
