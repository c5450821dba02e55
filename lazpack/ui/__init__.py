"""Qt widgets of the station (the only package that builds PySide6 windows)."""

from lazpack.ui import pyside_fix

pyside_fix.apply()
