"""Text every layer can store, show and encode (pure Python)."""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with no surrogate code point left: a surrogate *pair* (two code points that
    encode one character, e.g. from a scanner's UTF-16 bytes) is joined into the character
    it encodes; a lone surrogate (a scanner's mis-decoded byte, a server's broken
    ``\\udXXX`` JSON escape) becomes U+FFFD. Text without surrogates is returned as is.

    The API decoder and the journal both use it, so an answer's text is stored exactly as
    it was decoded and shown."""
    if text.isascii() or not _SURROGATE.search(text):  # isascii is O(1) in CPython
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
