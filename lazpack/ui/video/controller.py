"""Packing video driven by the workflow: the station's ``PackingService`` outcomes start
and stop clips (``lazpack.domain.video.clip_decision``); nothing else is scanned.

A clip is written as ``<order>_<YYYYmmdd-HHMMSS>.mkv`` while it records (the tracking
number is usually not known when the order is opened) and renamed to
``<tracking>_<order>_<YYYYmmdd-HHMMSS>.mkv`` once it is closed. A clip cut short by a
crash keeps the order-only name; Matroska plays to its last written frame. The file's
title and description tags hold the facts known when the clip started (the muxer writes
them first): order, shop, packer, station, start time — and the tracking number when the
order was opened by its label.

Camera or disk trouble is reported in the status bar and never stops packing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QWidget

from lazpack.config import VideoSettings
from lazpack.domain.ports import JournalPort
from lazpack.domain.video import (
    ClipAction,
    ClipFacts,
    StopReason,
    clip_decision,
    clip_file_name,
    disk_low,
    format_duration,
    metadata_text,
    parse_resolution,
)
from lazpack.domain.workflow import Kind, ScanOutcome
from lazpack.errors import KnownError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.services.packing import PackingService
from lazpack.services.video_files import (
    RetentionReport,
    apply_retention,
    finish_clip,
    free_path,
    prepare_folder,
)
from lazpack.ui.video.recorder import ClipRecorder, ClipResult, VideoEngine, choose_codec
from lazpack.ui.video.sources import FrameSource, make_source

log = get_logger("ui.video")

#: how long closing the station waits for the encoder to finish the open clip's file
CLOSE_WAIT_S = 10.0
#: the journal event of a finished clip
VIDEO_EVENT = "video"
#: kinds that put an item into the parcel: the overlay's "last scanned item" changes
_ITEM_KINDS = frozenset({Kind.OK, Kind.COMPLETE, Kind.MANUAL})
#: a warning when the disk holds less than this many minutes of recording
LOW_DISK_MINUTES = 120.0
#: a rough size of one minute of 720p MPEG-4 at 15 fps, for the low-disk warning before
#: the first clip measured the real rate
_DEFAULT_BYTES_PER_MIN = 12 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FinishedClip:
    path: Path
    facts: ClipFacts
    started: datetime
    duration_ms: int
    frames: int
    reason: StopReason
    error: str = ""


@dataclass(slots=True)
class _Clip:
    key: tuple[str, int]
    facts: ClipFacts
    started: datetime
    recorder: ClipRecorder
    reason: StopReason = StopReason.DONE


class VideoController(QObject):
    """Listens to the packing service; one clip per order per attempt."""

    #: recording started or stopped (the preview's REC)
    recordingChanged = Signal(bool)
    #: a clip's file is closed and has its final name (``FinishedClip``)
    clipFinished = Signal(object)

    def __init__(
        self,
        packing: PackingService,
        settings: VideoSettings,
        folder: Path,
        *,
        station: str,
        status: Callable[[str], None],
        parent: QObject | None = None,
        source: FrameSource | None = None,
        journal: JournalPort | None = None,
    ) -> None:
        super().__init__(parent)
        self.packing = packing
        #: each finished clip is an ``event="video"`` line of its order's timeline
        self.journal = journal
        self.settings = settings
        self.folder = folder
        self.station = station
        self.status = status
        w, h = parse_resolution(settings.resolution)
        self.size = QSize(w, h)
        self.source = source or make_source(settings.camera, self.size, self)
        self.engine = VideoEngine(self.source, settings.fps, self)
        self.engine.problem.connect(self._problem)
        self.codec = choose_codec()
        self.clip: _Clip | None = None
        #: the order whose clip ended because it was done (its later scans start nothing)
        self.finished_key: tuple[str, int] | None = None
        self.finished: list[FinishedClip] = []
        self._closing: dict[ClipRecorder, _Clip] = {}
        #: clip file names retention must not delete now (an evidence export copying them)
        self.keep: set[str] = set()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._bytes_per_min = float(_DEFAULT_BYTES_PER_MIN)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(settings.idle_stop_s * 1000)
        self._idle.timeout.connect(lambda: self.stop_clip(StopReason.IDLE))
        self._started = False
        #: the pack view's preview (``install_video`` puts it there)
        self.preview: QWidget | None = None
        #: the order panel's "Video (0:42)" and "Export evidence…" buttons (``install_video``)
        self.button: QWidget | None = None
        self.export_button: QWidget | None = None
        #: set when the last closing clip's file is closed (``aclose`` waits for it)
        self._drained: asyncio.Future[None] | None = None

    # ------------------------------------------------------------------ life
    def start(self) -> bool:
        """Start the camera and listen to the workflow; ``False`` (said in the status bar)
        when this PC cannot record."""
        if self.codec is None:
            self._problem(
                translate(
                    "Video",
                    "Packing video is off: this PC has no video encoder for MKV files.",
                )
            )
            return False
        self.engine.start()
        self.packing.add_listener(self.on_outcome)
        if self.settings.require_video:
            self.packing.may_open = self.may_open
        self._started = True
        self._run_retention()
        return True

    @property
    def recording(self) -> bool:
        return self.clip is not None

    @property
    def elapsed_s(self) -> float:
        return self.clip.recorder.elapsed_s if self.clip is not None else 0.0

    async def aclose(self) -> None:
        """Stop the clip and wait until every file is closed (station shutdown)."""
        if self._started:
            self.packing.remove_listener(self.on_outcome)
            if self.packing.may_open == self.may_open:
                self.packing.may_open = None
            self._started = False
        self.stop_clip(StopReason.SHUTDOWN)
        self.engine.stop()
        if self._closing:
            self._drained = asyncio.get_running_loop().create_future()
            try:
                # the encoder writes the file's end; a stuck one must not hold the station
                await asyncio.wait_for(asyncio.shield(self._drained), CLOSE_WAIT_S)
            except TimeoutError:
                names = ", ".join(r.path.name for r in self._closing)
                log.warning("video: %s not closed after %s s; leaving it", names, CLOSE_WAIT_S)
        # retention still running: wait for it (its errors were reported by _retention_done)
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def remove(self) -> None:
        """After :meth:`aclose`: take the preview out of the window and drop this object."""
        for widget in (self.preview, self.button, self.export_button):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.preview = self.button = self.export_button = None
        self.deleteLater()

    def may_open(self) -> str:
        """With "require video": why no order may be opened now ("" = it may)."""
        if self.source.available:
            return ""
        return translate(
            "Video",
            "This station records every order and the camera is not working: plug it in "
            "(or untick 'Open no order while the camera is not working' in Settings), then scan "
            "the order again.",
        )

    def _problem(self, text: str) -> None:
        log.warning("packing video: %s", text)
        self.status(text)

    # ------------------------------------------------------------------ the workflow
    def on_outcome(self, outcome: ScanOutcome) -> None:
        decision = clip_decision(
            outcome,
            recording=self.clip.key if self.clip is not None else None,
            finished=self.finished_key,
            auto_until=self.packing.settings.auto_until,
        )
        if decision.action in (ClipAction.STOP, ClipAction.RESTART):
            assert decision.reason is not None
            self._update(outcome)
            self.stop_clip(decision.reason)
        if decision.action in (ClipAction.START, ClipAction.RESTART):
            self.start_clip(outcome)
        elif decision.action is ClipAction.NONE and self.clip is not None:
            self._update(outcome)

    def _tracking(self, key: tuple[str, int]) -> str:
        s = self.packing.session
        if s is None or (s.shop_id, s.order_id) != key or not s.tracking_codes:
            return ""
        return ", ".join(s.tracking_codes)

    def _update(self, outcome: ScanOutcome) -> None:
        clip = self.clip
        if clip is None or (outcome.shop_id, outcome.order_id) != clip.key:
            return
        facts = replace(
            clip.facts,
            packer=self.packing.packer,
            state=outcome.state.value,
            tracking=self._tracking(clip.key) or clip.facts.tracking,
        )
        if outcome.kind in _ITEM_KINDS and outcome.sku:
            verified, expected = outcome.progress
            facts = facts.with_scan(verified, expected, outcome.sku)
        if facts != clip.facts:
            clip.facts = facts
            self.engine.facts = facts
        self._idle.start()

    def start_clip(self, outcome: ScanOutcome) -> None:
        assert outcome.order_id is not None and self.codec is not None
        key = (outcome.shop_id, outcome.order_id)
        started = datetime.now()
        facts = ClipFacts(
            shop_id=outcome.shop_id,
            order_id=outcome.order_id,
            order_number=outcome.order_number or outcome.order_id,
            packer=self.packing.packer,
            station=self.station,
            tracking=self._tracking(key),
            state=outcome.state.value,
        )
        if not self.source.available:
            # no picture: no clip (a missing camera was already said in the status bar)
            self.status(translate("Video", "No video for this order: the camera is not available."))
            return
        try:
            folder = prepare_folder(self.folder)
        except KnownError as err:
            self._problem(f"{err.user_message} {err.hint}".strip())
            return
        path = free_path(folder, clip_file_name(facts.order_number, started))
        recorder = ClipRecorder(
            path,
            self.size,
            self.settings.fps,
            self.codec,
            title=self._title(facts),
            description=metadata_text(facts, started),
            parent=self,
        )
        recorder.finished.connect(self._on_finished)
        recorder.failed.connect(self._on_failed)
        self.clip = _Clip(key, facts, started, recorder)
        self.finished_key = None
        self.engine.facts = facts
        self.engine.clip = recorder
        recorder.start()
        self._idle.start()
        self.recordingChanged.emit(True)

    def _title(self, facts: ClipFacts) -> str:
        title = arg(translate("Video", "Packing order %1"), facts.order_number)
        return f"{title} ({facts.tracking})" if facts.tracking else title

    def stop_clip(self, reason: StopReason) -> None:
        clip = self.clip
        if clip is None:
            return
        self._idle.stop()
        self.clip = None
        self.engine.clip = None
        self.engine.facts = None
        clip.reason = reason
        if reason is StopReason.DONE:
            self.finished_key = clip.key
        self._closing[clip.recorder] = clip
        clip.recorder.stop()
        self.recordingChanged.emit(False)
        if reason is StopReason.IDLE:
            self.status(
                arg(
                    translate(
                        "Video",
                        "Video of order %1 stopped: nothing was scanned for %2 minutes.",
                    ),
                    clip.facts.order_number,
                    max(1, self.settings.idle_stop_s // 60),
                )
            )

    def _on_failed(self, _text: str) -> None:
        """The recorder gave up mid-clip (disk full, share gone): end the clip now, so REC
        goes off and the packer learns it (``_on_finished`` says why); packing goes on."""
        if self.clip is not None and self.clip.recorder is self.sender():
            self.stop_clip(StopReason.FAILED)

    def _on_finished(self, result: ClipResult) -> None:
        recorder = self.sender()
        clip = self._closing.pop(recorder, None) if isinstance(recorder, ClipRecorder) else None
        if clip is None:
            return
        recorder.deleteLater()
        if not self._closing and self._drained is not None and not self._drained.done():
            self._drained.set_result(None)
        if result.error:
            self._problem(
                arg(
                    translate("Video", "The video of order %1 could not be written: %2"),
                    clip.facts.order_number,
                    result.error,
                )
            )
        path = result.path
        if path.exists():
            final = clip_file_name(clip.facts.order_number, clip.started, clip.facts.tracking)
            path = finish_clip(path, final)
            minutes = result.duration_ms / 60_000
            if minutes > 0.05:
                self._bytes_per_min = path.stat().st_size / minutes
        done = FinishedClip(
            path,
            clip.facts,
            clip.started,
            result.duration_ms,
            result.frames,
            clip.reason,
            result.error,
        )
        self.finished.append(done)
        self._journal_clip(done)
        log.info(
            "clip %s: %s, %d frames (%d dropped), %s",
            path.name,
            clip.reason.value,
            result.frames,
            result.dropped,
            format_duration(result.duration_ms / 1000),
        )
        self.clipFinished.emit(done)
        self._run_retention()

    def _journal_clip(self, clip: FinishedClip) -> None:
        """The clip in the order's timeline (History shows it; a search by the AWB finds
        the order): "Video (0:42) · <file> · <why it stopped>"."""
        if self.journal is None:
            return
        video = arg(translate("Video", "Video (%1)"), format_duration(clip.duration_ms / 1000))
        detail = " · ".join(p for p in (video, str(clip.path), clip.reason.value, clip.error) if p)
        try:
            self.journal.record_event(
                shop_id=clip.facts.shop_id,
                order_id=clip.facts.order_id,
                event=VIDEO_EVENT,
                packer=clip.facts.packer,
                detail=detail,
            )
        except KnownError as err:
            self._problem(
                arg(
                    translate("Video", "The video of order %1 is saved but not in the journal: %2"),
                    clip.facts.order_number,
                    err.user_message,
                )
            )

    # ------------------------------------------------------------------ retention
    def _run_retention(self) -> None:
        keep = [self.clip.recorder.path.name] if self.clip is not None else []
        keep += [r.path.name for r in self._closing]
        keep += sorted(self.keep)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop (a synchronous test): retention runs with the next clip
        task = loop.run_in_executor(
            None,
            lambda: apply_retention(
                self.folder,
                now=datetime.now(),
                retention_days=self.settings.retention_days,
                budget_mb=self.settings.disk_budget_mb,
                keep=keep,
            ),
        )
        self._tasks.add(task)
        task.add_done_callback(self._retention_done)

    def _retention_done(self, task: asyncio.Future[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        err = task.exception()
        if isinstance(err, KnownError):
            self._problem(f"{err.user_message} {err.hint}".strip())
            return
        if err is not None:
            log.error("video retention failed", exc_info=err)
            return
        report: RetentionReport = task.result()
        if report.problems:
            self._problem(
                arg(
                    translate("Video", "Old videos could not be deleted: %1"),
                    "; ".join(report.problems[:3]),
                )
            )
        if report.free_bytes >= 0 and disk_low(
            report.free_bytes, self._bytes_per_min, minutes=LOW_DISK_MINUTES
        ):
            self._problem(
                arg(
                    translate(
                        "Video",
                        "The video disk is almost full (%1 MB free). Lower the video disk "
                        "budget or free space.",
                    ),
                    report.free_bytes // (1024 * 1024),
                )
            )
