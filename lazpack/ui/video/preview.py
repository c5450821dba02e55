"""The small live preview in the pack view: the camera's picture, a red "REC" and the
clip's running time while an order is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from lazpack.domain.video import format_duration
from lazpack.i18n import arg, translate
from lazpack.ui.video.controller import VideoController
from lazpack.ui.video.recorder import PREVIEW_HEIGHT


class VideoPreview(QFrame):
    """Picture above one status line: "● REC 0:42" in red, or "Camera ready"."""

    def __init__(self, video: VideoController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("videoPreview")
        self.video = video
        self.picture = QLabel()
        self.picture.setObjectName("videoPicture")
        w = round(PREVIEW_HEIGHT * video.size.width() / max(1, video.size.height()))
        self.picture.setFixedSize(w, PREVIEW_HEIGHT)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #202020;")
        self.rec = QLabel()
        self.rec.setObjectName("videoRec")
        self.rec.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.picture)
        lay.addWidget(self.rec)
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self.refresh)
        video.engine.previewed.connect(self.show_picture)
        video.recordingChanged.connect(self._on_recording)
        self.refresh()

    def show_picture(self, img: QImage) -> None:
        self.picture.setPixmap(QPixmap.fromImage(img))

    def _on_recording(self, on: bool) -> None:
        if on:
            self._clock.start()
        else:
            self._clock.stop()
        self.refresh()

    def refresh(self) -> None:
        if self.video.recording:
            self.rec.setStyleSheet("color: #e53935; font-weight: bold;")
            self.rec.setText(
                arg(
                    translate("VideoPreview", "● REC %1"),
                    format_duration(self.video.elapsed_s),
                )
            )
        else:
            self.rec.setStyleSheet("color: palette(mid);")
            self.rec.setText(arg(translate("VideoPreview", "Camera: %1"), self.video.source.name))
