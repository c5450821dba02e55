"""The bundled Noto faces in the PDFs lazpack draws: Thai, Vietnamese and Chinese survive."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from pathlib import Path

from lazpack.domain.models import Address
from lazpack.printing.command_sheet import render_command_sheet
from lazpack.printing.fonts import missing, runs
from lazpack.printing.slips import render_dbs_slip
from tests.helpers.labels import pdf_fonts, pdf_text
from tests.helpers.slips import order, unit

THAI_NAME = "คุณสมชาย ใจดี"
THAI_ADDRESS = "99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย"
VN_ITEM = "Áo thun Đỏ cỡ lớn"
CN_NAME = "陈小明"


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", "".join(s.split()))


def _pdf(tmp_path: Path, data: bytes) -> Path:
    p = tmp_path / "doc.pdf"
    p.write_bytes(data)
    return p


def thai_slip() -> bytes:
    o = replace(
        order(),
        address_shipping=Address(
            first_name=THAI_NAME,
            phone="0812345678",
            address1=THAI_ADDRESS,
            city="กรุงเทพมหานคร",
            post_code="10110",
        ),
        buyer_note=f"ฝากไว้ที่ป้อมยาม {CN_NAME}",
    )
    return render_dbs_slip(o, [unit(1, "TS-RED-L", VN_ITEM), unit(2, "MUG-1", "แก้วกาแฟ")], "FP1")


def test_every_character_has_a_glyph_in_the_bundled_faces() -> None:
    for text in (THAI_NAME, THAI_ADDRESS, VN_ITEM, CN_NAME, "0812345678 ฿1,234.50 ₫"):
        assert missing(text) == ""


def test_thai_text_with_digits_pairs_noto_sans_thai_with_noto_sans() -> None:
    assert runs("99/1 ถนน") == [("LazpackSans", "99/1 "), ("LazpackThai", "ถนน")]


def test_dbs_slip_with_thai_name_and_address_renders_every_glyph(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, thai_slip())
    text = pdf_text(pdf)
    flat = _nfc(text)
    for expected in (THAI_NAME, THAI_ADDRESS, "กรุงเทพมหานคร", VN_ITEM, CN_NAME, "แก้วกาแฟ"):
        assert _nfc(expected) in flat
    fonts = pdf_fonts(pdf)
    rows = [ln.split() for ln in fonts.splitlines()[2:] if ln.strip()]
    names = {r[0].split("+")[-1] for r in rows}
    assert {"NotoSans-Bold", "NotoSansThai-Regular", "NotoSansThai-Bold"} <= names
    # every font embedded (the "emb" column), none of the PDF core fonts
    assert rows and all("yes" in r[-5:-2] for r in rows)
    assert not any(r[0].startswith("Helvetica") for r in rows)


def test_command_sheet_embeds_the_faces_for_a_thai_packer_card(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path, render_command_sheet([("#LP:PACKER:Som", "สมชาย")]))
    text = pdf_text(pdf)
    assert "สมชาย" in text
    assert "#LP:PACKER:Som" in text
