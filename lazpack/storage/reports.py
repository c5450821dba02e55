"""What Stats and History compute from journal rows: ONE implementation for both backends.

SQLite (``stats``/``queries``) and PostgreSQL (``pg.stats``/``pg.journal``) only fetch rows
and turn their columns into Python values (timestamps into aware datetimes, id lists into
tuples); everything that decides a figure lives here, so the two backends cannot drift:

* :func:`aggregate_stats` — orders, items, scans, wrong scans and order time per packer and
  local day (``JournalStatsPort.stats``);
* :func:`timeline_rows` — one order's scans, intents and events, oldest first;
* :func:`order_summary` — a History row from an order's timeline and its references;
* :func:`write_csv` — the CSV export (atomic, redacted, formula-safe);
* :func:`like_contains` — a search text as a ``LIKE`` pattern (``ESCAPE '\\'``).

What an item scan and a wrong scan are is defined in ``lazpack.domain.scan_results``.
"""

from __future__ import annotations

import csv
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from os import PathLike
from pathlib import Path
from typing import Any, NamedTuple

from lazpack.domain.ports import HourCount, JournalEntry, OrderHistory, PackerStats
from lazpack.domain.scan_results import ITEM_SCANS, MANUAL, OK, is_item_scan, is_wrong_scan
from lazpack.errors import StorageError
from lazpack.log import redact
from lazpack.storage.rows import intent_applied

CSV_FIELDS = (
    "ts",
    "kind",
    "what",
    "shop_id",
    "order_id",
    "packer",
    "station_id",
    "code",
    "sku",
    "outcome",
    "item_ids",
    "package_ids",
    "request_ids",
    "duration_ms",
    "finished_at",
    "detail",
)

#: The intent columns :func:`timeline_rows` reads, in order (both backends select these).
TIMELINE_INTENT_COLUMNS = (
    "i.started_at, i.action, i.shop_id, i.packer, i.station_id, i.outcome, i.item_ids,"
    " i.package_ids, i.request_ids, i.duration_ms, i.finished_at, i.detail, i.result, i.id"
)
#: The scan and event columns :func:`timeline_rows` reads, in order.
TIMELINE_SCAN_COLUMNS = "ts, result, shop_id, order_id, packer, station_id, code, sku, detail"
TIMELINE_EVENT_COLUMNS = "ts, event, shop_id, order_id, packer, station_id, detail"


# ====================================================================== stats
class StatsIntent(NamedTuple):
    """A Pack or RTS intent on one order, as Stats reads it."""

    intent_id: int
    action: str
    packer: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str | None
    result: str
    items: int  # how many item ids the intent carried
    order_id: int


#: The only scan results :func:`aggregate_stats` looks at: the item scans (``ok`` and
#: ``manual`` among them, the verified units). The backends fetch these alone (most of a
#: journal's scans are orders, labels and commands), in a stable order for the SQL.
STATS_SCAN_RESULTS = tuple(sorted(ITEM_SCANS))


class StatsScan(NamedTuple):
    ts: datetime
    packer: str
    result: str
    detail: str
    order_id: int | None


