"""A station killed mid-clip leaves a playable MKV (why clips are Matroska, not MP4): the
frames the muxer had written before the kill decode; only the last unwritten buffer
(a few seconds at most) is lost."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import av
import pytest

from lazpack.ui.video.recorder import encodable_codecs

pytestmark = pytest.mark.skipif(not encodable_codecs(), reason="this Qt build encodes no video")


def test_a_killed_station_leaves_a_playable_clip(tmp_path: Path) -> None:
    clip = tmp_path / "301000001_20261130-090000.mkv"
    with subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.video_crash", str(clip)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline().split()
            assert line[:1] == ["written"], line
            sent = int(line[1])
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    with av.open(str(clip)) as container:
        frames = [f for f in container.decode(video=0)]
    assert 0 < len(frames) <= sent
    assert (frames[0].width, frames[0].height) == (1280, 720)
