"""Issue 22 on a real X server: real key events from a "scanner" and real mouse clicks.

Offscreen QTest events never meet focus moved by a mouse click, and carry no timestamps; here
Xvfb runs the real lazpack window, ``xdotool`` clicks a row of the orders list between two
items and types the next scans as fast bursts ending in Return. Every scan must reach the
packing workflow whole: nothing eaten by the list's type-ahead, no Enter opening the clicked row.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.scan import Command, command_code
from lazpack.emulator import Emulator
from tests.helpers.x11 import X11Station, require_x11, x, xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    require_x11()
    with xvfb() as d:
        yield d


def demo_orders(n: int) -> list[tuple[str, list[str]]]:
    """``n`` pending orders of the demo shop (seed 1) with two or more items, as it makes them."""
    emu = Emulator(orders=120, seed=1, region="sg")
    out = []
    for oid in emu.order_ids("pending"):
        items = emu.items(oid)
        if len(items) >= 2 and not any(i["is_digital"] for i in items):
            out.append((str(emu.order(oid)["order_number"]), [i["sku"] for i in items]))
        if len(out) == n:
            break
    emu.close()
    return out


def test_six_orders_with_a_real_click_on_the_list_between_items(
    display: str, tmp_path: Path
) -> None:
    x(display, "setxkbmap", "us")
    config = tmp_path / "config"
    config.mkdir()
    # verify only: no print dialog on the X server; CANCEL then moves on to the next order
    (config / "settings.json").write_text(
        json.dumps({"packer": "Ana", "packing": {"auto_until": "verify"}}), encoding="utf-8"
    )
    orders = demo_orders(6)
    station = X11Station(display, tmp_path)
    try:
        station.scan_until(orders[0][0], "order")  # the first scans may precede the sync
        for n, (number, skus) in enumerate(orders):
            if n:
                assert station.scan_once(number) == (number, "", "order")
            row = station.scan_once(skus[0])
            assert row[1:] == (skus[0], "ok"), (number, row)
            station.click(160, 300)  # a row of the orders list: focus and selection go there
            for sku in skus[1:]:
                row = station.scan_once(sku)
                assert row[1:] == (sku, "ok"), (number, sku, row)
            assert station.count_events("verified", n + 1) == n + 1
            assert station.scan_once(command_code(Command.CANCEL))[2] == "cancel"
        refused = [r for r in station.scans() if r[2] not in ("order", "ok", "cancel")]
        assert refused == [], station.scans()
    finally:
        station.close()
