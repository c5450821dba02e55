"""The station's command line (``lazpack [--demo] [--data-dir DIR] [--database URL] ...``),
Qt-free: ``lazpack --help`` and ``--version`` answer without importing Qt. The window-less
commands (``lazpack orders|pick-list|...``) have their own parser in ``lazpack.cli``."""

from __future__ import annotations

import argparse
from pathlib import Path

from lazpack import __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="lazpack",
        description="Packing station for Lazada sellers.",
        epilog="Commands without a window: orders, pick-list, labels, catalogue, journal "
        "(lazpack COMMAND --help).",
    )
    p.add_argument("--demo", action="store_true", help="open the built-in demo shop")
    p.add_argument("--data-dir", type=Path, default=None, help="keep all state in this folder")
    p.add_argument(
        "--database",
        default="",
        metavar="URL",
        help="share a warehouse database with other stations: postgresql://user@host/dbname "
        "(password from the PostgreSQL password file); default: the address saved in "
        "Settings > Warehouse (its password in the keyring), else this PC's own journal",
    )
    p.add_argument(
        "--emulator-url",
        default="",
        metavar="URL",
        help="with --demo: the demo shop of a running lazpack-emulator (http://127.0.0.1:PORT/rest)",
    )
    # packaging (issue 14): identity and the frozen build's check; lazpack.launcher acts on them
    p.add_argument("--version", action="version", version=f"lazpack {__version__}")
    p.add_argument(
        "--self-test", type=Path, metavar="DIR", help="check this install in scratch folder DIR"
    )
    p.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log verbosity (default INFO)",
    )
    return p.parse_args(argv)
