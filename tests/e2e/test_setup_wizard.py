"""Set up this desk (issue 20): every step driven offscreen with keys and clicks, the way a
packer with a keyboard and a scanner would."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lazpack.app import DEMO_SHOP_ID, Station, build_demo_backend
from lazpack.config import Paths, PrinterSettings, Settings
from lazpack.printing.printer import PAGE_LABEL, LabelPrinter
from lazpack.printing.setup_label import TEST_LABEL_CODE
from lazpack.ui.feedback import Sounds
from lazpack.ui.setup.packers import PackersStep
from lazpack.ui.setup.printer import PrinterStep
from lazpack.ui.setup.scanner import SCANNER_TEST_CODE, ScannerStep
from lazpack.ui.setup.shop import ShopStep
from lazpack.ui.setup.sound import SoundStep
from lazpack.ui.setup_wizard import SetupWizard
from tests.helpers.clocks import StepClock
from tests.helpers.labels import decode, page_sizes_mm, render_back

pytestmark = [pytest.mark.e2e]


class Saves:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


class PdfSink:
    """Where the printer step's test labels go: one PDF file per print, really rendered."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: list[Path] = []

    def __call__(self, lp: LabelPrinter, pdf: bytes) -> int:
        path = self.folder / f"test-{len(self.files) + 1}.pdf"
        self.files.append(path)
        return lp.to_pdf_file(path).print_pdfs([pdf])


@pytest.fixture
def shown(qtbot: QtBot) -> Callable[[SetupWizard], SetupWizard]:
    """Show a wizard; pytest-qt closes it after the test."""

    def show(w: SetupWizard) -> SetupWizard:
        qtbot.addWidget(w)
        w.show()
        return w

    return show


def test_printer_step_prints_a_test_label_fixes_it_and_saves_the_printer(
    qtbot: QtBot, tmp_path: Path, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings, saves, sink = Settings(), Saves(), PdfSink(tmp_path)
    step = PrinterStep(settings, saves, printers=lambda: ["Office A4", "Zebra ZD420"], send=sink)
    shown(SetupWizard(settings, saves, steps=[step]))
    box = step.printer_box
    assert [box.itemText(i) for i in range(box.count())] == ["Office A4", "Zebra ZD420"]
    box.setCurrentIndex(box.findData("Zebra ZD420"))
    QTest.keyClick(step.test, Qt.Key.Key_Space)

    # the test label: 100 × 150 mm, its barcode reads back
    ((w, h),) = page_sizes_mm(sink.files[0])
    assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))
    assert decode(render_back(sink.files[0])[0]) == [TEST_LABEL_CODE]
    assert step.question.isVisible()
    assert "Zebra ZD420" in step.status.text()

    # "turned sideways": the label turns, the next test label is landscape
    step.answers["sideways"].click()
    assert "landscape" in step.status.text()
    step.test.click()
    ((w, h),) = page_sizes_mm(sink.files[1])
    assert (w, h) == (pytest.approx(150, abs=0.5), pytest.approx(100, abs=0.5))
    assert decode(render_back(sink.files[1])[0]) == [TEST_LABEL_CODE]
    # "too small": the label size is forced on that printer
    step.answers["small"].click()
    assert "Printers → Preferences" in step.status.text()
    assert settings.printer.printer_name == ""  # nothing saved before "whole"

    step.test.click()
    step.answers["whole"].click()
    assert settings.printer.printer_name == "Zebra ZD420"
    assert settings.printer.orientation == "landscape"
    assert settings.printer.page_choice == {"Zebra ZD420": PAGE_LABEL}
    assert saves.count == 1
    assert step.summary == "Label printer: Zebra ZD420"
    assert LabelPrinter(settings.printer).silent


def test_printer_step_cut_off_label_tries_the_smaller_paper(
    qtbot: QtBot, tmp_path: Path, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings, sink = Settings(printer=PrinterSettings(paper="4x6in")), PdfSink(tmp_path)
    step = PrinterStep(settings, Saves(), printers=lambda: ["Zebra"], send=sink)
    shown(SetupWizard(settings, Saves(), steps=[step]))
    step.test.click()
    ((w, h),) = page_sizes_mm(sink.files[0])
    assert (w, h) == (pytest.approx(101.6, abs=0.5), pytest.approx(152.4, abs=0.5))
    step.answers["cut"].click()
    assert "100 × 150 mm" in step.status.text()
    step.test.click()
    ((w, h),) = page_sizes_mm(sink.files[1])
    assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))


