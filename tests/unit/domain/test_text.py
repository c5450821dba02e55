"""``clean_text``: one rule for text from Lazada and from scanners, wherever it is kept."""

from __future__ import annotations

import json

from lazpack.api import decode
from lazpack.domain.text import clean_text
from lazpack.storage import rows


def test_a_surrogate_pair_is_joined_and_a_lone_one_replaced() -> None:
    assert clean_text("ok") == "ok"
    assert clean_text("caf\u00e9") == "caf\u00e9"
    assert clean_text("\ud83d\ude00 box") == "\U0001f600 box"
    assert clean_text("a\udc80b") == "a\ufffdb"
    assert clean_text("\ud83d") == "\ufffd"


def test_the_api_decoder_and_the_journal_clean_text_alike() -> None:
    # Before: the decoder replaced each half of a pair with U+FFFD, the journal joined it.
    for text in ("\ud83d\ude00", "x\udc80", "plain"):
        assert decode.parse_json(json.dumps({"t": text}).encode()) == {"t": rows.clean_text(text)}
    assert decode._sanitise(["\ud83d\ude00"]) == ["\U0001f600"]
