"""PostgreSQL for the warehouse tests: one throwaway cluster per run, a new database per test.

``LAZPACK_TEST_PG_DSN`` names a server to use; otherwise (CI too) the cluster is started here
(``tests.helpers.pgcluster``). Without a server the tests skip — never in CI, where that fails.
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Iterator
from datetime import UTC, datetime

import asyncpg
import pytest

from tests.helpers.clocks import FakeClock
from tests.helpers.pgcluster import DSN_ENV, Cluster, NoServer, Outage, start_cluster

_counter = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except NoServer as why:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(
                f"CI must run the PostgreSQL tests but no server could be started: {why}"
                f" (set {DSN_ENV} or install PostgreSQL)"
            )
        pytest.skip(f"no PostgreSQL server: {why}")
    yield cluster
    cluster.stop()


def _with_db(dsn: str, name: str) -> str:
    base, _, _db = dsn.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture
def pg_dsn(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database on the cluster, dropped after the test."""
    name = f"lazpack_t{os.getpid()}_{next(_counter)}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(pg_cluster.dsn)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    yield _with_db(pg_cluster.dsn, name)
    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def clock() -> FakeClock:
    """Journal timestamps under the test's control, from a Monday morning."""
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def outage(pg_cluster: Cluster, pg_dsn: str) -> Iterator[Outage]:
    o = Outage(pg_cluster.dsn, pg_dsn)
    yield o
    o.restore()
