"""``lazpack-emulator`` command line: options that exit before any server starts."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

from lazpack.emulator.cli import main


def test_version_prints_the_package_version_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    out, err = capsys.readouterr()
    assert out == f"lazpack-emulator {version('lazpack')}\n"
    assert err == ""


def test_version_from_the_module_entry_point() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lazpack.emulator", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"lazpack-emulator {version('lazpack')}"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--orders", "-1"], "--orders must be >= 0"),
        (["--fault-rate", "2"], "--fault-rate must be between 0 and 1"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_version_is_lazpacks_own_even_where_no_metadata_is_installed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A frozen bundle has no dist-info: the version comes from lazpack.__version__.
    import lazpack

    monkeypatch.setattr(lazpack, "__version__", "9.8.7")
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out == "lazpack-emulator 9.8.7\n"
