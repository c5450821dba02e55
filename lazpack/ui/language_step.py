"""The first step of the desk set-up: the language the station speaks (issue 17).

The choice is saved and installed at once; the set-up then reopens in that language, so
every later step reads in the packer's words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from lazpack.config import Settings
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.ui.setup.step import Step
from lazpack.ui.translations import change_language, language_combo


class LanguageStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "Language")

    def __init__(
        self,
        settings: Settings,
        save: Callable[[], None],
        on_change: Callable[[str], Any] | None = None,
    ) -> None:
        super().__init__(
            translate(
                "SetupWizard",
                "Choose the language of this desk. Menus, messages, labels and slips use it.",
            )
        )
        self.settings = settings
        self._save = save
        self._on_change = on_change
        self.box = self.add(language_combo(settings.language))
        self.box.activated.connect(lambda _i: self.choose(str(self.box.currentData())))

    def choose(self, code: str) -> None:
        changed = code != self.settings.language
        self.settings.language = code
        self._save()
        app = QCoreApplication.instance()
        if app is not None:
            change_language(app, code)
        self.finish(arg(translate("SetupWizard", "Language: %1"), self.box.currentText()))
        if changed and self._on_change is not None:
            self._on_change(code)
