"""The frozen build (PyInstaller onedir) starts and works: ``.ci/run``'s release step.

Runs only when ``LAZPACK_DIST`` names a built ``dist/lazpack`` folder:

    .venv/bin/pyinstaller --noconfirm packaging/lazpack.spec
    LAZPACK_DIST=dist/lazpack .venv/bin/python -m pytest -m frozen tests/packaging
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lazpack import __version__
from tests.helpers.labels import decode, render_back

pytestmark = pytest.mark.frozen

DIST = os.environ.get("LAZPACK_DIST", "")
needs_dist = pytest.mark.skipif(not DIST, reason="set LAZPACK_DIST to a built dist/lazpack")
EXE = "lazpack.exe" if sys.platform == "win32" else "lazpack"


@pytest.fixture(scope="module")
def dist() -> Path:
    folder = Path(DIST).resolve()
    assert (folder / EXE).is_file(), f"no {EXE} in {folder}: build packaging/lazpack.spec first"
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="module")
def self_test(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("frozen-selftest")
    run = subprocess.run(
        [str(dist / EXE), "--self-test", str(folder)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report_file = folder / "selftest.json"
    assert report_file.is_file(), f"no report; rc={run.returncode}\n{run.stderr[-4000:]}"
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert run.returncode == 0, f"{report.get('error')}\n{run.stderr[-4000:]}"
    return folder, report


@needs_dist
def test_version(dist: Path) -> None:
    run = subprocess.run(
        [str(dist / EXE), "--version"], env=_env(), capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == f"lazpack {__version__}"


@needs_dist
def test_self_test_syncs_the_demo_shop_and_loads_the_sounds(self_test: tuple[Path, dict]) -> None:
    _folder, report = self_test
    assert report["ok"] is True
    assert report["frozen"] is True
    assert report["orders_synced"] > 0
    assert report["sounds"]["loaded"] == ["bad", "done", "good"]


@needs_dist
def test_printed_label_reads_back_as_its_tracking_number(self_test: tuple[Path, dict]) -> None:
    _folder, report = self_test
    label = report["label"]
    pdf = Path(label["pdf"])
    assert pdf.read_bytes().startswith(b"%PDF-")
    pages = render_back(pdf)
    assert len(pages) == label["pages"] == 1
    found = set(decode(pages[0]))
    assert label["tracking_numbers"], "the packed order has no tracking number"
    assert set(label["tracking_numbers"]) <= found


@needs_dist
def test_the_run_left_a_clean_log(self_test: tuple[Path, dict]) -> None:
    folder, _report = self_test
    log = (folder / "logs" / "lazpack.log").read_text(encoding="utf-8")
    assert "self-test passed" in log
    assert "Traceback" not in log
    assert " ERROR " not in log
    crash = (folder / "logs" / "crash.log").read_text(encoding="utf-8")
    assert crash.startswith(f"--- lazpack {__version__}")
    assert "Fatal Python error" not in crash


@needs_dist
def test_bundle_ships_only_what_the_station_uses(dist: Path) -> None:
    files = [p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()]
    joined = "\n".join(files)
    for unwanted in ("Qt6Qml", "Qt6Quick", "VirtualKeyboard", "WebEngine", "Qt63D", "libgtk-3"):
        assert unwanted not in joined, f"{unwanted} ships: " + next(
            f for f in files if unwanted in f
        )
    # Qt's own catalogues: only qtbase for the station's languages (issue 17); ours all ship
    qt_qm = sorted(Path(f).name for f in files if "PySide6/" in f and f.endswith(".qm"))
    assert qt_qm and all(
        re.fullmatch(r"qtbase_(th|vi|id|ms|fil|tl|zh_CN|zh)\.qm", n) for n in qt_qm
    )
    ours = {Path(f).name for f in files if f.startswith("_internal/resources/translations/")}
    assert {f"lazpack_{c}.qm" for c in ("th", "vi", "id", "ms", "fil", "zh_CN")} <= ours
    # pillow's core ships (reportlab imports PIL.Image); its optional codecs do not
    assert not [f for f in files if "/PIL/_avif" in f or "/PIL/_webp" in f or "libavif" in f]
    platforms = {Path(f).stem for f in files if "/plugins/platforms/" in f}
    assert platforms <= {"libqxcb", "libqoffscreen", "libqminimal", "qwindows", "qoffscreen"}
    assert "LICENSE.txt" in files
    assert "THIRD-PARTY-NOTICES.md" in files
    assert "licenses/LGPL-3.0.txt" in files
    bundled = (dist / "licenses" / "BUNDLED.txt").read_text(encoding="utf-8")
    assert re.search(r"PySide6[-_]Essentials", bundled)  # the distribution, either spelling
    assert "reportlab" in bundled
