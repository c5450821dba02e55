"""What a test needs from the machine: skipped locally when it is missing, a failure in CI.

CI (``CI=true``, as ``.ci/run`` exports) installs everything the suite needs, so a test that
would skip there for want of a tool, a server or a printer proves nothing and must fail
instead; on a developer's machine the same test skips with the reason (and how to get it).
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(condition: bool, reason: str) -> None:
    """Go on when ``condition`` holds; otherwise skip with ``reason`` — or fail under CI."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"CI must run this test, but {reason}", pytrace=False)
    pytest.skip(reason)


def require_printer(condition: bool, reason: str) -> None:
    """``require`` for what needs the A4 CUPS queue ``.ci/run`` adds. CI goes without it only
    where ``.ci/run`` could not add it (not root, or ``LAZPACK_CI_CUPS=0``: it then exports
    ``LAZPACK_CI_CUPS=0``), and there the test skips."""
    if not condition and os.environ.get("LAZPACK_CI_CUPS") == "0":
        pytest.skip(f"{reason} (LAZPACK_CI_CUPS=0: no CUPS queue was added)")
    require(condition, reason)
