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


@pytest.mark.asyncio
async def test_a_posted_key_event_waits_for_one_turn_of_the_sync_not_all_of_them() -> None:
    # lazpack.turns counts on it: Qt delivers posted (input) events between the loop's
    # passes, so work split into turns lets a scanner's key through after one turn.
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent

    from lazpack import turns

    steps_done = 0
    seen_after: list[int] = []

    class Target(QObject):
        def event(self, e: QEvent) -> bool:
            if e.type() == QEvent.Type.KeyPress:
                seen_after.append(steps_done)
                return True
            return super().event(e)

    target = Target()

    def job():
        nonlocal steps_done
        for _ in range(40):
            yield turns.ITEMS
            steps_done += 1

    async def scanner() -> None:
        await turns.turn(turns.ITEMS)  # the job is under way
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        QCoreApplication.postEvent(target, key)

    await asyncio.gather(turns.run(job()), scanner())
    assert len(seen_after) == 1
    assert 0 < seen_after[0] <= 3, seen_after
