from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from lazpack.ui import pyside_fix


class Chatty(QObject):
    said = Signal(object)


def test_many_emits_do_not_exhaust_trues_refcount() -> None:
    pyside_fix.apply()
    c = Chatty()
    got: list[object] = []
    c.said.connect(got.append)
    before = sys.getrefcount(True)
    for i in range(20_000):  # more than the few thousand that used to abort the process
        c.said.emit(i)
    assert len(got) == 20_000
    assert sys.getrefcount(True) > 0 and sys.getrefcount(True) <= before + 1
    t = True
    assert t is True and bool(1) is True  # True is still usable
