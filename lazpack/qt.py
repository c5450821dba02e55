"""The one Qt import point: importing it applies our PySide6 workarounds before any Qt use.

Every module that imports PySide6 lives in ``lazpack.ui`` or ``lazpack.printing`` (whose
``__init__`` imports this module) or imports this module first itself (``lazpack.app``), so the
fix is in place whichever module is imported first (tests/unit/test_qt_import_point.py checks it).

Why: PySide6 6.12 mishandles the reference counts of None/True/False on Python 3.11.

This PySide6 build treats ``None``, ``True`` and ``False`` as immortal, as they are on
Python 3.12+: it hands them out without taking a reference. On 3.11 every call of a void
Qt method (``label.setText(...)``) drops ``None``'s reference count by one and every
``signal.emit()`` drops ``True``'s. A packing station makes thousands of such calls a
minute, so within minutes a count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc" (or ``bool_dealloc``). We give the three singletons the
immortality 3.12 gives them: a reference count no session can exhaust. Applied once, only
on CPython < 3.12 and only if a probe shows the leak.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
from typing import Any

from lazpack import gc_policy

_IMMORTAL = 1 << 40
_applied = False


def _probe_leaks() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")  # a void method
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    # give back what the probe itself took before anything else can trip over it
    if none_lost > 0:
        _add_refs(None, none_lost)
    if true_lost > 0:
        _add_refs(True, true_lost)
    return none_lost > 0 or true_lost > 0


def _add_refs(obj: object, n: int) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += n


def apply() -> bool:
    """Idempotent. Returns True when the workaround was needed and applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _probe_leaks():
        return False
    for singleton in (None, True, False):
        _add_refs(singleton, _IMMORTAL)
    _applied = True
    return True


# ------------------------------------------------------------------ garbage collection
# Python's cyclic collector runs on whichever thread happens to allocate when a generation
# fills up: a qasync executor worker, an ``asyncio.to_thread`` job, a client's thread. When the
# garbage holds a QObject (a closed dialog, a finished timer, a loop's timer object) its C++
# destructor then runs on that worker, where Qt cannot stop the object's timers ("QObject::
# ~QObject: Timers cannot be stopped from another thread"): they stay registered with the GUI
# thread's dispatcher and the next one to fire is delivered to freed memory — a segfault in
# QTimerInfoList::activateTimers, minutes or tests later. So the collector runs on the GUI
# thread only: automatic collection is off, and a timer on the application collects with the
# collector's own thresholds (what automatic collection would have done, on the right thread).

#: How often the GUI thread's timer collects (benchmarks/sync.py runs the same regime).
GC_INTERVAL_MS = 250
_gc_timer: Any = None


def collect_garbage_now() -> None:
    """What automatic collection would do now (``lazpack.gc_policy.collect_now``: the
    thresholds, or a freeze during a bulk load). Call it on the GUI thread only."""
    gc_policy.collect_now()


def collect_garbage_on_gui_thread() -> bool:
    """Idempotent. Turns automatic garbage collection off and collects from a timer on the
    application (the GUI thread) instead. Call it from the GUI thread once the
    ``QApplication`` exists; returns False (and changes nothing) when there is none."""
    global _gc_timer
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return False
    if _gc_timer is not None:
        gc.disable()
        return True
    timer = QTimer(app)  # the application owns it: it lives and fires on the GUI thread
    timer.setObjectName("lazpackGuiThreadGc")
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(collect_garbage_now)
    timer.start()
    _gc_timer = timer
    gc.disable()
    return True


apply()
