"""A USB scanner on a real X server, the way a packer's PC gets it (issue 17, design.md §10).

Xvfb runs the real lazpack window with the demo shop; ``xdotool`` presses the keys a US
scanner presses (X keycodes, Shift for capitals) as one fast burst ending in Return, under
the keyboard layout ``setxkbmap`` made active. The journal then shows the order opened and
every item verified, each scan read as sent the first time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.emulator import Emulator
from tests.helpers.x11 import X11Station, require_x11, x, xvfb

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    require_x11()
    with xvfb() as d:
        yield d


def first_demo_order() -> tuple[str, list[str]]:
    """The demo shop's (seed 1) first pending order without digital items, as the emulator
    makes it: its number and the SKUs of its items."""
    emu = Emulator(orders=120, seed=1, region="sg")
    try:
        for oid in emu.order_ids("pending"):
            items = emu.items(oid)
            if len(items) >= 2 and not any(i["is_digital"] for i in items):
                return str(emu.order(oid)["order_number"]), [i["sku"] for i in items]
    finally:
        emu.close()
    raise AssertionError("the demo shop has no pending order with two physical items")


def _layout_active(display: str, layout: str) -> bool:
    dump = x(display, "xkbcomp", "-xkb", display, "-")
    wanted = {"us": "English (US)", "th": "Thai", "la": "Lao", "ru": "Russian"}[layout]
    return f'name[group1]="{wanted}' in dump or f'name[Group1]="{wanted}' in dump


@pytest.mark.parametrize("layout", ["us", "th", "la", "ru"])
def test_scan_opens_and_verifies_the_order_under_the_layout(
    display: str, tmp_path: Path, layout: str
) -> None:
    order, skus = first_demo_order()
    x(display, "setxkbmap", layout)
    # Xvfb runs with -noreset: without it the server resets when setxkbmap disconnects and
    # the layout silently falls back to US, which would make this test prove nothing.
    assert _layout_active(display, layout), f"`setxkbmap {layout}` did not take effect"
    station = X11Station(display, tmp_path)
    try:
        # the first bursts may precede the window's keyboard focus or the first sync; a
        # burst read wrong fails here, it is never sent again
        assert station.scan_until(order, "order") == (order, "", "order")
        for sku in skus:
            assert station.scan_once(sku) == (sku, sku, "ok"), (layout, sku)
        assert station.count_events("verified", 1) == 1
        # every scan was read as sent: no code with a foreign character reached the station
        assert all(code.isascii() for code, _sku, _result in station.scans())
    finally:
        station.close()
        x(display, "setxkbmap", "us")