def test_printer_step_without_any_printer_says_what_to_do(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings = Settings()
    step = PrinterStep(settings, Saves(), printers=lambda: [])
    shown(SetupWizard(settings, Saves(), steps=[step]))
    assert "No printer is installed" in step.status.text()
    assert not step.test.isEnabled()


def scan(step: ScannerStep, code: str, suffix: Qt.Key) -> None:
    """Keys as the OS delivers them: the text the active layout made of each key."""
    for ch in code:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() else Qt.Key.Key_7
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(step.probe, event)
    QTest.keyClick(step.probe, suffix)


@pytest.mark.parametrize(
    ("suffix", "summary", "advice"),
    [
        (Qt.Key.Key_Return, "Scanner: works", ""),
        (Qt.Key.Key_Tab, "Scanner: works (ends with Tab)", "ends each code with Tab"),
    ],
)
def test_scanner_step_recognises_the_suffix(
    qtbot: QtBot,
    shown: Callable[[SetupWizard], SetupWizard],
    suffix: Qt.Key,
    summary: str,
    advice: str,
) -> None:
    settings = Settings()
    step = ScannerStep(settings, Saves(), clock=StepClock(0.006))
    wizard = shown(SetupWizard(settings, Saves(), steps=[step, ShopStep(settings, None)]))
    scan(step, SCANNER_TEST_CODE, suffix)
    assert step.verdict is not None
    assert step.verdict.text == SCANNER_TEST_CODE
    assert step.verdict.burst
    assert step.summary == summary
    if advice:
        assert advice in step.status.text()
        assert step.verdict.suffix == "tab"
    else:
        assert step.status.text().startswith("✓ The scanner works")
    # Tab did not move the focus out of the test (the packer can scan again)
    assert wizard.stack.currentWidget() is step


def test_scanner_step_tells_a_slow_typist_from_a_scanner(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings = Settings()
    step = ScannerStep(settings, Saves(), clock=StepClock(0.18))
    shown(SetupWizard(settings, Saves(), steps=[step]))
    scan(step, SCANNER_TEST_CODE, Qt.Key.Key_Return)
    assert step.verdict is not None and not step.verdict.burst
    assert "typed slowly (180 ms between keys)" in step.status.text()
    assert step.summary == ""  # not done: the scanner is not recognised


def test_scanner_step_explains_a_wrong_keyboard_layout(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings = Settings()
    step = ScannerStep(settings, Saves(), clock=StepClock(0.006))
    shown(SetupWizard(settings, Saves(), steps=[step]))
    scan(step, "LPๅQ4509XZ", Qt.Key.Key_Return)  # what a Thai layout makes of a "7"
    assert "keyboard layout" in step.status.text()
    assert "English (US)" in step.status.text()
    scan(step, SCANNER_TEST_CODE.lower(), Qt.Key.Key_Return)
    assert "Caps Lock" in step.status.text()
    assert step.summary == ""


@pytest.mark.parametrize("layout", ["th", "ru"])
def test_scanner_step_calls_a_layout_the_station_reads_fine_fine(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard], layout: str
) -> None:
    """On a Thai (Kedmanee) PC the scanner's keys arrive as Thai characters; the station
    reads scans by key position, so the test reads them so too and gives no advice."""
    from tests.helpers.native_keys import scan_through

    settings = Settings()
    step = ScannerStep(settings, Saves(), clock=StepClock(0.006))
    shown(SetupWizard(settings, Saves(), steps=[step]))
    scan_through(step.probe, SCANNER_TEST_CODE, layout, shift_presses=True)
    assert step.verdict is not None
    assert step.verdict.text != SCANNER_TEST_CODE  # the layout's characters arrived
    assert step.verdict.code == SCANNER_TEST_CODE
    assert step.verdict.layout_ok and step.verdict.burst
    assert step.status.text().startswith("✓ The scanner works")
    assert step.summary == "Scanner: works"


def test_scanner_step_says_when_no_enter_follows_the_code(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    from tests.helpers.native_keys import scan_through

    settings = Settings()
    step = ScannerStep(settings, Saves(), clock=StepClock(0.006))
    shown(SetupWizard(settings, Saves(), steps=[step]))
    scan_through(step.probe, SCANNER_TEST_CODE, None, enter=False)
    assert step.verdict is None  # the code may still be coming
    step.probe.no_suffix.stop()
    step.probe.no_suffix.timeout.emit()  # nothing more came
    assert step.verdict is not None and step.verdict.suffix == "none"
    assert step.verdict.layout_ok and step.verdict.burst
    assert "without Enter" in step.status.text()
    assert step.summary == ""  # the station would never see this scan


@pytest.mark.asyncio
async def test_sound_step_plays_the_three_sounds_and_saves_the_device(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings, saves = Settings(), Saves()
    sounds = Sounds(enabled=True)
    devices = [("a1", "Desk speakers", None), ("b2", "Headphones", None)]
    step = SoundStep(settings, saves, sounds=sounds, devices=lambda: devices)
    shown(SetupWizard(settings, saves, steps=[step]))
    assert step.play.isEnabled()
    step.device_box.setCurrentIndex(1)
    step.play.click()
    async with asyncio.timeout(10):
        while len(sounds.played) < 3:  # noqa: ASYNC110 - the three are spaced for the ear
            await asyncio.sleep(0.05)
    assert sounds.played == ["good", "bad", "done"]
    step.heard.click()
    assert settings.packing.sound_device == "b2"
    assert settings.packing.sound
    assert step.summary == "Sound: on (Headphones)"
    assert saves.count == 1


def test_sound_step_without_an_audio_device(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings = Settings()
    step = SoundStep(settings, Saves(), sounds=Sounds(enabled=True), devices=lambda: [])
    shown(SetupWizard(settings, Saves(), steps=[step]))
    assert not step.play.isEnabled()
    assert "no sound output" in step.status.text()
    assert step.summary == "Sound: no output device, colours only"


def test_packers_step_saves_names_and_prints_scannable_cards(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings, saves = Settings(), Saves()
    cards: list[bytes] = []
    step = PackersStep(settings, saves, cards.append)
    wizard = shown(SetupWizard(settings, saves, steps=[step, ShopStep(settings, None)]))
    step.names.setPlainText("Ana\nChái:1")
    wizard.next.click()
    assert "“Chái:1” cannot go on a barcode card" in step.status.text()
    assert wizard.stack.currentWidget() is step  # nothing lost, still here
    step.names.setPlainText("Ana\nBudi")
    step.cards.click()
    (pdf,) = cards
    found = {code for page in render_back(pdf) for code in decode(page)}
    assert {"#LP:PACKER:Ana", "#LP:PACKER:Budi"} <= found
    wizard.next.click()
    assert settings.packers == ["Ana", "Budi"]
    assert settings.packer == "Ana"
    assert saves.count == 1
    assert wizard.stack.currentIndex() == 1


def test_every_step_can_be_skipped_and_redone(
    qtbot: QtBot, shown: Callable[[SetupWizard], SetupWizard]
) -> None:
    settings, saves = Settings(), Saves()
    opened: list[str] = []
    wizard = shown(
        SetupWizard(
            settings, saves, sounds=Sounds(enabled=False), open_shops=lambda: opened.append("shops")
        )
    )
    titles = [s.title for s in wizard.steps]
    assert titles == [
        "Who packs at this desk?",
        "The label printer",
        "The scanner",
        "Sound",
        "The shop",
    ]
    finished: list[bool] = []
    wizard.finishedSetup.connect(lambda: finished.append(True))
    for _ in titles[:-1]:
        wizard.skip.click()
    assert wizard.progress.text() == "Step 5 of 5"
    wizard.back.click()
    assert wizard.current().title == "Sound"
    wizard.next.click()
    shop = wizard.current()
    assert isinstance(shop, ShopStep)
    shop.connect_shop.click()
    assert opened == ["shops"]
    assert wizard.next.text() == "&Finish"
    wizard.next.click()
    assert finished == [True]
    assert settings.setup_done
    assert not wizard.isVisible()


@pytest.mark.asyncio
@pytest.mark.parametrize("done", [False, True])
async def test_the_first_start_opens_the_setup_and_a_set_up_desk_does_not(
    tmp_path: Path, qtbot: QtBot, done: bool
) -> None:
    settings = Settings(setup_done=done)
    station = Station(settings, Paths.for_data_dir(tmp_path), [], demo=True, trickle_s=None)
    run = asyncio.get_running_loop().create_task(
        station.run(lambda: [build_demo_backend(orders=3)])
    )
    async with asyncio.timeout(30):
        while station.syncs.get(DEMO_SHOP_ID) is None:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
    window = station.window
    assert window is not None
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)]
    assert [w.isVisible() for w in wizards] == ([] if done else [True])
    if not done:
        # non-modal: the station window stays usable beside it
        assert not wizards[0].isModal()
        assert QApplication.activeModalWidget() is None
    window.close()  # closing the station closes its set-up too
    async with asyncio.timeout(30):
        assert await run == 0
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, SetupWizard)
    )
