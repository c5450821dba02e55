"""A label for text the station does not control: Lazada's messages, errors, buyer notes.

A plain ``QLabel`` asks its layout for room for its whole text: one long error in the
status bar or the order panel once pushed the main window to 1,979 px on a 1,366 px screen,
and a word-wrapped label still cannot break a long code without spaces. ``BoundedLabel``
shows at most ``lines`` lines at whatever width the layout gives it — wrapped at spaces,
long words broken anywhere, the last line elided with "…" — and never asks for more than a
small minimum. The full text is in the tooltip (and ``text()`` returns it, so callers and
tests read the message, not its shortened form).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The width a bounded label asks its layout for at least (pixels).
MIN_WIDTH = 60
#: The width it prefers when its text is long (the layout may give it more).
PREFERRED_WIDTH = 320


def wrap_lines(text: str, fm: QFontMetrics, width: int, lines: int) -> list[str]:
    """``text`` broken into at most ``lines`` lines of ``width`` pixels; the last one
    elided when text is left over. Words longer than a line are broken anywhere."""
    width = max(width, 1)
    words = " ".join(text.split()).split(" ") if text.strip() else []
    out: list[str] = []
    cur = ""
    rest = list(words)
    while rest and len(out) < lines:
        word = rest[0]
        trial = f"{cur} {word}" if cur else word
        if fm.horizontalAdvance(trial) <= width:
            cur = trial
            rest.pop(0)
            continue
        if cur:
            out.append(cur)
            cur = ""
            continue
        # one word wider than the line: break it where it stops fitting
        cut = len(word)
        while cut > 1 and fm.horizontalAdvance(word[:cut]) > width:
            cut -= 1
        out.append(word[:cut])
        rest[0] = word[cut:]
    if cur and len(out) < lines:
        out.append(cur)
    if rest and out:
        tail = out[-1] + " " + " ".join(rest)
        out[-1] = fm.elidedText(tail, Qt.TextElideMode.ElideRight, width)
    return out


class BoundedLabel(QLabel):
    """Shows at most ``lines`` lines of any text; never widens or heightens its window."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, lines: int = 1) -> None:
        super().__init__(parent)
        self._full = ""
        self._busy = False
        self._lines = max(1, lines)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_WIDTH)
        self.setText(text)

    # the whole message, whatever is shown
    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What the label displays now (wrapped, possibly elided)."""
        return QLabel.text(self)

    @property
    def lines(self) -> int:
        return self._lines

    def setText(self, text: str) -> None:
        self._full = text or ""
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            fm = self.fontMetrics()
            width = self.contentsRect().width()
            if width <= MIN_WIDTH and not self.isVisible():
                width = PREFERRED_WIDTH
            shown = "\n".join(wrap_lines(self._full, fm, width, self._lines))
            before = QLabel.text(self)
            if shown != before:
                QLabel.setText(self, shown)
            cut = shown.replace("\n", " ") != " ".join(self._full.split())
            tip = self._full if cut or len(self._full) > 80 else ""
            if tip != self.toolTip():
                self.setToolTip(tip)
            # only a different number of lines changes what the layout must give
            if shown.count("\n") != before.count("\n"):
                self.updateGeometry()
        finally:
            self._busy = False

    def _height(self, lines: int) -> int:
        m = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * lines + m.top() + m.bottom() + 2

    def _shown_lines(self) -> int:
        return max(1, min(self._lines, QLabel.text(self).count("\n") + 1))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self._height(self._shown_lines()))

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        wanted = fm.horizontalAdvance(" ".join(self._full.split())) + 8
        return QSize(
            max(MIN_WIDTH, min(wanted, PREFERRED_WIDTH)), self._height(self._shown_lines())
        )

    def hasHeightForWidth(self) -> bool:
        return False
