"""The qasync loop UI, printing and e2e tests run on: async tests and qtbot share one
QApplication and one loop (design.md §3). Use it from a conftest::

    def pytest_asyncio_loop_factories(config, item):
        return {"qasync": qasync_loop}
"""

from __future__ import annotations

import qasync
from PySide6.QtWidgets import QApplication

import lazpack.qt

_apps: list[QApplication] = []


class _TestLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync has no types
    """A qasync loop whose close() disarms its timers on the GUI thread.

    Every test gets a new loop; a closed one still has the timers of callbacks it never ran
    (a 10 s timeout, a cancelled sleep) armed on its timer object. If that object were
    destroyed off the GUI thread, Qt could not unregister them and the next one to fire
    would hit freed memory (the SIGSEGV in QTimerInfoList::activateTimers, tests later)."""

    def close(self) -> None:
        super().close()
        timer = self._timer
        pending: dict[int, object] = timer._SimpleTimer__callbacks
        for timer_id in list(pending):
            timer.killTimer(timer_id)
        pending.clear()


def qasync_loop() -> qasync.QEventLoop:
    """A qasync loop over the session's QApplication (created once, kept alive)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        # Keep it alive for the whole session: if the loop were its last owner, the
        # QApplication would be collected before widgets that pytest-qt still holds.
        _apps.append(app)
    assert isinstance(app, QApplication)
    # as lazpack.app.main does: Qt objects are collected on the GUI thread only
    lazpack.qt.collect_garbage_on_gui_thread()
    return _TestLoop(app)


def qasync_dialog_loop() -> qasync.QEventLoop:
    """``qasync_loop`` for tests that await dialogs: closing the last dialog must not quit
    the app and stop the loop under the test."""
    loop = qasync_loop()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    return loop
