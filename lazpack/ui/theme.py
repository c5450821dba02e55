"""Look of the station: large type for a packer standing a metre away, colour for state.

Colours are picked per light/dark palette so the system theme is followed; the status
colours keep enough contrast on both.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from lazpack.domain.orderbook import Tab


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


# (light, dark) pairs
_TAB_COLOURS: dict[Tab, tuple[str, str]] = {
    Tab.TO_PACK: ("#1565c0", "#64b5f6"),
    Tab.PACKED: ("#6a1b9a", "#ce93d8"),
    Tab.READY: ("#2e7d32", "#81c784"),
    Tab.DBS: ("#00838f", "#4dd0e1"),
    Tab.PROBLEMS: ("#c62828", "#ef9a9a"),
    Tab.DONE: ("#616161", "#9e9e9e"),
}

DEMO_BANNER = ("#ffb300", "#5d4037")  # (background, text) — amber, unmistakable


def tab_colour(tab: Tab, palette: QPalette | None = None) -> QColor:
    light, dark = _TAB_COLOURS[tab]
    return QColor(dark if is_dark(palette) else light)


def cod_colour(palette: QPalette | None = None) -> QColor:
    return QColor("#ffb74d" if is_dark(palette) else "#e65100")


def base_font(point_delta: float = 0.0, *, bold: bool = False) -> QFont:
    f = QFont(QGuiApplication.font())
    size = f.pointSizeF() if f.pointSizeF() > 0 else 10.0
    f.setPointSizeF(max(11.0, size) + point_delta)
    f.setBold(bold)
    return f


def table_font() -> QFont:
    return base_font(2)


def heading_font() -> QFont:
    """The current order number: readable from a standing position."""
    return base_font(14, bold=True)


def stylesheet() -> str:
    """Application-wide tweaks that stay palette-driven (no hard-coded backgrounds)."""
    return """
    QTabBar#statusTabs::tab { padding: 8px 16px; font-size: 14pt; }
    QTabBar#statusTabs::tab:selected { font-weight: bold; }
    QLineEdit#scanInput { font-size: 20pt; padding: 6px; border: 2px solid palette(highlight);
                          border-radius: 6px; }
    QLineEdit#searchInput { font-size: 13pt; padding: 4px; }
    QStatusBar { font-size: 12pt; }
    """
