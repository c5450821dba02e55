"""Packing video through the real pipeline: the test camera → overlay → QVideoFrameInput →
QMediaRecorder (Matroska), driven by a real PackingService over fakes of its ports.

Clips are small (320x240, 10 fps) and as long as the packing takes; the files are decoded
with PyAV and their frames looked at.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import av
import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QSize

from lazpack.config import PackingSettings, VideoSettings
from lazpack.domain.video import StopReason, parse_clip_name
from lazpack.domain.workflow import Kind, ScanOutcome, State
from lazpack.services.packing import PackingService
from lazpack.ui.video.controller import FinishedClip, VideoController
from lazpack.ui.video.recorder import Overlay, VideoEngine, encodable_codecs
from lazpack.ui.video.sources import TestPatternSource
from tests.helpers.lazada import FakeLazada
from tests.helpers.packing import Index, MemoryJournal, PortLabels

SHOP = "s1"
W, H, FPS = 320, 240, 10
pytestmark = [
    pytest.mark.asyncio(loop_scope="function"),
    pytest.mark.skipif(not encodable_codecs(), reason="this Qt build encodes no video"),
]


_ENGINES: list[VideoEngine] = []


@pytest.fixture(autouse=True)
def _stop_engines() -> Iterator[None]:
    """A test that failed half-way still stops its engine's worker thread (a QThread left
    running would take the whole test process down when it is collected)."""
    yield
    while _ENGINES:
        engine = _ENGINES.pop()
        if engine.running:
            engine.stop()


def track(video: VideoController | None) -> VideoController:
    assert video is not None
    _ENGINES.append(video.engine)
    return video


class World:
    def __init__(self, folder: Path, **packing: object) -> None:
        self.lazada = FakeLazada()
        self.index = Index()
        self.journal = MemoryJournal()
        self.service = PackingService(
            lazada=lambda shop: self.lazada,
            journal=self.journal,
            labels=PortLabels(lambda shop: self.lazada),
            orders=self.index,
            settings=PackingSettings(**packing),  # type: ignore[arg-type]
            packer="ana",
        )
        self.status: list[str] = []
        self.source = TestPatternSource(QSize(W, H))
        self.video = track(
            VideoController(
                self.service,
                VideoSettings(enabled=True, camera="test", resolution=f"{W}x{H}", fps=FPS),
                folder,
                station="desk-1",
                status=self.status.append,
                source=self.source,
                journal=self.journal,
            )
        )
        assert self.video.start()

    def order(self, *skus: str):
        order = self.lazada.add_order(skus)
        self.index.put(SHOP, order, self.lazada.items(order.order_id))
        return order

    async def scan(self, code: str) -> None:
        await self.service.handle_scan(code)

    async def frames(self, n: int = 2) -> int:
        """Wait until the running clip got ``n`` more frames; its clip time then (µs)."""
        clip = self.video.clip
        assert clip is not None, "no clip is recording"
        target = clip.recorder.frames + n
        for _ in range(5000):
            if clip.recorder.frames >= target:
                return clip.recorder._last_us
            await asyncio.sleep(0.005)
        raise AssertionError(f"the clip got {clip.recorder.frames} frames, not {target}")

    async def closed(self, count: int) -> list[FinishedClip]:
        for _ in range(5000):
            if len(self.video.finished) >= count:
                return self.video.finished
            await asyncio.sleep(0.005)
        raise AssertionError(f"{len(self.video.finished)} clip(s) closed, not {count}")


def decode(path: Path) -> list[tuple[int, Image.Image]]:
    """Every frame of the clip as (time in ms, picture)."""
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        assert (stream.width, stream.height) == (W, H)
        out = []
        for frame in container.decode(stream):
            assert frame.pts is not None and stream.time_base is not None
            ms = round(float(frame.pts * stream.time_base) * 1000)
            out.append((ms, frame.to_image()))
        return out


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def frame_at(frames: list[tuple[int, Image.Image]], ms: int) -> Image.Image:
    before = [img for t, img in frames if t <= ms]
    assert before, f"no frame at or before {ms} ms"
    return before[-1]


def diff(a: Image.Image, b: Image.Image) -> float:
    return sum(ImageStat.Stat(ImageChops.difference(a, b)).mean) / 3


async def test_order_scanned_to_ready_to_ship_gives_one_named_decodable_clip(
    qapp, tmp_path: Path
) -> None:
    w = World(tmp_path)
    o = w.order("SHIRT-BLACK-M", "CAP-RED", "SOCKS-3")
    await w.scan(str(o.order_number))
    assert w.video.recording and w.status == []
    await w.frames()
    await w.scan("SHIRT-BLACK-M")
    t1 = await w.frames(3)
    await w.scan("CAP-RED")
    t2 = await w.frames(3)
    await w.scan("SOCKS-3")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP
    (clip,) = await w.closed(1)
    assert clip.reason is StopReason.DONE and not clip.error
    assert not w.video.recording

    # the name: <tracking>_<order>_<YYYYmmdd-HHMMSS>.mkv, the tracking the order got
    assert w.service.session is not None
    tracking = w.service.session.tracking_codes[0]
    assert files(tmp_path) == [clip.path.name]
    name = parse_clip_name(clip.path.name)
    assert name is not None
    assert (name.tracking, name.order_number) == (tracking, str(o.order_number))
    assert clip.path.name.startswith(f"{tracking}_{o.order_number}_")
    assert name.started == clip.started.replace(microsecond=0)

    frames = decode(clip.path)
    assert len(frames) == clip.frames > 5
    # as long as the packing: the last frame is stamped after the last item's scan
    assert frames[-1][0] >= t2 // 1000
    with av.open(str(clip.path)) as c:
        assert str(o.order_number) in c.metadata.get("title", "")
        tags = c.metadata.get("DESCRIPTION", "")
        assert f"order={o.order_number}" in tags and "packer=ana; station=desk-1" in tags

    # the overlay's last line names the last scanned item: it changes with the item
    band = Overlay(H).band(QSize(W, H), 4)
    ov = Overlay(H)
    item_line = (0, band.bottom() - ov.pad - ov.line_h, W // 2, band.bottom() - ov.pad)
    first = frame_at(frames, t1 // 1000).crop(item_line)
    second = frame_at(frames, t2 // 1000).crop(item_line)
    assert diff(first, second) > 3.0
    # the band is there: darker than the same place of the test pattern with no overlay
    img = w.source.grab(1)
    assert img is not None
    bare = Image.frombytes("RGBA", (W, H), bytes(img.constBits()), "raw", "BGRA").convert("RGB")
    box = (0, band.top(), W, band.bottom())
    lum = [ImageStat.Stat(f.crop(box).convert("L")).mean[0] for f in (bare, second)]
    assert lum[1] < lum[0] * 0.7, lum

    # the order's timeline (History) has the clip, with its length and its file
    (event,) = [e for e in w.journal.events if e["event"] == "video"]
    assert event["order_id"] == o.order_id and event["packer"] == "ana"
    seconds = clip.duration_ms // 1000
    assert event["detail"] == f"Video (0:{seconds:02d}) · {clip.path} · done"
    await w.video.aclose()


async def test_cancel_and_next_order_close_the_clip(qapp, tmp_path: Path) -> None:
    w = World(tmp_path)
    o1, o2, o3 = w.order("A"), w.order("B"), w.order("D", "E")
    await w.scan(str(o1.order_number))
    await w.frames()
    w.service.cancel()
    (cancelled,) = await w.closed(1)
    assert cancelled.reason is StopReason.CANCELLED
    # cancelled at the station: no tracking number, the order-only name
    assert cancelled.path.name.startswith(f"{o1.order_number}_")
    assert decode(cancelled.path)

    await w.scan(str(o2.order_number))
    await w.frames()
    # the next order replaces one nothing was scanned into: its clip closes, a new one starts
    w.service.open_order(SHOP, o3.order_id)
    assert w.video.clip is not None and w.video.clip.key == (SHOP, o3.order_id)
    clips = await w.closed(2)
    assert clips[1].reason is StopReason.REPLACED and clips[1].facts.order_id == o2.order_id
    assert decode(clips[1].path)
    await w.scan("D")
    await w.frames()
    # the station closes: the open order's clip is closed, playable, with what was scanned
    await w.video.aclose()
    clips = await w.closed(3)
    assert clips[2].reason is StopReason.SHUTDOWN and clips[2].facts.order_id == o3.order_id
    assert clips[2].facts.last_item == "1 / 2 D"
    assert len(decode(clips[2].path)) == clips[2].frames
    assert len(files(tmp_path)) == 3


async def test_idle_limit_stops_a_forgotten_clip(qapp, tmp_path: Path) -> None:
    w = World(tmp_path)
    w.video._idle.setInterval(300)  # the setting's minimum is 30 s; the timer is the same
    o = w.order("A", "B")
    await w.scan(str(o.order_number))
    (clip,) = await w.closed(1)
    assert clip.reason is StopReason.IDLE and clip.frames > 0
    assert any("nothing was scanned" in s for s in w.status)
    # the packer comes back: the next scan of that order starts a new clip
    await w.scan("A")
    assert w.video.recording
    await w.video.aclose()
    assert len(await w.closed(2)) == 2


class UnpluggableCamera(TestPatternSource):
    """The test camera with a cable: pulled, it gives no picture and says so, as
    ``CameraSource`` does when QMediaDevices reports the camera gone."""

    def __init__(self, size: QSize) -> None:
        super().__init__(size)
        self.plugged = True

    def unplug(self) -> None:
        self.plugged = False
        self.problem.emit("Camera test was unplugged. Packing goes on without video.")

    def grab(self, frame_no: int):
        return super().grab(frame_no) if self.plugged else None


async def test_camera_unplugged_mid_clip_keeps_the_clip_and_packing_going(
    qapp, tmp_path: Path
) -> None:
    w = World(tmp_path)
    cam = UnpluggableCamera(QSize(W, H))
    w.video.engine.source = cam
    w.video.source = cam
    cam.problem.connect(w.video.engine._on_problem)
    cam.start()
    o = w.order("A", "B")
    await w.scan(str(o.order_number))
    t_plugged = await w.frames()
    cam.unplug()
    assert w.status == ["Camera test was unplugged. Packing goes on without video."]
    t_unplugged = await w.frames(3)
    await w.scan("A")
    await w.scan("B")
    await w.service.settle()
    assert w.service.state is State.READY_TO_SHIP  # packing carried on
    (clip,) = await w.closed(1)
    frames = decode(clip.path)
    assert len(frames) == clip.frames
    await w.video.aclose()
    top = (0, 0, W, H // 2)  # above the overlay: the picture itself
    pattern = frame_at(frames, t_plugged // 1000).crop(top).convert("L")
    lost = frame_at(frames, t_unplugged // 1000).crop(top).convert("L")
    # the "NO CAMERA" frame is dark grey with red text, the test pattern is bright bars
    assert ImageStat.Stat(lost).mean[0] < 60 < ImageStat.Stat(pattern).mean[0]


async def test_missing_camera_says_so_and_orders_open_without_video(qapp, tmp_path: Path) -> None:
    from lazpack.ui.video.sources import CameraSource

    w = World(tmp_path)
    await w.video.aclose()
    status: list[str] = []
    cam = CameraSource("00ff-no-such-camera", QSize(W, H))
    video = track(
        VideoController(
            w.service,
            VideoSettings(enabled=True, camera=cam.camera_id, resolution=f"{W}x{H}", fps=FPS),
            tmp_path,
            station="desk-1",
            status=status.append,
            source=cam,
        )
    )
    assert video.start()
    assert status == [
        "No camera: the packing camera is not plugged in. Packing goes on without video."
    ]
    o = w.order("A")
    await w.scan(str(o.order_number))
    assert w.service.session is not None  # the order is open all the same
    assert not video.recording
    assert status[-1] == "No video for this order: the camera is not available."
    await video.aclose()
    assert files(tmp_path) == []


async def test_require_video_refuses_to_open_an_order_without_a_camera(
    qapp, tmp_path: Path
) -> None:
    from lazpack.ui.video.sources import CameraSource

    w = World(tmp_path)
    await w.video.aclose()
    settings = VideoSettings(enabled=True, camera="00ff-no-such-camera", require_video=True)
    status: list[str] = []
    video = track(
        VideoController(
            w.service,
            settings,
            tmp_path,
            station="desk-1",
            status=status.append,
            source=CameraSource(settings.camera, QSize(W, H)),
        )
    )
    assert video.start()
    o = w.order("A")
    seen: list[ScanOutcome] = []
    w.service.add_listener(seen.append)
    await w.scan(str(o.order_number))
    assert w.service.session is None and seen[-1].kind is Kind.NOT_ALLOWED
    assert seen[-1].message.startswith("This station records every order and the camera")
    # the shop turns the requirement off: the order opens (without video)
    await video.aclose()
    assert w.service.may_open is None
    await w.scan(str(o.order_number))
    assert seen[-1].kind is Kind.ORDER_OPENED


async def test_window_shows_the_preview_with_rec_and_running_time(
    qapp, qtbot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    from lazpack.ui.main_window import MainWindow
    from lazpack.ui.video import install_video
    from tests.helpers.orders import build_book

    w = World(tmp_path / "unused")
    await w.video.aclose()
    window = MainWindow(build_book(), demo=True)
    qtbot.addWidget(window)
    window.show()
    off = install_video(
        window, w.service, VideoSettings(), default_folder=tmp_path, station="desk-1"
    )
    assert off is None and window.findChild(QLabel, "videoRec") is None  # off by default

    settings = VideoSettings(enabled=True, camera="test", resolution=f"{W}x{H}", fps=FPS)
    video = track(
        install_video(
            window, w.service, settings, default_folder=tmp_path / "clips", station="desk-1"
        )
    )
    rec = window.pack_view.findChild(QLabel, "videoRec")
    picture = window.pack_view.findChild(QLabel, "videoPicture")
    assert rec is not None and picture is not None and rec.isVisibleTo(window.pack_view)
    assert rec.text() == "Camera: test camera"
    o = w.order("A", "B")
    await w.scan(str(o.order_number))
    for _ in range(5000):  # the preview's picture comes with the engine's ticks
        if not picture.pixmap().isNull():
            break
        await asyncio.sleep(0.005)
    assert picture.pixmap().height() == 108
    assert rec.text().startswith("● REC 0:0")
    w.service.cancel()
    assert rec.text() == "Camera: test camera"
    await video.aclose()
    (clip,) = video.finished
    assert clip.path.parent == tmp_path / "clips" and clip.reason is StopReason.CANCELLED


async def test_settings_box_writes_the_video_settings(qtbot) -> None:
    from lazpack.ui.video.settings_box import VideoSettingsBox

    settings = VideoSettings()
    box = VideoSettingsBox(settings)
    qtbot.addWidget(box)
    assert not box.enabled.isChecked() and box.resolution.currentText() == "1280x720"
    box.enabled.setChecked(True)
    box.require.setChecked(True)
    box.camera.setCurrentIndex(box.camera.findData("test"))
    box.folder.setText("  /srv/nas/videos ")
    box.resolution.setCurrentIndex(box.resolution.findData("640x360"))
    box.days.setValue(30)
    box.budget.setValue(0)
    box.apply(settings)
    assert settings == VideoSettings(
        enabled=True,
        require_video=True,
        camera="test",
        folder="/srv/nas/videos",
        resolution="640x360",
        retention_days=30,
        disk_budget_mb=0,
    )


async def test_frames_sent_close_together_never_end_the_recording(qapp, tmp_path: Path) -> None:
    """After the GUI thread was busy, two frames can arrive within one frame interval; the
    encoder refuses two frames with one time and would fail the clip ("Invalid pts")."""
    from lazpack.ui.video.recorder import ClipRecorder, ClipResult, choose_codec

    codec = choose_codec()
    assert codec is not None
    source = TestPatternSource(QSize(W, H))
    source.start()
    clip = ClipRecorder(
        tmp_path / "1_20261130-090000.mkv", QSize(W, H), FPS, codec, title="t", description="d"
    )
    done: list[ClipResult] = []
    clip.finished.connect(done.append)
    clip.start()
    sent = 0
    for n in range(12):
        img = source.grab(n)
        assert img is not None
        sent += clip.send(img)  # a burst: several land in one frame slot
        sent += clip.send(img)
        await asyncio.sleep(1 / FPS / 2)
    assert clip.dropped > 0 and sent == clip.frames > 0
    clip.stop()
    for _ in range(5000):
        if done:
            break
        await asyncio.sleep(0.005)
    (result,) = done
    assert result.error == "" and len(decode(result.path)) == clip.frames


async def test_a_recorder_that_cannot_write_says_so_and_closes(qapp, tmp_path: Path) -> None:
    from lazpack.ui.video.recorder import ClipRecorder, ClipResult, choose_codec

    codec = choose_codec()
    assert codec is not None
    source = TestPatternSource(QSize(W, H))
    source.start()
    clip = ClipRecorder(
        tmp_path / "gone" / "1_20261130-090000.mkv",
        QSize(W, H),
        FPS,
        codec,
        title="t",
        description="d",
    )
    failed: list[str] = []
    done: list[ClipResult] = []
    clip.failed.connect(failed.append)
    clip.finished.connect(done.append)
    clip.start()
    for _ in range(5000):
        if failed:
            break
        img = source.grab(1)
        assert img is not None
        clip.send(img)
        await asyncio.sleep(0.005)
    assert failed == [clip.error] and clip.error and not clip.recording
    clip.stop()
    (result,) = done
    assert result.error == clip.error


async def test_a_video_folder_that_cannot_be_made_leaves_packing_going(
    qapp, tmp_path: Path
) -> None:
    blocker = tmp_path / "nas"
    blocker.write_text("not a folder")
    w = World(blocker / "videos")
    o = w.order("A")
    await w.scan(str(o.order_number))
    assert w.service.session is not None and not w.video.recording
    assert len(w.status) == 1 and str(blocker / "videos") in w.status[0]
    assert "cannot be made" in w.status[0]
    await w.video.aclose()
