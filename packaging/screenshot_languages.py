"""Screenshots of the station window in other languages, for the README (issue 17).

    .venv/bin/python packaging/screenshot_languages.py th vi

Same scene as ``packaging/screenshot.py`` (demo shop, an order open, 1366×768), with the
bundled fonts and the language installed first; writes ``docs/screenshot-<lang>.png``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(langs: list[str]) -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from lazpack.ui import theme
    from lazpack.ui.fonts import install_fonts
    from lazpack.ui.translations import install_language

    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "packaging/screenshot.py")
    assert spec is not None and spec.loader is not None
    shot = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shot)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_fonts(app)
    app.setStyleSheet(theme.stylesheet())
    for lang in langs:
        install_language(app, lang)
        qasync.run(shot.shoot(ROOT / "docs" / f"screenshot-{lang}.png"))


if __name__ == "__main__":
    main(sys.argv[1:] or ["th", "vi"])
