"""The recording pipeline: source picture → overlay painted → ``QVideoFrameInput`` →
``QMediaCaptureSession`` → ``QMediaRecorder`` (Matroska).

One :class:`VideoEngine` per station ticks at the clip's frame rate (a ``QTimer``): it
takes the source's latest picture, paints the evidence overlay on it and hands it to the
clip being recorded; encoding and writing run in QtMultimedia's own threads, so a tick
costs the GUI thread one picture copy and a few lines of text (measured in
``benchmarks/video.py``). Without a clip the engine only feeds the preview, a few times
a second.

One :class:`ClipRecorder` per clip, so the next order's clip starts at once while the
previous one is still being finalised.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, QThread, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtMultimedia import (
    QMediaCaptureSession,
    QMediaFormat,
    QMediaMetaData,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameFormat,
    QVideoFrameInput,
)

from lazpack.domain.video import ClipFacts, OverlayLabels, overlay_lines, pick_codec
from lazpack.i18n import translate
from lazpack.log import get_logger
from lazpack.ui.video.sources import IMAGE_FORMAT, FrameSource

log = get_logger("ui.video")

#: preview updates per second
PREVIEW_FPS = 5
#: the preview thumbnail's height in pixels
PREVIEW_HEIGHT = 108


def encodable_codecs() -> list[str]:
    """The video codecs this platform can write into Matroska, by name."""
    fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
    return [c.name for c in fmt.supportedVideoCodecs(QMediaFormat.ConversionMode.Encode)]


def choose_codec() -> QMediaFormat.VideoCodec | None:
    name = pick_codec(encodable_codecs())
    return None if name is None else QMediaFormat.VideoCodec[name]


# ------------------------------------------------------------------ overlay
class Overlay:
    """Paints the evidence lines in a dark band at the foot of the picture.

    The font and its metrics are made once per picture height (not per frame)."""

    def __init__(self, height: int) -> None:
        self.font = QFont()
        self.font.setPixelSize(max(9, height // 26))
        self.font.setBold(True)
        self.font.setStyleHint(QFont.StyleHint.Monospace)
        metrics = QFontMetrics(self.font)
        self.line_h = metrics.height()
        self.pad = max(3, self.line_h // 4)

    def band(self, size: QSize, lines: int) -> QRect:
        h = lines * self.line_h + 2 * self.pad
        return QRect(0, size.height() - h, size.width(), h)

    def paint(self, img: QImage, lines: list[str]) -> None:
        band = self.band(img.size(), len(lines))
        p = QPainter(img)
        p.fillRect(band, QColor(0, 0, 0, 170))
        p.setFont(self.font)
        p.setPen(QColor("#ffffff"))
        y = band.top() + self.pad
        for text in lines:
            p.drawText(
                QRect(self.pad * 2, y, band.width() - 4 * self.pad, self.line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += self.line_h
        p.end()


def no_camera_picture(size: QSize, text: str) -> QImage:
    img = QImage(size, IMAGE_FORMAT)
    img.fill(QColor("#202020"))
    p = QPainter(img)
    font = QFont()
    font.setPixelSize(max(10, size.height() // 12))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ff5252"))
    p.drawText(QRect(0, 0, size.width(), size.height() // 2), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return img


# ------------------------------------------------------------------ one clip
@dataclass(frozen=True, slots=True)
class ClipResult:
    path: Path
    frames: int
    dropped: int
    duration_ms: int
    error: str = ""


class ClipRecorder(QObject):
    """One clip: its own frame input, capture session and recorder."""

    finished = Signal(object)  # ClipResult, once, after the file is closed
    #: the recorder failed (the text says why); ``stop()`` then closes what was written
    failed = Signal(str)

    def __init__(
        self,
        path: Path,
        size: QSize,
        fps: int,
        codec: QMediaFormat.VideoCodec,
        *,
        title: str,
        description: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.fps = fps
        self.frames = 0
        self.dropped = 0
        self.error = ""
        self._last_us = -1
        self._t0 = 0.0
        self._done = False
        self._stopping = False
        vfmt = QVideoFrameFormat(size, QVideoFrameFormat.pixelFormatFromImageFormat(IMAGE_FORMAT))
        vfmt.setStreamFrameRate(fps)
        self._input = QVideoFrameInput(vfmt, self)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoFrameInput(self._input)
        self._recorder = QMediaRecorder(self)
        self._session.setRecorder(self._recorder)
        mf = QMediaFormat(QMediaFormat.FileFormat.Matroska)
        mf.setVideoCodec(codec)
        self._recorder.setMediaFormat(mf)
        self._recorder.setVideoResolution(size)
        self._recorder.setVideoFrameRate(fps)
        self._recorder.setQuality(QMediaRecorder.Quality.NormalQuality)
        self._recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
        meta = QMediaMetaData()
        meta.insert(QMediaMetaData.Key.Title, title)
        meta.insert(QMediaMetaData.Key.Description, description)
        meta.insert(QMediaMetaData.Key.Date, datetime.now().astimezone())
        self._recorder.setMetaData(meta)
        self._recorder.errorOccurred.connect(self._on_error)
        self._recorder.recorderStateChanged.connect(self._on_state)

    @property
    def recording(self) -> bool:
        return not self._stopping and not self._done and not self.error

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self._t0 if self._t0 else 0.0

    def start(self) -> None:
        self._t0 = time.monotonic()
        self._recorder.record()

    def send(self, img: QImage) -> bool:
        """One frame, stamped with its slot on the clip's frame grid (wall time since the
        first frame, in whole frame intervals), so the clip's length is the packing's
        length. A frame whose slot is taken already (two ticks close together after the
        GUI thread was busy) is skipped: the encoder refuses two frames with one time
        and would end the recording."""
        if not self.recording:
            return False
        step = 1_000_000 // self.fps
        if self._last_us < 0:
            self._t0 = time.monotonic()  # the file's time starts at its first frame
        slot = round((time.monotonic() - self._t0) * 1_000_000 / step)
        t = slot * step
        if t <= self._last_us:
            self.dropped += 1
            return False
        frame = QVideoFrame(img)
        frame.setStartTime(t)
        frame.setEndTime(t + step)
        if not self._input.sendVideoFrame(frame):
            self.dropped += 1  # the encoder is behind: this frame is skipped, not queued
            return False
        self._last_us = t
        self.frames += 1
        return True

    def stop(self) -> None:
        if self._stopping or self._done:
            return
        self._stopping = True
        if self.error or (
            self._recorder.recorderState() is QMediaRecorder.RecorderState.StoppedState
        ):
            self._recorder.stop()
            self._finish()
        else:
            self._recorder.stop()

    def _on_error(self, _error: QMediaRecorder.Error, text: str) -> None:
        first = not self.error
        self.error = text or translate("Video", "the recorder failed")
        log.warning("recording %s failed: %s", self.path.name, self.error)
        if self._stopping and (
            self._recorder.recorderState() is QMediaRecorder.RecorderState.StoppedState
        ):
            self._finish()
        elif first:
            self.failed.emit(self.error)

    def _on_state(self, state: QMediaRecorder.RecorderState) -> None:
        if state is QMediaRecorder.RecorderState.StoppedState:
            self._finish()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        duration = self._last_us // 1000 if self.frames else 0
        self.finished.emit(ClipResult(self.path, self.frames, self.dropped, duration, self.error))


# ------------------------------------------------------------------ the ticking engine
class _Painter(QObject):
    """Lives in the engine's worker thread: at each tick of its own timer it takes the
    source's picture, paints the overlay and hands the picture (and a preview thumbnail)
    to the GUI thread, which only passes it to the recorder."""

    #: the clip's frame (may be null), the preview (may be null), the clip it was painted for
    painted = Signal(QImage, QImage, object)

    def __init__(self, engine: VideoEngine) -> None:
        super().__init__()
        self.engine = engine
        self.timer: QTimer | None = None
        self.paint_ms: list[float] = []  # the last paints' cost (benchmarks read it)

    @Slot()
    def begin(self) -> None:
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(max(1, round(1000 / self.engine.fps)))
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @Slot()
    def end(self) -> None:
        if self.timer is not None:
            self.timer.stop()
            self.timer = None

    @Slot()
    def tick(self) -> None:
        t0 = time.perf_counter()
        e = self.engine
        e.frame_no += 1
        preview = e.want_preview and e.frame_no % e.preview_every == 0
        frame = QImage()
        clip = e.clip
        if clip is not None and clip.recording:
            frame = e.compose(e.lines(datetime.now()))
            picture = frame
        elif preview:
            picture = e.source.grab(e.frame_no) or e.no_camera
        else:
            return
        thumb = (
            picture.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.FastTransformation)
            if preview
            else QImage()
        )
        self.painted.emit(frame, thumb, clip)
        self.paint_ms = [*self.paint_ms[-999:], (time.perf_counter() - t0) * 1000]


class VideoEngine(QObject):
    """Ticks at the frame rate: picture → overlay → the current clip (and the preview).

    The picture and its overlay are painted in a worker thread (``QThread``); the GUI
    thread receives the finished picture and only stamps it and gives it to the clip's
    ``QVideoFrameInput`` (measured: about 0.1 ms a frame)."""

    #: a downscaled picture for the preview, a few times a second
    previewed = Signal(QImage)
    problem = Signal(str)
    _begin = Signal()
    _end = Signal()

    def __init__(self, source: FrameSource, fps: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.fps = fps
        self.size = source.size
        self.overlay = Overlay(self.size.height())
        self.no_camera = no_camera_picture(self.size, translate("Video", "NO CAMERA"))
        self.clip: ClipRecorder | None = None
        #: what the current clip's frames say (``None``: no overlay)
        self.facts: ClipFacts | None = None
        self.labels = OverlayLabels(
            order=translate("Video", "Order"),
            tracking=translate("Video", "AWB"),
            packer=translate("Video", "Packer"),
            station=translate("Video", "Station"),
            item=translate("Video", "Item"),
        )
        self._lines: tuple[ClipFacts | None, str, list[str]] = (None, "", [])
        self.frame_no = 0
        self.preview_every = max(1, round(fps / PREVIEW_FPS))
        self.want_preview = True
        #: GUI-thread cost of the last frames handed to the recorder (ms)
        self.send_ms: list[float] = []
        self._thread: QThread | None = None
        self.painter: _Painter | None = None
        source.problem.connect(self._on_problem)

    @property
    def recording(self) -> bool:
        clip = self.clip
        return clip is not None and clip.recording

    def start(self) -> None:
        self.source.start()
        thread = QThread()
        thread.setObjectName("lazpack-video")
        painter = _Painter(self)
        painter.moveToThread(thread)
        painter.painted.connect(self._on_painted)
        self._begin.connect(painter.begin)
        self._end.connect(painter.end, Qt.ConnectionType.BlockingQueuedConnection)
        thread.finished.connect(painter.deleteLater)
        self._thread, self.painter = thread, painter
        thread.start()
        self._begin.emit()

    def stop(self) -> None:
        thread = self._thread
        if thread is not None:
            self._end.emit()  # waits until the worker's timer is stopped
            self._end.disconnect()
            self._begin.disconnect()
            thread.quit()
            thread.wait()
            self._thread = None
            self.painter = None
        self.source.stop()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _on_problem(self, text: str) -> None:
        self.problem.emit(text)

    def compose(self, lines: list[str]) -> QImage:
        """The picture of this tick with the overlay painted on it."""
        img = self.source.grab(self.frame_no)
        if img is None:
            img = self.no_camera.copy()
        if lines:
            self.overlay.paint(img, lines)
        return img

    def lines(self, now: datetime) -> list[str]:
        """The overlay's lines, remade only when the facts or the second change."""
        facts = self.facts
        if facts is None:
            return []
        second = now.strftime("%H%M%S")
        cached_facts, cached_second, lines = self._lines
        if cached_facts is facts and cached_second == second:
            return lines
        lines = overlay_lines(facts, now, self.labels)
        self._lines = (facts, second, lines)
        return lines

    def _on_painted(self, frame: QImage, thumb: QImage, painted_for: object) -> None:
        t0 = time.perf_counter()
        clip = self.clip
        # a frame painted for the previous order's clip never reaches the next one
        if not frame.isNull() and clip is not None and clip is painted_for and clip.recording:
            clip.send(frame)
            self.send_ms = [*self.send_ms[-999:], (time.perf_counter() - t0) * 1000]
        if not thumb.isNull():
            self.previewed.emit(thumb)
