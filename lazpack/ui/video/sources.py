"""Where the picture comes from: a real camera (``QCamera`` into a ``QVideoSink``) or the
synthetic test camera (a moving test pattern painted with ``QPainter``).

Both answer :meth:`FrameSource.grab` with the latest picture as a ``QImage`` of the clip's
size, or ``None`` when there is none (camera unplugged, not started yet); the recorder
then paints a "no camera" frame so the clip and packing go on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from lazpack.i18n import arg, translate

#: the image format every frame is painted in (BGRA in memory; the encoder converts)
IMAGE_FORMAT = QImage.Format.Format_ARGB32_Premultiplied
TEST_CAMERA = "test"
DEFAULT_CAMERA = "default"


class FrameSource(QObject):
    """A picture source. ``problem`` carries a sentence for the status bar."""

    problem = Signal(str)
    #: the source works again (a camera plugged back in)
    recovered = Signal()

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.size = size

    @property
    def name(self) -> str:
        raise NotImplementedError

    @property
    def available(self) -> bool:
        raise NotImplementedError

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def grab(self, frame_no: int) -> QImage | None:
        raise NotImplementedError


class TestPatternSource(FrameSource):
    """The test camera: colour bars with a box sweeping across, one step per frame.

    The bars are painted once; each frame copies them and paints the box (cheap: one
    copy and one rectangle)."""

    __test__ = False  # not a pytest class

    def __init__(self, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(size, parent)
        self._base = QImage(size, IMAGE_FORMAT)
        p = QPainter(self._base)
        w, h = size.width(), size.height()
        bars = ("#c0c0c0", "#c0c000", "#00c0c0", "#00c000", "#c000c0", "#c00000", "#0000c0")
        step = max(1, w // len(bars))
        for i, colour in enumerate(bars):
            p.fillRect(QRect(i * step, 0, step if i < len(bars) - 1 else w, h), QColor(colour))
        grad = QLinearGradient(0, h * 0.6, 0, h)
        grad.setColorAt(0, QColor(0, 0, 0, 0))
        grad.setColorAt(1, QColor(0, 0, 0, 160))
        p.fillRect(QRect(0, int(h * 0.6), w, h - int(h * 0.6)), grad)
        font = QFont()
        font.setPixelSize(max(10, h // 14))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor("#ffffff"))
        p.drawText(
            QRect(0, 0, w, h // 3),
            Qt.AlignmentFlag.AlignCenter,
            translate("Video", "lazpack test camera"),
        )
        p.end()
        self._running = False

    @property
    def name(self) -> str:
        return translate("Video", "test camera")

    @property
    def available(self) -> bool:
        return True

    def start(self) -> None:
        self._running = True

    def stop(self) -> None:
        self._running = False

    def grab(self, frame_no: int) -> QImage | None:
        if not self._running:
            return None
        img = self._base.copy()
        w, h = img.width(), img.height()
        box = max(8, h // 6)
        span = max(1, w - box)
        x = (frame_no * max(2, w // 60)) % (2 * span)
        x = x if x < span else 2 * span - x  # back and forth
        p = QPainter(img)
        p.fillRect(QRect(x, h // 3, box, box), QColor("#ffffff"))
        p.fillRect(QRect(x + box // 4, h // 3 + box // 4, box // 2, box // 2), QColor("#101010"))
        p.end()
        return img


def find_camera(camera_id: str) -> QCameraDevice | None:
    """The camera chosen in Settings (its id as hex, or "default"), if plugged in."""
    if camera_id == DEFAULT_CAMERA:
        dev = QMediaDevices.defaultVideoInput()
        return None if dev.isNull() else dev
    for dev in QMediaDevices.videoInputs():
        if bytes(dev.id().data()).hex() == camera_id:
            return dev
    return None


def camera_choices() -> list[tuple[str, str]]:
    """``(id, description)`` of every camera, the test camera last (for Settings)."""
    out = [(bytes(d.id().data()).hex(), d.description()) for d in QMediaDevices.videoInputs()]
    out.append((TEST_CAMERA, translate("Video", "Test camera (moving test pattern)")))
    return out


class CameraSource(FrameSource):
    """A real camera: ``QCamera`` → ``QVideoSink``; the latest frame is kept and turned
    into a picture only when the recorder asks (at the clip's frame rate, not the
    camera's)."""

    def __init__(self, camera_id: str, size: QSize, parent: QObject | None = None) -> None:
        super().__init__(size, parent)
        self.camera_id = camera_id
        self._frame: QVideoFrame | None = None
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_devices)
        self._wanted = False
        self._description = ""

    @property
    def name(self) -> str:
        return self._description or translate("Video", "camera")

    @property
    def available(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def start(self) -> None:
        self._wanted = True
        self._open()

    def _open(self) -> None:
        dev = find_camera(self.camera_id)
        if dev is None:
            self._frame = None
            self.problem.emit(
                translate(
                    "Video",
                    "No camera: the packing camera is not plugged in. Packing goes on "
                    "without video.",
                )
            )
            return
        self._description = dev.description()
        camera = QCamera(dev, self)
        best = None
        for fmt in dev.videoFormats():
            res = fmt.resolution()
            big_enough = res.width() >= self.size.width() and res.height() >= self.size.height()
            if big_enough and (
                best is None
                or res.width() * res.height()
                < best.resolution().width() * best.resolution().height()
            ):
                best = fmt
        if best is not None:
            camera.setCameraFormat(best)
        camera.errorOccurred.connect(self._on_error)
        self._session.setCamera(camera)
        self._camera = camera
        camera.start()

    def stop(self) -> None:
        self._wanted = False
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]
            self._camera.deleteLater()
            self._camera = None
        self._frame = None

    def _on_frame(self, frame: QVideoFrame) -> None:
        self._frame = frame if frame.isValid() else None

    def _on_error(self, _error: QCamera.Error, text: str) -> None:
        self._frame = None
        self.problem.emit(
            arg(
                translate("Video", "Camera problem (%1): %2. Packing goes on without video."),
                self.name,
                text,
            )
        )

    def _on_devices(self) -> None:
        """Unplugged: say so at once; plugged back in: start it again."""
        present = find_camera(self.camera_id) is not None
        if self._camera is not None and not present:
            self.stop()
            self._wanted = True
            self.problem.emit(
                arg(
                    translate("Video", "Camera %1 was unplugged. Packing goes on without video."),
                    self.name,
                )
            )
        elif self._camera is None and self._wanted and present:
            self._open()
            self.recovered.emit()

    def grab(self, frame_no: int) -> QImage | None:
        frame = self._frame
        if frame is None:
            return None
        img = frame.toImage()
        if img.isNull():
            return None
        if img.size() != self.size:
            img = img.scaled(
                self.size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        if img.format() != IMAGE_FORMAT:
            img = img.convertToFormat(IMAGE_FORMAT)
        return img


def make_source(camera: str, size: QSize, parent: QObject | None = None) -> FrameSource:
    if camera == TEST_CAMERA:
        return TestPatternSource(size, parent)
    return CameraSource(camera, size, parent)
