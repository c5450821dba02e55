"""Packing video in the real station (demo shop, test camera): turned on in the settings,
an order scanned to ready to ship leaves one clip named after its tracking number in the
station's videos folder, and the order's timeline has it."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import av
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID
from lazpack.config import VideoSettings
from lazpack.domain.video import parse_clip_name
from lazpack.ui.pack_view import READY_TEXT
from lazpack.ui.video.order_button import ExportButton, VideoButton
from lazpack.ui.video.recorder import encodable_codecs
from tests.helpers.e2e import burst, headline, new_order, station, until, win

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.asyncio,
    pytest.mark.skipif(not encodable_codecs(), reason="this Qt build encodes no video"),
    pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed"),
]


def pdf_text(pdf: Path) -> str:
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout


def clips(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.mkv")) if folder.is_dir() else []


async def test_station_records_an_order_from_open_to_ready_to_ship(
    tmp_path: Path, qtbot: QtBot
) -> None:
    video = VideoSettings(enabled=True, camera="test", resolution="320x240", fps=10)
    async with station(tmp_path, video=video) as st:
        w = win(st)
        assert st.video is not None
        rec = w.pack_view.findChild(QLabel, "videoRec")
        assert rec is not None and rec.text() == "Camera: test camera"
        oid, number = await new_order(st, ["BACKPACK-GREY", "TSHIRT-BLACK-M"])
        burst(str(number))
        assert st.video.recording and rec.text().startswith("● REC")
        burst("BACKPACK-GREY")
        burst("TSHIRT-BLACK-M")
        await until(lambda: headline(st) == READY_TEXT, "ready to ship shown")
        await until(lambda: len(st.video.finished) == 1 if st.video else False, "clip closed")
        assert not st.video.recording and rec.text() == "Camera: test camera"
        folder = st.paths.videos_dir
        (path,) = clips(folder)
        name = parse_clip_name(path.name)
        assert name is not None and name.order_number == str(number)
        row = w.book.get((DEMO_SHOP_ID, oid))
        assert row is not None
        assert name.tracking and name.tracking in {i.tracking_code for i in row.items}
        with av.open(str(path)) as c:
            assert sum(1 for _ in c.decode(video=0)) == st.video.finished[0].frames > 0
        # the order panel offers the clip: "Video (0:0x)", opened in the PC's player
        assert w.panel.current_key == (DEMO_SHOP_ID, oid)
        button = st.video.button
        assert isinstance(button, VideoButton) and button.isVisibleTo(w.panel)
        assert button.text().startswith("Video (0:0")
        opened: list[Path] = []
        button.open_file = lambda p: opened.append(p) is None
        button.click()
        assert opened == [path]
        # Export evidence: a copy of the clip and a one-page summary, ready for Lazada
        export = st.video.export_button
        assert isinstance(export, ExportButton) and export.isVisibleTo(w.panel)
        task = export.export_to(tmp_path / "usb")
        assert task is not None
        target = await task
        assert export.exported == [target] and target.parent == tmp_path / "usb"
        assert sorted(p.name for p in target.iterdir()) == [path.name, "summary.pdf"]
        assert (target / path.name).read_bytes() == path.read_bytes()
        text = pdf_text(target / "summary.pdf")
        assert f"Packing evidence — order {number}" in text
        assert name.tracking in text and "BACKPACK-GREY" in text and "TSHIRT-BLACK-M" in text
        assert hashlib.sha256(path.read_bytes()).hexdigest() in text
        assert text.count("Ana") >= 4  # the packer, on every scan line too
        w.panel.show_order(None)
        assert not button.isVisibleTo(w.panel) and not export.isVisibleTo(w.panel)
        timeline = st.core.journal.timeline(oid)
        (event,) = [e for e in timeline if e.kind == "event" and e.what == "video"]
        assert event.detail.startswith("Video (0:") and str(path) in event.detail


async def test_settings_turn_video_off_and_on_again(tmp_path: Path, qtbot: QtBot) -> None:
    video = VideoSettings(enabled=True, camera="test", resolution="320x240", fps=10)
    async with station(tmp_path, video=video) as st:
        w = win(st)
        _oid, number = await new_order(st, ["BACKPACK-GREY", "TSHIRT-BLACK-M"])
        burst(str(number))
        first = st.video
        assert first is not None and first.recording
        # Settings → Packing video off: the open order's clip is closed, the preview goes
        st.settings.video.enabled = False
        st.reopen_video()
        await until(lambda: first.finished != [], "the clip closed")
        await until(lambda: first.preview is None, "the preview removed")
        assert st.video is None and not first.engine.running
        assert first.finished[0].reason.value == "shutdown"
        # and on again: the next scan of the open order starts a new clip
        st.settings.video.enabled = True
        st.reopen_video()
        await until(lambda: st.video is not None, "video back")
        assert st.video is not None and st.video is not first
        burst("BACKPACK-GREY")
        assert st.video.recording
        assert len(w.pack_view.findChildren(QLabel, "videoRec")) == 1
