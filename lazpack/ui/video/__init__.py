"""Packing video (issue 16): QtMultimedia recording driven by the packing workflow.

``install_video`` is what the station calls once its window and packing service exist;
with ``settings.video.enabled`` off (the default) it does nothing at all, and QtMultimedia
is not even imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lazpack.config import VideoSettings
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

if TYPE_CHECKING:
    from lazpack.domain.ports import JournalEntry, JournalPort
    from lazpack.services.packing import PackingService
    from lazpack.ui.video.controller import VideoController

log = get_logger("ui.video")


def video_folder(settings: VideoSettings, default: Path) -> Path:
    return Path(settings.folder).expanduser() if settings.folder.strip() else default


def install_video(
    window: Any,
    packing: PackingService,
    settings: VideoSettings,
    *,
    default_folder: Path,
    station: str,
    status: Callable[[str], None] | None = None,
    journal: JournalPort | None = None,
    timeline: Callable[[int], list[JournalEntry]] | None = None,
) -> VideoController | None:
    """Start packing video for the station window (``None`` when it is off or this PC
    cannot record: the status bar says why and packing goes on)."""
    if not settings.enabled:
        return None

    def say(text: str) -> None:
        window.statusBar().showMessage(text, 30_000)

    try:
        from lazpack.ui.video.controller import VideoController
        from lazpack.ui.video.order_button import ExportButton, VideoButton
        from lazpack.ui.video.preview import VideoPreview
    except ImportError as err:  # a build without QtMultimedia: the station still runs
        log.warning("packing video unavailable: %s", err)
        (status or say)(
            arg(translate("Video", "Packing video is off: QtMultimedia is missing (%1)."), err)
        )
        return None
    video = VideoController(
        packing,
        settings,
        video_folder(settings, default_folder),
        station=station,
        status=status or say,
        parent=window,
        journal=journal,
    )
    if not video.start():
        return None
    video.preview = VideoPreview(video)
    window.pack_view.add_side_widget(video.preview)
    video.preview.show()  # added to a window already on screen: not shown by itself
    button = VideoButton(video, window.panel)
    video.button = button
    video.export_button = ExportButton(video, button, timeline)
    return video
