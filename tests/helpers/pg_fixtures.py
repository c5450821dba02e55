"""The warehouse's PostgreSQL fixtures for tests outside tests/integration/warehouse (the
window tests in tests/e2e/warehouse): one throwaway cluster per run, a fresh database per test,
and the ``outage`` that cuts it. Import them into a conftest; they behave as the warehouse
integration tests' own (``tests/integration/warehouse/conftest.py``).
"""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Iterator

import asyncpg
import pytest

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


@pytest.fixture
def pg_dsn(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh, empty database on the cluster, dropped after the test."""
    name = f"lazpack_w{os.getpid()}_{next(_counter)}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(pg_cluster.dsn)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    base, _, _db = pg_cluster.dsn.rpartition("/")
    yield f"{base}/{name}"
    asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def outage(pg_cluster: Cluster, pg_dsn: str) -> Iterator[Outage]:
    o = Outage(pg_cluster.dsn, pg_dsn)
    yield o
    o.restore()


@pytest.fixture
def own_cluster(pg_cluster: Cluster) -> Iterator[Cluster]:
    """A PostgreSQL server of the test's own, which it may stop and start (``pgcluster.pg_ctl``)
    without touching the other tests' server. Requesting ``pg_cluster`` first gives this the
    same skip/fail rule when PostgreSQL is missing."""
    cluster = start_cluster()
    yield cluster
    cluster.stop()
