"""The pack view's words and colours, the batch outcome table, the command sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from lazpack.domain.scan import command_sheet
from lazpack.domain.workflow import Kind, LineView, ScanOutcome, State
from lazpack.printing.command_sheet import render_command_sheet
from lazpack.services.batch_orders import OrderBatchReport, OrderOutcome
from lazpack.ui.pack_view import IDLE_TEXT, READY_TEXT, PackBatchDialog, PackView, headline


def line(sku: str, expected: int, scanned: int) -> LineView:
    return LineView(sku, sku.title(), "", "", expected, scanned, 0)


def out(kind: Kind, state: State, *lines: LineView, nxt: str = "") -> ScanOutcome:
    verified = sum(min(ln.done, ln.expected) for ln in lines)
    expected = sum(ln.expected for ln in lines)
    return ScanOutcome(
        kind,
        f"{kind.value} message",
        nxt,
        state,
        order_id=7,
        order_number=1007,
        progress=(verified, expected),
        lines=lines,
    )


def test_headline_names_the_next_item_with_its_position() -> None:
    o = out(Kind.OK, State.VERIFYING, line("MUG", 1, 1), line("BAG", 3, 1))
    assert headline(o) == "Scan item 3 of 4: BAG"
    assert headline(None) == IDLE_TEXT
    assert headline(out(Kind.CANCELLED, State.IDLE)) == IDLE_TEXT


def test_headline_follows_the_completion_policy() -> None:
    done = out(Kind.COMPLETE, State.VERIFIED, line("MUG", 1, 1))
    assert headline(done, auto_until="rts") == "Packing…"
    assert headline(done, auto_until="verify") == "All items verified — scan DONE to pack"
    packed = out(Kind.PACKED, State.PACKED, line("MUG", 1, 1))
    assert headline(packed, auto_until="label") == "Printing label…"
    assert headline(packed, auto_until="pack") == "Packed — scan DONE to print the label"
    labelled = out(
        Kind.COMMAND, State.LABELLED, nxt="Label printed. Scan it on the parcel to confirm."
    )
    assert headline(labelled) != "Marking ready to ship…"
    assert headline(out(Kind.READY, State.READY_TO_SHIP)) == READY_TEXT
    failed = out(Kind.STEP_FAILED, State.VERIFIED)
    assert headline(failed).startswith("Not finished")


def test_view_flashes_the_severity_then_keeps_a_tint(qtbot: QtBot) -> None:
    v = PackView()
    qtbot.addWidget(v)
    v.show_outcome(out(Kind.WRONG_ITEM, State.VERIFYING, line("MUG", 2, 1)))
    assert v.colour == "error" and v.flashing
    assert v.message_label.text() == "wrong_item message"
    # the view is not shown, so ask whether the bar would be: shown, 1 of 2 items
    assert v.progress.isVisibleTo(v)
    assert (v.progress.value(), v.progress.maximum()) == (1, 2)
    flash = v.palette().color(v.backgroundRole())
    qtbot.waitUntil(lambda: not v.flashing)
    assert v.palette().color(v.backgroundRole()) != flash  # settled to the tint
    v.show_outcome(out(Kind.READY, State.READY_TO_SHIP, line("MUG", 2, 2)))
    assert v.colour == "ready"
    assert v.order_label.text() == "Order 1007"


@pytest.mark.asyncio
async def test_batch_table_lists_failures_first_and_merges_a_retry(qtbot: QtBot) -> None:
    ok = OrderOutcome("s", 1, 101, "rts", True, "done", ("P1",))
    bad = OrderOutcome("s", 2, 102, "verify", False, "pack refused: 1003")
    calls: list[list[tuple[str, int]]] = []

    async def retry(keys: list[tuple[str, int]]) -> OrderBatchReport:
        calls.append(keys)
        return OrderBatchReport((OrderOutcome("s", 2, 102, "rts", True, "done", ("P2",)),))

    dlg = PackBatchDialog(OrderBatchReport((ok, bad)), retry=retry)
    qtbot.addWidget(dlg)
    assert dlg.table.item(0, 0).text() == "102"
    assert dlg.table.item(0, 3).text() == "FAILED (retry possible)"
    assert "1 of 2 orders done" in dlg.summary.text()
    dlg.retry()
    assert dlg.retrying is not None
    await dlg.retrying
    assert calls == [[("s", 2)]]
    assert not dlg.report.failed and len(dlg.report.outcomes) == 2
    assert not dlg.retry_button.isEnabled()


def test_command_sheet_barcodes_scan_back_to_their_commands(qtbot: QtBot, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    entries = command_sheet(["Ana"])
    pdf = render_command_sheet(entries)
    doc = QPdfDocument()
    data = QByteArray(pdf)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    assert doc.pageCount() >= 1
    found: set[str] = set()
    for page in range(doc.pageCount()):
        img = doc.render(page, QSize(1654, 2339))  # A4 at 200 dpi, transparent background
        paper = QImage(img.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, img)
        painter.end()
        png = tmp_path / f"sheet-{page}.png"
        assert paper.save(str(png))
        found |= {r.text for r in zxingcpp.read_barcodes(Image.open(png))}
    assert {code for code, _ in entries} <= found
    assert "#LP:PACKER:Ana" in found


def test_packer_name_stays_whole_beside_an_open_order_at_1366x768(qtbot: QtBot) -> None:
    """The order line takes the row's stretch; the packer label still shows all of
    "Packer: Ana" (it used to be squeezed to a single "P" while packing)."""
    from lazpack.ui.main_window import MainWindow
    from tests.helpers.orders import build_book

    window = MainWindow(build_book(), demo=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.set_packer("Ana")
    first = next(iter(window.book))
    assert window.open_order(first.key)
    label = window.pack_view.packer_label
    qtbot.waitUntil(lambda: label.shown_text() == "Packer: Ana")
    assert label.text() == "Packer: Ana"
    assert window.width() <= 1366
