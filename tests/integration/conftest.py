"""Emulator fixtures for integration tests: one seeded shop, in-process or on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lazpack.emulator import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A fresh seeded demo shop (200 orders, Singapore); use ``emulator.app`` in-process."""
    emu = Emulator(orders=200, seed=1, region="sg")
    yield emu
    emu.close()


@pytest.fixture
def emulator_url(emulator: Emulator) -> Iterator[str]:
    """The same shop served by uvicorn on 127.0.0.1; ``http://127.0.0.1:PORT/rest``."""
    with emulator.serve() as base_url:
        yield base_url
