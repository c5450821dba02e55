"""Copy diagnostics: what support needs, nothing personal or secret."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.config import Paths
from lazpack.diagnostics import redact_paths, report


def test_report_names_versions_paths_printers_and_audio(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path / "station")
    text = report(
        paths,
        qt={"Qt": "6.12.0"},
        printers=["Zebra_ZD420", "Office"],
        default_printer="Zebra_ZD420",
        audio_output="Speakers",
    )
    assert text.startswith(f"lazpack {__version__}")
    assert "Qt 6.12.0" in text
    assert "httpx " in text
    # the warehouse's database driver and the cipher of its shop secrets
    assert f"asyncpg {metadata.version('asyncpg')}" in text
    assert f"cryptography {metadata.version('cryptography')}" in text
    assert f"Data folder: {redact_paths(str(paths.data_dir))}" in text
    assert f"Log folder: {redact_paths(str(paths.log_dir))}" in text
    assert "Printers: Zebra_ZD420 (default), Office" in text
    assert "Audio output: Speakers" in text


def test_no_printer_and_no_audio_are_said_plainly(tmp_path: Path) -> None:
    text = report(Paths.for_data_dir(tmp_path))
    assert "Printers: none installed" in text
    assert "Audio output: none" in text


def test_home_user_and_secrets_are_redacted() -> None:
    secret = "S3cr3tAppSecretValue42"
    lazlog.register_secret(secret)
    home = Path("/home/somchai")
    text = redact_paths(
        f"log in {home}/lazpack/logs, user somchai, secret {secret}, access_token=abc123",
        home=home,
        user="somchai",
    )
    assert "/home/somchai" not in text
    assert "somchai" not in text
    assert secret not in text
    assert "abc123" not in text
    assert "~/lazpack/logs" in text
