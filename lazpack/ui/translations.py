"""Load the station's language: lazpack's own .qm and Qt's (design.md §9b).

``install_language`` swaps the translators of a running application; Qt then sends every
widget a ``LanguageChange`` event, and the Qt-free layers translate through the hook in
:mod:`lazpack.i18n`, so texts built after the switch come out in the new language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox

from lazpack import i18n
from lazpack.config import resource_path
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger

log = get_logger("ui.i18n")

#: Qt's standard buttons (OK, Cancel, Yes…) are translated by Qt in context
#: "QPlatformTheme"; Qt ships no Thai, Vietnamese, Indonesian, Malay or Filipino file, so
#: lazpack's own .ts carries them (listed here for lupdate).
QT_STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    return resource_path("translations")


def system_language() -> str:
    """The shipped language closest to the PC's UI languages (English when none matches)."""
    return i18n.match_language(list(QLocale.system().uiLanguages()))


def current_language() -> str:
    return _current


def _qt_translation_names(code: str) -> list[str]:
    # Qt names its files qtbase_zh_CN.qm, qtbase_th.qm ...; Filipino has none in Qt 6.
    return [f"qtbase_{code}", f"qtbase_{code.split('_')[0]}"]


def install_language(app: QCoreApplication, code: str) -> str:
    """Make ``code`` (one of :data:`lazpack.i18n.LANGUAGE_CODES`, or empty for the PC's
    language) the language of ``app``; returns the code now in use."""
    global _current
    if not code:
        code = system_language()
    if code not in i18n.LANGUAGE_CODES:
        log.warning("unknown language %r; using English", code)
        code = "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # English is the source language; its file holds only the singular/plural forms
    ours = QTranslator(app)
    if ours.load(f"lazpack_{code}", str(translations_dir())):
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", code, translations_dir())
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in _qt_translation_names(code):
            qt = QTranslator(app)
            if qt.load(name, qt_dir):
                _installed.append(qt)
                break
    for tr in _installed:
        app.installTranslator(tr)
    i18n.install(QCoreApplication.translate)
    _current = code
    log.info("language: %s (%d translation file(s))", code, len(_installed))
    return code


def ui_locale() -> QLocale:
    """The locale of the station's language (day and month names in texts the packer reads)."""
    return QLocale(_current) if _current != "en" else QLocale(QLocale.Language.English)


def day_text(day: date, fmt: str = "ddd dd MMM yyyy") -> str:
    """``Mon 30 Nov 2026`` (a Qt date format) in the station's language."""
    return ui_locale().toString(QDate(day.year, day.month, day.day), fmt)


def language_combo(current: str) -> QComboBox:
    """The language picker of Settings and the first-start set-up: the PC's language first
    (empty code), then every shipped language named in itself."""
    box = QComboBox()
    box.setObjectName("languageBox")
    box.addItem(
        arg(
            QCoreApplication.translate("Language", "PC language (%1)"),
            dict(i18n.LANGUAGES)[system_language()],
        ),
        "",
    )
    for code, name in i18n.LANGUAGES:
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def change_language(app: QCoreApplication, code: str) -> str:
    """Switch a running station to ``code`` (Settings, set-up). Texts built from now on
    (the pack view, messages, lists, dialogs) come out in it; returns the code in use."""
    return install_language(app, code)
