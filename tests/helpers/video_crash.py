"""A station process that records a clip and is then killed: run as
``python -m tests.helpers.video_crash CLIP`` it records the test camera through the
station's pipeline (``VideoEngine`` + ``ClipRecorder``, 1280x720 at 30 fps, MPEG-4 or
what this build encodes) and prints ``written <frames> <bytes>`` once the file on disk has
data, then waits to be killed (the test sends SIGKILL: nothing is flushed or closed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import lazpack.qt  # noqa: F401  (the PySide6 workarounds first)


def main() -> int:
    from PySide6.QtCore import QSize, QTimer
    from PySide6.QtGui import QGuiApplication

    from lazpack.domain.video import ClipFacts
    from lazpack.ui.video.recorder import ClipRecorder, VideoEngine, choose_codec
    from lazpack.ui.video.sources import TestPatternSource

    path = Path(sys.argv[1])
    app = QGuiApplication(sys.argv)
    size = QSize(1280, 720)
    codec = choose_codec()
    assert codec is not None
    engine = VideoEngine(TestPatternSource(size), 30)
    clip = ClipRecorder(path, size, 30, codec, title="crash", description="crash")
    engine.facts = ClipFacts("s1", 1, 301000001, packer="Ana", station="desk-1")
    engine.clip = clip
    clip.start()
    engine.start()
    said = False

    def check() -> None:
        nonlocal said
        size_now = path.stat().st_size if path.exists() else 0
        if size_now > 0 and clip.frames > 0 and not said:
            said = True
            print(f"written {clip.frames} {size_now}", flush=True)

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(20)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
