"""The order panel's "Video (0:42)" button: the clip recorded for the order shown, opened
in the PC's video player. It knows the clips this station recorded since it started (the
order's timeline in History lists every clip, older ones too)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from lazpack.domain.video import format_duration
from lazpack.i18n import arg
from lazpack.ui.video.controller import FinishedClip, VideoController


def open_in_player(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class VideoButton(QPushButton):
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


def c_key(clip: FinishedClip) -> tuple[str, int]:
    return (clip.facts.shop_id, clip.facts.order_id)
