"""The ``lazpack`` entry point: what must happen before the station opens anything.

1. arguments (``--help`` and ``--version`` answer and exit here),
2. on a Linux desktop, the xcb libraries Qt needs (named with the package to install),
3. the data folder's lock (one station per folder; a second start brings the running
   window to the front, or says where it runs, and exits without touching the journal),
4. ``faulthandler`` into the log folder, the Qt application's identity and message log,
5. the station itself (``lazpack.app.main``) or ``--self-test``.

Qt-free itself: the Qt side lives in ``lazpack.ui.app_identity``.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
from pathlib import Path
from typing import IO

from lazpack import __version__
from lazpack.config import Paths
from lazpack.instance import AlreadyRunning, StationLock, server_name
from lazpack.platform_check import missing_xcb_packages, xcb_message

#: Exit codes a shortcut, a script or support can tell apart.
EXIT_ALREADY_RUNNING = 3
EXIT_MISSING_LIBRARIES = 4
EXIT_DATA_FOLDER = 5

_crash_file: IO[str] | None = None


def _say(text: str) -> None:
    """stderr when there is one (a Windows gui-script has none)."""
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)


def enable_faulthandler(log_dir: Path) -> Path:
    """Native crashes (a segfault inside Qt or a driver) leave their Python stacks here."""
    global _crash_file
    path = log_dir / "crash.log"
    if _crash_file is None:
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process life
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        _crash_file.write(f"--- lazpack {__version__} pid {os.getpid()} started {now}\n")
        _crash_file.flush()
        faulthandler.enable(_crash_file, all_threads=True)
    return path


def _already_running(err: AlreadyRunning) -> int:
    from lazpack.ui import app_identity

    app_identity.create_application()
    shown = app_identity.ask_running_station_to_show(server_name(err.folder))
    if shown:
        text = f"{err} Its window was brought to the front."
    else:
        text = (
            f"{err} It did not answer; if its window is not visible, end it (or wait for it "
            "to finish starting), or start this station with another --data-dir."
        )
    _say(text)
    if not shown:
        app_identity.tell_user("lazpack is already running", text)
    return EXIT_ALREADY_RUNNING


def cli_argv(argv: list[str]) -> list[str] | None:
    """``argv`` for ``lazpack.cli`` when it names a command (before or after the station's
    own --data-dir/--demo), else None: the station opens."""
    from lazpack.cli import COMMANDS

    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in COMMANDS:
            return [arg, *argv[:i], *argv[i + 1 :]]
        if arg == "--data-dir":
            i += 2
        elif arg.startswith("--data-dir=") or arg == "--demo":
            i += 1
        else:
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = cli_argv(argv)
    if command is not None:  # `lazpack orders ...`: no Qt, no station lock (see lazpack.cli)
        from lazpack import cli

        return cli.main(command)
    from lazpack.station_args import parse_args

    args = parse_args(argv)  # --help, --version and bad arguments end here
    packages = missing_xcb_packages()
    if packages:
        _say(xcb_message(packages))
        return EXIT_MISSING_LIBRARIES
    paths = Paths.for_data_dir(args.self_test or args.data_dir)
    lock = StationLock(paths.data_dir)
    try:
        lock.acquire()  # before the log, the settings and the journal are opened
    except AlreadyRunning as err:
        return _already_running(err)
    except OSError as err:
        _say(
            f"lazpack cannot use the data folder {lock.folder}: {err.strerror or err}. "
            "Check that it exists and that you may write to it, or pick another with --data-dir."
        )
        return EXIT_DATA_FOLDER
    try:
        paths.ensure()
        enable_faulthandler(paths.log_dir)
        from lazpack.ui import app_identity

        app_identity.create_application()
        app_identity.install_qt_message_handler()
        server = app_identity.StationServer(server_name(lock.folder))
        server.listen()
        if args.self_test is not None:
            from lazpack.selftest import run_self_test

            return run_self_test(paths, args.self_test.resolve())
        from lazpack import app

        return app.main(argv)
    finally:
        lock.release()
