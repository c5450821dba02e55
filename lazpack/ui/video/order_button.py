"""The order panel's "Video (0:42)" and "Export evidence…" buttons: the clip recorded for
the order shown, opened in the PC's video player, or exported with a one-page PDF summary
(order, items, scans with times, packer, the clip's SHA-256) for a Lazada dispute. They
know the clips this station recorded since it started (the order's timeline in History
lists every clip, older ones too)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton

from lazpack.domain.ports import JournalEntry
from lazpack.domain.video import Evidence, EvidenceScan, format_duration
from lazpack.errors import KnownError
from lazpack.i18n import arg
from lazpack.log import get_logger
from lazpack.printing.evidence import render_evidence_pdf
from lazpack.services.video_files import clip_sha256, write_evidence
from lazpack.ui.video.controller import FinishedClip, VideoController

log = get_logger("ui.video")


def open_in_player(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VideoButton(QPushButton):
    #: whether the order shown has a clip (the export button follows it)
    shown = Signal(bool)

    def __init__(
        self,
        video: VideoController,
        panel: Any,
        *,
        open_file: Callable[[Path], bool] = open_in_player,
    ) -> None:
        super().__init__()
        self.setObjectName("videoButton")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner's Enter must not press it
        self.open_file = open_file
        self.panel = panel
        #: (shop, order id) -> its latest clip
        self.clips: dict[tuple[str, int], FinishedClip] = {c_key(c): c for c in video.finished}
        self.clip: FinishedClip | None = None
        self.clicked.connect(self.play)
        video.clipFinished.connect(self._on_clip)
        panel.orderShown.connect(self.show_for)
        panel.action_row.insertWidget(panel.action_row.count() - 1, self)
        self.show_for(panel.current_row)

    def _on_clip(self, clip: FinishedClip) -> None:
        self.clips[c_key(clip)] = clip
        if self.panel.current_key == c_key(clip):
            self.show_for(self.panel.current_row)

    def show_for(self, row: Any) -> None:
        clip = self.clips.get(row.key) if row is not None else None
        self.clip = clip if clip is not None and clip.path.exists() else None
        self.setVisible(self.clip is not None)
        self.shown.emit(self.clip is not None)
        if self.clip is not None:
            self.setText(
                arg(
                    QCoreApplication.translate("VideoButton", "Video (%1)"),
                    format_duration(self.clip.duration_ms / 1000),
                )
            )
            self.setToolTip(str(self.clip.path))

    def play(self) -> None:
        if self.clip is None:
            return
        window = self.window()
        if not self.open_file(self.clip.path) and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                arg(
                    QCoreApplication.translate(
                        "VideoButton", "No video player could open %1; the file is in %2."
                    ),
                    self.clip.path.name,
                    str(self.clip.path.parent),
                ),
                15_000,
            )


class ExportButton(QPushButton):
    """Export evidence…: a folder is chosen, then the clip and its summary go there."""

    def __init__(
        self,
        video: VideoController,
        videos: VideoButton,
        timeline: Callable[[int], list[JournalEntry]] | None,
    ) -> None:
        super().__init__(QCoreApplication.translate("VideoButton", "Export evidence…"))
        self.setObjectName("exportEvidenceButton")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.video = video
        self.videos = videos
        self.timeline = timeline
        self._tasks: set[asyncio.Future[Any]] = set()
        self.dialog: QFileDialog | None = None
        self.exported: list[Path] = []
        self.clicked.connect(self.ask_folder)
        videos.panel.action_row.insertWidget(videos.panel.action_row.count() - 1, self)
        videos.shown.connect(self.setVisible)
        self.setVisible(videos.clip is not None)

    def ask_folder(self) -> None:
        dlg = QFileDialog(
            self.window(), QCoreApplication.translate("VideoButton", "Export evidence to")
        )
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(lambda folder: self.export_to(Path(folder)))
        self.dialog = dlg
        dlg.open()  # no nested event loop (design.md §3)

    def export_to(self, folder: Path) -> asyncio.Future[Any] | None:
        clip, row = self.videos.clip, self.videos.panel.current_row
        if clip is None or row is None:
            return None
        entries = self.timeline(clip.facts.order_id) if self.timeline is not None else []
        self.video.keep.add(clip.path.name)  # retention leaves it alone meanwhile
        task = asyncio.get_running_loop().run_in_executor(
            None, lambda: _export(folder, clip, row, entries)
        )
        self._tasks.add(task)
        task.add_done_callback(functools.partial(self._done, clip=clip))
        return task

    def _done(self, task: asyncio.Future[Any], *, clip: FinishedClip) -> None:
        self._tasks.discard(task)
        self.video.keep.discard(clip.path.name)
        if task.cancelled():
            return
        err = task.exception()
        window = self.window()
        say = window.statusBar().showMessage if isinstance(window, QMainWindow) else None
        if isinstance(err, KnownError):
            if say is not None:
                say(f"{err.user_message} {err.hint}".strip(), 30_000)
            return
        if err is not None:
            log.error("evidence export failed", exc_info=err)
            if say is not None:
                say(QCoreApplication.translate("VideoButton", "The evidence export failed."))
            return
        target: Path = task.result()
        self.exported.append(target)
        if say is not None:
            say(
                arg(
                    QCoreApplication.translate("VideoButton", "Evidence written to %1."),
                    str(target),
                ),
                30_000,
            )


def _export(folder: Path, clip: FinishedClip, row: Any, entries: list[JournalEntry]) -> Path:
    """Off the GUI thread: hash the clip, render the summary, copy both."""
    facts = clip.facts
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for it in row.items:
        counts[it.sku] = counts.get(it.sku, 0) + 1
        names.setdefault(it.sku, it.name)
    scans = tuple(
        EvidenceScan(e.ts.astimezone(), e.code, e.what, e.sku, e.packer)
        for e in sorted(entries, key=lambda e: e.ts)
        if e.kind == "scan"
    )
    evidence = Evidence(
        order_number=facts.order_number,
        shop_id=facts.shop_id,
        tracking=facts.tracking or ", ".join(row.tracking_codes),
        packer=facts.packer,
        station=facts.station,
        items=tuple((sku, names[sku], n) for sku, n in counts.items()),
        scans=scans,
        clip_name=clip.path.name,
        clip_seconds=clip.duration_ms / 1000,
        clip_started=clip.started,
        clip_sha256=clip_sha256(clip.path),
    )
    pdf = render_evidence_pdf(evidence, made=datetime.now())
    return write_evidence(folder, clip.path, pdf)


def c_key(clip: FinishedClip) -> tuple[str, int]:
    return (clip.facts.shop_id, clip.facts.order_id)
