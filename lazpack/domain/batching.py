"""Lazada's batch cap and the one way lazpack cuts a list into calls.

Every fulfilment call (Pack, ReadyToShip, RecreatePackage, PrintAWB, the DBS and digital
calls) takes at most :data:`BATCH_LIMIT` rows (lazada-api.md §4.0); the client, the services
and the emulator all read the cap from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

#: Lazada's cap on orders/packages per fulfilment call (lazada-api.md §4.0).
BATCH_LIMIT = 20

T = TypeVar("T")


def chunks(seq: Sequence[T], size: int = BATCH_LIMIT) -> list[Sequence[T]]:
    """``seq`` cut into consecutive slices of at most ``size`` items, in order."""
    return [seq[i : i + size] for i in range(0, len(seq), size)]
