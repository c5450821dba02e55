"""A warehouse of stations on one PostgreSQL: claims, one sync per shop, scans under load.

    python benchmarks/warehouse.py            # full run (about a minute)
    python benchmarks/warehouse.py --quick    # CI: seconds
    python benchmarks/warehouse.py --dsn postgresql://user@host/db   # an existing server

Without ``--dsn`` (or ``LAZPACK_TEST_PG_DSN``) a throwaway cluster is started the way the
tests do (``tests/helpers/pgcluster.py``). A fresh database is created for the run and
dropped after.
Rows, each timing the code path the station runs:

* **claim round trip** — ``PgClaims.claim`` awaited from the station's loop (through the
  database thread, one atomic statement), for a free order and for one another station
  holds; baseline in the same run: ``SELECT 1`` through the same path (the ratio is what the
  claim statement adds over a bare round trip);
* **Lazada calls per minute, 1 vs 10 stations on one shop** — each station runs
  ``SyncLeadership`` over the real ``SyncService`` and client against one in-process emulator;
  only the leader syncs, so the counts must be equal (ratio 1.00);
* **20 stations at one scan per second each** — ``PgJournal.record_scan`` until the row is
  committed (what a packer's scan costs the journal), p50/p99, and the CPU the database
  server's processes used meanwhile.

Figures are printed, never asserted; the exit code is non-zero only if the 1-vs-10 counts
differ (the property the design promises).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lazpack.domain.orderbook import OrderBook  # noqa: E402
from lazpack.emulator import Emulator  # noqa: E402
from lazpack.services.sync import SyncService  # noqa: E402
from lazpack.services.sync_leader import SyncLeadership  # noqa: E402
from lazpack.station import demo_shop  # noqa: E402
from lazpack.storage.pg import PgJournal  # noqa: E402
from lazpack.storage.pg.claims import PgClaims, PgLeader  # noqa: E402
from tests.helpers.pgcluster import DSN_ENV, Cluster, start_cluster  # noqa: E402


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, max(0, round(p / 100 * len(v)) - 1))]


def line(name: str, ms: list[float]) -> str:
    return f"{name}: p50 {statistics.median(ms):.2f} ms, p99 {pct(ms, 99):.2f} ms, n={len(ms)}"


# ------------------------------------------------------------------ claims
async def claims_round_trip(dsn: str, n: int) -> None:
    a = PgJournal(dsn, station_id="bench-a", station_name="Station A")
    b = PgJournal(dsn, station_id="bench-b", station_name="Station B")
    try:
        ca = PgClaims(a.runner, station_id="bench-a", station_name="Station A")
        cb = PgClaims(b.runner, station_id="bench-b", station_name="Station B")

        async def select1(conn: asyncpg.Connection) -> None:
            await conn.fetchval("SELECT 1")

        base, free, held = [], [], []
        for i in range(n):
            t = time.perf_counter()
            await a.runner.acall(select1)
            base.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            r = await ca.claim(shop_id="bench", order_id=i, packer="ana", lease_seconds=30)
            free.append((time.perf_counter() - t) * 1000)
            assert r.granted
            t = time.perf_counter()
            r = await cb.claim(shop_id="bench", order_id=i, packer="ben", lease_seconds=30)
            held.append((time.perf_counter() - t) * 1000)
            assert not r.granted
        print(line("baseline SELECT 1 round trip", base))
        print(line("claim, order free (granted)  ", free))
        print(line("claim, order held (refused) ", held))
        mid = statistics.median(base)
        print(
            f"ratio claim/baseline p50: granted {statistics.median(free) / mid:.2f}x,"
            f" refused {statistics.median(held) / mid:.2f}x"
        )
    finally:
        a.close()
        b.close()


# ------------------------------------------------------------------ one sync per shop
async def calls_per_minute(dsn: str, stations: int, rounds: int, interval_s: float) -> float:
    emu = Emulator(orders=200, seed=7, region="sg")
    journals, leaders, conns = [], [], []
    try:
        for k in range(stations):
            j = PgJournal(dsn, station_id=f"sync-{stations}-{k}", station_name=f"S{k}")
            journals.append(j)
            conn = demo_shop(emulator=emu)
            conns.append(conn)
            sync = SyncService(conn.port, OrderBook(), shop_id=f"shop-{stations}", region="sg")

            async def run_sync(s: SyncService = sync) -> list[int]:
                await s.sync_once()
                return []

            port = PgLeader(j.runner, station_id=f"sync-{stations}-{k}", station_name=f"S{k}")
            leaders.append(SyncLeadership(port, shop_id=f"shop-{stations}", sync=run_sync,
                                          lease_seconds=interval_s * 3))  # fmt: skip
        before = sum(emu.calls.values())
        for _ in range(rounds):
            await asyncio.gather(*(ldr.tick() for ldr in leaders))
        calls = sum(emu.calls.values()) - before
        for ldr in leaders:
            await ldr.stop()
        return calls / rounds * (60 / interval_s)
    finally:
        for c in conns:
            await c.aclose()
        for j in journals:
            j.close()


# ------------------------------------------------------------------ scans under load
def server_cpu_seconds() -> float:
    """CPU time used so far by every PostgreSQL server process on this machine."""
    total = 0
    tick = os.sysconf("SC_CLK_TCK")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        if name.startswith("postgres"):
            fields = stat[stat.rindex(")") + 2 :].split()
            total += int(fields[11]) + int(fields[12])
    return total / tick


def scans_under_load(dsn: str, stations: int, seconds: float) -> None:
    journals = [PgJournal(dsn, station_id=f"load-{k}") for k in range(stations)]
    latencies: list[float] = []
    lock = threading.Lock()

    def station(j: PgJournal, k: int) -> None:
        start = time.monotonic() + k / stations  # spread over the second, like real packers
        n = 0
        while True:
            due = start + n
            if due - start >= seconds:
                return
            time.sleep(max(0.0, due - time.monotonic()))
            t = time.perf_counter()
            j.record_scan(shop_id="shop", order_id=n, code=f"8850{k:03d}{n:05d}", result="ok",
                          packer=f"p{k}")  # fmt: skip
            j.flush(10)
            with lock:
                latencies.append((time.perf_counter() - t) * 1000)
            n += 1

    try:
        cpu0, wall0 = server_cpu_seconds(), time.monotonic()
        threads = [threading.Thread(target=station, args=(j, k)) for k, j in enumerate(journals)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        cpu, wall = server_cpu_seconds() - cpu0, time.monotonic() - wall0
        print(line(f"{stations} stations x 1 scan/s, scan -> committed", latencies))
        share = 100 * cpu / wall
        print(f"database server CPU: {cpu:.2f} s over {wall:.1f} s = {share:.1f}% of one core")
    finally:
        for j in journals:
            j.close()


# ------------------------------------------------------------------ main
async def admin(dsn: str, sql: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--dsn", default=os.environ.get(DSN_ENV, ""))
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    cluster: Cluster | None = None
    admin_dsn = args.dsn
    if not admin_dsn:
        cluster = start_cluster()
        admin_dsn = cluster.dsn
    name = f"lazpack_bench_{os.getpid()}"
    asyncio.run(admin(admin_dsn, f'CREATE DATABASE "{name}"'))
    dsn = admin_dsn.rpartition("/")[0] + "/" + name
    try:
        n = 200 if args.quick else 2000
        asyncio.run(claims_round_trip(dsn, n))
        rounds = 3 if args.quick else 12
        one = asyncio.run(calls_per_minute(dsn, 1, rounds, 10.0))
        ten = asyncio.run(calls_per_minute(dsn, 10, rounds, 10.0))
        print(f"Lazada calls per minute on one shop: 1 station {one:.1f}, 10 stations {ten:.1f}"
              f" (ratio {ten / one:.2f})")  # fmt: skip
        scans_under_load(dsn, 20, 3.0 if args.quick else 30.0)
        return 0 if abs(ten - one) < 1e-9 else 1
    finally:
        asyncio.run(admin(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
