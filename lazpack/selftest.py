"""``lazpack --self-test DIR``: does this installation (a frozen build above all) work?

A second composition root beside ``lazpack.app``, used by CI on the frozen build and by
support on a packing PC. In the scratch folder DIR it opens the real station window on the
demo shop, waits for the first full sync, fetches the AWB label of a packed order through the
signed client, renders and prints it to ``DIR/selftest-label.pdf`` with the station's label
printer, checks the three scan sounds loaded, closes the station the orderly way and writes
``DIR/selftest.json``. Exit code 0 only when every step passed.

Qt is reached only through ``lazpack.ui`` and ``lazpack.printing`` helpers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import platform
import sys
import time
from pathlib import Path
from typing import Any

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.app import Station, build_demo_backend
from lazpack.config import Paths, Settings

log = lazlog.get_logger("selftest")

SYNC_TIMEOUT_S = 120.0
REPORT = "selftest.json"
LABEL = "selftest-label.pdf"


class SelfTestError(Exception):
    """A step of the self-test failed; the message says which and why."""


async def _first_full_sync(station: Station) -> None:
    done = asyncio.get_running_loop().create_future()

    def on_state(state: Any) -> None:
        if state.full_sync_done and not done.done():
            done.set_result(None)

    for sync in station.syncs.values():
        if sync.state.full_sync_done:
            return
        sync.add_listener(on_state)
    try:
        async with asyncio.timeout(SYNC_TIMEOUT_S):
            await done
    except TimeoutError:
        raise SelfTestError(f"the demo shop did not sync within {SYNC_TIMEOUT_S:.0f} s") from None


async def _steps(station: Station, folder: Path, report: dict[str, Any]) -> None:
    from lazpack.printing.printer import LabelPrinter

    t0 = time.monotonic()
    window = await station.start()
    report["window"] = window.windowTitle()
    backend = await asyncio.to_thread(build_demo_backend)
    station.add_backends([backend])
    await _first_full_sync(station)
    report["orders_synced"] = len(station.book)
    report["sync_s"] = round(time.monotonic() - t0, 2)
    if not report["orders_synced"]:
        raise SelfTestError("the demo shop synced no orders")

    rows = [r for r in station.book if "packed" in r.statuses and r.package_ids]
    if not rows:
        raise SelfTestError("no packed order with a package in the demo shop to print")
    row = rows[0]
    client = backend.port
    docs = await client.print_awb(list(row.package_ids[:1]))
    pdf = await backend.fetch(docs[0].pdf_url)
    if not pdf.startswith(b"%PDF-"):
        raise SelfTestError("the AWB label fetched from the demo shop is not a PDF")
    out = folder / LABEL
    pages = (
        await LabelPrinter(station.settings.printer)
        .to_pdf_file(out)
        .print_pdfs_async([pdf], job_name="lazpack self-test")
    )
    if pages < 1 or not out.is_file():
        raise SelfTestError("the label printer wrote no page")
    report["label"] = {
        "order_id": row.order.order_id,
        "package_id": row.package_ids[0],
        "tracking_numbers": list(row.tracking_codes),
        "pdf": str(out),
        "pages": pages,
    }

    controller = station.controller
    sounds = controller.sounds if controller is not None else None
    loaded = sorted(getattr(sounds, "_effects", {})) if sounds is not None else []
    report["sounds"] = {"available": bool(sounds and sounds.available), "loaded": loaded}
    if loaded != ["bad", "done", "good"]:
        raise SelfTestError(f"the scan sounds did not load (loaded: {loaded or 'none'})")


async def _run(paths: Paths, folder: Path, report: dict[str, Any]) -> int:
    settings = Settings()
    settings.packing.sound = True
    station = Station(settings, paths, [], demo=True, trickle_s=None)
    code = 1
    try:
        await _steps(station, folder, report)
        code = 0
    except Exception as err:  # every failure ends in the report and the exit code
        log.error("self-test failed: %s", err, exc_info=not isinstance(err, SelfTestError))
        report["error"] = f"{type(err).__name__}: {err}"
    finally:
        await station.shutdown()
    return code


def run_self_test(paths: Paths, folder: Path) -> int:
    """Called by ``lazpack.launcher`` with the data folder locked and the QApplication made."""
    from lazpack.ui import app_identity

    paths.ensure()
    lazlog.setup(paths.log_dir, logging.INFO)
    report: dict[str, Any] = {
        "version": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    t0 = time.monotonic()
    code = app_identity.run_loop(_run(paths, folder, report))
    report["ok"] = code == 0
    report["seconds"] = round(time.monotonic() - t0, 2)
    (folder / REPORT).write_text(json.dumps(report, indent=2), encoding="utf-8")
    verdict = "passed" if code == 0 else "FAILED"
    log.info("self-test %s in %.1f s: %s", verdict, report["seconds"], folder / REPORT)
    return code
