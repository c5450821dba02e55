"""Scan-path latency of the packing service (no UI): Enter → outcome ready to paint.

Each sample is one ``PackingService.scan`` call: normalise, resolve against the order
book, count the unit, journal the scan and the session, build the ``ScanOutcome`` and
notify a listener. Runs twice on the same orders:

* ``memory``  — the real journal, a SQLite file on a RAM disk (``/dev/shm``): the
  service's own cost without the disk's fsyncs (the budget is ≪ 1 ms). Without
  ``/dev/shm`` (Windows, macOS) the file is in an ordinary temp folder, like ``sqlite``;
* ``sqlite``  — the real ``SqliteJournal`` in a temp dir: what the station pays.

Baseline, measured in the same run: ``normalize`` + a dict lookup, the floor of any
scan handler. Prints p50/p99 and the ratio to the baseline.

    .venv/bin/python benchmarks/scan_core.py [--orders 200 --units 12] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from lazpack.config import PackingSettings
from lazpack.domain.models import Order, OrderItem
from lazpack.domain.orderbook import OrderBook
from lazpack.domain.ports import JournalPort
from lazpack.domain.scan import normalize
from lazpack.services.packing import PackingService
from lazpack.storage.journal import SqliteJournal


class NoLabels:
    async def fetch_label(self, shop_id: str, package_ids: Sequence[str]) -> bytes:
        raise AssertionError("the benchmark never gets past verification")

    async def print_label(self, pdf: bytes, *, job_name: str) -> None:
        raise AssertionError("the benchmark never gets past verification")


def build_book(n_orders: int, units: int) -> OrderBook:
    book = OrderBook()
    t = datetime(2026, 1, 1, tzinfo=UTC)
    next_id = 10_000
    for o in range(n_orders):
        order_id = 900_000 + o
        items = []
        for u in range(units):
            next_id += 1
            items.append(
                OrderItem(next_id, order_id, "pending", f"Product {u % 5}", f"SKU-{o % 50}-{u % 5}")
            )
        order = Order(order_id, 500_000 + o, t, t, ("pending",), units, Decimal(1))
        book.upsert("shop", order, items)
    return book


def percentiles(samples: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=100)
    return q[49], q[98]


def run(journal: JournalPort, book: OrderBook) -> list[float]:
    service = PackingService(
        lazada=lambda shop: None,  # type: ignore[arg-type,return-value]
        journal=journal,
        labels=NoLabels(),
        orders=book,
        settings=PackingSettings(auto_until="verify"),
        packer="bench",
    )
    painted: list[object] = []
    service.add_listener(painted.append)
    samples: list[float] = []
    perf = time.perf_counter
    for row in book:
        codes = [f"]C1{row.order.order_number}\r"] + [f"{it.sku}\r" for it in row.items]
        for code in codes:
            t0 = perf()
            service.scan(code)
            samples.append((perf() - t0) * 1000)
        service.scan("#LP:CANCEL")
    return samples


def baseline(book: OrderBook) -> list[float]:
    table = {it.sku.upper(): it.sku for row in book for it in row.items}
    samples: list[float] = []
    perf = time.perf_counter
    for row in book:
        for it in row.items:
            t0 = perf()
            table.get(normalize(f"{it.sku}\r").upper())
            samples.append((perf() - t0) * 1000)
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, default=200)
    ap.add_argument("--units", type=int, default=12)
    ap.add_argument("--quick", action="store_true", help="CI: 20 orders")
    args = ap.parse_args(argv)
    if args.quick:
        args.orders = min(args.orders, 20)
    book = build_book(args.orders, args.units)
    base50, base99 = percentiles(baseline(book))
    print(f"baseline normalize+lookup   p50 {base50 * 1000:7.1f} µs  p99 {base99 * 1000:7.1f} µs")
    # The real journal in a SQLite file on a RAM disk (/dev/shm; an ordinary temp folder
    # where there is none: Windows, macOS), not a hand-written null journal: a stand-in
    # rots as soon as the service calls a method it lacks (it did, once).
    shm = "/dev/shm" if Path("/dev/shm").is_dir() else None  # noqa: S108 - mkdtemp inside
    with tempfile.TemporaryDirectory(dir=shm) as ram, tempfile.TemporaryDirectory() as tmp:
        runs: list[tuple[str, Callable[[], JournalPort]]] = [
            ("memory", lambda: SqliteJournal(Path(ram) / "journal.sqlite3", station_id="bench"))
        ]
        runs.append(
            ("sqlite", lambda: SqliteJournal(Path(tmp) / "journal.sqlite3", station_id="bench"))
        )
        for name, make in runs:
            journal = make()
            samples = run(journal, book)
            close = getattr(journal, "close", None)
            if close is not None:
                close()
            p50, p99 = percentiles(samples)
            print(
                f"scan path ({name:6})       p50 {p50 * 1000:7.1f} µs  p99 {p99 * 1000:7.1f} µs"
                f"  ({len(samples)} scans; p50 ×{p50 / base50:.0f}, p99 ×{p99 / base99:.0f} "
                "of baseline)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
