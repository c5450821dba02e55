"""Scan-to-pack latency in the real station window (offscreen).

1. Scan → painted: from the terminating Enter of a keyboard-wedge burst (QTest key events
   into the focused orders list, a fake clock for the router so the burst is recognised)
   to the verified state painted (pack view and panel repainted synchronously). Target
   p99 ≤ 16 ms (one frame).
2. Last scan → print job: a single-item order whose package and AWB label were fetched
   ahead (packed earlier, label prefetched into the cache), the emulator answering with
   50 ms latency: from the Enter of the last item scan until the label job reaches the
   sink. Target ≤ 300 ms. For comparison the same without a prepared package (Pack,
   provider, PrintAWB and the document download all on the path).

    .venv/bin/python benchmarks/scan.py [--scans 400] [--orders 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lazpack.config import ApiSettings, Settings  # noqa: E402
from tests.helpers.e2e import station, until  # noqa: E402


class TimedSink:
    """Records when each job arrives, then renders it to a PDF like a printer driver."""

    def __init__(self, folder: Path) -> None:
        from lazpack.printing.printer import LabelPrinter

        self.folder, self.lp = folder, LabelPrinter()
        self.arrived: list[float] = []

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB") -> int:
        self.arrived.append(time.perf_counter())
        path = self.folder / f"job-{len(self.arrived)}.pdf"
        return self.lp.to_pdf_file(path).print_pdfs(pdfs, job_name=job_name)


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def report(name: str, ms: list[float], target: float) -> None:
    p50, p99 = statistics.median(ms), pct(ms, 0.99)
    verdict = "OK" if p99 <= target else "OVER TARGET"
    print(
        f"{name:<52} n={len(ms):<4} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  "
        f"max {max(ms):7.2f} ms  (target p99 ≤ {target:.0f} ms: {verdict})"
    )


@asynccontextmanager
async def bench_station(
    tmp: Path, emu: Any, *, video: Any = None, **packing: Any
) -> AsyncIterator[Any]:
    """The station window the e2e tests drive (``tests.helpers.e2e.station``), its labels
    timed by a ``TimedSink``, 1366×768, the orders list holding the keyboard."""
    settings = Settings(station_id="bench", packer="bench")
    async with station(
        tmp, emulator=emu, settings=settings, sink=TimedSink(tmp), video=video, **packing
    ) as st:
        w = st.window
        w.resize(1366, 768)
        w.view.setFocus()
        await until(w.view.hasFocus, "the orders list has the keyboard")
        yield st


async def posted_scans(st: Any, target: Any, n: int, *, pause_s: float) -> list[float]:
    """``n`` scans of MUG-SAGE as posted key events (the event loop sees them as a scanner's,
    with whatever else it has queued in between): Enter -> outcome painted, in ms; each scan
    is undone so the next one verifies again."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def post(key: Qt.Key, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QCoreApplication.postEvent(target, event)

    w = st.window
    outcomes: list[object] = []
    st.packing.add_listener(outcomes.append)
    out: list[float] = []
    for _ in range(n):
        seen = len(outcomes)
        t0 = time.perf_counter()
        for ch in "MUG-SAGE":
            post(Qt.Key(ord(ch)), ch)
        post(Qt.Key.Key_Return, "\r")
        await until(lambda seen=seen: len(outcomes) > seen, "scan outcome", step=0)
        w.pack_view.repaint()
        out.append((time.perf_counter() - t0) * 1000)
        assert w.pack_view.colour == "ok", w.pack_view.message_label.text()
        st.packing.undo()
        await asyncio.sleep(pause_s)
    return out


async def synced(st: Any, oid: int) -> Any:
    from lazpack.app import DEMO_SHOP_ID

    st.refresh()
    await until(lambda: st.window.book.get((DEMO_SHOP_ID, oid)) is not None, "order synced")
    return st.window.book.get((DEMO_SHOP_ID, oid))


def keys(w: Any, code: str) -> Any:
    from PySide6.QtTest import QTest

    target = w.view
    QTest.keyClicks(target, code)
    return target


