"""The warehouse's PostgreSQL fixtures for the window tests (``tests.helpers.pg_fixtures``)."""

from tests.helpers.pg_fixtures import outage, own_cluster, pg_cluster, pg_dsn

__all__ = ["outage", "own_cluster", "pg_cluster", "pg_dsn"]
