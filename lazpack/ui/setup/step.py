"""One page of the set-up (``Step``) and the small widgets every step uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lazpack.i18n import translate

Saver = Callable[[], None]
W = TypeVar("W", bound=QWidget)


class Step(QWidget):
    """One page of the set-up: a title, plain words, its own controls."""

    title = ""
    #: what the step finished with, in one line (shown on the last page)
    done = Signal(str)

    def __init__(self, intro: str) -> None:
        super().__init__()
        self.summary = ""
        self._layout = QVBoxLayout(self)
        heading = QLabel(translate("SetupWizard", self.title))
        heading.setObjectName("stepTitle")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        text = QLabel(intro)
        text.setWordWrap(True)
        text.setObjectName("stepIntro")
        self._layout.addWidget(heading)
        self._layout.addWidget(text)
        self._content = QVBoxLayout()
        self._layout.addLayout(self._content)
        self._layout.addStretch(1)  # the step reads from the top, whatever its length

    def add(self, widget: W) -> W:
        self._content.addWidget(widget)
        return widget

    def row(self, *widgets: QWidget) -> None:
        box = QHBoxLayout()
        for w in widgets:
            box.addWidget(w)
        box.addStretch(1)
        self._content.addLayout(box)

    def entered(self) -> None:
        """The step became the current page."""

    def finish(self, summary: str) -> None:
        self.summary = summary
        self.done.emit(summary)


def status_label() -> QLabel:
    label = QLabel()
    label.setObjectName("stepStatus")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def step_button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(False)
    return b
