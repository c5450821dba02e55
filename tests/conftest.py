"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import logging
import os
from collections.abc import Generator, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
pytest_plugins = ["tests.helpers.keyrings"]

# PySide6 6.12 on Python 3.11 hands out None/True/False without references (see
# lazpack.qt); apply the workaround before any test touches Qt.
import lazpack.qt  # noqa: E402


def _gc_on_gui_thread() -> None:
    """Once a QApplication exists, Python's collector runs on this (the GUI) thread only, as
    in the app (``lazpack.qt.collect_garbage_on_gui_thread``): a worker thread collecting a
    test's dead dialogs or a closed qasync loop would leave their Qt timers armed, and the next
    test's event loop would fire one into freed memory (SIGSEGV in activateTimers)."""
    if lazpack.qt.collect_garbage_on_gui_thread():
        # tests without a running Qt loop get no timer ticks: collect between them
        lazpack.qt.collect_garbage_now()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    try:
        return (yield)
    finally:
        _gc_on_gui_thread()  # pytest-qt's qapp fixture may just have made the QApplication


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(
    item: pytest.Item, nextitem: pytest.Item | None
) -> Generator[None, object, object]:
    try:
        return (yield)
    finally:
        _gc_on_gui_thread()


@pytest.fixture(autouse=True, scope="session")
def _station_language(qapp: object) -> None:
    """The station always starts with a language installed (app.main); English here, so
    plural messages read "1 line" / "2 lines" as a packer sees them."""
    from lazpack.ui.translations import install_language

    install_language(qapp, "en")  # type: ignore[arg-type]


#: loggers whose level lazpack.log.setup sets (a CLI or app test runs it in this process)
_SET_UP_LOGGERS = ("lazpack", "httpx", "httpcore")


@pytest.fixture(autouse=True)
def logging_levels_restored() -> Iterator[None]:
    """A test that runs ``lazpack.log.setup`` (the CLI, the app) quiets ``lazpack`` and httpx
    for the whole process; the tests after it that read the log would then fail by order."""
    levels = {name: logging.getLogger(name).level for name in _SET_UP_LOGGERS}
    root = logging.getLogger("lazpack")
    handlers = list(root.handlers)
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    for h in list(root.handlers):
        if h not in handlers:
            root.removeHandler(h)  # not closed: the ring buffer is the module's own


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A dialog a test leaves open is closed here and fails that test, so it cannot
    swallow the keys or the focus of the tests after it (issue 14 item 6)."""
    yield
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    # A station window a test dropped lives on until the GUI-thread garbage collection
    # (lazpack.qt) gets to it, and with it its application-wide scan router, which would
    # hold back and swallow the next tests' key events: take the routers out now.
    for widget in app.topLevelWidgets():
        uninstall = getattr(widget, "uninstall_scanner", None)
        if callable(uninstall):
            uninstall()
    left = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in left:
        dialog.reject()
        dialog.close()
    if left:
        names = ", ".join(
            f"{type(d).__name__}({d.objectName() or d.windowTitle()!r})" for d in left
        )
        pytest.fail(f"the test left dialog(s) open: {names}", pytrace=False)
