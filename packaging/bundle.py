"""What the frozen station ships, as rules the spec applies and the tests check.

PyInstaller's Qt hooks collect every plugin, translation and library a PySide6 module *might*
use; ``excludes=`` only removes Python modules. So the spec filters the collected binaries
and data files through ``keep()`` below. Pure Python (no PyInstaller import): the tests read
these rules too.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path, PurePosixPath

#: Python modules the station never imports (tests, tooling, GUI toolkits, optional extras).
EXCLUDED_MODULES = [
    "tkinter",
    # reportlab (>= 4) imports PIL.Image at import time, so pillow's core ships; its optional
    # codecs and toolkit bridges do not (labels are vector PDFs, no bitmaps are embedded)
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    "gi",
    "numpy",
    "pytest",
    "_pytest",
    "pytestqt",
    "zxingcpp",
    "lazop",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "IPython",
    # httpx's command-line client only
    "rich",
    "pygments",
    "markdown_it",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtVirtualKeyboard",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    # the Python bindings only: QtCharts links the C++ OpenGL libraries, which stay
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtAsyncio",
]

#: Qt plugin folder → the plugins of it the station uses (any platform); other folders go.
QT_PLUGINS: dict[str, set[str]] = {
    # xcb and wayland-less Linux desktops, Windows, and offscreen for the CI smoke test
    "platforms": {"qxcb", "qwindows", "qoffscreen", "qminimal"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # product images (jpeg/webp/png/gif), the .ico/.svg icons
    "imageformats": {"qjpeg", "qwebp", "qgif", "qico", "qsvg"},
    "iconengines": {"qsvgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    # QSoundEffect needs a media backend for its audio devices
    "multimedia": {"ffmpegmediaplugin"},
    # dead keys and IBus (Thai and Vietnamese typing) on Linux
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
}

#: Qt / system libraries that only dropped modules or plugins need.
_DROPPED_LIBS = re.compile(
    r"(^|/)(lib)?Qt6("
    r"Qml|Quick|VirtualKeyboard|WebEngine|WebChannel|WebSockets|WebView|3D|Wayland|WlShell|"
    r"EglFS|DataVisualization|Graphs|Designer|UiTools|Sql|Test|Labs|ShaderTools|Location|"
    r"Positioning|Sensors|Scxml|StateMachine|TextToSpeech|RemoteObjects|Bluetooth|Nfc|"
    r"SpatialAudio|Quick3D|Charts(Qml)|Pdf(Quick)|MultimediaQuick|Svg(Widgets)|Help"
    r")[^/]*$"
    r"|(^|/)lib(gtk-3|gdk-3|atk-1\.0|atk-bridge-2\.0|atspi|gdk_pixbuf-2\.0|cairo-gobject|epoxy|"
    r"cloudproviders|tracker-sparql|colord|lcms2|rest-|soup-|wayland-)[^/]*$",
    re.IGNORECASE,
)
# Qt's own translations: only qtbase for the station's languages is loaded
# (lazpack.ui.translations); every other catalogue is dead weight.
_TRANSLATIONS = re.compile(r"(^|/)PySide6/(Qt/)?translations/", re.IGNORECASE)
_QT_CATALOGUES_USED = re.compile(r"/qtbase_(th|vi|id|ms|fil|tl|zh_CN|zh)\.qm$", re.IGNORECASE)
_PLUGIN = re.compile(r"(^|/)PySide6/(Qt/)?plugins/(?P<dir>[^/]+)/(lib)?(?P<name>[^/.]+)")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) ships."""
    dest = str(PurePosixPath(dest.replace("\\", "/")))
    if _TRANSLATIONS.search(dest):
        return bool(_QT_CATALOGUES_USED.search(dest))
    m = _PLUGIN.search(dest)
    if m:
        return m.group("name") in QT_PLUGINS.get(m.group("dir"), set())
    return not _DROPPED_LIBS.search(dest)


def filter_toc(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep(entry[0])]


# top-level system libraries, and the ones auditwheel vendored beside a wheel (pillow.libs/)
_SYSTEM_LIB = re.compile(r"^([^/]+\.libs/)?lib[^/]*\.so(\.[0-9.]+)?$")


def prune_unreferenced(
    toc: list[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Linux: drop the system libraries (``libfoo.so.N`` at the bundle's top level, or vendored
    in ``<wheel>.libs/``) that no kept module, plugin or library links against any more: what
    only the dropped GTK theme (cairo, pango, harfbuzz, gio…) or pillow's dropped codecs
    (avif, webp, lcms2, freetype) needed. ``needed(src)`` lists a binary's DT_NEEDED names.
    libpython is kept: the bootloader loads it by path."""
    system = {dest: src for dest, src, _ in toc if _SYSTEM_LIB.match(dest)}
    others = [src for dest, src, _ in toc if dest not in system]
    by_name = {PurePosixPath(dest).name: dest for dest in system}
    reached = {d for d in system if d.startswith("libpython")}
    todo = others + [system[d] for d in reached]
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in needed(src):
            dest = by_name.get(PurePosixPath(name).name)
            if dest is not None and dest not in reached:
                reached.add(dest)
                todo.append(system[dest])
    return [entry for entry in toc if entry[0] not in system or entry[0] in reached]


# ------------------------------------------------------------------ licence notices
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def runtime_distributions(root: str = "lazpack") -> list[metadata.Distribution]:
    """lazpack's runtime dependency closure (no extras), as installed."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            todo.append(re.split(r"[\s\[<>=!~;(]", req, maxsplit=1)[0])
    seen.pop("lazpack", None)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def write_licences(dest: Path, packaging_dir: Path) -> list[str]:
    """Copy each bundled distribution's licence files, and the LGPL/GPL texts Qt, PySide6 and
    FFmpeg are shipped under, into ``dest``; returns one line per distribution."""
    dest.mkdir(parents=True, exist_ok=True)
    lines = []
    for dist in runtime_distributions():
        name = dist.metadata["Name"]
        lic = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        if not lic or len(lic) > 80:
            classifiers = dist.metadata.get_all("Classifier") or []
            lic = ", ".join(c.split(" :: ")[-1] for c in classifiers if c.startswith("License"))
        copied = 0
        for f in dist.files or []:
            if _LICENCE_FILE.search(f.name) and f.suffix not in (".py", ".pyc"):
                src = Path(str(f.locate()))
                if src.is_file():
                    (dest / name).mkdir(exist_ok=True)
                    shutil.copyfile(src, dest / name / f.name)
                    copied += 1
        lines.append(f"{name} {dist.version}: {lic or 'see its project page'}")
    for text in sorted((packaging_dir / "licenses").glob("*.txt")):
        shutil.copyfile(text, dest / text.name)
    (dest / "BUNDLED.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines
