"""Set-up step: the label printer (test label, "did it come out whole?", the fix, saved)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
)

from lazpack.config import PrinterSettings, Settings
from lazpack.errors import KnownError
from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import get_logger
from lazpack.printing.printer import PAGE_LABEL, PAPERS, LabelPrinter, page_layout, printer_names
from lazpack.printing.setup_label import setup_label_pdf
from lazpack.ui.setup.step import Saver, Step, status_label, step_button

log = get_logger("ui.setup")


#: "did it come out whole?" → what lazpack changes
ANSWERS = (
    ("whole", QT_TRANSLATE_NOOP("PrinterStep", "&Yes, whole")),
    ("sideways", QT_TRANSLATE_NOOP("PrinterStep", "No, &turned sideways")),
    ("cut", QT_TRANSLATE_NOOP("PrinterStep", "No, &cut off at an edge")),
    ("small", QT_TRANSLATE_NOOP("PrinterStep", "No, too s&mall")),
)
#: the next paper to try when the label is cut off (the printer's roll is smaller)
_SMALLER = {"A4": "100x150mm", "4x6in": "100x150mm", "100x150mm": "A6", "A6": "A6"}


class PrinterStep(Step):
    title = QT_TRANSLATE_NOOP("SetupWizard", "The label printer")

    def __init__(
        self,
        settings: Settings,
        save: Saver,
        *,
        printers: Callable[[], Sequence[str]] = printer_names,
        send: Callable[[LabelPrinter, bytes], int] | None = None,
    ) -> None:
        super().__init__(
            translate(
                "PrinterStep",
                "Pick the printer that prints the shipping labels, print a test label and "
                "look at it: lazpack fixes the size and orientation from your answer and then "
                "prints every label there without asking.",
            )
        )
        self.settings = settings
        self.save = save
        self.printers = printers
        self.send = send or (lambda lp, pdf: lp.print_pdfs([pdf], job_name="lazpack test label"))
        self.printer_box = QComboBox()
        self.printer_box.setObjectName("setupPrinterBox")
        self.add(self.printer_box)
        self.test = step_button(translate("PrinterStep", "&Print a test label"), "printTestLabel")
        self.test.clicked.connect(self.print_test)
        self.row(self.test)
        self.question = QLabel(
            QCoreApplication.translate(
                "PrinterStep", "Did it come out whole: frame closed, rulers start at 0?"
            )
        )
        self.question.setObjectName("wholeQuestion")
        self.add(self.question)
        self.answers: dict[str, QPushButton] = {}
        buttons = []
        for key, text in ANSWERS:
            b = step_button(translate("PrinterStep", text), f"answer_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.answer(k))
            self.answers[key] = b
            buttons.append(b)
        self.row(*buttons)
        self.status = self.add(status_label())
        self._asked(False)
        self.trial = PrinterSettings(
            printer_name=settings.printer.printer_name,
            paper=settings.printer.paper,
            orientation=settings.printer.orientation,
            copies=1,
            page_choice=dict(settings.printer.page_choice),
        )

    def entered(self) -> None:
        from lazpack.ui.print_dialogs import printer_combo

        names = list(self.printers())
        saved = self.settings.printer.printer_name
        printer_combo(None, saved, names=names, box=self.printer_box)
        if not names and not saved:
            self.status.setText(
                QCoreApplication.translate(
                    "PrinterStep",
                    "No printer is installed on this PC. Install the label printer's driver "
                    "(or connect it), then come back with Station → Set up this desk…",
                )
            )
        self.test.setEnabled(self.printer_box.count() > 0)
        self.printer_box.setFocus()

    def _asked(self, on: bool) -> None:
        self.question.setVisible(on)
        for b in self.answers.values():
            b.setVisible(on)

    def chosen(self) -> str:
        return str(self.printer_box.currentData() or "")

    def print_test(self) -> None:
        name = self.chosen()
        if not name:
            return
        self.trial.printer_name = name
        lp = LabelPrinter(self.trial)
        size = self._label_mm()
        pdf = setup_label_pdf(*size, printer=name)
        try:
            self.send(lp, pdf)
        except KnownError as err:
            self.status.setText(f"{err.user_message} {err.hint}")
            return
        log.info("setup: test label sent to %s (%s)", name, size)
        self.status.setText(
            arg(translate("PrinterStep", "Test label sent to “%1”. Look at it, then answer:"), name)
        )
        self._asked(True)
        self.answers["whole"].setFocus()

    def _label_mm(self) -> tuple[float, float]:
        from PySide6.QtGui import QPageLayout

        rect = page_layout(self.trial).fullRect(QPageLayout.Unit.Millimeter)
        return rect.width(), rect.height()

    def answer(self, key: str) -> None:
        t = self.trial
        if key == "whole":
            pr = self.settings.printer
            pr.printer_name, pr.paper, pr.orientation = t.printer_name, t.paper, t.orientation
            pr.page_choice.update(t.page_choice)
            self.save()
            self._asked(False)
            paper = PAPERS[t.paper][0]
            text = arg(
                translate("PrinterStep", "Saved: labels print on “%1” without asking (%2)."),
                t.printer_name,
                paper,
            )
            self.status.setText(text)
            self.finish(arg(translate("PrinterStep", "Label printer: %1"), t.printer_name))
            return
        if key == "sideways":
            t.orientation = "landscape" if t.orientation == "portrait" else "portrait"
            fix = arg(translate("PrinterStep", "lazpack now turns the label (%1)."), t.orientation)
        elif key == "cut":
            smaller = _SMALLER.get(t.paper, "100x150mm")
            if smaller == t.paper:
                fix = translate(
                    "PrinterStep",
                    "The label is already the smallest size lazpack knows. Set the paper "
                    "size in the printer's own settings (Printers → Preferences) to the "
                    "labels loaded in it.",
                )
            else:
                t.paper = smaller
                fix = arg(translate("PrinterStep", "lazpack now uses %1."), PAPERS[smaller][0])
        else:  # too small: the driver scaled the label onto its own, bigger paper
            t.page_choice[t.printer_name] = PAGE_LABEL
            fix = translate(
                "PrinterStep",
                "lazpack now sets the label size on this printer. If it is still small, set "
                "the paper size in the printer's own settings (Printers → Preferences) to "
                "100 × 150 mm.",
            )
        self.status.setText(
            arg(translate("PrinterStep", "%1 Print the test label again to check."), fix)
        )
        self._asked(False)
        self.test.setFocus()
