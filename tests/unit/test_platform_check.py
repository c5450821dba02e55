"""Missing xcb libraries are named with the package to install, before Qt can abort."""

from __future__ import annotations

from lazpack.platform_check import XCB_LIBRARIES, missing_xcb_packages, uses_xcb, xcb_message

X11 = {"DISPLAY": ":0"}


def test_xcb_is_used_on_an_x11_desktop_only() -> None:
    assert uses_xcb(X11, "linux")
    assert uses_xcb({**X11, "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({**X11, "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({**X11, "QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not uses_xcb({}, "linux")  # no display: Qt will say so itself
    assert not uses_xcb(X11, "win32")
    wayland = {**X11, "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert not uses_xcb(wayland, "linux")
    assert uses_xcb({**wayland, "QT_QPA_PLATFORM": "xcb"}, "linux")


def test_missing_libraries_are_named_by_package() -> None:
    absent = {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}
    packages = missing_xcb_packages(X11, platform="linux", loads=lambda so: so not in absent)
    assert packages == ["libxcb-cursor0", "libxkbcommon-x11-0"]
    message = xcb_message(packages)
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in message


def test_nothing_missing_or_not_xcb_means_no_message() -> None:
    assert missing_xcb_packages(X11, platform="linux", loads=lambda so: True) == []
    checked: list[str] = []

    def loads(so: str) -> bool:
        checked.append(so)
        return False

    assert (
        missing_xcb_packages({"QT_QPA_PLATFORM": "offscreen"}, platform="linux", loads=loads) == []
    )
    assert checked == []  # nothing probed when Qt will not use xcb


def test_the_table_covers_what_the_plugin_links() -> None:
    # ldd PySide6/Qt/lib/libQt6XcbQpa.so.6 (Qt 6.12): the X11 libraries it needs
    assert {
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-render-util.so.0",
        "libxcb-image.so.0",
        "libxkbcommon-x11.so.0",
    } <= set(XCB_LIBRARIES)
