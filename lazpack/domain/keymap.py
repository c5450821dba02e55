"""Read a keyboard-wedge scan by key position, whatever keyboard layout is active.

A USB scanner is a keyboard that presses the keys a US keyboard would need for the code; the
OS then turns the key *positions* into the characters of the active layout. On a Thai
(Kedmanee) PC ``300247`` arrives as ``-จจ/ภ``; a Vietnamese input method (Telex/VNI) turns the
``dd`` of a SKU into ``đ``. This module rebuilds what the scanner meant:

* from the position of every key (``KeyStroke.scan_code`` / ``virtual_key``, the native codes
  Qt reports with each key event), read on the US layout with the key's Shift state;
* keys with no position that arrive between real keys (an input method's backspaces and
  composed letters) are left out, so composition is undone;
* where the platform gives no position at all, from the characters through a reverse table of
  common layouts (Thai Kedmanee, Lao, Russian, Arabic), generated from xkeyboard-config.

Pure Python (design.md §1): the UI turns Qt key events into ``KeyStroke`` values.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

#: XKB key names of the main block, in table order (see the layout tables below).
KEY_NAMES: tuple[str, ...] = (
    "TLDE",
    *(f"AE{i:02}" for i in range(1, 13)),
    *(f"AD{i:02}" for i in range(1, 13)),
    "BKSL",
    *(f"AC{i:02}" for i in range(1, 12)),
    *(f"AB{i:02}" for i in range(1, 11)),
)

#: What each key types on a US keyboard: (unshifted, shifted).
US: dict[str, tuple[str, str]] = dict(
    zip(
        KEY_NAMES,
        zip(
            "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./",
            '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?',
            strict=True,
        ),
        strict=True,
    )
)
US["SPCE"] = (" ", " ")
# keypad keys type the same whatever the layout and Shift state
for _name, _char in {
    "KP0": "0", "KP1": "1", "KP2": "2", "KP3": "3", "KP4": "4", "KP5": "5", "KP6": "6",
    "KP7": "7", "KP8": "8", "KP9": "9", "KPDL": ".", "KPSU": "-", "KPAD": "+", "KPMU": "*",
    "KPDV": "/",
}.items():  # fmt: skip
    US[_name] = (_char, _char)


class KeyScheme(Enum):
    """Which native code names the key position on this platform."""

    XKB = "xkb"  # X11 / Wayland: nativeScanCode is the XKB keycode (evdev code + 8)
    WINDOWS = "windows"  # nativeScanCode is the PC/AT set-1 scan code (0x100 = extended)
    MAC = "mac"  # nativeVirtualKey is the kVK_ code, which names a position


# Set-1 scan codes of the main block; on Linux the evdev code is the same number.
_SET1: dict[int, str] = {
    0x29: "TLDE",
    **{0x02 + i: f"AE{i + 1:02}" for i in range(12)},
    **{0x10 + i: f"AD{i + 1:02}" for i in range(12)},
    0x2B: "BKSL",
    **{0x1E + i: f"AC{i + 1:02}" for i in range(11)},
    **{0x2C + i: f"AB{i + 1:02}" for i in range(10)},
    0x39: "SPCE",
    0x47: "KP7", 0x48: "KP8", 0x49: "KP9", 0x4A: "KPSU", 0x4B: "KP4", 0x4C: "KP5",
    0x4D: "KP6", 0x4E: "KPAD", 0x4F: "KP1", 0x50: "KP2", 0x51: "KP3", 0x52: "KP0",
    0x53: "KPDL", 0x37: "KPMU",
}  # fmt: skip
_EVDEV_ONLY = {98: "KPDV"}  # evdev KEY_KPSLASH; on Windows it is 0x35 extended

_MAC: dict[int, str] = dict(
    zip(
        (0x32, 0x12, 0x13, 0x14, 0x15, 0x17, 0x16, 0x1A, 0x1C, 0x19, 0x1D, 0x1B, 0x18),
        KEY_NAMES[0:13],
        strict=True,
    )
) | dict(
    zip(
        (0x0C, 0x0D, 0x0E, 0x0F, 0x11, 0x10, 0x20, 0x22, 0x1F, 0x23, 0x21, 0x1E, 0x2A),
        KEY_NAMES[13:26],
        strict=True,
    )
) | dict(
    zip(
        (0x00, 0x01, 0x02, 0x03, 0x05, 0x04, 0x26, 0x28, 0x25, 0x29, 0x27),
        KEY_NAMES[26:37],
        strict=True,
    )
) | dict(
    zip(
        (0x06, 0x07, 0x08, 0x09, 0x0B, 0x2D, 0x2E, 0x2B, 0x2F, 0x2C),
        KEY_NAMES[37:47],
        strict=True,
    )
) | {
    0x31: "SPCE", 0x52: "KP0", 0x53: "KP1", 0x54: "KP2", 0x55: "KP3", 0x56: "KP4",
    0x57: "KP5", 0x58: "KP6", 0x59: "KP7", 0x5B: "KP8", 0x5C: "KP9", 0x41: "KPDL",
    0x4E: "KPSU", 0x45: "KPAD", 0x43: "KPMU", 0x4B: "KPDV",
}  # fmt: skip


def key_position(scheme: KeyScheme, scan_code: int, virtual_key: int = 0) -> str | None:
    """The XKB name of the key a native code stands for, or None when it is not a typing key."""
    if scheme is KeyScheme.XKB:
        evdev = scan_code - 8
        return _SET1.get(evdev) or _EVDEV_ONLY.get(evdev) if scan_code > 8 else None
    if scheme is KeyScheme.WINDOWS:
        if scan_code & 0x100:  # extended: only the keypad's slash types a character
            return "KPDV" if scan_code & 0xFF == 0x35 else None
        return _SET1.get(scan_code & 0xFF) if scan_code else None
    return _MAC.get(virtual_key) if virtual_key or scan_code == 0 else None


def xkb_keycode(position: str) -> int:
    """The X11 keycode of a key (evdev + 8): what ``xdotool key`` and Qt on X11 use."""
    for code, name in (_SET1 | _EVDEV_ONLY).items():
        if name == position:
            return code + 8
    raise KeyError(position)


def us_keys(text: str) -> list[tuple[str, bool]]:
    """The (key, shift) presses a US-layout scanner makes to type ``text`` (main block only)."""
    lookup: dict[str, tuple[str, bool]] = {}
    for name in (*KEY_NAMES, "SPCE"):
        plain, shifted = US[name]
        lookup.setdefault(plain, (name, False))
        lookup.setdefault(shifted, (name, True))
    try:
        return [lookup[ch] for ch in text]
    except KeyError as err:
        raise ValueError(f"{err.args[0]!r} cannot be typed on a US keyboard") from err


# fmt: off
#: Other layouts, (unshifted, shifted): one character per key in KEY_NAMES order (NUL:
#: none); generated from the xkeyboard-config symbols files
#: (setxkbmap -print -layout L | xkbcomp -xkb).
LAYOUTS: dict[str, tuple[str, str]] = {
    # Thai (Kedmanee)
    "th": (
        "_\u0e45/-\u0e20\u0e16\u0e38\u0e36\u0e04\u0e15\u0e08\u0e02\u0e0a"
        "\u0e46\u0e44\u0e33\u0e1e\u0e30\u0e31\u0e35\u0e23\u0e19\u0e22\u0e1a\u0e25\u0e03"
        "\u0e1f\u0e2b\u0e01\u0e14\u0e40\u0e49\u0e48\u0e32\u0e2a\u0e27\u0e07"
        "\u0e1c\u0e1b\u0e41\u0e2d\u0e34\u0e37\u0e17\u0e21\u0e43\u0e1d"
        ,
        "%+\u0e51\u0e52\u0e53\u0e54\u0e39\u0e3f\u0e55\u0e56\u0e57\u0e58\u0e59"
        "\u0e50\"\u0e0e\u0e11\u0e18\u0e4d\u0e4a\u0e13\u0e2f\u0e0d\u0e10,\u0e05"
        "\u0e24\u0e06\u0e0f\u0e42\u0e0c\u0e47\u0e4b\u0e29\u0e28\u0e0b."
        "()\u0e09\u0e2e\u0e3a\u0e4c?\u0e12\u0e2c\u0e26"
    ),
    # Lao
    "la": (
        "\u200d\u0ea2\u0e9f\u0ec2\u0e96\u0eb8\u0eb9\u0e84\u0e95\u0e88\u0e82\u0e8a\u0ecd"
        "\u0ebb\u0ec4\u0eb3\u0e9e\u0eb0\u0eb4\u0eb5\u0ea3\u0e99\u0e8d\u0e9a\u0ea5\u0edc"
        "\u0eb1\u0eab\u0e81\u0e94\u0ec0\u0ec9\u0ec8\u0eb2\u0eaa\u0ea7\u0e87"
        "\u0e9c\u0e9b\u0ec1\u0ead\u0eb6\u0eb7\u0e97\u0ea1\u0ec3\u0e9d"
        ,
        "\x00\u0ed1\u0ed2\u0ed3\u0ed4\u0ecc\u0ebc\u0ed5\u0ed6\u0ed7\u0ed8\u0ed9\x00"
        "\x00\u0ed0\x00_+\x00\x00\u0eae\x00\u0ebd-}\u0edd"
        "\x00;.,:\u0eca\u0ecb!?%="
        "\u20ad(\u0eaf\x00\x00\x00\u0ec6`$)"
    ),
    # Russian (JCUKEN)
    "ru": (
        "\u04511234567890-="
        "\u0439\u0446\u0443\u043a\u0435\u043d\u0433\u0448\u0449\u0437\u0445\u044a\\"
        "\u0444\u044b\u0432\u0430\u043f\u0440\u043e\u043b\u0434\u0436\u044d"
        "\u044f\u0447\u0441\u043c\u0438\u0442\u044c\u0431\u044e."
        ,
        "\u0401!\"\u2116;%:?*()_+"
        "\u0419\u0426\u0423\u041a\u0415\u041d\u0413\u0428\u0429\u0417\u0425\u042a/"
        "\u0424\u042b\u0412\u0410\u041f\u0420\u041e\u041b\u0414\u0416\u042d"
        "\u042f\u0427\u0421\u041c\u0418\u0422\u042c\u0411\u042e,"
    ),
    # Arabic
    "ara": (
        "\u06301234567890-="
        "\u0636\u0635\u062b\u0642\u0641\u063a\u0639\u0647\u062e\u062d\u062c\u062f\\"
        "\u0634\u0633\u064a\u0628\u0644\u0627\u062a\u0646\u0645\u0643\u0637"
        "\u0626\u0621\u0624\u0631\ufefb\u0649\u0629\u0648\u0632\u0638"
        ,
        "\u0651!@#$%^&*)(_+"
        "\u064e\u064b\u064f\u064c\ufef9\u0625`\u00f7\u00d7\u061b<>\u2026"
        "\u0650\u064d][\ufef7\u0623\u0640\u060c/:\""
        "~\u0652}{\ufef5\u0622',.\u061f"
    ),
}
# fmt: on


#: GS1's group separator (FNC1 as a wedge transmits it, Ctrl+]); normalisation decides its fate
GS = "\x1d"


@dataclass(frozen=True, slots=True)
class KeyStroke:
    """One key press as it arrived: its text and the native codes naming the key."""

    text: str
    scan_code: int = 0
    virtual_key: int = 0
    shift: bool = False
    backspace: bool = False


def typed_text(strokes: Sequence[KeyStroke]) -> str:
    """What the strokes put into a text field (backspaces applied)."""
    out: list[str] = []
    for s in strokes:
        if s.backspace:
            if out:
                out.pop()
        else:
            out.append(s.text)
    return "".join(out)


class Composer(Enum):
    """The Vietnamese input method whose composed letters a scan may contain."""

    TELEX = "telex"  # dd -> đ, aa -> â, ow -> ơ, as -> á
    VNI = "vni"  # d9 -> đ, a6 -> â, o7 -> ơ, a1 -> á


# combining mark -> the key that adds it; shape marks come before tone marks
_SHAPE = {
    Composer.TELEX: {"\u0302": "", "\u0306": "w", "\u031b": "w"},  # "" = repeat the letter
    Composer.VNI: {"\u0302": "6", "\u0306": "8", "\u031b": "7"},
}
_TONE = {
    Composer.TELEX: {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"},
    Composer.VNI: {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"},
}


def uncompose(char: str, composer: Composer = Composer.TELEX) -> str:
    """The keys an input method turned into ``char`` (``đ`` -> ``dd``); other text unchanged."""
    if char in ("\u0111", "\u0110"):  # đ Đ
        d = "d" if char == "\u0111" else "D"
        return d + (d if composer is Composer.TELEX else "9")
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[:1], decomposed[1:]
    if not base.isascii() or not marks:
        return char
    shape = _SHAPE[composer]
    tone = _TONE[composer]
    if any(m not in shape and m not in tone for m in marks):
        return char
    keys = base
    for m in marks:
        if m in shape:
            keys += shape[m] or base
    for m in marks:
        if m in tone:
            keys += tone[m]
    return keys


def _position(scheme: KeyScheme, s: KeyStroke) -> str | None:
    return None if s.backspace else key_position(scheme, s.scan_code, s.virtual_key)


def positional_text(
    strokes: Sequence[KeyStroke], scheme: KeyScheme, composer: Composer = Composer.TELEX
) -> str | None:
    """The text the keys pressed give on a US layout, or None when no key has a position.

    The strokes are replayed as an edit: a key with a position types its US character, a
    backspace takes the last one back, and a letter with no position among positioned keys
    (an input method's composed output, ``đ``) types the keys that compose it (``dd``).
    """
    if not any(_position(scheme, s) is not None for s in strokes):
        return None
    out: list[str] = []
    for s in strokes:
        if s.backspace:
            if out:
                out.pop()
            continue
        pos = _position(scheme, s)
        if s.text == GS:
            # GS1's separator, typed as Ctrl+]: the key is "]" but the scanner meant GS
            out.append(GS)
        elif pos is not None:
            out.append(US[pos][1 if s.shift else 0])
        elif s.text:
            out.append("".join(uncompose(ch, composer) for ch in s.text))
    return "".join(out)


def _reverse_tables() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for layout, (plain, shifted) in LAYOUTS.items():
        table: dict[str, str] = {}
        for name, p, s in zip(KEY_NAMES, plain, shifted, strict=True):
            us_p, us_s = US[name]
            if p != "\x00":
                table.setdefault(p, us_p)
            if s != "\x00":
                table.setdefault(s, us_s)
        tables[layout] = table
    return tables


_REVERSE = _reverse_tables()


def from_layout_text(text: str) -> str | None:
    """US text for characters typed through another layout, or None when no table explains them.

    The fallback where keys carry no position. The layout is the one whose characters explain
    the whole text and that owns most of its non-ASCII characters; ASCII text is left alone.
    """
    if text.isascii():
        return None
    best: tuple[int, str] | None = None
    for layout, table in _REVERSE.items():
        if all(ch in table or ch == " " for ch in text):
            owned = sum(1 for ch in text if not ch.isascii() and ch in table)
            if best is None or owned > best[0]:
                best = (owned, layout)
    if best is None:
        return None
    table = _REVERSE[best[1]]
    return "".join(table.get(ch, ch) for ch in text)


def read_scan(
    strokes: Sequence[KeyStroke], scheme: KeyScheme, composer: Composer = Composer.TELEX
) -> str:
    """What a US-layout scanner meant by these key presses.

    The keys' positions win whenever they are known (the text that arrived is then either
    the same or a layout's or input method's rewriting of it); with no positions, the
    reverse layout tables; otherwise the text as typed.
    """
    positional = positional_text(strokes, scheme, composer)
    if positional is not None:
        return positional
    typed = typed_text(strokes)
    return from_layout_text(typed) or typed
