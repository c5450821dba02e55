"""Packing video, the Qt-free part: what a clip is called, what its frames say, which
clips retention deletes, which codec is used.

The recorder itself (QtMultimedia) lives in ``lazpack.ui.video``; everything here is
plain data and pure functions so it is tested without a camera or an encoder.

File names: ``<tracking>_<order>_<YYYYmmdd-HHMMSS>.mkv`` once Lazada gave the parcel a
tracking number, ``<order>_<YYYYmmdd-HHMMSS>.mkv`` before that (an order cancelled at the
station, or a clip cut short by a crash, never had one). The time is the clip's start in
the station's local time, the way a shop owner looks for "this morning's parcels".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from lazpack.domain.workflow import Kind, ScanOutcome, State, Step

CLIP_SUFFIX = ".mkv"
STAMP_FORMAT = "%Y%m%d-%H%M%S"

#: Encoders in the order a clip prefers them (QMediaFormat.VideoCodec names): H.264 where
#: the platform has it (Media Foundation on Windows), else MPEG-4 Part 2, else Motion JPEG
#: (LGPL FFmpeg in the Linux wheels has the last two).
CODEC_PREFERENCE: tuple[str, ...] = ("H264", "MPEG4", "MotionJPEG")

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
_CLIP_NAME = re.compile(
    r"^(?:(?P<tracking>[A-Za-z0-9-]+)_)?(?P<order>[0-9]+)_(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.mkv$"
)
_RESOLUTION = re.compile(r"^(\d{2,5})x(\d{2,5})$")


def safe_part(text: str) -> str:
    """A tracking number as it may appear in a file name on any OS and on a NAS share:
    letters, digits and dashes; anything else becomes one dash."""
    return _UNSAFE.sub("-", text.strip()).strip("-")[:64]


def clip_file_name(order_number: int | str, started: datetime, tracking: str = "") -> str:
    """``<tracking>_<order>_<YYYYmmdd-HHMMSS>.mkv`` (no tracking yet: order and time only)."""
    order = safe_part(str(order_number)) or "order"
    stamp = started.strftime(STAMP_FORMAT)
    track = safe_part(tracking)
    if track:
        return f"{track}_{order}_{stamp}{CLIP_SUFFIX}"
    return f"{order}_{stamp}{CLIP_SUFFIX}"


@dataclass(frozen=True, slots=True)
class ClipName:
    """What a clip's file name says (``None`` for a file that is not a clip)."""

    order_number: str
    tracking: str
    started: datetime


