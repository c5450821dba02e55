"""Work around a PySide6 6.12 reference-count bug on Python 3.11.

``SignalInstance.emit()`` returns ``True`` without taking a reference to it, so every
signal emitted from Python code drops ``True``'s reference count by one. After a few
thousand emits (minutes of a packing shift: every keystroke in the search field emits
several) the count reaches zero and the interpreter aborts with
"Fatal Python error: bool_dealloc". Python 3.12+ makes ``True``/``False`` immortal, which
hides the bug there; on 3.11 we do the same by giving both a huge reference count, once,
and only if the bug is actually present.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 40
_applied = False


def _emit_leaks_true() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    leaked = sys.getrefcount(True) < before
    # put back what the probe itself took
    if leaked:
        _add_refs(True, before - sys.getrefcount(True))
    return leaked


def _add_refs(obj: object, n: int) -> None:
    ctypes.c_ssize_t.from_address(id(obj)).value += n


def apply() -> bool:
    """Idempotent. Returns True when the workaround was needed and applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not _emit_leaks_true():
        return False
    _add_refs(True, _IMMORTAL)
    _add_refs(False, _IMMORTAL)
    _applied = True
    return True