def aggregate_stats(
    intents: Iterable[StatsIntent],
    scans: Iterable[StatsScan],
    first_seen: Mapping[int, datetime],
    zone: tzinfo,
    packer: str = "",
) -> list[PackerStats]:
    """Per packer and local day (in ``zone``): orders/items finished, scans, wrong scans,
    order time. ``intents`` and ``scans`` are those of the range asked for (scans with a
    result in ``STATS_SCAN_RESULTS`` suffice); ``first_seen`` is each intent's order's
    first scan or event (any time).

    An order is *finished* when Lazada has it ready to ship, whatever the flow (scan to
    pack, label first, batch): it counts for the packer and the hour of its first applied
    RTS; an order only packed (a station that stops at Pack) counts at its first applied
    Pack. Its items are those its applied Packs covered, or, when the Pack is not in the
    range, the units verified at the station. Its time is from its first scan or event to
    the end of its last applied Pack or RTS. Item scans and wrong scans are what
    ``lazpack.domain.scan_results`` says they are. ``packer`` (any case) keeps one packer.
    """
    wanted = packer.casefold()

    def local(ts: datetime) -> datetime:
        return ts.astimezone(zone)

    finish: dict[int, tuple[int, str, datetime]] = {}  # order -> (rank, packer, when)
    pack_items: dict[int, int] = defaultdict(int)
    ends: dict[int, datetime] = {}
    for i in sorted(intents, key=lambda i: i.intent_id):
        if not intent_applied(i.outcome, i.result or ""):
            continue
        oid = i.order_id
        end = local(i.finished_at or i.started_at)
        ends[oid] = max(ends.get(oid, end), end)
        if i.action == "pack":
            pack_items[oid] += i.items
        rank = 0 if i.action == "rts" else 1
        if oid not in finish or rank < finish[oid][0]:
            finish[oid] = (rank, i.packer, local(i.started_at))

    agg: dict[tuple[date, str], _Day] = defaultdict(_Day)
    verified: dict[int, int] = defaultdict(int)
    for s in scans:
        if s.order_id is not None and s.result in (OK, MANUAL):
            verified[s.order_id] += 1
        if not is_item_scan(s.result, s.detail) or (wanted and s.packer.casefold() != wanted):
            continue
        a = agg[(local(s.ts).date(), s.packer)]
        a.scans += 1
        a.wrong += is_wrong_scan(s.result, s.detail)
    for oid, (_rank, who, at) in finish.items():
        if wanted and who.casefold() != wanted:
            continue
        n_items = pack_items.get(oid) or verified.get(oid, 0)
        a = agg[(at.date(), who)]
        a.orders += 1
        a.items += n_items
        hour = a.hours.setdefault(at.hour, [0, 0])
        hour[0] += 1
        hour[1] += n_items
        first = first_seen.get(oid)
        if first is not None:
            a.durations.append((ends[oid] - local(first)).total_seconds())
    return [
        PackerStats(
            day=d,
            packer=who,
            orders=a.orders,
            items=a.items,
            scans=a.scans,
            wrong_scans=a.wrong,
            active_hours=len(a.hours),
            hourly=tuple(HourCount(h, o, n) for h, (o, n) in sorted(a.hours.items())),
            median_order_seconds=statistics.median(a.durations) if a.durations else None,
        )
        for (d, who), a in sorted(agg.items())
    ]


@dataclass(slots=True)
class _Day:
    orders: int = 0
    items: int = 0
    scans: int = 0
    wrong: int = 0
    hours: dict[int, list[int]] = field(default_factory=dict)  # hour -> [orders, items]
    durations: list[float] = field(default_factory=list)


# ====================================================================== history
@dataclass(slots=True)
class TimelineRow:
    ts: datetime
    kind: str
    what: str
    shop_id: str
    order_id: int | None
    packer: str
    station_id: str
    code: str = ""
    sku: str = ""
    outcome: str = ""
    item_ids: tuple[int, ...] = ()
    package_ids: tuple[str, ...] = ()
    request_ids: tuple[str, ...] = ()
    duration_ms: float | None = None
    finished_at: datetime | None = None
    detail: str = ""
    intent_id: int | None = None
    detail_result: str = ""

    def public(self) -> JournalEntry:
        return JournalEntry(
            ts=self.ts,
            kind=self.kind,
            what=self.what,
            shop_id=self.shop_id,
            order_id=self.order_id,
            packer=self.packer,
            station_id=self.station_id,
            code=self.code,
            sku=self.sku,
            outcome=self.outcome,
            item_ids=self.item_ids,
            package_ids=self.package_ids,
            request_ids=self.request_ids,
            duration_ms=self.duration_ms,
            finished_at=self.finished_at,
            detail=self.detail,
            intent_id=self.intent_id,
        )


#: Within one timestamp: scans, then the intent they led to, then events.
_RANK = {"scan": 0, "intent": 1, "event": 2}


def timeline_rows(
    order_id: int,
    scans: Iterable[Sequence[Any]],
    events: Iterable[Sequence[Any]],
    intents: Iterable[Sequence[Any]],
    *,
    ts: Callable[[Any], datetime],
    ids: Callable[[Any], Sequence[Any]],
) -> list[TimelineRow]:
    """One order's timeline, oldest first, from rows of ``TIMELINE_SCAN_COLUMNS``,
    ``TIMELINE_EVENT_COLUMNS`` and ``TIMELINE_INTENT_COLUMNS``. ``ts`` reads a stored
    timestamp, ``ids`` a stored list of ids (each backend stores them its own way)."""
    out: list[TimelineRow] = []
    for when, result, shop, oid, packer, station, code, sku, detail in scans:
        out.append(
            TimelineRow(ts(when), "scan", result, shop, oid, packer, station, code=code,
                        sku=sku, detail=detail)
        )  # fmt: skip
    for when, event, shop, oid, packer, station, detail in events:
        out.append(TimelineRow(ts(when), "event", event, shop, oid, packer, station, detail=detail))
    for r in intents:
        started, action, shop, packer, station, outcome = r[:6]
        item_ids, pkgs, reqs, duration, finished, detail, result, iid = r[6:]
        out.append(
            TimelineRow(
                ts(started), "intent", action, shop, order_id, packer, station,
                outcome=outcome or "", item_ids=tuple(int(i) for i in ids(item_ids)),
                package_ids=tuple(ids(pkgs)), request_ids=tuple(ids(reqs)),
                duration_ms=duration, finished_at=ts(finished) if finished else None,
                detail=" / ".join(p for p in (detail, result) if p), intent_id=int(iid),
                detail_result=result or "",
            )
        )  # fmt: skip
    out.sort(key=lambda e: (e.ts, _RANK[e.kind]))
    return out


