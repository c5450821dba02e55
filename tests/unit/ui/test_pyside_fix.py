from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from lazpack import qt as pyside_fix


class Chatty(QObject):
    said = Signal(object)


def test_a_shift_of_void_calls_and_emits_does_not_abort_the_process(qapp: object) -> None:
    pyside_fix.apply()
    c = Chatty()
    got: list[object] = []
    c.said.connect(got.append)
    label = QLabel()
    # Far more than the few thousand calls that used to exhaust None's / True's count.
    for i in range(50_000):
        c.said.emit(i)
        label.setText(str(i % 10))
        label.setVisible(False)
    assert len(got) == 50_000 and label.text() == "9"
    # immortal either way: given a huge count by the fix on 3.11, immortal by design on 3.12+
    # (whose immortal count is 2**30 - 1); without the fix the count is a few thousand
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 29, singleton
