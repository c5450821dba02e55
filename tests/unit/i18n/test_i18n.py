"""lazpack.i18n: the Qt-free translation hook the domain and services speak through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lazpack import i18n
from lazpack.domain.workflow import State, next_action, state_text
from lazpack.errors import PrinterError


@pytest.fixture
def pirate() -> Iterator[list[tuple[str, str, int]]]:
    """A hook that records its calls and answers in capitals (a stand-in language)."""
    calls: list[tuple[str, str, int]] = []

    def hook(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        calls.append((context, text, n))
        out = text.upper()
        return out.replace("%N", str(n)) if n >= 0 else out

    previous = i18n._hook
    i18n.install(hook)
    yield calls
    i18n.install(previous)


def test_without_a_hook_the_source_english_comes_back_with_n_filled() -> None:
    assert i18n._source("Ctx", "Scan %n item(s)", None, 3) == "Scan 3 item(s)"
    assert i18n._source("Ctx", "100%") == "100%"


def test_arg_fills_each_placeholder_once_in_the_translations_order() -> None:
    assert i18n.arg("Order %1: %2 of %3", 7, 1, 2) == "Order 7: 1 of 2"
    # a translation may put them in another order
    assert i18n.arg("%3 ชิ้น จาก %2 (%1)", "A", "B", "C") == "C ชิ้น จาก B (A)"
    # a value that contains a placeholder is not substituted again
    assert i18n.arg("%1 and %2", "%2", "x") == "%2 and x"
    # a placeholder without a value stays visible rather than vanishing
    assert i18n.arg("%1 %2", "only") == "only %2"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["th-TH", "en-US"], "th"),
        (["vi_VN"], "vi"),
        (["id-ID"], "id"),
        (["ms-MY"], "ms"),
        (["fil-PH"], "fil"),
        (["tl"], "fil"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-TW"], "zh_CN"),
        (["de-DE", "ms"], "ms"),
        (["de-DE"], "en"),
        ([], "en"),
    ],
)
def test_the_pc_language_picks_a_shipped_one(names: list[str], expected: str) -> None:
    assert i18n.match_language(names) == expected


def test_domain_texts_go_through_the_hook(pirate: list[tuple[str, str, int]]) -> None:
    assert next_action(None, confirm_label_scan=False) == (
        "SCAN AN ORDER NUMBER, TRACKING NUMBER OR PACKAGE ID."
    )
    assert state_text(State.VERIFYING) == "VERIFYING ITEMS"
    assert ("Workflow", "verifying items", -1) in pirate


def test_error_messages_are_translated_when_raised_and_logged_in_english(
    pirate: list[tuple[str, str, int]],
) -> None:
    err = PrinterError()
    assert err.user_message == "THE LABEL PRINTER IS NOT AVAILABLE."
    assert err.hint == "CHECK THAT IT IS SWITCHED ON, OR CHOOSE ANOTHER PRINTER."
    assert str(err) == "The label printer is not available."  # the log stays in English
    assert ("KnownError", "The label printer is not available.", -1) in pirate
    # a message passed in was translated by whoever raised it: not translated twice
    assert PrinterError("déjà traduit").user_message == "déjà traduit"
