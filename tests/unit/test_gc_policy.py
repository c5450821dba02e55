"""lazpack.gc_policy: during a bulk load the collector freezes instead of scanning."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from lazpack import gc_policy


@pytest.fixture
def manual_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.collect()
        if enabled:
            gc.enable()


def young_garbage() -> None:
    for _ in range(gc.get_threshold()[0] + 50):
        a: list[object] = []
        a.append(a)  # a cycle: only the collector frees it


def test_outside_a_bulk_load_it_collects_as_the_thresholds_say(manual_gc: None) -> None:
    young_garbage()
    frozen = gc.get_freeze_count()
    collected: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            collected.append(info["collected"])

    gc.callbacks.append(seen)
    try:
        gc_policy.collect_now()
    finally:
        gc.callbacks.remove(seen)
    assert sum(collected) > gc.get_threshold()[0]  # the cycles were freed
    assert gc.get_freeze_count() == frozen


def test_during_a_bulk_load_it_freezes_and_scans_nothing(manual_gc: None) -> None:
    runs: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        runs.append(phase)

    kept = [[object()] for _ in range(gc.get_threshold()[0] + 50)]  # the load
    gc.callbacks.append(seen)
    try:
        with gc_policy.bulk_load():
            gc_policy.collect_now()
    finally:
        gc.callbacks.remove(seen)
    assert runs == []  # no collection ran: no pause
    assert gc.get_freeze_count() >= len(kept)
    assert gc.get_count()[0] < 10  # the young generation is empty again
    # over: back to collecting
    young_garbage()
    gc_policy.collect_now()
    assert gc.get_count()[0] <= gc.get_threshold()[0]


def test_nested_loads_and_a_failed_one_end_cleanly(manual_gc: None) -> None:
    def freezes() -> bool:
        kept = [[object()] for _ in range(gc.get_threshold()[0] + 50)]
        before = gc.get_freeze_count()
        gc_policy.collect_now()
        return gc.get_freeze_count() >= before + len(kept)

    with gc_policy.bulk_load():
        with pytest.raises(RuntimeError), gc_policy.bulk_load():
            raise RuntimeError("the sync failed")
        assert freezes()  # the other shop still loads
    assert not freezes()  # over: it collects again


def test_a_worker_thread_never_collects_nor_freezes(manual_gc: None) -> None:
    young_garbage()
    before = gc.get_count()[0]
    with gc_policy.bulk_load():
        worker = threading.Thread(target=gc_policy.collect_now)
        worker.start()
        worker.join()
    assert gc.get_count()[0] >= before
    assert gc.get_freeze_count() == 0
