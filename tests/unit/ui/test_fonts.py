"""The bundled fonts draw Thai, Vietnamese and Chinese in the station's widgets."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from lazpack.ui.fonts import FAMILIES, install_fonts, register_fonts, station_font

TEXTS = {
    "Noto Sans Thai": "สแกนคำสั่งซื้อ ถนนสุขุมวิท",
    "Noto Sans": "Quét đơn hàng Nguyễn Văn Đức 0123456789 ₫",
    "Noto Sans CJK SC": "扫描订单 打印面单 陈小明",
}


def test_the_bundled_families_are_registered(qapp: QApplication) -> None:
    assert register_fonts() == FAMILIES
    for family in FAMILIES:
        assert family in QFontDatabase.families()


@pytest.mark.parametrize(("family", "text"), TEXTS.items())
def test_each_face_has_every_glyph(qapp: QApplication, family: str, text: str) -> None:
    register_fonts()
    raw = QRawFont.fromFont(QFont(family, 12))
    assert raw.isValid()
    assert raw.familyName() == family
    absent = [ch for ch in text if not ch.isspace() and not raw.supportsCharacter(ord(ch))]
    assert absent == []


def test_noto_sans_thai_has_no_latin_digits_so_noto_sans_comes_first(qapp: QApplication) -> None:
    register_fonts()
    assert not QRawFont.fromFont(QFont("Noto Sans Thai")).supportsCharacter(ord("7"))
    assert QRawFont.fromFont(QFont("Noto Sans")).supportsCharacter(ord("7"))
    assert station_font().families()[:3] == FAMILIES


def test_a_label_in_the_station_font_finds_a_glyph_for_every_character(
    qapp: QApplication, qtbot
) -> None:
    before = qapp.font()
    install_fonts(qapp)
    try:
        label = QLabel(" ".join(TEXTS.values()))
        qtbot.addWidget(label)
        families = label.font().families()
        assert families[:3] == FAMILIES
        for ch in label.text():
            if ch.isspace():
                continue
            # some family of the fallback list has the character
            assert QFontMetrics(label.font()).inFontUcs4(ord(ch)), ch
            assert any(QRawFont.fromFont(QFont(f)).supportsCharacter(ord(ch)) for f in FAMILIES)
    finally:
        qapp.setFont(before)
