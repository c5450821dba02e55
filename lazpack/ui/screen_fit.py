"""Keep a window on the screen it opens on.

A saved geometry can come from a bigger monitor, another resolution or a window that a long
message once widened (issue 21: 1,979 px on a 1,366 px screen). At start the station clamps
it to the available area of the screen it lands on: never wider or taller than that area,
and moved so the whole window is on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect | None:
    """The available geometry of the screen the window is on (or the primary one)."""
    screen = QGuiApplication.screenAt(window.geometry().center()) or window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def clamp_to_screen(window: QWidget, area: QRect | None = None) -> QRect:
    """Shrink and move ``window`` (its frame included) into ``area`` (default: its
    screen's available area). Returns the window's new geometry."""
    area = area or available_area(window)
    if area is None or area.isEmpty():
        return window.geometry()
    frame = window.frameGeometry()
    geo = window.geometry()
    # the window-manager frame around the client area (zero before the window is shown)
    extra_w = max(0, frame.width() - geo.width())
    extra_h = max(0, frame.height() - geo.height())
    fit_w, fit_h = area.width() - extra_w, area.height() - extra_h
    # A minimum set for comfort (the station asks for 900×560 where the screen allows) gives
    # way to the screen, frame included; the layout's own minimum (its hint) never does.
    hint = window.minimumSizeHint()
    if window.minimumWidth() > fit_w:
        window.setMinimumWidth(max(fit_w, hint.width()))
    if window.minimumHeight() > fit_h:
        window.setMinimumHeight(max(fit_h, hint.height()))
    width = max(min(geo.width(), fit_w), window.minimumWidth())
    height = max(min(geo.height(), fit_h), window.minimumHeight())
    if (width, height) != (geo.width(), geo.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.left()), max(y, area.top()))
    return window.geometry()
