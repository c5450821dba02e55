"""Set up this desk: a short guided set-up at first start (and Station → Set up this desk…).

Keyboard and scanner only; every step can be skipped (Alt+S) and redone (Alt+B, or the menu
again). Steps, in order: packers and their cards, the label printer (test label, "did it come
out whole?", the fix, saved as the silent label printer), the scanner (scan the barcode on
screen: suffix, speed, keyboard layout), sound (play, "did you hear them?", output device),
the shop (connect a Lazada shop or keep the demo).

The wizard is a non-modal ``QDialog`` driven by signals: nothing here runs a nested event
loop (design.md §3). Every step writes into the station's ``Settings`` object and calls
``save`` at once, so a station closed half-way keeps what was set.

This module is the wizard shell (pages, Back/Skip/Next, finish); each step is a module of
``lazpack.ui.setup``. Extra steps go first through ``SetupWizard(..., first_steps=[...])``
(the language step does). ``apply_saved_sound_device`` is re-exported here for the
composition root, which applies the saved output device at start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lazpack.config import Settings
from lazpack.i18n import arg, translate
from lazpack.log import get_logger
from lazpack.printing.printer import LabelPrinter
from lazpack.ui.setup.packers import PackersStep
from lazpack.ui.setup.printer import PrinterStep
from lazpack.ui.setup.scanner import ScannerStep
from lazpack.ui.setup.shop import ShopStep
from lazpack.ui.setup.sound import SoundStep, apply_saved_sound_device
from lazpack.ui.setup.step import Saver, Step, step_button

log = get_logger("ui.setup")


class SetupWizard(QDialog):
    """The steps one after another; Next (Enter), Back, Skip; Finish marks the desk set up."""

    finishedSetup = Signal()

    def __init__(
        self,
        settings: Settings,
        save: Saver,
        parent: QWidget | None = None,
        *,
        steps: Sequence[Step] | None = None,
        first_steps: Sequence[Step] = (),
        open_shops: Callable[[], Any] | None = None,
        print_cards: Callable[[bytes], Any] | None = None,
        sounds: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(QCoreApplication.translate("SetupWizard", "Set up this desk"))
        self.setModal(False)
        self.settings = settings
        self.save = save
        #: the packer cards' preview, when open (Packers step)
        self.cards_preview: QDialog | None = None
        if steps is None:
            steps = [
                PackersStep(settings, save, print_cards or (lambda _pdf: None)),
                PrinterStep(settings, save),
                ScannerStep(settings, save),
                SoundStep(settings, save, sounds=sounds),
                ShopStep(settings, open_shops),
            ]
        self.steps: list[Step] = [*first_steps, *steps]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
        self.progress = QLabel()
        self.progress.setObjectName("setupProgress")
        self.back = step_button(translate("SetupWizard", "&Back"), "setupBack")
        self.skip = step_button(translate("SetupWizard", "&Skip this step"), "setupSkip")
        self.next = step_button(translate("SetupWizard", "&Next"), "setupNext")
        self.next.setDefault(True)
        self.back.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.skip.clicked.connect(self.skip_step)
        self.next.clicked.connect(self.next_step)
        nav = QHBoxLayout()
        nav.addWidget(self.progress)
        nav.addStretch(1)
        for b in (self.back, self.skip, self.next):
            nav.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self.resize(720, 520)
        self.skipped: list[str] = []
        self.go(0)

    def current(self) -> Step:
        step = self.stack.currentWidget()
        assert isinstance(step, Step)
        return step

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        self.stack.setCurrentIndex(index)
        last = index == len(self.steps) - 1
        self.progress.setText(
            arg(translate("SetupWizard", "Step %1 of %2"), index + 1, len(self.steps))
        )
        self.back.setEnabled(index > 0)
        self.next.setText(
            translate("SetupWizard", "&Finish") if last else translate("SetupWizard", "&Next")
        )
        self.current().entered()

    def skip_step(self) -> None:
        self.skipped.append(translate("SetupWizard", self.current().title))
        self._advance()

    def next_step(self) -> None:
        step = self.current()
        if isinstance(step, PackersStep) and not step.apply():
            return
        self._advance()

    def _advance(self) -> None:
        if self.stack.currentIndex() == len(self.steps) - 1:
            self.settings.setup_done = True
            self.save()
            log.info("desk set up (skipped: %s)", ", ".join(self.skipped) or "none")
            self.finishedSetup.emit()
            self.accept()
            return
        self.go(self.stack.currentIndex() + 1)


def open_setup_wizard(station: Any, window: QWidget, menus: Any = None) -> SetupWizard:
    """Station → Set up this desk… (and the first start): shown non-modal beside the window."""
    from lazpack.ui.command_sheet import PdfPreview
    from lazpack.ui.print_dialogs import print_a4

    def print_cards(pdf: bytes) -> None:
        job = translate("SetupWizard", "Packer cards")
        # the preview belongs to the wizard (deleted when closed); the print job is held by
        # print_a4 until it ends, and its failure reaches the station's status bar
        wizard.cards_preview = PdfPreview(
            [pdf], job, wizard, on_print=lambda: print_a4(window, station.settings, [pdf], job)
        )

    from lazpack.ui.language_step import LanguageStep

    def reopen(_code: str) -> None:  # the set-up again, in the language just chosen
        wizard.close()
        open_setup_wizard(station, window, menus)

    controller = getattr(station, "controller", None)
    wizard = SetupWizard(
        station.settings,
        station.save_settings,
        window,
        first_steps=[LanguageStep(station.settings, station.save_settings, reopen)],
        open_shops=getattr(menus, "open_shops", None),
        print_cards=print_cards,
        sounds=getattr(controller, "sounds", None),
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.finishedSetup.connect(lambda: _printer_changed(station))
    closing = getattr(window, "closeRequested", None)
    if closing is not None:  # the station closes: so does its set-up (nothing is lost)
        closing.connect(wizard.reject)
    wizard.show()
    return wizard


def _printer_changed(station: Any) -> None:
    """The station prints through the printer the set-up saved (same settings object)."""
    lp = getattr(station, "label_printer", None)
    if isinstance(lp, LabelPrinter):
        lp.settings = station.settings.printer


__all__ = ["SetupWizard", "apply_saved_sound_device", "open_setup_wizard"]
