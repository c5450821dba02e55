"""Qt objects are collected on the GUI thread only (lazpack.qt.collect_garbage_on_gui_thread).

A QObject with an armed timer, collected by a worker thread, leaves the timer registered with
the GUI thread's dispatcher; its next tick is delivered to freed memory (the SIGSEGV in
QTimerInfoList::activateTimers that killed the suite after the e2e tests)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import lazpack.qt


def test_a_worker_thread_never_collects_a_qt_object(qapp: QApplication) -> None:
    assert lazpack.qt.collect_garbage_on_gui_thread()
    assert not gc.isenabled()
    died_on: list[str] = []
    timer = QTimer()
    timer.start(60_000)  # armed, as a dialog's or a closed loop's timer can be
    timer.destroyed.connect(lambda: died_on.append(threading.current_thread().name))
    timer.cycle = timer  # type: ignore[attr-defined]  # only the cyclic collector frees it
    del timer

    def allocate() -> None:  # far past every collector threshold, as a busy worker does
        junk: list[object] = []
        for _ in range(50):
            for _ in range(sum(gc.get_threshold())):
                junk.append([[]])
            junk.clear()

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert died_on == []
    gc.collect()
    assert died_on == ["MainThread"]


def test_the_gui_thread_collects_what_the_thresholds_call_for(qapp: QApplication) -> None:
    assert lazpack.qt.collect_garbage_on_gui_thread()
    gc.collect()
    for _ in range(gc.get_threshold()[0] + 10):
        a: list[object] = []
        a.append(a)  # cyclic garbage, counted by the youngest generation
    assert gc.get_count()[0] > gc.get_threshold()[0]
    lazpack.qt.collect_garbage_now()
    assert gc.get_count()[0] <= gc.get_threshold()[0]
