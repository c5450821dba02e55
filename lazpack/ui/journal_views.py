"""History and Stats pages in the station window, reading the journal off the GUI thread.

The composition root calls ``install_journal_views(window, journal, settings, save_settings)``
once; both pages share one ``JournalReader`` (one worker thread, one read-only connection)
that the composition root closes at shutdown (``JournalViews.close()``).

Nothing of either page is imported or built until it is first opened (F7 / F8, or the
``history`` / ``stats`` attribute): start-up paints the packing station without them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from lazpack.config import Settings
from lazpack.domain.ports import JournalReadPort

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from lazpack.ui.history_view import HistoryView
    from lazpack.ui.journal_reader import JournalReader, ReaderPort
    from lazpack.ui.stats_view import StatsView

# Next to F3 (station), F5 (sync) and F6 (orders list): one key for a packer standing up.
HISTORY_SHORTCUT = "F7"
STATS_SHORTCUT = "F8"


class ReadableJournal(JournalReadPort, Protocol):
    """A journal that can open a second, read-only connection (``SqliteJournal``)."""

    def open_reader(self) -> ReaderPort: ...


class PageHost(Protocol):
    """The window seam: ``MainWindow.add_page`` (a widget, or a function building it the
    first time the page is shown)."""

    def add_page(
        self, title: str, widget: QWidget | Callable[[], QWidget], shortcut: str = ""
    ) -> QAction: ...


class JournalViews:
    """The two pages and their shared reader, each built on first use."""

    def __init__(
        self,
        journal: ReadableJournal,
        settings: Settings,
        save_settings: Callable[[Settings], None],
    ) -> None:
        self._journal = journal
        self._settings = settings
        self._save_settings = save_settings
        self._reader: JournalReader | None = None
        self._history: HistoryView | None = None
        self._stats: StatsView | None = None
        self._closed = False

    @property
    def built(self) -> bool:
        """Whether either page exists yet (neither does until the packer opens one)."""
        return self._history is not None or self._stats is not None

    @property
    def reader(self) -> JournalReader:
        if self._reader is None:
            if self._closed:
                raise RuntimeError("the journal views are closed")
            from lazpack.ui.journal_reader import JournalReader

            journal = self._journal
            self._reader = JournalReader(journal, open_reader=journal.open_reader)
        return self._reader

    @property
    def history(self) -> HistoryView:
        if self._history is None:
            from lazpack.ui.history_view import HistoryView

            packers = [self._settings.packer]
            self._history = HistoryView(self._journal, reader=self.reader, packers=packers)
        return self._history

    @property
    def stats(self) -> StatsView:
        if self._stats is None:
            from lazpack.ui.stats_view import StatsView

            self._stats = StatsView(
                self._journal,
                settings=self._settings,
                save_settings=self._save_settings,
                reader=self.reader,
            )
        return self._stats

    def close(self) -> None:
        """Stop the worker thread and close its connection (at shutdown; idempotent).

        Touches no widget, so it is safe after the window is gone."""
        self._closed = True
        if self._reader is not None:
            self._reader.close()


def install_journal_views(
    window: PageHost,
    journal: ReadableJournal,
    settings: Settings,
    save_settings: Callable[[Settings], None],
) -> JournalViews:
    """Add "History" (F7) and "Stats" (F8) pages to the window's View menu.

    Each page is built the first time it is shown and re-reads the journal whenever it is
    shown, so it is never stale.
    """
    views = JournalViews(journal, settings, save_settings)

    def history() -> QWidget:
        return views.history

    def stats() -> QWidget:
        return views.stats

    window.add_page(
        QCoreApplication.translate("JournalViews", "&History"), history, HISTORY_SHORTCUT
    ).triggered.connect(lambda: views.history.refresh())
    window.add_page(
        QCoreApplication.translate("JournalViews", "S&tats"), stats, STATS_SHORTCUT
    ).triggered.connect(lambda: views.stats.refresh())
    # Not tied to aboutToQuit: under qasync that fires at the end of every exec(), and the
    # composition root already has one place for shutdown — it calls views.close() there.
    return views
