"""The client's call budget comes from the settings (``Settings.api``), checked: a bad
value falls back to its default and the packer is told, through the station core."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from lazpack.config import ApiSettings, Paths, Settings, load_settings
from lazpack.station import StationCore
from lazpack.station_wiring import budgeted_clients, demo_shop, shared_demo_shop


def test_good_values_are_kept() -> None:
    checked, problems = ApiSettings(rate_limit_per_s=5, max_concurrency=3).checked()
    assert (checked.rate_limit_per_s, checked.max_concurrency) == (5.0, 3)
    assert problems == []
    unlimited, problems = ApiSettings(rate_limit_per_s=0, max_concurrency=1).checked()
    assert unlimited.rate_limit_per_s == 0.0 and problems == []


@pytest.mark.parametrize(
    ("rate", "slots", "bad"),
    [
        (-1, 8, ["rate_limit_per_s"]),
        (math.nan, 8, ["rate_limit_per_s"]),
        (math.inf, 8, ["rate_limit_per_s"]),
        ("fast", 8, ["rate_limit_per_s"]),
        (40, 0, ["max_concurrency"]),
        (40, 2.5, ["max_concurrency"]),
        (40, True, ["max_concurrency"]),
        (None, 500, ["rate_limit_per_s", "max_concurrency"]),
    ],
)
def test_a_bad_value_falls_back_to_its_default_with_a_message(
    rate: object, slots: object, bad: list[str]
) -> None:
    checked, problems = ApiSettings(rate, slots).checked()  # type: ignore[arg-type]
    assert checked == ApiSettings(
        rate_limit_per_s=40.0 if "rate_limit_per_s" in bad else float(rate),  # type: ignore[arg-type]
        max_concurrency=8 if "max_concurrency" in bad else slots,  # type: ignore[arg-type]
    )
    assert [p.split()[0] for p in problems] == [f"api.{name}" for name in bad]


def test_settings_file_round_trips_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(api=ApiSettings(rate_limit_per_s=12.5, max_concurrency=4)).save(path)
    loaded = Settings.load(path)
    assert loaded.api == ApiSettings(rate_limit_per_s=12.5, max_concurrency=4)


def test_the_core_builds_every_client_with_the_checked_budget(tmp_path: Path) -> None:
    paths = Paths.for_data_dir(tmp_path)
    paths.ensure()
    paths.settings_file.write_text(
        json.dumps({"api": {"rate_limit_per_s": "lots", "max_concurrency": 3}}), encoding="utf-8"
    )
    # The settings loader checks each field (issue 13): the bad budget falls back alone and
    # is named in the problems the packer is shown at start-up.
    loaded = load_settings(paths.settings_file)
    assert [p for p in loaded.problems if "api.rate_limit_per_s" in p], loaded.problems
    core = StationCore(loaded.settings, paths)
    try:
        assert core.api == ApiSettings(rate_limit_per_s=40.0, max_concurrency=3)
        client = core.clients(app_key="k", app_secret="s", region="sg", base_url="")
        assert client.max_concurrency == 3
        assert client._limiter.rate == 40.0  # the budget the client enforces
    finally:
        core.close()


@pytest.mark.asyncio
async def test_the_demo_shop_and_configured_clients_take_the_budget() -> None:
    api = ApiSettings(rate_limit_per_s=7.0, max_concurrency=2)
    client = budgeted_clients(api)(
        app_key="k", app_secret="s", region="", base_url="http://127.0.0.1:9/rest"
    )
    assert (client._limiter.rate, client.max_concurrency) == (7.0, 2)
    await client.aclose()
    demo = demo_shop(orders=1, seed=1, api=api)
    port = demo.port
    assert (port._limiter.rate, port.max_concurrency) == (7.0, 2)  # type: ignore[attr-defined]
    await demo.aclose()


@pytest.mark.asyncio
async def test_the_shared_demo_shop_takes_the_budget() -> None:
    # --demo --emulator-url: the shared emulator's client had the client's defaults.
    api = ApiSettings(rate_limit_per_s=7.0, max_concurrency=2)
    shared = shared_demo_shop("http://127.0.0.1:9/rest", api=api)
    port = shared.port
    assert (port._limiter.rate, port.max_concurrency) == (7.0, 2)  # type: ignore[attr-defined]
    await shared.aclose()


def test_checked_applies_the_rules_of_the_settings_file(tmp_path: Path) -> None:
    """One set of rules: what ``checked`` says about a value is what loading it says."""
    path = tmp_path / "settings.json"
    for rate, slots in ((-1, 8), (40, 65), (1000.5, 0)):
        path.write_text(
            json.dumps({"api": {"rate_limit_per_s": rate, "max_concurrency": slots}}),
            encoding="utf-8",
        )
        loaded = load_settings(path)
        checked, problems = ApiSettings(rate, slots).checked()
        assert checked == loaded.settings.api
        assert [f"settings.json: {p}" for p in problems] == list(loaded.problems[:-1])