def order_summary(
    order_id: int, entries: Sequence[TimelineRow], refs: Iterable[tuple[str, str]]
) -> OrderHistory:
    """A History row: the order's timeline (:func:`timeline_rows`) and its references
    (``(kind, value)`` pairs, oldest first)."""
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, value in refs:
        by_kind[kind].append(value)
    packages = list(by_kind["package"])
    skus = list(by_kind["sku"])
    packed = rts = False
    scans = wrong = 0
    for e in entries:
        if e.kind == "scan":
            if is_item_scan(e.what, e.detail):
                scans += 1
                wrong += is_wrong_scan(e.what, e.detail)
            if e.sku:
                skus.append(e.sku)
        elif e.kind == "intent" and intent_applied(e.outcome, e.detail_result):
            packed = packed or e.what == "pack"
            rts = rts or e.what == "rts"
            packages.extend(e.package_ids)
    never = datetime.min.replace(tzinfo=UTC)
    return OrderHistory(
        shop_id=entries[0].shop_id if entries else "",
        order_id=order_id,
        packers=tuple(dict.fromkeys(e.packer for e in entries if e.packer)),
        stations=tuple(dict.fromkeys(e.station_id for e in entries)),
        first_at=entries[0].ts if entries else never,
        last_at=max(e.finished_at or e.ts for e in entries) if entries else never,
        scans=scans,
        wrong_scans=wrong,
        packed=packed,
        ready_to_ship=rts,
        order_numbers=tuple(by_kind["order_number"]),
        package_ids=tuple(dict.fromkeys(packages)),
        tracking_numbers=tuple(by_kind["tracking"]),
        skus=tuple(dict.fromkeys(skus)),
    )


def in_window(
    entries: Iterable[JournalEntry], since: datetime | None, until: datetime | None
) -> Iterable[JournalEntry]:
    """The entries from ``since`` (inclusive) to ``until`` (exclusive)."""
    for e in entries:
        if since is not None and e.ts < since:
            continue
        if until is not None and e.ts >= until:
            continue
        yield e


def write_csv(path: str | PathLike[str], entries: Iterable[JournalEntry]) -> int:
    """Write ``entries`` as the History CSV; returns how many rows. The file appears whole
    or not at all (written beside it, then renamed); a write error is a ``StorageError``."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    rows = 0
    try:
        # utf-8-sig: Excel on Windows opens it with Thai/Vietnamese names intact.
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(CSV_FIELDS)
            for e in entries:
                writer.writerow(csv_row(e))
                rows += 1
        tmp.replace(target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"The history could not be exported to {target}: {err.strerror}.",
            hint="Choose another folder or free some disk space.",
        ) from err
    return rows


def csv_row(e: JournalEntry) -> list[object]:
    return [
        e.ts.isoformat(),
        e.kind,
        e.what,
        e.shop_id,
        "" if e.order_id is None else e.order_id,
        e.packer,
        e.station_id,
        csv_safe(e.code),
        e.sku,
        e.outcome,
        " ".join(map(str, e.item_ids)),
        " ".join(e.package_ids),
        " ".join(e.request_ids),
        "" if e.duration_ms is None else round(e.duration_ms, 1),
        e.finished_at.isoformat() if e.finished_at else "",
        csv_safe(redact(e.detail)),
    ]


def csv_safe(text: str) -> str:
    """A scanned code starting with = + - @ would run as a formula when opened in Excel."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def like_contains(text: str) -> str:
    """A ``LIKE ... ESCAPE '\\'`` pattern matching values that contain ``text`` literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
