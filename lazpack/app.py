"""Composition root (placeholder until the station window lands)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("lazpack: the station window is not built yet")
