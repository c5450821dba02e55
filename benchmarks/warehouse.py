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
* **Lazada calls per minute, 1 vs 10 stations on one shop** — each station is a
  ``StationCore`` on the warehouse database with the demo shop of one shared in-process
  emulator, ticking its shop's sync (``SharedShopSync``: lead or follow) once per sync
  interval; baseline in the same run: one station alone on SQLite running its
  ``SyncService``. Only the leader syncs, so the three counts must be equal (ratio 1.00);
* **20 stations at one scan per second each** — 20 ``StationCore``s on the database, each on
  a thread and loop of its own, scanning through ``PackingService.handle_scan`` until the
  scan's row is committed (what a packer's scan costs), p50/p99, and the CPU the database
  server's processes used meanwhile.

Figures are printed, never asserted; the exit code is non-zero only if the call counts
differ (the property the design promises).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lazpack.config import Paths, Settings  # noqa: E402
from lazpack.emulator import Emulator  # noqa: E402
from lazpack.station import DEMO_SHOP_ID, StationCore  # noqa: E402
from lazpack.station_wiring import demo_shop, postgres_journal  # noqa: E402
from lazpack.storage.pg import PgJournal  # noqa: E402
from lazpack.storage.pg.claims import PgClaims  # noqa: E402
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
async def calls_per_minute(dsn: str, stations: int, rounds: int, tmp: Path) -> float:
    """Lazada calls per minute on one shop: ``stations`` station cores on the warehouse
    database, each ticking its shop's sync as ``StationCore`` runs it (one tick per sync
    interval); ``stations == 0``: one station alone on its own SQLite journal (the baseline
    a single PC pays)."""
    emu = Emulator(orders=200, seed=7, region="sg")
    cores: list[StationCore] = []
    try:
        for k in range(max(stations, 1)):
            sid = f"sync-{stations}-{k}"
            journal = postgres_journal(dsn, station_name=f"S{k}") if stations else None
            core = StationCore(
                Settings(station_id=sid),
                Paths.for_data_dir(tmp / sid),
                **({"journal": journal} if journal else {}),
            )
            core.add_shop(demo_shop(emulator=emu))
            cores.append(core)
        interval = cores[0].syncs[DEMO_SHOP_ID].interval_s
        before = sum(emu.calls.values())
        for _ in range(rounds):
            if stations:
                await asyncio.gather(*(c.shared_syncs[DEMO_SHOP_ID].tick() for c in cores))
            else:
                await cores[0].syncs[DEMO_SHOP_ID].sync_once()
        calls = sum(emu.calls.values()) - before
        return calls / rounds * (60 / interval)
    finally:
        for c in cores:
            await c.aclose()


# ------------------------------------------------------------------ scans under load
def server_cpu_seconds() -> float:
    """CPU time used so far by every PostgreSQL server process on this machine, with the
    backends that already exited: each connection is a process of its own, and the stations
    close theirs before the second reading, so their CPU is only left in the postmaster's
    reaped-children counters (cutime, cstime)."""
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
            total += sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
    return total / tick


def scans_under_load(dsn: str, stations: int, seconds: float, tmp: Path) -> None:
    """``stations`` station cores, each on a thread and loop of its own as each PC runs one,
    scanning once a second through ``PackingService.handle_scan`` (what the station runs on
    a scanner burst: the claim check, the scan rules, the journal), each scan timed until
    its row is committed in the warehouse database."""
    latencies: list[float] = []
    lock = threading.Lock()
    ready = threading.Barrier(stations + 1)

    def station(k: int) -> None:
        async def run() -> None:
            sid = f"load-{k}"
            core = StationCore(
                Settings(station_id=sid, packer=f"p{k}"),
                Paths.for_data_dir(tmp / sid),
                journal=postgres_journal(dsn, station_name=f"Load {k}"),
            )
            journal = core.journal
            assert isinstance(journal, PgJournal)
            try:
                ready.wait()
                start = time.monotonic() + k / stations  # spread over the second, like packers
                n = 0
                while n < seconds:
                    await asyncio.sleep(max(0.0, start + n - time.monotonic()))
                    t = time.perf_counter()
                    await core.packing.handle_scan(f"8850{k:03d}{n:05d}")
                    journal.flush(10)
                    with lock:
                        latencies.append((time.perf_counter() - t) * 1000)
                    n += 1
            finally:
                await core.aclose()

        asyncio.run(run())

    threads = [threading.Thread(target=station, args=(k,)) for k in range(stations)]
    for t in threads:
        t.start()
    ready.wait()
    cpu0, wall0 = server_cpu_seconds(), time.monotonic()
    for t in threads:
        t.join()
    cpu, wall = server_cpu_seconds() - cpu0, time.monotonic() - wall0
    print(line(f"{stations} station cores x 1 scan/s, scan -> committed", latencies))
    share = 100 * cpu / wall
    print(f"database server CPU: {cpu:.2f} s over {wall:.1f} s = {share:.1f}% of one core")


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
        with tempfile.TemporaryDirectory() as tmp:
            alone = asyncio.run(calls_per_minute(dsn, 0, rounds, Path(tmp)))
            one = asyncio.run(calls_per_minute(dsn, 1, rounds, Path(tmp)))
            ten = asyncio.run(calls_per_minute(dsn, 10, rounds, Path(tmp)))
            print(f"Lazada calls per minute on one shop: 1 station alone (SQLite) {alone:.1f},"
                  f" 1 station on the database {one:.1f}, 10 stations {ten:.1f}"
                  f" (ratio 10/1 {ten / one:.2f}, 10/alone {ten / alone:.2f})")  # fmt: skip
            scans_under_load(dsn, 20, 3.0 if args.quick else 30.0, Path(tmp))
        return 0 if ten == one == alone else 1
    finally:
        asyncio.run(admin(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
