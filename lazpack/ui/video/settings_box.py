"""Settings → Packing video: on/off, camera (or the test camera), folder, picture, retention.

The camera list is read when the box is made (QtMultimedia is imported here, not at the
station's start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from lazpack.config import VideoSettings
from lazpack.i18n import arg
from lazpack.ui.video.sources import DEFAULT_CAMERA, camera_choices

RESOLUTIONS = ("640x360", "640x480", "1280x720", "1920x1080")


class VideoSettingsBox(QGroupBox):
    def __init__(self, settings: VideoSettings, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("VideoSettings", "Packing video"), parent)
        self.setObjectName("videoSettings")
        self.enabled = QCheckBox(
            QCoreApplication.translate("VideoSettings", "Record a video of every order packed")
        )
        self.enabled.setObjectName("videoEnabled")
        self.enabled.setChecked(settings.enabled)
        self.require = QCheckBox(
            QCoreApplication.translate(
                "VideoSettings", "Open no order while the camera is not working"
            )
        )
        self.require.setObjectName("videoRequired")
        self.require.setChecked(settings.require_video)
        self.camera = QComboBox()
        self.camera.setObjectName("videoCamera")
        self.camera.addItem(
            QCoreApplication.translate("VideoSettings", "The PC's default camera"), DEFAULT_CAMERA
        )
        for cam_id, text in camera_choices():
            self.camera.addItem(text, cam_id)
        idx = self.camera.findData(settings.camera)
        if idx < 0:  # a camera that is not plugged in now: keep it chosen
            self.camera.addItem(
                arg(
                    QCoreApplication.translate("VideoSettings", "Camera not connected (%1)"),
                    settings.camera,
                )
            )
            self.camera.setItemData(self.camera.count() - 1, settings.camera)
            idx = self.camera.count() - 1
        self.camera.setCurrentIndex(idx)
        self.folder = QLineEdit(settings.folder)
        self.folder.setObjectName("videoFolder")
        self.folder.setPlaceholderText(
            QCoreApplication.translate("VideoSettings", "empty: the station's data folder (videos)")
        )
        self.resolution = QComboBox()
        self.resolution.setObjectName("videoResolution")
        for res in dict.fromkeys((*RESOLUTIONS, settings.resolution)):
            self.resolution.addItem(res, res)
        self.resolution.setCurrentIndex(self.resolution.findData(settings.resolution))
        self.fps = self._spin(
            "videoFps", 1, 60, settings.fps, QCoreApplication.translate("VideoSettings", " fps")
        )
        self.days = self._spin(
            "videoDays",
            0,
            36_500,
            settings.retention_days,
            QCoreApplication.translate("VideoSettings", " days"),
        )
        self.days.setSpecialValueText(QCoreApplication.translate("VideoSettings", "keep all"))
        self.budget = self._spin("videoBudget", 0, 10_000_000, settings.disk_budget_mb, " MB")
        self.budget.setSpecialValueText(QCoreApplication.translate("VideoSettings", "no limit"))
        form = QFormLayout(self)
        form.addRow("", self.enabled)
        form.addRow("", self.require)
        form.addRow(QCoreApplication.translate("VideoSettings", "Camera"), self.camera)
        form.addRow(QCoreApplication.translate("VideoSettings", "Folder"), self.folder)
        form.addRow(QCoreApplication.translate("VideoSettings", "Picture"), self.resolution)
        form.addRow(QCoreApplication.translate("VideoSettings", "Frame rate"), self.fps)
        form.addRow(
            QCoreApplication.translate("VideoSettings", "Delete videos older than"), self.days
        )
        form.addRow(QCoreApplication.translate("VideoSettings", "Disk budget"), self.budget)

    @staticmethod
    def _spin(name: str, lo: int, hi: int, value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(lo, hi)
        box.setValue(max(lo, min(hi, value)))
        box.setSuffix(suffix)
        return box

    def apply(self, settings: VideoSettings) -> None:
        settings.enabled = self.enabled.isChecked()
        settings.require_video = self.require.isChecked()
        settings.camera = str(self.camera.currentData())
        settings.folder = self.folder.text().strip()
        settings.resolution = str(self.resolution.currentData())
        settings.fps = self.fps.value()
        settings.retention_days = self.days.value()
        settings.disk_budget_mb = self.budget.value()
