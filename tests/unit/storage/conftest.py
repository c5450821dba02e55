from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lazpack.storage.journal import SqliteJournal
from tests.helpers.clocks import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    """Journal timestamps under the test's control, from a Monday morning."""
    return FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "journal.sqlite3"


@pytest.fixture
def journal(journal_path: Path, clock: FakeClock) -> Iterator[SqliteJournal]:
    j = SqliteJournal(journal_path, station_id="st-1", clock=clock)
    yield j
    j.close()
