"""Issue 13, case 10: a 400 KB gzip answer inflating to 400 MB stays bounded in memory."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_gzip_bomb_is_refused_within_bounded_memory() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tests.helpers.bomb_probe"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    m = re.search(r"peak_mb=([\d.]+) base_mb=([\d.]+) error=(.*)", out)
    assert m is not None, out
    peak, base, error = float(m.group(1)), float(m.group(2)), m.group(3)
    assert error.startswith("MalformedResponseError") and "larger than 8 MB" in error, error
    # the answer is read at most 8 MB deep (plus one inflated chunk): far from 400 MB
    assert peak - base < 64, out
