"""What support needs to know about a station, as text a packer can paste. Qt-free.

Versions, platform, paths, printers and audio device (the last two are gathered by the UI,
which owns Qt, and passed in). Everything goes through the log redactor, the user's home
folder becomes ``~`` and the account name ``<user>``: no secret and no personal path leaves.
"""

from __future__ import annotations

import getpass
import platform
import sys
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.config import Paths

#: The packages whose versions matter when something breaks.
PACKAGES = (
    "PySide6-Essentials",
    "qasync",
    "httpx",
    "keyring",
    "reportlab",
    "platformdirs",
    "asyncpg",  # the warehouse database driver
    "cryptography",  # the warehouse key (shop secrets in the database)
)


def package_versions(names: Sequence[str] = PACKAGES) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def redact_paths(text: str, home: Path | None = None, user: str | None = None) -> str:
    """Secrets (the log redactor), the home folder and the account name out of ``text``."""
    text = lazlog.redact(text)
    home = Path.home() if home is None else home
    for form in {str(home), home.as_posix()}:
        if len(form) > 1:
            text = text.replace(form, "~")
    if user is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no account name (some containers): nothing to hide
            user = ""
    if len(user) >= 3:
        text = text.replace(user, "<user>")
    return text


def report(
    paths: Paths,
    *,
    qt: Mapping[str, str] | None = None,
    printers: Sequence[str] = (),
    default_printer: str = "",
    audio_output: str = "",
    extra: Mapping[str, str] | None = None,
) -> str:
    """The diagnostics text (redacted)."""
    lines = [
        f"lazpack {__version__}" + (" (frozen build)" if getattr(sys, "frozen", False) else ""),
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Platform {platform.platform()} ({platform.machine()})",
    ]
    lines += [f"{k} {v}" for k, v in (qt or {}).items()]
    lines += [f"{name} {version}" for name, version in package_versions().items()]
    lines.append("")
    lines.append(f"Data folder: {paths.data_dir}")
    lines.append(f"Settings folder: {paths.config_dir}")
    lines.append(f"Cache folder: {paths.cache_dir}")
    lines.append(f"Log folder: {paths.log_dir}")
    lines.append("")
    shown = [f"{p}{' (default)' if p == default_printer else ''}" for p in printers]
    lines.append("Printers: " + (", ".join(shown) if shown else "none installed"))
    lines.append(f"Audio output: {audio_output or 'none'}")
    lines += [f"{k}: {v}" for k, v in (extra or {}).items()]
    return redact_paths("\n".join(lines)) + "\n"
