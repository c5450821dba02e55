"""When the station's garbage collector runs, and what it scans (pure Python).

The station collects from a timer on the GUI thread (``lazpack.qt``), on the collector's own
thresholds. While a full sync loads thousands of orders that is waste with a cost on the
screen: nearly everything allocated is the order book, which lives as long as the station,
yet each collection scans it again — the youngest generation every 250 ms (5–10 ms each
during a 10,000-order load), the middle one every few seconds (~50 ms), the whole heap
now and then (70–110 ms), each pause a scan's feedback that waits.

``bulk_load()`` marks such a load. During it the timer *freezes* what was allocated
(``gc.freeze``: moved out of the collector's reach, no scan, no pause) instead of
collecting it. The price is the cyclic garbage made during the load (httpx's request
objects: ~1 object per order loaded) staying frozen with the book; the station moves the
load out of reach for good anyway once it is in (``StationCore._after_full_sync``).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_bulk_loads = 0


@contextlib.contextmanager
def bulk_load() -> Iterator[None]:
    """Long-lived data is being loaded: collections during it would scan it for nothing."""
    global _bulk_loads
    _bulk_loads += 1
    try:
        yield
    finally:
        _bulk_loads -= 1


def collect_now() -> None:
    """What automatic collection would do now (the youngest generation over its threshold,
    and the older ones over theirs), or during a bulk load the freeze that stands in for
    it. The main thread only: a worker thread never collects (``lazpack.qt``)."""
    if threading.current_thread() is not threading.main_thread():
        return
    t0, t1, t2 = gc.get_threshold()
    c0, c1, c2 = gc.get_count()
    if c0 <= t0:
        return
    if _bulk_loads:
        gc.freeze()
        return
    generation = 2 if c1 > t1 and c2 > t2 else 1 if c1 > t1 else 0
    gc.collect(generation)
