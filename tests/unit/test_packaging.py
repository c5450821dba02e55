"""The wheel must carry every subpackage and the resources folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

from lazpack.config import resource_path

ROOT = Path(__file__).resolve().parents[2]


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
