"""The shared Stats aggregation: what the backends may leave out of the rows they fetch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lazpack.domain.scan_results import scan_result
from lazpack.domain.workflow import Kind
from lazpack.storage.reports import STATS_SCAN_RESULTS, StatsIntent, StatsScan, aggregate_stats

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_the_scans_the_backends_skip_change_no_figure() -> None:
    """Both backends fetch only scans whose result is in ``STATS_SCAN_RESULTS``: every other
    result (opening an order, a label, a command, a refusal…) must count for nothing."""
    results = sorted({scan_result(k) for k in Kind})
    skipped = [r for r in results if r not in STATS_SCAN_RESULTS]
    assert skipped, "every scan result is fetched: the filter would be pointless"
    details = ["", "unknown: no such code", "cancelled: the packer cancelled"]
    scans = [
        StatsScan(T0 + timedelta(seconds=n), packer, result, detail, order_id)
        for n, (packer, result, detail, order_id) in enumerate(
            (p, r, d, o)
            for p in ("ann", "bob")
            for r in results
            for d in details
            for o in (1, None)
        )
    ]
    intents = [StatsIntent(1, "pack", "ann", T0 + timedelta(minutes=5), None, "ok", "", 0, 1)]
    first_seen = {1: T0}

    everything = aggregate_stats(intents, scans, first_seen, UTC)
    fetched = [s for s in scans if s.result in STATS_SCAN_RESULTS]
    assert aggregate_stats(intents, fetched, first_seen, UTC) == everything
    ann = next(s for s in everything if s.packer == "ann")
    # The Pack carried no item ids: its items are the units verified on order 1 (ok and
    # manual, three details each, by both packers). Each of ann's item scans comes six
    # times (three details, with and without an order): ok, manual, wrong_item, over_scan,
    # and the unknowns that are no legacy cancel (four); all but ok and manual are wrong.
    assert (ann.orders, ann.items) == (1, 12)
    assert (ann.scans, ann.wrong_scans) == (6 + 6 + 6 + 6 + 4, 6 + 6 + 4)
