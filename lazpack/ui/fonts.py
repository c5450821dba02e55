"""The bundled Noto fonts for the station's widgets (design.md §9b).

Never rely on the PC having a Thai or Chinese font: ``install_fonts`` registers the faces in
``resources/fonts`` with ``QFontDatabase`` and makes the application font fall back
Noto Sans → Noto Sans Thai → Noto Sans CJK SC, so Latin and Vietnamese come from Noto Sans
(Noto Sans Thai has no Latin digits), Thai from Noto Sans Thai, Chinese from the CJK subset.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from lazpack.config import resources_dir
from lazpack.log import get_logger

log = get_logger("ui.fonts")

FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold.ttf",
    "NotoSansSC-Regular-subset.ttf",
)
#: the station's font family list, in fallback order
FAMILIES = ["Noto Sans", "Noto Sans Thai", "Noto Sans CJK SC"]

_loaded: list[str] = []


def register_fonts() -> list[str]:
    """Add the bundled faces to ``QFontDatabase`` (once); returns the families it now has."""
    if not _loaded:
        for name in FILES:
            path = resources_dir() / "fonts" / name
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("bundled font %s could not be loaded", path)
                continue
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in _loaded:
                    _loaded.append(family)
    return list(_loaded)


def station_font(base: QFont | None = None) -> QFont:
    """``base`` (the application font) with the bundled families first, in fallback order."""
    font = QFont(base) if base is not None else QFont()
    have = register_fonts()
    families = [f for f in FAMILIES if f in have]
    font.setFamilies(families + [f for f in font.families() if f not in families])
    return font


def install_fonts(app: QApplication) -> None:
    """Register the bundled fonts and make them the application's font. Call once at start."""
    app.setFont(station_font(app.font()))
    for family in FAMILIES[:1]:
        QFont.insertSubstitutions(family, FAMILIES[1:])
