"""Every page and dialog in every language at 1366×768: no clipped text, no missing glyph
(issue 17, "Done means"). Texts are measured with ``QFontMetrics`` against the widget that
shows them; glyphs are looked up in the bundled fonts with ``QRawFont``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics, QRawFont, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lazpack import i18n
from lazpack.config import Paths, PrinterSettings, Settings, resource_path
from lazpack.ui.about_dialog import AboutDialog
from lazpack.ui.fonts import install_fonts
from lazpack.ui.main_window import MainWindow
from lazpack.ui.print_dialogs import PrinterSettingsDialog
from lazpack.ui.settings_dialog import SettingsDialog
from lazpack.ui.setup_wizard import SetupWizard
from lazpack.ui.shortcuts import ShortcutsDialog
from lazpack.ui.translations import install_language
from tests.helpers.orders import build_book

SCREEN = (1366, 768)
LANGS = [code for code, _ in i18n.LANGUAGES]


@pytest.fixture(scope="module")
def raw_fonts() -> list[QRawFont]:
    fonts = [QRawFont(str(p), 12.0) for p in sorted(resource_path("fonts").glob("*.ttf"))]
    assert len(fonts) >= 3 and all(f.isValid() for f in fonts)
    return fonts


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_fonts(qapp)
    code: str = request.param
    assert install_language(qapp, code) == code
    yield code
    install_language(qapp, "en")


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def shown_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, QLabel):
            yield w, plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield w, w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        elif isinstance(w, QGroupBox):
            yield w, w.title().replace("&", "")
        elif isinstance(w, QLineEdit):
            yield w, w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield w, w.tabText(i).replace("&", "")
    yield root, root.windowTitle()


def clipped(w: QWidget, text: str) -> str | None:
    """Why ``text`` does not fit ``w`` (None: it fits)."""
    fm = QFontMetrics(w.font())
    lines = [ln for ln in text.split("\n") if ln]
    if not lines:
        return None
    need = max(fm.horizontalAdvance(ln) for ln in lines)
    if isinstance(w, QLabel):
        if w.wordWrap() or w.width() == 0:
            return None
        have = w.contentsRect().width() - 2 * w.margin() - w.indent() * (w.indent() > 0)
        return f"needs {need}px, has {have}px" if need > have + 1 else None
    if isinstance(w, QPushButton | QCheckBox | QRadioButton):
        hint = w.minimumSizeHint().width()
        return f"needs {hint}px, has {w.width()}px" if w.width() + 1 < hint else None
    if isinstance(w, QTabBar):
        return "tab bar scrolls" if w.sizeHint().width() > w.width() + 1 else None
    return None


def missing_glyphs(text: str, fonts: list[QRawFont]) -> set[str]:
    return {
        ch
        for ch in text
        if not ch.isspace()
        and ord(ch) >= 32
        and not any(f.supportsCharacter(ord(ch)) for f in fonts)
    }


def check(root: QWidget, fonts: list[QRawFont]) -> list[str]:
    problems = []
    hint = root.minimumSizeHint()
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
        problems.append(f"{root.objectName()}: needs {hint.width()}×{hint.height()}")
    for w, text in shown_texts(root):
        if not text:
            continue
        if (why := clipped(w, text)) is not None:
            problems.append(f"{type(w).__name__} {w.objectName()!r} {text!r}: {why}")
        if miss := missing_glyphs(text, fonts):
            problems.append(f"{type(w).__name__} {text!r}: no glyph for {sorted(miss)}")
    return problems


def _pages(qtbot: QtBot, tmp_path: Path) -> Iterator[QWidget]:
    window = MainWindow(build_book(), demo=True)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    first = next(iter(window.book))
    window.open_order(first.key)
    yield window
    dialogs: list[QDialog] = [
        SettingsDialog(Settings(), window),
        ShortcutsDialog(window),
        PrinterSettingsDialog(PrinterSettings(), window),
        AboutDialog(Paths.for_data_dir(tmp_path), window),
    ]
    wizard = SetupWizard(Settings(), lambda: None, window)
    dialogs.append(wizard)
    for dlg in dialogs:
        dlg.show()
        qtbot.waitExposed(dlg)
        yield dlg
        if dlg is wizard:
            for i in range(1, len(wizard.steps)):
                wizard.go(i)
                yield wizard
        dlg.close()


@pytest.mark.parametrize("language", LANGS, indirect=True)
def test_every_page_and_dialog_fits_and_has_its_glyphs(
    language: str, qtbot: QtBot, tmp_path: Path, raw_fonts: list[QRawFont]
) -> None:
    problems: list[str] = []
    for page in _pages(qtbot, tmp_path):
        problems += check(page, raw_fonts)
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.close()
    assert not problems, f"{language}: {len(problems)} problem(s):\n" + "\n".join(
        sorted(set(problems))[:40]
    )


def test_the_check_catches_clipping_and_missing_glyphs(
    qtbot: QtBot, raw_fonts: list[QRawFont]
) -> None:
    """The detector itself: a narrow label and a character no bundled font has."""
    label = QLabel("พร้อมส่ง ✓ — สแกนคำสั่งซื้อถัดไป")
    qtbot.addWidget(label)
    label.setFixedWidth(40)
    label.show()
    assert clipped(label, label.text()) is not None
    label.setFixedWidth(2000)
    assert clipped(label, label.text()) is None
    assert missing_glyphs("ok 🎁", raw_fonts) == {"🎁"}
    assert missing_glyphs("พร้อมส่ง 订单 Đơn hàng ✓ ● ▶", raw_fonts) == set()