async def bench_scan(n: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lazpack.emulator import Emulator

    emu = Emulator(orders=200, seed=2, region="sg")
    with tempfile.TemporaryDirectory() as d:
        async with bench_station(Path(d), emu, auto_until="verify") as st:
            w = st.window
            (oid,) = emu.add_orders(1, skus=["MUG-SAGE", "MUG-SAGE", "BACKPACK-GREY"])
            row = await synced(st, oid)
            target = keys(w, str(row.order.order_number))
            QTest.keyClick(target, Qt.Key.Key_Return)
            assert st.packing.session is not None
            out: list[float] = []
            for _ in range(n):
                target = keys(w, "MUG-SAGE")
                t0 = time.perf_counter()
                QTest.keyClick(target, Qt.Key.Key_Return)
                w.pack_view.repaint()
                w.panel.repaint()
                out.append((time.perf_counter() - t0) * 1000)
                assert w.pack_view.colour == "ok", w.pack_view.message_label.text()
                st.packing.undo()
                await asyncio.sleep(0)
    return out


#: The sync rows scan until a whole sync ran under the scans, but not longer than this.
SYNC_ROW_LIMIT_S = 300.0


async def bench_scan_during_sync(
    n: int, orders: int, rate_limit_per_s: float, *, whole_syncs: int = 1
) -> list[float]:
    """Scan → painted while ``SyncService`` syncs ``orders`` pending orders of a second shop
    into the station's order book (so its orders list takes them in too), on the same loop,
    over the station's client with the call budget ``rate_limit_per_s`` (0: none, the sync
    as fast as the client can decode).

    The scan's key events are *posted* (as a scanner's arrive from the OS) and the clock
    runs until the verified state is painted, so every callback the sync runs on the GUI
    thread meanwhile (answers, decoding, the book) is inside the measurement.

    The scans start half a second into the sync and go on (at least ``n``) until it has
    ended: a sync's heaviest moment for the GUI thread is its end, when the orders list takes
    in every row it still holds. The list holds the small shop and this one; with
    ``whole_syncs=2`` the scans go on through a second big shop's sync, into a list that
    holds the first already (``--second-shop``)."""
    import multiprocessing

    from PySide6.QtCore import Qt

    from lazpack.emulator import Emulator
    from lazpack.services.sync import SyncService

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import sync as sync_bench

    # spawn, not fork: a forked child would inherit this process's Qt and qasync state.
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(
        target=sync_bench._serve_emulator, args=(child, 0, orders, 1, 50.0, False), daemon=True
    )
    server.start()
    base_url, _pending, _open = parent.recv()
    api = ApiSettings(rate_limit_per_s=rate_limit_per_s)
    emu = Emulator(orders=50, seed=2, region="sg")
    syncs = 0
    ended_before = 0
    try:
        with tempfile.TemporaryDirectory() as d:
            async with bench_station(Path(d), emu, auto_until="verify") as st:
                w = st.window
                (oid,) = emu.add_orders(1, skus=["MUG-SAGE", "MUG-SAGE", "BACKPACK-GREY"])
                row = await synced(st, oid)
                target = keys(w, str(row.order.order_number))
                from PySide6.QtTest import QTest

                QTest.keyClick(target, Qt.Key.Key_Return)
                assert st.packing.session is not None

                book = w.book  # the station's own: its orders list shows the big shop

                async def big_sync() -> None:
                    nonlocal syncs
                    while True:  # a shop's first sync; if the scans outlast it, another shop's
                        timeline = sync_bench.Timeline()
                        client = sync_bench._client(base_url, timeline, api)
                        shop = f"big-{syncs + 1}"
                        async with client:
                            service = SyncService(client, book, shop_id=shop, region="sg")
                            service.add_listener(w.set_sync_state)  # as lazpack.app wires it
                            await service.sync_once()
                            syncs += 1

                syncing = asyncio.ensure_future(big_sync())
                # The sync's first half second out of the scans: its client's first call in
                # this process (TLS, httpcore's first connection: ~50-80 ms once), which a
                # station makes at start-up. Pages and items are in flight after it.
                await asyncio.sleep(0.5)
                ended_before = syncs  # a small sync may be over already
                out = await posted_scans(st, target, n, pause_s=0.02)
                deadline = time.monotonic() + SYNC_ROW_LIMIT_S
                while syncs - ended_before < whole_syncs and not syncing.done():
                    if time.monotonic() > deadline:
                        raise RuntimeError(
                            f"no whole sync of {orders:,} orders in {SYNC_ROW_LIMIT_S:g} s"
                        )
                    out += await posted_scans(st, target, 10, pause_s=0.02)
                if syncing.done():  # it only ends by failing: the rows would measure no load
                    raise RuntimeError(f"the sync under the scans failed: {syncing.exception()!r}")
                syncing.cancel()
                await asyncio.gather(syncing, return_exceptions=True)
    finally:
        parent.send("stop")
        parent.poll(10)
        server.join(timeout=10)
    print(
        f"({len(out)} scans; {syncs - ended_before} full syncs of {orders:,} pending orders, "
        "each a shop of its own, ended during the scans)"
    )
    return out


async def bench_scan_while_recording(n: int, *, record: bool = True) -> list[float]:
    """Scan → painted while the packing video records the open order (test camera,
    720p/15 fps, painted in its worker thread, each frame handed to the recorder on the
    GUI thread). Keys are posted, as in the sync row, so frame handling in between counts.
    ``record=False``: the same posted scans with video off (the row's baseline)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lazpack.config import VideoSettings
    from lazpack.emulator import Emulator

    emu = Emulator(orders=50, seed=2, region="sg")
    video = VideoSettings(enabled=record, camera="test", resolution="1280x720", fps=15)
    with tempfile.TemporaryDirectory() as d:
        async with bench_station(Path(d), emu, video=video, auto_until="verify") as st:
            w = st.window
            (oid,) = emu.add_orders(1, skus=["MUG-SAGE", "MUG-SAGE", "BACKPACK-GREY"])
            row = await synced(st, oid)
            target = keys(w, str(row.order.order_number))
            QTest.keyClick(target, Qt.Key.Key_Return)
            if record:
                assert st.video is not None and st.video.recording, (
                    "the order's clip is not recording"
                )

            out = await posted_scans(st, w.view, n, pause_s=0.03)
            clip = st.video.clip if st.video is not None else None
            frames = clip.recorder.frames if clip is not None else 0
    if record:
        print(f"({frames} frames recorded during the scans)")
    return out


async def bench_print(n: int, *, prepared: bool) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from lazpack.app import DEMO_SHOP_ID
    from lazpack.emulator import Emulator

    emu = Emulator(orders=60, seed=3, region="sg", latency_ms=50.0)
    out: list[float] = []
    with tempfile.TemporaryDirectory() as d:
        async with bench_station(Path(d), emu) as st:
            w, svc = st.window, st.packing
            sink = st.labels.sink
            for _ in range(n):
                (oid,) = emu.add_orders(1, skus=["LAMP-WHITE"])
                row = await synced(st, oid)
                if prepared:
                    # packed earlier (e.g. a pick-list run) and its label fetched ahead
                    report_ = await svc.batch([(DEMO_SHOP_ID, oid)], until="pack")
                    assert report_.outcomes[0].ok, report_.outcomes[0].message
                    pids = report_.outcomes[0].package_ids
                    await st.labels.service(DEMO_SHOP_ID).prefetch(pids)
                target = keys(w, str(row.order.order_number))
                QTest.keyClick(target, Qt.Key.Key_Return)
                assert svc.session is not None and svc.session.order_id == oid
                jobs = len(sink.arrived)
                target = keys(w, "LAMP-WHITE")
                before = dict(emu.calls)
                t0 = time.perf_counter()
                QTest.keyClick(target, Qt.Key.Key_Return)
                await until(lambda j=jobs: len(sink.arrived) > j, "label job", step=0.005)
                if os.environ.get("SCAN_BENCH_DEBUG"):  # which API calls were on the path
                    calls = emu.calls.items()
                    print({k: n - before.get(k, 0) for k, n in calls if n != before.get(k, 0)})
                out.append((sink.arrived[-1] - t0) * 1000)
                await svc.settle()
                assert {i["status"] for i in emu.items(oid)} == {"ready_to_ship"}
    return out


async def run(args: argparse.Namespace) -> None:
    scans = await bench_scan(args.scans)
    report("scan → verified state painted", scans, 16)
    budget = ApiSettings().rate_limit_per_s
    during = await bench_scan_during_sync(max(10, args.scans // 8), args.sync_orders, budget)
    report(f"scan → painted, {args.sync_orders:,}-order sync ({budget:g} calls/s)", during, 16)
    during = await bench_scan_during_sync(max(10, args.scans // 8), args.sync_orders, 0.0)
    report(f"scan → painted, {args.sync_orders:,}-order sync (no budget)", during, 16)
    if args.second_shop:
        for per_s, name in ((budget, f"{budget:g} calls/s"), (0.0, "no budget")):
            during = await bench_scan_during_sync(
                max(10, args.scans // 8), args.sync_orders, per_s, whole_syncs=2
            )
            report(f"scan → painted, two {args.sync_orders:,}-order shops ({name})", during, 16)
    posted = await bench_scan_while_recording(max(10, args.scans // 4), record=False)
    report("scan → painted, posted keys, video off", posted, 16)
    recording = await bench_scan_while_recording(max(10, args.scans // 4))
    report("scan → painted, posted keys, recording 720p/15 fps", recording, 16)
    prepared = await bench_print(args.orders, prepared=True)
    report("last scan → print job (AWB prefetched, 50 ms API)", prepared, 300)
    cold = await bench_print(max(5, args.orders // 2), prepared=False)
    report("last scan → print job (pack+PrintAWB on the path)", cold, 300)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--scans", type=int, default=400)
    p.add_argument("--orders", type=int, default=20)
    p.add_argument("--sync-orders", type=int, default=10_000, help="the sync under the scans")
    p.add_argument(
        "--second-shop",
        action="store_true",
        help="also: a second big shop's sync, into a list that holds the first already",
    )
    p.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = p.parse_args(argv)
    if args.quick:
        args.scans, args.orders, args.sync_orders = 40, 4, 500
        args.second_shop = True  # every row runs in CI, so none can rot
    import qasync
    from PySide6.QtWidgets import QApplication

    import lazpack.qt  # before any Qt object
    from lazpack.ui import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet(theme.stylesheet())
    # as lazpack.app.main does: the collector runs from the GUI thread's timer, not on
    # Python's thresholds (a station never collects any other way)
    lazpack.qt.collect_garbage_on_gui_thread()
    qasync.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
