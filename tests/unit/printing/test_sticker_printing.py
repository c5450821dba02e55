"""SKU stickers to a printer go through ``LabelPrinter``: its checks, hints and words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lazpack import i18n
from lazpack.errors import PrinterError, WorkflowError
from lazpack.printing.printer import printer_names
from lazpack.printing.stickers import Sticker, print_stickers, render_stickers


@pytest.fixture
def marked_translations() -> Iterator[None]:
    """A translator that marks every text with its context (restored afterwards)."""
    before = i18n._hook

    def marked(context: str, text: str, _d: str | None = None, n: int = -1) -> str:
        return f"[{context}] {i18n._source('', text, None, n)}"

    i18n.install(marked)
    yield
    i18n.install(before)


def test_a_missing_sticker_printer_is_refused_with_the_fix(qapp: object) -> None:
    """Never a silent fallback to another printer (QPrinter.setPrinterName took the
    default printer for an unknown name)."""
    pdf = render_stickers([Sticker("MUG-SAGE")])
    with pytest.raises(PrinterError, match="“Gone Sticker” was not found") as err:
        print_stickers(pdf, printer_name="Gone Sticker")
    assert err.value.hint
    if printer_names():
        assert printer_names()[0] in err.value.hint  # what is installed instead


def test_sticker_messages_are_translated(qapp: object, marked_translations: None) -> None:
    with pytest.raises(WorkflowError) as err:
        print_stickers(b"%PDF", printer_name="")
    assert err.value.user_message == "[Stickers] No sticker printer is saved."
    assert err.value.hint == "[Stickers] Choose one in the Stickers dialog first."
    with pytest.raises(WorkflowError) as err:
        render_stickers([Sticker("A")], "10x10mm")
    assert err.value.user_message == "[Stickers] Unknown sticker size '10x10mm'."