def parse_clip_name(name: str) -> ClipName | None:
    m = _CLIP_NAME.match(name)
    if m is None:
        return None
    try:
        started = datetime.strptime(m["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return ClipName(m["order"], m["tracking"] or "", started)


def parse_resolution(text: str) -> tuple[int, int]:
    """``"1280x720"`` -> ``(1280, 720)``; even sizes (encoders need them), at least 16."""
    m = _RESOLUTION.match(text.strip().lower())
    if m is None:
        raise ValueError(f"{text!r} is not a resolution like 1280x720")
    w, h = int(m[1]), int(m[2])
    if not (16 <= w <= 7680 and 16 <= h <= 4320):
        raise ValueError(f"{text!r} is outside 16x16..7680x4320")
    return w - w % 2, h - h % 2


def pick_codec(available: Iterable[str]) -> str | None:
    """The first of :data:`CODEC_PREFERENCE` the platform can encode, else ``None``."""
    have = set(available)
    return next((c for c in CODEC_PREFERENCE if c in have), None)


# ------------------------------------------------------------------ what the frames say
@dataclass(frozen=True, slots=True)
class ClipFacts:
    """The evidence burned into every frame and written into the file's metadata."""

    shop_id: str
    order_id: int
    order_number: int
    packer: str = ""
    station: str = ""
    tracking: str = ""
    #: the last scanned item, e.g. ``"2 / 3 TSHIRT-BLACK-M"``
    last_item: str = ""
    state: str = ""

    def with_scan(self, verified: int, expected: int, sku: str) -> ClipFacts:
        return replace(self, last_item=scan_line(verified, expected, sku))


def scan_line(verified: int, expected: int, sku: str) -> str:
    return f"{verified} / {expected} {sku}".strip()


def overlay_lines(facts: ClipFacts, now: datetime, labels: OverlayLabels) -> list[str]:
    """The overlay's lines, top to bottom (the date-time to the second is always there)."""
    first = f"{labels.order} {facts.order_number}"
    if facts.tracking:
        first += f"   {labels.tracking} {facts.tracking}"
    who = f"{labels.packer} {facts.packer or '—'}   {labels.station} {facts.station or '—'}"
    lines = [first, who, now.strftime("%Y-%m-%d %H:%M:%S")]
    if facts.last_item:
        lines.append(f"{labels.item} {facts.last_item}")
    return lines


@dataclass(frozen=True, slots=True)
class OverlayLabels:
    """The overlay's words (translated by the caller; the domain knows no language)."""

    order: str = "Order"
    tracking: str = "AWB"
    packer: str = "Packer"
    station: str = "Station"
    item: str = "Item"


def metadata_text(facts: ClipFacts, started: datetime) -> str:
    """One line for the file's description tag: the same facts as the overlay."""
    parts = [
        f"order={facts.order_number}",
        f"order_id={facts.order_id}",
        f"shop={facts.shop_id}",
        f"packer={facts.packer}",
        f"station={facts.station}",
        f"started={started.isoformat(timespec='seconds')}",
    ]
    if facts.tracking:
        parts.append(f"tracking={facts.tracking}")
    return "; ".join(parts)


def format_duration(seconds: float) -> str:
    """``42`` -> ``"0:42"``, ``3725`` -> ``"1:02:05"`` (what "Video (0:42)" shows)."""
    total = max(0, int(seconds))
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# ------------------------------------------------------------------ retention
@dataclass(frozen=True, slots=True)
class StoredClip:
    """One clip on disk as retention sees it."""

    name: str
    size: int
    modified: datetime


def clips_to_delete(
    clips: Sequence[StoredClip],
    *,
    now: datetime,
    retention_days: int,
    budget_bytes: int,
    keep: Iterable[str] = (),
) -> list[StoredClip]:
    """The clips retention deletes, oldest first.

    Older than ``retention_days`` (0 = no age limit) go; then, while the rest is above
    ``budget_bytes`` (0 = no budget), the oldest go until it fits. Names in ``keep`` (the
    clip being recorded, a dispute export that is open) are never deleted, even when that
    leaves the folder above its budget.
    """
    kept = set(keep)
    ordered = sorted(clips, key=lambda c: (c.modified, c.name))
    doomed: list[StoredClip] = []
    survivors: list[StoredClip] = []
    cutoff = now - timedelta(days=retention_days) if retention_days > 0 else None
    for c in ordered:
        if cutoff is not None and c.modified < cutoff and c.name not in kept:
            doomed.append(c)
        else:
            survivors.append(c)
    if budget_bytes > 0:
        total = sum(c.size for c in survivors)
        for c in list(survivors):
            if total <= budget_bytes:
                break
            if c.name in kept:
                continue
            doomed.append(c)
            survivors.remove(c)
            total -= c.size
    return doomed


def disk_low(free_bytes: int, bytes_per_minute: float, *, minutes: float = 60.0) -> bool:
    """True when the disk has room for less than ``minutes`` of recording."""
    return free_bytes < bytes_per_minute * minutes


# ------------------------------------------------------------------ when clips start and stop
class ClipAction(StrEnum):
    NONE = "none"
    START = "start"  # no clip yet: start one for the outcome's order
    STOP = "stop"  # the clip's order is done, cancelled or closed
    RESTART = "restart"  # another order replaced the clip's order: stop it, start the new one


class StopReason(StrEnum):
    DONE = "done"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    REPLACED = "replaced"
    IDLE = "idle"
    SHUTDOWN = "shutdown"
    FAILED = "failed"  # the recorder could not write the file


@dataclass(frozen=True, slots=True)
class ClipDecision:
    action: ClipAction
    reason: StopReason | None = None


_RANK = {s: i for i, s in enumerate(State)}


def done_state(auto_until: str) -> State:
    """The state at which an order's clip ends: the last step the station runs by itself
    (ready to ship by default)."""
    step = Step(auto_until) if auto_until in tuple(Step) else Step.RTS
    return step.goal


def clip_decision(
    outcome: ScanOutcome,
    *,
    recording: tuple[str, int] | None,
    finished: tuple[str, int] | None,
    auto_until: str,
) -> ClipDecision:
    """What the packing workflow's latest outcome means for the clip.

    ``recording``: the order the running clip belongs to (``None``: no clip);
    ``finished``: the order whose clip already ended as done (its later scans — the label
    check, a duplicate scan — start nothing). A clip starts when an order is open at the
    station; it stops when the order reaches :func:`done_state`, is cancelled or closed,
    or another order is opened (then the new order's clip starts at once).
    """
    key = (outcome.shop_id, outcome.order_id) if outcome.order_id is not None else None
    if outcome.state is State.IDLE or key is None:
        if recording is None:
            return ClipDecision(ClipAction.NONE)
        # no order is open at the station any more (cancelled, closed, the session lost)
        if outcome.kind is Kind.CANCELLED:
            return ClipDecision(ClipAction.STOP, StopReason.CANCELLED)
        return ClipDecision(ClipAction.STOP, StopReason.CLOSED)
    goal = done_state(auto_until)
    reached = _RANK[outcome.state] >= _RANK[goal]
    if key == recording:
        if reached and outcome.kind is not Kind.ORDER_OPENED:
            return ClipDecision(ClipAction.STOP, StopReason.DONE)
        return ClipDecision(ClipAction.NONE)
    # the outcome is about an order with no running clip
    if key == finished and reached:
        return ClipDecision(ClipAction.NONE)
    if reached and outcome.kind is not Kind.ORDER_OPENED:
        return ClipDecision(ClipAction.NONE)  # e.g. a resumed session already done
    if recording is not None:
        return ClipDecision(ClipAction.RESTART, StopReason.REPLACED)
    return ClipDecision(ClipAction.START)


# ------------------------------------------------------------------ dispute evidence
@dataclass(frozen=True, slots=True)
class EvidenceScan:
    """One scan of the order as the evidence page lists it."""

    at: datetime
    code: str
    result: str
    sku: str = ""
    packer: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """What "Export evidence" puts on its one-page summary beside the clip."""

    order_number: int
    shop_id: str
    tracking: str
    packer: str
    station: str
    #: (sku, name, quantity) of what the parcel should hold
    items: tuple[tuple[str, str, int], ...]
    scans: tuple[EvidenceScan, ...]
    clip_name: str
    clip_seconds: float
    clip_started: datetime
    clip_sha256: str
