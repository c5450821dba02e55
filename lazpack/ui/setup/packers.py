"""Set-up step: the packers of this desk and their printed cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QPlainTextEdit,
)

from lazpack.config import Settings
from lazpack.domain.scan import Command, command_code
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.ui.setup.step import Saver, Step, status_label, step_button


class PackersStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "Who packs at this desk?")

    def __init__(self, settings: Settings, save: Saver, print_cards: Callable[[bytes], Any]):
        super().__init__(
            translate(
                "PackersStep",
                "Type the packers' names, one per line (Latin letters, as on their card). "
                "Each gets a card with a barcode: scanning it logs the packer in.",
            )
        )
        self.settings = settings
        self.save = save
        self.print_cards = print_cards
        known = settings.packers or ([settings.packer] if settings.packer else [])
        self.names = QPlainTextEdit("\n".join(known))
        self.names.setObjectName("packerNames")
        self.names.setTabChangesFocus(True)
        self.names.setPlaceholderText(QCoreApplication.translate("PackersStep", "Ana\nBudi\nChai"))
        self.names.setMaximumHeight(180)
        self.add(self.names)
        self.cards = step_button(
            translate("PackersStep", "&Print packer cards…"), "printPackerCards"
        )
        self.cards.clicked.connect(self.print)
        self.row(self.cards)
        self.status = self.add(status_label())

    def packers(self) -> list[str] | None:
        """The names, or None after saying which one cannot go on a barcode."""
        names = [n.strip() for n in self.names.toPlainText().splitlines() if n.strip()]
        for name in names:
            try:
                command_code(Command.PACKER, name)
            except ValueError:
                self.status.setText(
                    arg(
                        translate(
                            "PackersStep",
                            "“%1” cannot go on a barcode card: use Latin letters and digits (no "
                            "“:”). A Thai or Vietnamese name needs a Latin nickname here.",
                        ),
                        name,
                    )
                )
                return None
        return list(dict.fromkeys(names))

    def apply(self) -> bool:
        names = self.packers()
        if names is None:
            return False
        self.settings.packers = names
        if names and self.settings.packer not in names:
            self.settings.packer = names[0]
        self.save()
        self.finish(
            f"Packers: {', '.join(names)}"
            if names
            else translate("PackersStep", "Packers: none yet")
        )
        return True

    def print(self) -> None:
        names = self.packers()
        if names is None:
            return
        if not names:
            self.status.setText(
                QCoreApplication.translate("PackersStep", "Type at least one name first.")
            )
            return
        from lazpack.ui.command_sheet import command_sheet_pdf

        self.print_cards(command_sheet_pdf(names))
        self.status.setText(
            translate("PackersStep", "Cards for %n packer(s) are ready to print.", None, len(names))
        )
