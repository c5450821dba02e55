"""``lazpack.app`` re-exports the core's demo constants (one definition, in
``lazpack.station``) without importing the core, and stays Qt-free until a window opens:
the launcher imports it for ``--help`` and ``--version``."""

from __future__ import annotations

from pathlib import Path

import pytest

import lazpack.app as app
import lazpack.station as station
from lazpack.config import Paths, Settings


def test_the_demo_constants_are_the_cores() -> None:
    assert app.DEMO_SHOP_ID is station.DEMO_SHOP_ID
    assert app.DEMO_TRICKLE_S is station.DEMO_TRICKLE_S
    with pytest.raises(AttributeError, match="NO_SUCH_NAME"):
        _ = app.NO_SUCH_NAME


def test_the_window_trickles_demo_orders_at_the_cores_pace(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path)
    default = app.Station(Settings(), paths, [], demo=True)
    assert default.trickle_s == station.DEMO_TRICKLE_S
    assert app.Station(Settings(), paths, [], demo=True, trickle_s=None).trickle_s is None
    assert app.Station(Settings(), paths, [], demo=True, trickle_s=2.5).trickle_s == 2.5
