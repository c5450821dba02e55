"""Packaging: the wheel carries every subpackage and the resources; the release build's
rules (what ships, licences, icons, installer); the version and the entry points."""

from __future__ import annotations

import importlib.util
import struct
import tomllib
from pathlib import Path

import pytest

from lazpack import __version__
from lazpack.config import resource_path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
assert _spec is not None and _spec.loader is not None
bundle = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle)


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "lazpack").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    missing = on_disk - listed
    assert not missing, f"add to [tool.setuptools] packages: {sorted(missing)}"


def test_resources_are_found() -> None:
    for name in ("good.wav", "bad.wav", "done.wav"):
        assert resource_path("sounds", name).is_file()


# ---------------------------------------------------------------- identity and release build
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_version_is_one_number() -> None:
    assert PYPROJECT["project"]["version"] == __version__
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_station_is_a_gui_script_with_a_console_twin() -> None:
    project = PYPROJECT["project"]
    assert project["gui-scripts"]["lazpack"] == "lazpack.launcher:main"
    assert project["scripts"]["lazpack-console"] == "lazpack.launcher:main"
    assert "lazpack" not in project["scripts"]  # one name, one kind of script


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    from lazpack.launcher import main

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"lazpack {__version__}"


def test_icons_are_rendered_from_the_svg() -> None:
    icons = ROOT / "resources" / "icons"
    png = (icons / "lazpack.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "lazpack.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes


@pytest.mark.parametrize(
    ("dest", "ships"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", True),
        ("PySide6/Qt/lib/libavcodec.so.63", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\Qt6Gui.dll", True),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6\\Qt6WebEngineCore.dll", False),
        ("PySide6/Qt/lib/libQt63DRender.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_th.qm", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),  # loaded for Chinese (#17)
        ("libgtk-3.so.0", False),
        ("libgdk-3.so.0", False),
        ("libxcb-cursor.so.0", True),
    ],
)
def test_bundle_rules(dest: str, ships: bool) -> None:
    assert bundle.keep(dest) is ships


def test_bundle_excludes_gtk_qml_and_pillows_optional_codecs() -> None:
    excluded = set(bundle.EXCLUDED_MODULES)
    assert {"gi", "tkinter", "PySide6.QtQml", "PySide6.QtQuick"} <= excluded
    # reportlab imports PIL.Image itself; only pillow's optional parts can stay out
    assert "PIL" not in excluded
    assert {"PIL._avif", "PIL._webp", "PIL._imagingft", "PIL.ImageTk", "PIL.ImageQt"} <= excluded


def test_licences_of_the_runtime_closure(tmp_path: Path) -> None:
    names = {d.metadata["Name"].lower() for d in bundle.runtime_distributions()}
    assert {"httpx", "reportlab", "qasync", "shiboken6"} <= names
    assert "pytest" not in names  # test extras never ship
    lines = bundle.write_licences(tmp_path, ROOT / "packaging")
    assert any(line.startswith("reportlab ") for line in lines)
    assert (
        (tmp_path / "LGPL-3.0.txt")
        .read_text()
        .startswith("                   GNU LESSER GENERAL PUBLIC LICENSE")
    )
    assert (tmp_path / "BUNDLED.txt").is_file()


def test_notices_and_licence_ship_as_resources() -> None:
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    notices = resource_path("THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    assert "LGPL-3.0" in notices
    assert "FFmpeg" in notices


def test_installer_wraps_the_spec_build() -> None:
    iss = (ROOT / "packaging" / "lazpack.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert r"dist\lazpack\*" in iss
    assert "{autostartup}" in iss
    assert "desktopicon" in iss


def test_readme_keeps_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/lazpack" in readme
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' "
        "&& .venv/bin/python -m pytest" in readme
    )
    assert "docs/design.md" in readme
    assert (ROOT / "docs" / "design.md").is_file()


def test_system_libraries_only_dropped_parts_needed_are_pruned() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/sys/libxcb-cursor.so.0", "BINARY"),
        ("libxcb.so.1", "/sys/libxcb.so.1", "BINARY"),
        ("libglib-2.0.so.0", "/sys/libglib-2.0.so.0", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),  # was the GTK theme's
        ("libpixman-1.so.0", "/sys/libpixman-1.so.0", "BINARY"),  # cairo's
        ("libpython3.11.so.1.0", "/sys/libpython3.11.so.1.0", "BINARY"),
        ("PIL/_imaging.so", "/p/_imaging.so", "EXTENSION"),
        ("pillow.libs/libjpeg-6dc8.so.62.4.0", "/p/libjpeg-6dc8.so.62.4.0", "BINARY"),
        ("pillow.libs/libavif-c606.so.16.4.2", "/p/libavif-c606.so.16.4.2", "BINARY"),
    ]
    links = {
        "/s/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/s/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/sys/libxcb-cursor.so.0": ["libxcb.so.1"],
        "/sys/libcairo.so.2": ["libpixman-1.so.0"],
        "/p/_imaging.so": ["libjpeg-6dc8.so.62.4.0"],
    }
    kept = {
        dest for dest, _src, _kind in bundle.prune_unreferenced(toc, lambda s: links.get(s, []))
    }
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libxcb.so.1",
        "libglib-2.0.so.0",
        "libpython3.11.so.1.0",
        "PIL/_imaging.so",
        "pillow.libs/libjpeg-6dc8.so.62.4.0",
    }
