"""Rebuild the bundled fonts in resources/fonts/ from the Debian Noto packages.

    apt-get install fonts-noto-core fonts-noto-cjk
    .venv/bin/python packaging/build_fonts.py

* Noto Sans (regular, bold): subset to Latin, Vietnamese, punctuation and currency signs.
* Noto Sans Thai (regular, bold): whole; it has no Latin digits, so it is paired with Noto Sans.
* Noto Sans CJK SC (regular only): subset to the characters in ``cjk-chars.txt`` (the UI's
  Chinese words and the most common characters of names and addresses), its CFF outlines
  converted to TrueType quadratics so that reportlab can embed it in PDFs as well.
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc")
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
LATIN = (
    "U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+1E00-1EFF,"
    "U+2000-206F,U+20A0-20CF,U+2100-2122,U+2190-2193,U+2212,U+2264-2265,U+25A0-25CF,U+FEFF"
)


def _subset(font: TTFont, options: subset.Options, **what: object) -> None:
    s = subset.Subsetter(options)
    s.populate(**what)  # type: ignore[arg-type]
    s.subset(font)


def _options() -> subset.Options:
    o = subset.Options()
    o.layout_features = ["*"]
    o.name_IDs = ["*"]
    o.name_languages = ["*"]
    o.notdef_outline = True
    o.glyph_names = False
    o.hinting = False
    return o


def _cff_to_glyf(font: TTFont) -> None:
    """Quadratic TrueType outlines instead of CFF (what ``otf2ttf`` in fontTools does)."""
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
        "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
        "maxComponentElements", "maxPoints", "maxContours",
        "maxCompositePoints", "maxCompositeContours", "maxComponentDepth",
    ):  # fmt: skip
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcBBoxes = True


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for style in ("Regular", "Bold"):
        f = TTFont(NOTO / f"NotoSans-{style}.ttf")
        _subset(f, _options(), unicodes=subset.parse_unicodes(LATIN))
        f.save(OUT / f"NotoSans-{style}.ttf")
        TTFont(NOTO / f"NotoSansThai-{style}.ttf").save(OUT / f"NotoSansThai-{style}.ttf")
        if style == "Bold":
            continue  # Qt and the PDFs embolden the regular CJK face; a bold one costs 310 KiB
        chars = (OUT / "cjk-chars.txt").read_text(encoding="utf-8")
        text = "".join(sorted({c for c in chars if not c.isspace()}))
        for font in TTCollection(str(CJK).format(style)).fonts:
            if font["name"].getDebugName(1) == "Noto Sans CJK SC":
                break
        else:
            raise SystemExit(f"no Noto Sans CJK SC in {str(CJK).format(style)}")
        _subset(font, _options(), text=text + "0123456789")
        _cff_to_glyf(font)
        font.save(OUT / f"NotoSansSC-{style}-subset.ttf")
    for p in sorted(OUT.glob("*.ttf")):
        print(f"{p.name}: {p.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
