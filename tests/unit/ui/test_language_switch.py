"""Choosing the language: Settings, the first-start step, Qt's own buttons, lists that
follow the switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from lazpack import i18n
from lazpack.config import Settings
from lazpack.domain.orderbook import OrderBook
from lazpack.ui.language_step import LanguageStep
from lazpack.ui.orders_model import OrdersModel
from lazpack.ui.settings_dialog import SettingsDialog
from lazpack.ui.translations import current_language, install_language


@pytest.fixture
def back_to_english(qapp: QApplication) -> Iterator[None]:
    yield
    install_language(qapp, "en")


@pytest.mark.parametrize(
    ("code", "ok", "cancel"), [("th", "ตกลง", "ยกเลิก"), ("zh_CN", "确定", "取消")]
)
def test_qt_standard_buttons_speak_the_language(
    qapp: QApplication, back_to_english: None, code: str, ok: str, cancel: str
) -> None:
    install_language(qapp, code)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert [b.text() for b in box.buttons()] == [ok, cancel]


def test_settings_offers_every_language_and_saves_the_choice(qtbot: QtBot) -> None:
    settings = Settings()
    dlg = SettingsDialog(settings)
    qtbot.addWidget(dlg)
    box = dlg.language
    codes = [box.itemData(i) for i in range(box.count())]
    assert codes == ["", *i18n.LANGUAGE_CODES]  # the PC's language first
    assert box.currentData() == ""
    box.setCurrentIndex(box.findData("vi"))
    dlg.apply(settings)
    assert settings.language == "vi"
    assert box.itemText(box.findData("vi")) == "Tiếng Việt"  # each named in itself


def test_the_first_setup_step_switches_at_once_and_reopens(
    qtbot: QtBot, qapp: QApplication, back_to_english: None
) -> None:
    settings = Settings()
    saved: list[str] = []
    reopened: list[str] = []
    step = LanguageStep(settings, lambda: saved.append(settings.language), reopened.append)
    qtbot.addWidget(step)
    step.box.setCurrentIndex(step.box.findData("th"))
    step.choose("th")
    assert (settings.language, saved, reopened) == ("th", ["th"], ["th"])
    assert current_language() == "th"
    assert QCoreApplication.translate("PackView", "Scan an order or AWB") == (
        "สแกนคำสั่งซื้อหรือใบปะหน้า"
    )
    assert step.summary == "ภาษา: ไทย"


def test_the_orders_list_follows_a_language_switch(
    qapp: QApplication, back_to_english: None
) -> None:
    model = OrdersModel(OrderBook())
    header = Qt.Orientation.Horizontal
    assert model.headerData(0, header, Qt.ItemDataRole.DisplayRole) == "Order"
    changed: list[int] = []
    model.headerDataChanged.connect(lambda *_a: changed.append(1))
    install_language(qapp, "id")
    model.retranslate()
    assert changed
    assert model.headerData(0, header, Qt.ItemDataRole.DisplayRole) == "Pesanan"
