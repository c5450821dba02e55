"""Screenshot of the pack view while the packing video records (test camera), offscreen.

    .venv/bin/python packaging/screenshot_video.py [docs/packing-video.png]

Starts the real Station on the demo shop with ``video.enabled`` and the test camera, scans
an order and its first item, lets the clip run two seconds, then grabs the window at
1366×768 (the preview with its red REC at the top right) and one frame of the clip as the
recorder got it (``<out>-frame.png``: the burned-in overlay).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def shoot(out: Path) -> None:
    from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
    from lazpack.config import Paths, Settings, VideoSettings
    from lazpack.domain.orderbook import Tab

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(packer="Ana", video=VideoSettings(enabled=True, camera="test"))
        station = Station(
            settings,
            Paths.for_data_dir(Path(tmp)),
            [build_demo_backend()],
            demo=True,
            trickle_s=None,
        )
        window = await station.start()
        window.resize(1366, 768)
        sync = station.syncs[DEMO_SHOP_ID]
        async with asyncio.timeout(60):
            while not sync.state.full_sync_done or not station.resumed.done():  # noqa: ASYNC110
                await asyncio.sleep(0.05)
        rows = [r for r in station.book if r.tab is Tab.TO_PACK]
        row = max(rows[:30], key=lambda r: (len(r.sku_counts()), -r.order.order_id))
        window.scanned.emit(str(row.order.order_number))
        window.scanned.emit(row.items[0].sku)
        await asyncio.sleep(2.2)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        video = station.video
        assert video is not None and video.recording
        engine = video.engine
        engine.compose(engine.lines(datetime.now())).save(
            str(out.with_name(out.stem + "-frame.png"))
        )
        await station.shutdown()
        window.close()
    print(f"wrote {out}")


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    import lazpack.qt  # noqa: F401  (before any Qt object)
    from lazpack.ui import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet(theme.stylesheet())
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "packing-video.png"
    qasync.run(shoot(out))


if __name__ == "__main__":
    main()
