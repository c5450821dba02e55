"""History and Stats pages in the station window, reading the journal off the GUI thread.

The composition root calls ``install_journal_views(window, journal, settings, save_settings)``
once; both pages share one ``JournalReader`` (one worker thread, one read-only connection)
that the composition root closes at shutdown (``JournalViews.close()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from lazpack.config import Settings
from lazpack.domain.ports import JournalReadPort
from lazpack.ui.history_view import HistoryView, JournalReader, ReaderPort
from lazpack.ui.stats_view import StatsView

# Next to F3 (station), F5 (sync) and F6 (orders list): one key for a packer standing up.
HISTORY_SHORTCUT = "F7"
STATS_SHORTCUT = "F8"


class ReadableJournal(JournalReadPort, Protocol):
    """A journal that can open a second, read-only connection (``SqliteJournal``)."""

    def open_reader(self) -> ReaderPort: ...


class PageHost(Protocol):
    """The window seam: ``MainWindow.add_page``."""

    def add_page(self, title: str, widget: QWidget, shortcut: str = "") -> QAction: ...


@dataclass(frozen=True, slots=True)
class JournalViews:
    history: HistoryView
    stats: StatsView
    reader: JournalReader

    def close(self) -> None:
        """Stop the worker thread and close its connection (at shutdown; idempotent).

        Touches no widget, so it is safe after the window is gone."""
        self.reader.close()


def install_journal_views(
    window: PageHost,
    journal: ReadableJournal,
    settings: Settings,
    save_settings: Callable[[Settings], None],
) -> JournalViews:
    """Add "History" (F7) and "Stats" (F8) pages to the window's View menu.

    Each page re-reads the journal whenever it is shown, so it is never stale.
    """
    reader = JournalReader(journal, open_reader=journal.open_reader)
    history = HistoryView(journal, reader=reader, packers=[settings.packer])
    stats = StatsView(journal, settings=settings, save_settings=save_settings, reader=reader)
    views = JournalViews(history, stats, reader)
    for title, widget, keys in (
        (QCoreApplication.translate("JournalViews", "&History"), history, HISTORY_SHORTCUT),
        (QCoreApplication.translate("JournalViews", "S&tats"), stats, STATS_SHORTCUT),
    ):
        window.add_page(title, widget, keys).triggered.connect(widget.refresh)
    # Not tied to aboutToQuit: under qasync that fires at the end of every exec(), and the
    # composition root already has one place for shutdown — it calls views.close() there.
    return views
