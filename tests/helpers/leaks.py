"""Look for secrets in everything a station leaves on disk (raw bytes, not parsed rows)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_SECRET, DEMO_REFRESH_TOKEN

#: The demo shop's secrets: what a station talking to the emulator holds.
DEMO_SECRETS = (DEMO_APP_SECRET, DEMO_ACCESS_TOKEN, DEMO_REFRESH_TOKEN)
#: Request fragments that would mean a signed URL or form was written down.
SIGNED_FRAGMENTS = ("sign=", "access_token=", "refresh_token=")


def leaks_in(paths: Iterable[Path], secrets: Iterable[str]) -> list[str]:
    """``"file: what"`` for every secret (also URL-quoted) or signed fragment found."""
    needles: list[tuple[str, bytes]] = []
    for secret in secrets:
        assert len(secret) >= 8, "a short secret would match by accident"
        needles.append((f"secret …{secret[-4:]}", secret.encode()))
        needles.append((f"secret …{secret[-4:]} (utf-16)", secret.encode("utf-16-le")))
    needles += [(f"{frag!r}", frag.encode()) for frag in SIGNED_FRAGMENTS]
    found: list[str] = []
    for path in paths:
        data = path.read_bytes()
        for what, needle in needles:
            if needle in data:
                found.append(f"{path.name}: {what}")
    return found


def station_files(data_dir: Path) -> list[Path]:
    """Every file under the station's data directory (journal, WAL, labels, exports)."""
    return sorted(p for p in data_dir.rglob("*") if p.is_file())
