"""Set-up step: connect a Lazada shop, or keep the demo shop for now."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QLabel,
)

from lazpack.config import Settings
from lazpack.i18n import QT_TRANSLATE_NOOP, translate
from lazpack.ui.setup.step import Step, step_button


class ShopStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "The shop")

    def __init__(self, settings: Settings, open_shops: Callable[[], Any] | None):
        super().__init__(
            translate(
                "ShopStep",
                "Connect your Lazada shop to pack its orders, or keep the demo shop to practise "
                "first (its orders are not real). You can connect a shop later in "
                "Station → Shops…",
            )
        )
        self.connect_shop = step_button(
            translate("ShopStep", "&Connect a Lazada shop…"), "connectShop"
        )
        self.keep_demo = step_button(
            translate("ShopStep", "&Keep the demo shop for now"), "keepDemo"
        )
        self.connect_shop.setEnabled(open_shops is not None)
        if open_shops is not None:
            self.connect_shop.clicked.connect(open_shops)
            self.connect_shop.clicked.connect(
                lambda: self.finish(translate("ShopStep", "Shop: connecting"))
            )
        self.keep_demo.clicked.connect(lambda: self.finish(translate("ShopStep", "Shop: demo")))
        self.row(self.connect_shop, self.keep_demo)
        n = len(settings.shops)
        self.add(
            QLabel(
                translate("ShopStep", "Connected now: %n shop(s).", None, n)
                if n
                else translate("ShopStep", "No shop is connected yet.")
            )
        )

    def entered(self) -> None:
        self.connect_shop.setFocus()
