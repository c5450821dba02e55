"""Before Qt starts on a Linux desktop: are the system libraries of Qt's xcb plugin there?

Without them Qt aborts with "could not load the Qt platform plugin "xcb"" and nothing says
what to install. Each library is opened by its exact soname (the way Qt's plugin loads it),
and a missing one is named with the Debian/Ubuntu package that provides it. Qt-free.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: soname the xcb platform plugin (Qt 6) links against → Debian/Ubuntu package.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Will Qt pick the xcb plugin? Linux, an X display, and no other platform asked for."""
    if not platform.startswith("linux") or not env.get("DISPLAY"):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa:
        return qpa.split(";")[0].split(":")[0] == "xcb"
    # Qt prefers Wayland in a Wayland session and only then falls back to XWayland.
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def missing_xcb_packages(
    env: Mapping[str, str] | None = None,
    *,
    platform: str = sys.platform,
    loads: Callable[[str], bool] = _loads,
) -> list[str]:
    """The Debian/Ubuntu packages to install for Qt's xcb plugin; empty when nothing is missing
    (or when Qt will not use xcb at all)."""
    if not uses_xcb(os.environ if env is None else env, platform):
        return []
    return sorted({pkg for soname, pkg in XCB_LIBRARIES.items() if not loads(soname)})


def xcb_message(packages: list[str]) -> str:
    names = " ".join(packages)
    return (
        "lazpack cannot open its window: the X11 (xcb) libraries Qt needs are missing.\n"
        f"Install them, then start lazpack again:\n\n    sudo apt install {names}\n\n"
        "(Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms "
        "xcb-util-renderutil xcb-util-image libxkbcommon-x11)"
    )
