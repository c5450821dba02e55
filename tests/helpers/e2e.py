"""Driving the real station window in e2e tests: the station's own start path
(``Station.start``) on the demo shop (the emulator in-process behind the real signed client),
scans sent as fast QTest key events to whatever widget has focus, labels rendered into PDF
files by the real printer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
from lazpack.config import Paths, Settings, VideoSettings
from lazpack.domain.ports import LabelSink
from lazpack.emulator import Emulator
from lazpack.printing.printer import LabelPrinter
from lazpack.ui.main_window import MainWindow
from tests.helpers.clocks import StepClock

#: the Lazada paths that change the shop (what ``writes`` counts)
WRITES = (
    "/order/fulfill/pack",
    "/order/package/rts",
    "/order/package/document/get",
    "/order/package/repack",
)


class PdfFiles:
    """A label sink writing each job to its own PDF file, rendered by the real printer."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.lp = LabelPrinter()
        self.jobs: list[tuple[str, Path, int]] = []

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        path = self.folder / f"job-{len(self.jobs) + 1}.pdf"
        pages = self.lp.to_pdf_file(path).print_pdfs(pdfs, job_name=job_name)
        self.jobs.append((job_name, path, pages))
        return pages


async def until(
    cond: Callable[[], bool], what: str, *, seconds: float = 60, step: float = 0.01
) -> None:
    """Let the loop run until ``cond`` holds, looking every ``step`` seconds (``seconds`` is a
    safety bound on a busy machine, not a timing assertion)."""
    try:
        async with asyncio.timeout(seconds):
            # state lives in Qt widgets and the station's services: polling is how a
            # coroutine waits on it
            while not cond():  # noqa: ASYNC110
                await asyncio.sleep(step)
    except TimeoutError:
        raise AssertionError(f"never happened: {what}") from None


@asynccontextmanager
async def station(
    tmp_path: Path,
    *,
    emulator: Emulator | None = None,
    settings: Settings | None = None,
    sink: LabelSink | Literal["pdf", "printer"] = "pdf",
    video: VideoSettings | None = None,
    **packing: Any,
) -> AsyncIterator[Station]:
    """The real station window on the demo shop (``emulator``, by default 30 orders), started
    the station's own way, synced, resumed and focused; shut down and closed afterwards.

    ``settings`` default to station "e2e", packer "Ana"; ``packing`` keywords set fields of
    its ``packing`` settings. Labels go to ``sink``: ``"pdf"`` (the default) renders each
    job into a PDF file under ``tmp_path/labels`` (``PdfFiles``), ``"printer"`` keeps the
    station's own printer output (the settings' printer, or the system dialog). The data
    folder is ``tmp_path/station``."""
    emu = emulator or Emulator(orders=30, seed=11, region="sg")
    settings = settings or Settings(station_id="e2e", packer="Ana")
    if video is not None:
        settings.video = video
    for k, v in packing.items():
        setattr(settings.packing, k, v)
    clock = StepClock()
    st = Station(
        settings,
        Paths.for_data_dir(tmp_path / "station"),
        [build_demo_backend(emulator=emu)],
        demo=True,
        trickle_s=None,
        scan_clock=clock,
    )
    st.keepalive.append(clock)
    await st.start()
    try:
        await until(lambda: st.syncs[DEMO_SHOP_ID].state.full_sync_done, "full sync")
        assert st.resumed is not None
        await until(st.resumed.done, "resume after the first sync")
        assert st.labels is not None
        if not isinstance(sink, str):
            st.labels.sink = sink
        elif sink == "pdf":
            st.labels.sink = PdfFiles(tmp_path / "labels")
        w = win(st)
        w.activateWindow()
        await until(lambda: QApplication.focusWidget() is not None, "focus")
        yield st
    finally:
        await st.shutdown()
        assert st.window is not None
        st.window.close()
        st.window.deleteLater()


def win(st: Station) -> MainWindow:
    assert st.window is not None
    return st.window


def emu_of(st: Station) -> Emulator:
    emu: Emulator = st.demo_emulator
    return emu


def burst(code: str, widget: QWidget | None = None) -> None:
    """A keyboard-wedge scan: fast keys then Enter, into whatever has focus."""
    target = widget or QApplication.focusWidget()
    assert target is not None
    QTest.keyClicks(target, code)
    QTest.keyClick(target, Qt.Key.Key_Return)


def writes(emu: Emulator) -> dict[str, int]:
    return {api: emu.calls[api] for api in WRITES}


async def new_order(st: Station, skus: list[str]) -> tuple[int, int]:
    """A fresh pending order in the emulator, synced into the window's book."""
    emu = emu_of(st)
    (oid,) = emu.add_orders(1, skus=skus)
    st.refresh()
    await until(lambda: win(st).book.get((DEMO_SHOP_ID, oid)) is not None, "order synced")
    row = win(st).book.get((DEMO_SHOP_ID, oid))
    assert row is not None
    return oid, row.order.order_number


def headline(st: Station) -> str:
    return win(st).pack_view.next_label.text()
