"""The warehouse's PostgreSQL fixtures for the window tests (a fresh database per test, the
cluster shared with tests/integration/warehouse when both run)."""

from tests.integration.warehouse.conftest import clock, outage, pg_cluster, pg_dsn

__all__ = ["clock", "outage", "pg_cluster", "pg_dsn"]
