"""Packing video: what recording costs — GUI-thread time per frame, CPU share per recording
hour, MB per minute — per codec this Qt build encodes into Matroska.

The station's own pipeline runs: ``VideoEngine`` ticking at the frame rate on a ``QTimer``
(test camera picture → overlay → ``QVideoFrameInput``) into a ``ClipRecorder``
(``QMediaRecorder``, MKV). Baseline, same run: the engine ticking with no clip (what the
live preview alone costs), so the rows say what recording adds.

    python benchmarks/video.py --seconds 60 --resolution 1280x720 --fps 15
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtCore import QEventLoop, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QMediaFormat

import lazpack.qt  # noqa: F401  (the PySide6 workarounds first)
from lazpack.domain.video import ClipFacts, parse_resolution
from lazpack.ui.video.recorder import ClipRecorder, VideoEngine, encodable_codecs
from lazpack.ui.video.sources import TestPatternSource

CODECS = ("H264", "MPEG4", "MotionJPEG")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * q))]


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def measure(codec: str | None, size: QSize, fps: int, seconds: float, folder: Path) -> dict:
    source = TestPatternSource(size)
    engine = VideoEngine(source, fps)
    clip = None
    if codec is not None:
        path = folder / f"bench-{codec}.mkv"
        clip = ClipRecorder(
            path,
            size,
            fps,
            QMediaFormat.VideoCodec[codec],
            title="benchmark",
            description="benchmark",
        )
        engine.facts = ClipFacts("s", 1, 301000001, packer="Ana", station="desk-1")
        engine.facts = engine.facts.with_scan(2, 3, "TSHIRT-BLACK-M")
        engine.clip = clip
        clip.start()
    engine.start()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    run_for(seconds)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    assert engine.painter is not None
    paint = list(engine.painter.paint_ms)
    engine.stop()
    out: dict = {"cpu": cpu / wall, "paint": paint, "send": engine.send_ms or [0.0]}
    if clip is not None:
        done: list[object] = []
        clip.finished.connect(done.append)
        clip.stop()
        while not done:
            run_for(0.05)
        size_b = clip.path.stat().st_size
        minutes = max(clip._last_us, 1) / 60e6
        out |= {
            "mb_min": size_b / 1e6 / minutes,
            "frames": clip.frames,
            "dropped": clip.dropped,
            "expected": int(wall * fps),
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--resolution", default="1280x720")
    ap.add_argument("--fps", type=int, default=15)
    ap.add_argument("--quick", action="store_true", help="CI: a small run in seconds")
    args = ap.parse_args()
    if args.quick:
        args.seconds = 2.0
    QGuiApplication(sys.argv)
    w, h = parse_resolution(args.resolution)
    size = QSize(w, h)
    have = encodable_codecs()
    codecs = [c for c in CODECS if c in have]
    print(
        f"packing video {w}x{h} @ {args.fps} fps, {args.seconds:g} s per row, "
        f"{os.cpu_count()} CPU(s); MKV encoders here: {', '.join(have) or 'none'}"
    )
    with tempfile.TemporaryDirectory(prefix="lazpack-video-bench-") as tmp:
        base = measure(None, size, args.fps, args.seconds, Path(tmp))
        print(
            f"  baseline: preview only (no clip)   CPU {base['cpu'] * 100:5.1f} % of one core, "
            f"thumbnail p50 {statistics.median(base['paint']):.2f} ms (worker thread)"
        )
        for codec in codecs:
            r = measure(codec, size, args.fps, args.seconds, Path(tmp))
            p, g = r["paint"], r["send"]
            print(
                f"  {codec:<10} CPU {r['cpu'] * 100:5.1f} % of one core "
                f"({r['cpu'] * 60:5.1f} CPU-min per recording hour, "
                f"x{r['cpu'] / max(base['cpu'], 1e-6):.1f} the preview), "
                f"{r['mb_min']:6.2f} MB/min ({r['mb_min'] * 60 / 1000:.2f} GB/h); "
                f"paint (worker) p50 {statistics.median(p):.2f} / p99 {pct(p, 0.99):.2f} ms; "
                f"GUI thread per frame p50 {statistics.median(g):.2f} / p99 {pct(g, 0.99):.2f} / "
                f"max {max(g):.2f} ms; frames {r['frames']} of ~{r['expected']}, "
                f"{r['dropped']} dropped"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
