"""Scans read by key position: Thai, Lao, Russian, Arabic layouts and Vietnamese composers."""

from __future__ import annotations

import pytest

from lazpack.domain.keymap import (
    KEY_NAMES,
    LAYOUTS,
    US,
    Composer,
    KeyScheme,
    KeyStroke,
    from_layout_text,
    key_position,
    read_scan,
    typed_text,
    uncompose,
    us_keys,
    xkb_keycode,
)

#: order number, tracking number, SKUs with both cases and -#:/. and a command barcode
CODES = [
    "300247220741021",
    "LEXDO0069388114",
    "TSHIRT-Blk/XL.2",
    "#LP:PACKER:Ana",
    "ddaaow-Mug#12",
]

_WIN_SCAN = {name: code - 8 for name, code in ((n, xkb_keycode(n)) for n in KEY_NAMES)}


def through_layout(code: str, layout: str, scheme: KeyScheme = KeyScheme.XKB) -> list[KeyStroke]:
    """The key presses a US scanner makes for ``code`` as a PC with ``layout`` reports them."""
    plain, shifted = LAYOUTS[layout]
    strokes = []
    for name, shift in us_keys(code):
        i = KEY_NAMES.index(name)
        text = (shifted if shift else plain)[i]
        native = xkb_keycode(name) if scheme is KeyScheme.XKB else _WIN_SCAN[name]
        strokes.append(KeyStroke(text.replace("\x00", ""), native, 0, shift))
    return strokes


@pytest.mark.parametrize("layout", ["th", "la", "ru", "ara"])
@pytest.mark.parametrize("code", CODES)
def test_scan_through_a_layout_is_read_by_key_position(layout: str, code: str) -> None:
    strokes = through_layout(code, layout)
    # the layout really did rewrite it (Russian and Arabic keep the digits)
    assert (typed_text(strokes) == code) is (layout in ("ru", "ara") and code.isdigit())
    assert read_scan(strokes, KeyScheme.XKB) == code


def test_thai_order_number_as_the_packer_sees_it() -> None:
    strokes = through_layout("300247220741021", "th")
    assert typed_text(strokes).startswith("-จจ/ภ")
    assert read_scan(strokes, KeyScheme.XKB) == "300247220741021"


@pytest.mark.parametrize("code", CODES)
def test_windows_scan_codes(code: str) -> None:
    strokes = through_layout(code, "th", KeyScheme.WINDOWS)
    assert read_scan(strokes, KeyScheme.WINDOWS) == code


def test_us_layout_text_is_unchanged() -> None:
    strokes = [
        KeyStroke(ch, xkb_keycode(n), 0, sh)
        for ch, (n, sh) in zip("Ab-1", us_keys("Ab-1"), strict=True)
    ]
    assert read_scan(strokes, KeyScheme.XKB) == "Ab-1"


def test_caps_lock_does_not_flip_a_scan() -> None:
    # Caps Lock on: the scanner presses Shift+A for "A", the OS types "a"
    strokes = [
        KeyStroke("a", xkb_keycode("AC01"), 0, True),
        KeyStroke("B", xkb_keycode("AB05"), 0, False),
    ]
    assert read_scan(strokes, KeyScheme.XKB) == "Ab"


@pytest.mark.parametrize(
    ("layout", "code"),
    [(lay, code) for lay in ("th", "ru") for code in CODES]
    # Lao types nothing for some shifted letters: only positions can recover those
    + [("la", "300247220741021"), ("la", "sku-12/ab.c")],
)
def test_no_positions_falls_back_to_the_reverse_tables(layout: str, code: str) -> None:
    strokes = [KeyStroke(s.text, 0, 0, s.shift) for s in through_layout(code, layout)]
    assert read_scan(strokes, KeyScheme.XKB) == code


def test_reverse_tables_leave_ascii_and_unknown_text_alone() -> None:
    assert from_layout_text("ABC-123") is None
    assert from_layout_text("日本") is None


def telex(code: str, scheme: KeyScheme = KeyScheme.WINDOWS) -> list[KeyStroke]:
    """A Telex composer the way Unikey / EVKey behave on Windows: the key that completes a
    pair is swallowed; the composer sends Backspace and the composed letter (scan code 0)."""
    pairs = {"dd": "đ", "aa": "â", "ee": "ê", "oo": "ô", "ow": "ơ", "uw": "ư", "aw": "ă"}
    out: list[KeyStroke] = []
    prev = ""
    for name, shift in us_keys(code):
        ch = US[name][1 if shift else 0]
        native = xkb_keycode(name) - 8 if scheme is KeyScheme.WINDOWS else xkb_keycode(name)
        pair = (prev + ch).lower()
        if pair in pairs:
            composed = pairs[pair]
            out.append(KeyStroke("\b", 0x0E, 0, False, backspace=True))
            out.append(KeyStroke(composed.upper() if prev.isupper() else composed))
            prev = ""
        else:
            out.append(KeyStroke(ch, native, 0, shift))
            prev = ch
    return out


@pytest.mark.parametrize("code", ["ddaaow-Mug#12", "DDX-oo/uw.aw", "AA:dd"])
def test_telex_composition_is_undone(code: str) -> None:
    strokes = telex(code)
    assert typed_text(strokes) != code
    assert read_scan(strokes, KeyScheme.WINDOWS) == code


def test_uncompose() -> None:
    assert uncompose("đ") == "dd"
    assert uncompose("ấ") == "aas"
    assert uncompose("ậ", Composer.VNI) == "a65"
    assert uncompose("x") == "x"
    assert uncompose("ก") == "ก"


def test_key_positions_per_platform() -> None:
    assert key_position(KeyScheme.XKB, 10) == "AE01"  # X keycode of "1"
    assert key_position(KeyScheme.XKB, 106) == "KPDV"
    assert key_position(KeyScheme.WINDOWS, 0x02) == "AE01"
    assert key_position(KeyScheme.WINDOWS, 0x135) == "KPDV"
    assert key_position(KeyScheme.WINDOWS, 0x148) is None  # arrow up, not keypad 8
    assert key_position(KeyScheme.MAC, 0, 0x12) == "AE01"
    assert key_position(KeyScheme.MAC, 0, 0x00) == "AC01"  # kVK_ANSI_A is 0
    assert key_position(KeyScheme.XKB, 0) is None


def test_us_keys_refuses_what_a_us_keyboard_cannot_type() -> None:
    with pytest.raises(ValueError, match="US keyboard"):
        us_keys("ก")
