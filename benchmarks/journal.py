"""Journal latency: the scan path, intents, and the History/Stats queries on a year of data.

Baseline, measured in the same run on the same disk: one bare ``INSERT`` into an equivalent
table through ``sqlite3`` with the same pragmas (WAL, synchronous=NORMAL) — the floor any
SQLite journal pays. Intents fsync the WAL (synchronous=FULL) on purpose, so they are
compared with a bare INSERT under FULL.

    .venv/bin/python benchmarks/journal.py [--dir /tmp/x] [--orders-per-day 200 --days 365]

Prints p50/p99 per operation, the ratio to the baseline, open time (with the integrity check)
and query times on the filled journal.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lazpack.storage.journal import SqliteJournal  # noqa: E402
from tests.helpers.clocks import FakeClock  # noqa: E402


def measure(
    n: int, fn: Callable[[int], object], base: Callable[[int], object]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """p50 and p99 in microseconds of ``fn`` and of the baseline ``base``.

    The two are interleaved op by op, so disk load from other processes hits both alike.
    """
    times: list[float] = []
    base_times: list[float] = []
    for k in range(n):
        t0 = time.perf_counter()
        base(k)
        t1 = time.perf_counter()
        fn(k)
        t2 = time.perf_counter()
        base_times.append((t1 - t0) * 1e6)
        times.append((t2 - t1) * 1e6)
    return _pcts(times), _pcts(base_times)


def _pcts(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.99) - 1)]


def bare_insert(path: Path, synchronous: str) -> Callable[[int], object]:
    """The floor: one INSERT of a scan-sized row, autocommit, WAL, given synchronous."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, ts TEXT, station_id TEXT,"
        " shop_id TEXT, order_id INTEGER, code TEXT, sku TEXT, result TEXT, packer TEXT,"
        " detail TEXT)"
    )
    sql = "INSERT INTO t VALUES (NULL,?,?,?,?,?,?,?,?,?)"
    ts = "2026-01-01T00:00:00.000000Z"
    return lambda k: conn.execute(sql, (ts, "st", "shop", k, f"C{k}", "SKU", "ok", "ann", ""))


def fill(j: SqliteJournal, clock: FakeClock, orders_per_day: int, days: int) -> int:
    """A year of a busy station: per order 1 order scan, 2 item scans, pack, rts, 2 events."""
    order_id = 1_000_000
    rows = 0
    start = clock.t
    for day in range(days):
        clock.t = start + timedelta(days=day, hours=8)
        for _ in range(orders_per_day):
            order_id += 1
            clock.t += timedelta(seconds=90)
            packer = ("ann", "bob", "cy")[order_id % 3]
            j.record_scan(
                shop_id="shop",
                order_id=order_id,
                code=f"O{order_id}",
                result="order",
                packer=packer,
            )
            for s in range(2):
                j.record_scan(
                    shop_id="shop",
                    order_id=order_id,
                    code=f"8850{s}",
                    sku=f"SKU-{order_id % 500}-{s}",
                    result="ok",
                    packer=packer,
                )
            i = j.begin(
                action="pack",
                shop_id="shop",
                order_ids=[order_id],
                item_ids=[order_id * 10, order_id * 10 + 1],
                packer=packer,
            )
            j.finish(i, outcome="ok", package_ids=[f"FP{order_id}"], request_ids=["r"])
            j.remember_order(shop_id="shop", order_id=order_id, tracking_numbers=[f"LEX{order_id}"])
            j.record_event(shop_id="shop", order_id=order_id, event="label_printed")
            r = j.begin(
                action="rts",
                shop_id="shop",
                order_ids=[order_id],
                package_ids=[f"FP{order_id}"],
                packer=packer,
            )
            j.finish(r, outcome="ok")
            j.record_event(shop_id="shop", order_id=order_id, event="done")
            rows += 9
    return order_id


def timed(label: str, fn: Callable[[], object], reps: int = 5) -> None:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    print(f"  {label:<38} {statistics.median(times):9.2f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=None, help="where to put the files (a disk)")
    ap.add_argument("--ops", type=int, default=3000)
    ap.add_argument("--orders-per-day", type=int, default=200)
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = ap.parse_args()
    if args.quick:
        args.ops, args.orders_per_day, args.days = 50, 50, 30
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        d = Path(tmp)
        clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
        j = SqliteJournal(d / "journal.sqlite3", station_id="bench", clock=clock)
        normal = bare_insert(d / "base.sqlite3", "NORMAL")
        full = bare_insert(d / "base_full.sqlite3", "FULL")
        scan, scan_base = measure(
            args.ops,
            lambda k: j.record_scan(
                shop_id="shop", order_id=k, code=f"C{k}", sku="SKU", result="ok", packer="ann"
            ),
            normal,
        )
        ids: list[int] = []
        begin, begin_base = measure(
            args.ops // 10,
            lambda k: ids.append(
                j.begin(
                    action="pack", shop_id="shop", order_ids=[k], item_ids=[k, k + 1], packer="ann"
                )
            ),
            full,
        )
        finish, finish_base = measure(
            len(ids),
            lambda k: j.finish(
                ids[k], outcome="ok", request_ids=["r"], package_ids=[f"FP{k}"], duration_ms=120.0
            ),
            full,
        )
        print("per operation: p50 / p99 in microseconds (baseline interleaved op by op)")
        for label, ours, base, base_label in (
            ("record_scan", scan, scan_base, "bare INSERT, synchronous=NORMAL"),
            ("begin (durable)", begin, begin_base, "bare INSERT, synchronous=FULL"),
            ("finish (durable)", finish, finish_base, "bare INSERT, synchronous=FULL"),
        ):
            print(
                f"  {label:<18} {ours[0]:8.1f} / {ours[1]:8.1f}   {base_label}"
                f" {base[0]:8.1f} / {base[1]:8.1f}   ratio x{ours[0] / base[0]:.2f}"
            )

        t0 = time.perf_counter()
        last = fill(j, clock, args.orders_per_day, args.days)
        fill_s = time.perf_counter() - t0
        j.close()
        size = sum(p.stat().st_size for p in d.glob("journal.sqlite3*"))
        counts_orders = args.orders_per_day * args.days
        print(f"\nfilled {counts_orders} orders in {fill_s:.1f} s; file {size / 1e6:.1f} MB")

        t0 = time.perf_counter()
        j = SqliteJournal(d / "journal.sqlite3", station_id="bench", clock=clock)
        print(
            f"  open (quick_check + migrations)        {(time.perf_counter() - t0) * 1e3:9.2f} ms"
        )
        timed("history() latest 200", lambda: j.history())
        timed("history(query=tracking number)", lambda: j.history(query=f"LEX{last - 5}"))
        timed("history(query=SKU), 200 hits", lambda: j.history(query="SKU-42-1"))
        timed(
            "history(packer, one day)",
            lambda: j.history(packer="ann", since=clock.t - timedelta(days=1), until=clock.t),
        )
        timed("timeline(order)", lambda: j.timeline(last - 5))
        timed("stats(one day)", lambda: j.stats(day=clock.t.date(), tz=UTC))
        timed(
            "stats(30 days)",
            lambda: j.stats(
                since=clock.t.date() - timedelta(days=30), until=clock.t.date(), tz=UTC
            ),
            reps=2,
        )
        timed("open_intents()", j.open_intents)
        t0 = time.perf_counter()
        clock.t += timedelta(days=1)
        deleted = j.prune(180)
        print(
            f"  prune(180 days): {deleted} rows        {(time.perf_counter() - t0) * 1e3:9.2f} ms"
        )
        j.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
