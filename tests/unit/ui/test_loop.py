from __future__ import annotations

import asyncio

import pytest
import qasync
from PySide6.QtCore import QTimer


@pytest.mark.asyncio
async def test_async_tests_run_on_the_qt_loop() -> None:
    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    fired = asyncio.Event()
    QTimer.singleShot(0, fired.set)  # a Qt timer wakes an asyncio waiter: one loop
    async with asyncio.timeout(5):
        await fired.wait()
