"""Waves: a printed pick list and the orders it was printed for.

Its barcode (``#LP:WAVE:<id>``, a command barcode, see ``domain.scan``) scanned at the
station lists those orders again for batch or one-by-one packing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from lazpack.domain.scan import COMMAND_PREFIX

WAVE_COMMAND = "WAVE"


def wave_code(wave_id: int) -> str:
    """The text of a wave's barcode."""
    return f"{COMMAND_PREFIX}{WAVE_COMMAND}:{int(wave_id)}"


@dataclass(frozen=True, slots=True)
class Wave:
    wave_id: int
    created_at: datetime
    station_id: str
    packer: str
    title: str
    #: (shop_id, order_id, order_number), in pick-list order
    orders: tuple[tuple[str, int, int], ...]

    @property
    def code(self) -> str:
        return wave_code(self.wave_id)


class WavePort(Protocol):
    """Where waves are kept (the journal: who printed which orders, when)."""

    def save_wave(
        self, *, title: str, packer: str, orders: Sequence[tuple[str, int, int]]
    ) -> Wave: ...

    def wave(self, wave_id: int) -> Wave | None: ...

    def waves(self, *, limit: int = 50) -> list[Wave]: ...
