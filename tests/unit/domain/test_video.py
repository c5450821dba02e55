"""Packing video, the pure part: names, overlay text, codec choice, retention, and when the
workflow starts and stops a clip."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from lazpack.domain.video import (
    ClipAction,
    ClipDecision,
    ClipFacts,
    OverlayLabels,
    StopReason,
    StoredClip,
    clip_decision,
    clip_file_name,
    clips_to_delete,
    disk_low,
    format_duration,
    metadata_text,
    overlay_lines,
    parse_clip_name,
    parse_resolution,
    pick_codec,
)
from lazpack.domain.workflow import Kind, ScanOutcome, State

T = datetime(2026, 11, 30, 9, 5, 7)
MB = 1024 * 1024


# ------------------------------------------------------------------ names
def test_clip_names_with_and_without_tracking() -> None:
    assert clip_file_name(301000001, T, "LXTRK00000006") == (
        "LXTRK00000006_301000001_20261130-090507.mkv"
    )
    assert clip_file_name(301000001, T) == "301000001_20261130-090507.mkv"
    # whatever a carrier puts in a tracking number, the name stays one safe file name
    assert clip_file_name(7, T, " TH/123:45 *x ") == "TH-123-45-x_7_20261130-090507.mkv"


@pytest.mark.parametrize(
    ("name", "parsed"),
    [
        ("LXTRK1_301_20261130-090507.mkv", ("301", "LXTRK1", T)),
        ("301_20261130-090507.mkv", ("301", "", T)),
        ("301_20261130-090507-2.mkv", ("301", "", T)),
        ("notes.txt", None),
        ("301_20261399-090507.mkv", None),  # no such month
        ("x_y_20261130-090507.mkv", None),
    ],
)
def test_parse_clip_name(name: str, parsed: tuple[str, str, datetime] | None) -> None:
    got = parse_clip_name(name)
    assert (None if got is None else (got.order_number, got.tracking, got.started)) == parsed


def test_resolution_and_codec_choice() -> None:
    assert parse_resolution("1280x720") == (1280, 720)
    assert parse_resolution(" 321X241 ") == (320, 240)  # encoders want even sizes
    for bad in ("720p", "0x0", "99999x10"):
        with pytest.raises(ValueError):
            parse_resolution(bad)
    assert pick_codec(["MPEG1", "MotionJPEG", "MPEG4", "H264"]) == "H264"
    assert pick_codec(["MPEG1", "MPEG2", "MPEG4", "MotionJPEG"]) == "MPEG4"
    assert pick_codec(["MotionJPEG"]) == "MotionJPEG"
    assert pick_codec(["MPEG1"]) is None


def test_overlay_lines_and_metadata_carry_the_evidence() -> None:
    facts = ClipFacts("s1", 1000001, 301000001, packer="Ana", station="desk-1")
    assert overlay_lines(facts, T, OverlayLabels()) == [
        "Order 301000001",
        "Packer Ana   Station desk-1",
        "2026-11-30 09:05:07",
    ]
    facts = facts.with_scan(2, 3, "TSHIRT-BLACK-M")
    facts = replace(facts, tracking="LXTRK9")
    lines = overlay_lines(facts, T + timedelta(seconds=1), OverlayLabels(order="Đơn"))
    assert lines[0] == "Đơn 301000001   AWB LXTRK9"
    assert lines[2:] == ["2026-11-30 09:05:08", "Item 2 / 3 TSHIRT-BLACK-M"]
    meta = metadata_text(facts, T)
    assert "order=301000001" in meta and "tracking=LXTRK9" in meta and "packer=Ana" in meta


def test_format_duration() -> None:
    assert [format_duration(s) for s in (0, 42, 60.9, 3725, -3)] == [
        "0:00",
        "0:42",
        "1:00",
        "1:02:05",
        "0:00",
    ]


# ------------------------------------------------------------------ retention
def clip(name: str, days_old: float, mb: int) -> StoredClip:
    return StoredClip(name, mb * MB, T - timedelta(days=days_old))


def names(clips: list[StoredClip]) -> list[str]:
    return [c.name for c in clips]


def test_retention_by_age_deletes_only_what_is_too_old_oldest_first() -> None:
    clips = [clip("b", 61, 1), clip("new", 1, 1), clip("a", 90, 1), clip("edge", 59.9, 1)]
    doomed = clips_to_delete(clips, now=T, retention_days=60, budget_bytes=0)
    assert names(doomed) == ["a", "b"]
    assert clips_to_delete(clips, now=T, retention_days=0, budget_bytes=0) == []


def test_retention_by_budget_deletes_oldest_until_it_fits() -> None:
    clips = [clip("c", 3, 40), clip("a", 5, 40), clip("b", 4, 40), clip("d", 1, 40)]
    doomed = clips_to_delete(clips, now=T, retention_days=0, budget_bytes=100 * MB)
    assert names(doomed) == ["a", "b"]  # 160 MB -> 80 MB: two oldest go, no more
    assert clips_to_delete(clips, now=T, retention_days=0, budget_bytes=160 * MB) == []


def test_retention_never_deletes_a_kept_clip() -> None:
    clips = [clip("open-export", 90, 50), clip("a", 5, 50), clip("recording", 0, 50)]
    doomed = clips_to_delete(
        clips,
        now=T,
        retention_days=30,
        budget_bytes=60 * MB,
        keep={"open-export", "recording"},
    )
    assert names(doomed) == ["a"]  # still above budget: the kept ones stay anyway


def test_disk_low_warning() -> None:
    assert disk_low(100 * MB, 12 * MB, minutes=60)
    assert not disk_low(1000 * MB, 12 * MB, minutes=60)


# ------------------------------------------------------------------ the workflow
K1, K2 = ("s", 1), ("s", 2)


def out(kind: Kind, state: State, key: tuple[str, int] | None = K1) -> ScanOutcome:
    if key is None:
        return ScanOutcome(kind, "", "", state)
    return ScanOutcome(kind, "", "", state, shop_id=key[0], order_id=key[1], order_number=9)


def decide(
    o: ScanOutcome,
    recording: tuple[str, int] | None = None,
    finished: tuple[str, int] | None = None,
    auto: str = "rts",
) -> ClipDecision:
    return clip_decision(o, recording=recording, finished=finished, auto_until=auto)


START = ClipDecision(ClipAction.START)
NONE = ClipDecision(ClipAction.NONE)


def stop(reason: StopReason) -> ClipDecision:
    return ClipDecision(ClipAction.STOP, reason)


def test_an_opened_order_starts_a_clip_and_scans_keep_it() -> None:
    assert decide(out(Kind.ORDER_OPENED, State.ORDER_OPEN)) == START
    for kind, state in [
        (Kind.OK, State.VERIFYING),
        (Kind.WRONG_ITEM, State.VERIFYING),
        (Kind.COMPLETE, State.VERIFIED),
        (Kind.PACKED, State.PACKED),
        (Kind.LABELLED, State.LABELLED),
        (Kind.STEP_FAILED, State.PACKED),
    ]:
        assert decide(out(kind, state), recording=K1) == NONE, kind


def test_the_clip_stops_at_the_last_automatic_step() -> None:
    assert decide(out(Kind.READY, State.READY_TO_SHIP), recording=K1) == stop(StopReason.DONE)
    assert decide(out(Kind.PACKED, State.PACKED), recording=K1, auto="pack") == stop(
        StopReason.DONE
    )
    assert decide(out(Kind.COMPLETE, State.VERIFIED), recording=K1, auto="verify") == stop(
        StopReason.DONE
    )
    # done: the label check or a duplicate scan of that parcel starts no second clip
    assert decide(out(Kind.DUPLICATE, State.READY_TO_SHIP), finished=K1) == NONE
    assert decide(out(Kind.LABELLED, State.LABELLED), finished=K1, auto="pack") == NONE


def test_cancel_close_and_the_next_order() -> None:
    assert decide(out(Kind.CANCELLED, State.IDLE, None), recording=K1) == stop(StopReason.CANCELLED)
    assert decide(out(Kind.CLOSED, State.IDLE, None), recording=K1) == stop(StopReason.CLOSED)
    assert decide(out(Kind.ORDER_OPENED, State.ORDER_OPEN, K2), recording=K1) == ClipDecision(
        ClipAction.RESTART, StopReason.REPLACED
    )
    assert decide(out(Kind.ORDER_OPENED, State.ORDER_OPEN, K2), finished=K1) == START
    assert decide(out(Kind.NO_ORDER, State.IDLE, None)) == NONE


def test_a_new_attempt_after_an_idle_stop_or_a_repack_gets_a_new_clip() -> None:
    # idle-stopped: not "finished", so the packer's next scan of the order starts a clip
    assert decide(out(Kind.OK, State.VERIFYING)) == START
    # repacked after it was done: the order is back before its goal, a new attempt
    assert decide(out(Kind.UNDONE, State.ORDER_OPEN), finished=K1) == START
