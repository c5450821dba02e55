"""Screenshot of the station window on the demo shop, made offscreen.

    .venv/bin/python packaging/screenshot.py [docs/screenshot.png]

Starts the real Station (in-process emulator, real client, full sync), opens the oldest
order to pack, waits for its item images, then grabs the window at 1366×768.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


async def shoot(out: Path) -> None:
    from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
    from lazpack.config import Paths, Settings
    from lazpack.domain.orderbook import Tab

    with tempfile.TemporaryDirectory() as tmp:
        station = Station(
            Settings(),
            Paths.for_data_dir(Path(tmp)),
            [build_demo_backend()],
            demo=True,
            trickle_s=None,
        )
        window = await station.start()
        window.resize(1366, 768)
        sync = station.syncs[DEMO_SHOP_ID]
        async with asyncio.timeout(60):
            while not sync.state.full_sync_done:  # noqa: ASYNC110 - waiting on sync state
                await asyncio.sleep(0.05)
        rows = [r for r in station.book if r.tab is Tab.TO_PACK]
        # an order with several SKUs shows what the panel is for
        row = max(rows[:30], key=lambda r: (len(r.sku_counts()), -r.order.order_id))
        window.open_order(row.key)
        window.view.setFocus()
        for _ in range(100):  # images arrive asynchronously through the client
            await asyncio.sleep(0.05)
            cell = window.panel.items.item(0, 0)
            if cell is not None and not cell.icon().isNull():
                await asyncio.sleep(0.2)
                break
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        await station.shutdown()
        window.close()
    print(f"wrote {out}")


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    from lazpack.ui import theme

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png"
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyleSheet(theme.stylesheet())
    qasync.run(shoot(out))


if __name__ == "__main__":
    main()
