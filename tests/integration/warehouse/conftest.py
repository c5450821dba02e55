"""PostgreSQL for the warehouse tests: one throwaway cluster per run, a new database per test.

``LAZPACK_TEST_PG_DSN`` names a server to use; otherwise (CI too) the cluster is started by
``tests.helpers.pg_fixtures`` (shared with the window tests). Without a server the tests skip —
never in CI, where that fails.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.clocks import FakeClock
from tests.helpers.pg_fixtures import outage, own_cluster, pg_cluster, pg_dsn

__all__ = ["outage", "own_cluster", "pg_cluster", "pg_dsn"]


@pytest.fixture
def clock() -> FakeClock:
    """Journal timestamps under the test's control, from a Monday morning."""
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
