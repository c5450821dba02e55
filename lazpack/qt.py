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
import sys

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


apply()
