"""A warehouse station starts without freezing its window, and fails at start-up clearly.

The journal on PostgreSQL connects and migrates on a worker thread (``Station.start``); its
database thread runs a plain asyncio loop of its own — never the event loop policy's, which
under ``qasync.run`` on Python 3.11 is a Qt loop that cannot run off the GUI thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lazpack.app import main
from lazpack.startup import StartupFailure
from lazpack.storage.pg import PgJournal


class QtLikePolicy(asyncio.DefaultEventLoopPolicy):
    """What ``qasync.run`` installs on Python 3.11: new loops are the GUI's (here: refused)."""

    def new_event_loop(self) -> asyncio.AbstractEventLoop:
        raise AssertionError("the database thread asked the policy for its loop")


def test_the_database_thread_runs_its_own_loop_whatever_the_policy(pg_dsn: str) -> None:
    before = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(QtLikePolicy())
    try:
        with PgJournal(pg_dsn, station_id="st-policy") as journal:
            journal.record_scan(shop_id="s", order_id=1, code="C1", result="order")
            assert journal.flush(30)
            assert [e.code for e in journal.timeline(1)] == ["C1"]
    finally:
        asyncio.set_event_loop_policy(before)


@pytest.fixture
def _restore_logging() -> Iterator[None]:
    """``main()`` sets up logging: undo it for the tests after this one."""
    names = ("lazpack", "httpx", "httpcore", "asyncio", "qasync")
    saved = {n: (logging.getLogger(n).level, list(logging.getLogger(n).handlers)) for n in names}
    yield
    for n, (level, handlers) in saved.items():
        lg = logging.getLogger(n)
        for h in lg.handlers:
            if h not in handlers:
                lg.removeHandler(h)
                if isinstance(h, logging.FileHandler):
                    h.close()
        lg.setLevel(level)


@pytest.mark.usefixtures("_restore_logging")
def test_an_unreachable_warehouse_database_is_a_message_and_exit_2(
    tmp_path: Path, qapp: QApplication
) -> None:
    seen: list[StartupFailure] = []
    url = "postgresql://lazpack:hunter2@127.0.0.1:1/warehouse"
    code = main(["--database", url, "--data-dir", str(tmp_path)], report_failure=seen.append)
    assert code == 2
    (failure,) = seen
    assert "cannot be reached" in failure.text()
    assert "lazpack@127.0.0.1:1/warehouse" in failure.text()
    assert "hunter2" not in failure.text()
