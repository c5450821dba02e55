"""History and Stats on a big journal: is a query fast enough for the GUI thread?

Fills a throw-away journal with ``--rows`` journal rows (scans + intents + events; default
200,000 ≈ 25,000 orders over 60 days, five packers, two stations), then times what the
History and Stats tabs ask for. The budget for work on the GUI thread is one or two frames
(~16-50 ms); anything above it must run off the GUI thread, which the widgets do (they read
through a second connection in a worker thread, see lazpack/ui/journal_views.py).

Baseline, measured in the same run on the same file: ``SELECT COUNT(*) FROM scans`` (the
cheapest full pass any history screen could make).

    .venv/bin/python benchmarks/history.py [--rows 200000] [--dir /tmp/x]

Prints median latencies, the ratio to the baseline, and the process RSS before and after.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lazpack.storage.journal import SqliteJournal, format_ts  # noqa: E402
from lazpack.ui.history_view import HistoryFilter, run_search  # noqa: E402
from tests.helpers.clocks import FakeClock  # noqa: E402

PACKERS = ("ann", "bob", "chai", "dewi", "eko")
ROWS_PER_ORDER = 8  # 1 order scan, 3 item scans, pack, rts, 2 events
BASELINE_SQL = "SELECT COUNT(*) FROM scans"


def rss_mb() -> float:
    """Current resident set size (Linux); elsewhere the peak (ru_maxrss, KiB on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scan_latency_under_load(
    j: SqliteJournal, query: Callable[[], object], n: int
) -> tuple[float, float, int]:
    """p50/max (ms) of ``record_scan`` on ``j`` while another thread runs ``query`` in a loop.

    This is what the packer feels: a scan arriving while the History tab searches."""
    stop = threading.Event()
    done = 0

    def loop() -> None:
        nonlocal done
        while not stop.is_set():
            query()
            done += 1

    worker = threading.Thread(target=loop, name="history-load")
    worker.start()
    times = []
    try:
        for k in range(n):
            t0 = time.perf_counter()
            j.record_scan(shop_id="shop", order_id=k, code=f"LOAD{k}", result="ok", packer="ann")
            times.append((time.perf_counter() - t0) * 1e3)
            time.sleep(0.002)  # scans come in bursts, not back to back
    finally:
        stop.set()
        worker.join()
    times.sort()
    return statistics.median(times), times[-1], done


def fill(path: Path, rows: int, end: datetime) -> tuple[int, str, str]:
    """Bulk-insert ``rows`` journal rows in one transaction (the journal's own API would
    fsync each intent; that is measured in benchmarks/journal.py, not here).

    Returns (an order id near the end, its tracking number, a SKU)."""
    SqliteJournal(path, station_id="st-a").close()  # creates the schema at the current version
    rnd = random.Random(7)
    orders = rows // ROWS_PER_ORDER
    days = 60
    per_day = max(1, orders // days)
    scans: list[tuple[object, ...]] = []
    intents: list[tuple[object, ...]] = []
    intent_orders: list[tuple[int, int]] = []
    events: list[tuple[object, ...]] = []
    refs: list[tuple[object, ...]] = []
    intent_id = 0
    start = end - timedelta(days=days)
    oid = 5_000_000
    for n in range(orders):
        oid += 1
        day, k = divmod(n, per_day)
        t = start + timedelta(days=day, hours=8, seconds=k * 28800 / per_day)
        packer = PACKERS[n % len(PACKERS)]
        station = "st-a" if n % 2 else "st-b"

        def ts(offset_s: float, t: datetime = t) -> str:
            return format_ts(t + timedelta(seconds=offset_s))

        scans.append((ts(0), station, "shop", oid, f"O{oid}", "", "order", packer, ""))
        skus = [f"SKU-{rnd.randrange(800)}" for _ in range(3)]
        for s, sku in enumerate(skus):
            wrong = rnd.random() < 0.03
            scans.append(
                (ts(5 + 4 * s), station, "shop", oid, f"885{rnd.randrange(10**9)}", sku,
                 "wrong_item" if wrong else "ok", packer, "")
            )  # fmt: skip
        pid = f"FP{oid}"
        for action, off, pkgs in (("pack", 20, [pid]), ("rts", 30, [pid])):
            intent_id += 1
            intents.append(
                (intent_id, station, action, "shop", json.dumps([oid]),
                 json.dumps([oid * 10 + i for i in range(3)]), json.dumps(pkgs), packer, "",
                 ts(off), ts(off + 0.4), "ok", json.dumps([f"req-{intent_id}"]), "", 400.0)
            )  # fmt: skip
            intent_orders.append((intent_id, oid))
        events.append((ts(25), station, "shop", oid, "label_printed", packer, pid))
        events.append((ts(31), station, "shop", oid, "done", packer, ""))
        for kind, value in (("package", pid), ("tracking", f"LEX{oid}"), ("sku", skus[0])):
            refs.append((kind, value, "shop", oid, ts(0)))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO scans(ts, station_id, shop_id, order_id, code, sku, result, packer, detail)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        scans,
    )
    conn.executemany(
        "INSERT INTO intents(id, station_id, action, shop_id, order_ids, item_ids, package_ids,"
        " packer, detail, started_at, finished_at, outcome, request_ids, result, duration_ms)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        intents,
    )
    conn.executemany("INSERT INTO intent_orders(intent_id, order_id) VALUES (?,?)", intent_orders)
    conn.executemany(
        "INSERT INTO events(ts, station_id, shop_id, order_id, event, packer, detail)"
        " VALUES (?,?,?,?,?,?,?)",
        events,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO refs(kind, value, shop_id, order_id, ts) VALUES (?,?,?,?,?)", refs
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    near_end = oid - 10
    return near_end, f"LEX{near_end}", "SKU-42"


def timed(fn: Callable[[], object], reps: int) -> float:
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--dir", type=Path, default=None, help="where to put the file (a disk)")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--scans", type=int, default=1000, help="scans timed under search load")
    ap.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = ap.parse_args()
    if args.quick:
        args.rows, args.reps, args.scans = 5_000, 1, 50
    rss_start = rss_mb()
    end = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        path = Path(tmp) / "journal.sqlite3"
        t0 = time.perf_counter()
        oid, tracking, sku = fill(path, args.rows, end)
        fill_s = time.perf_counter() - t0
        gc.collect()
        rss_filled = rss_mb()
        size = sum(p.stat().st_size for p in path.parent.glob("journal.sqlite3*"))
        j = SqliteJournal(path, station_id="st-a")
        counts = j.counts()
        total = counts["scans"] + counts["intents"] + counts["events"]
        print(
            f"journal: {total} rows ({counts['scans']} scans, {counts['intents']} intents,"
            f" {counts['events']} events), {size / 1e6:.1f} MB, filled in {fill_s:.1f} s"
        )
        raw = sqlite3.connect(path)
        base = timed(lambda: raw.execute(BASELINE_SQL).fetchone(), args.reps)
        print(f"baseline {BASELINE_SQL}: {base:.2f} ms\n")
        last_day = (end - timedelta(hours=10)).date()
        week = end - timedelta(days=7)
        day_start = datetime.combine(last_day, datetime.min.time(), UTC)
        tab_week = HistoryFilter(since=week, until=end)
        tab_sku = HistoryFilter(query=sku, since=week, until=end)
        cases: list[tuple[str, Callable[[], object]]] = [
            ("History tab: last 7 days (history+timelines)", lambda: run_search(j, tab_week)),
            ("History tab: SKU, last 7 days", lambda: run_search(j, tab_sku)),
            ("history() default: last 7 days, 200 orders", lambda: j.history(since=week)),
            ("history() all time, 200 orders", lambda: j.history()),
            ("history(query=order id)", lambda: j.history(query=str(oid))),
            ("history(query=tracking)", lambda: j.history(query=tracking)),
            ("history(query=SKU) 7 days", lambda: j.history(query=sku, since=week)),
            ("history(packer, one day)", lambda: j.history(packer="bob", since=day_start)),
            ("timeline(order)", lambda: j.timeline(oid)),
            ("stats(one day)", lambda: j.stats(day=last_day, tz=UTC)),
            (
                "stats(7 days)",
                lambda: j.stats(since=last_day - timedelta(days=6), until=last_day, tz=UTC),
            ),
        ]
        print(f"{'query':<46} {'median ms':>10} {'x baseline':>11}")
        for label, fn in cases:
            ms = timed(fn, args.reps)
            flag = "  (> 50 ms: off the GUI thread)" if ms > 50 else ""
            print(f"{label:<46} {ms:10.2f} {ms / base:11.1f}{flag}")
        csv_path = Path(tmp) / "export.csv"
        t0 = time.perf_counter()
        n = j.export_csv(csv_path, since=week)
        print(f"{'export_csv(last 7 days)':<46} {(time.perf_counter() - t0) * 1e3:10.2f}"
              f"   ({n} rows)")  # fmt: skip
        rss_queries = rss_mb()

        print("\nrecord_scan while the History tab searches in a loop (p50 / max ms):")
        p50, worst, _ = scan_latency_under_load(j, lambda: None, args.scans)
        print(f"  {'no search running':<40} {p50:7.3f} / {worst:7.3f}")
        reader = j.open_reader()
        p50, worst, n = scan_latency_under_load(j, lambda: run_search(reader, tab_week), args.scans)
        print(f"  {'search via open_reader() (the widgets)':<40} {p50:7.3f} / {worst:7.3f}"
              f"   ({n} searches)")  # fmt: skip
        reader.close()
        p50, worst, n = scan_latency_under_load(j, lambda: run_search(j, tab_week), args.scans)
        print(f"  {'search via the same journal object':<40} {p50:7.3f} / {worst:7.3f}"
              f"   ({n} searches)")  # fmt: skip
        # Retention at start-up: the app prunes before the packer starts scanning.
        j.close()
        j = SqliteJournal(path, station_id="st-a", clock=FakeClock(end))
        t0 = time.perf_counter()
        deleted = j.prune(40)
        print(f"\nprune(40 days) at start-up: {deleted} rows removed in"
              f" {(time.perf_counter() - t0) * 1e3:.0f} ms")  # fmt: skip
        raw.close()
        j.close()
    print(
        f"\nRSS: {rss_start:.0f} MB at start, {rss_filled:.0f} MB after filling,"
        f" {rss_queries:.0f} MB after the queries"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
