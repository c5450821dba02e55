from __future__ import annotations

import json
from pathlib import Path

import pytest

from lazpack.config import Paths, Settings, ShopConfig
from lazpack.errors import ConfigError


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(packer="Ana")
    s.shops.append(ShopConfig(shop_id="sg-1", name="Shop", region="sg", app_key="123"))
    s.printer.paper = "A6"
    s.save(path)
    loaded = Settings.load(path)
    assert loaded.packer == "Ana"
    assert loaded.shops[0].app_key == "123"
    assert loaded.printer.paper == "A6"
    assert loaded.station_id == s.station_id


def test_unknown_keys_and_broken_shop_entries_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"packer": "Bo", "future_key": 1, "shops": [{"name": "x"}]}))
    loaded = Settings.load(path)
    assert loaded.packer == "Bo"
    assert loaded.shops == []


def test_corrupt_settings_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    with pytest.raises(ConfigError, match="cannot be read"):
        Settings.load(path)


def test_data_dir_keeps_everything_inside(tmp_path: Path) -> None:
    p = Paths.for_data_dir(tmp_path)
    for sub in (p.config_dir, p.data_dir, p.cache_dir, p.log_dir, p.journal_file):
        assert tmp_path.resolve() in sub.parents


def test_vietnamese_typing_setting_keeps_vni_and_refuses_an_unknown_method(
    tmp_path: Path,
) -> None:
    from lazpack.config import load_settings

    path = tmp_path / "settings.json"
    s = Settings()
    s.packing.scanner_composer = "vni"
    s.save(path)
    assert Settings.load(path).packing.scanner_composer == "vni"
    raw = json.loads(path.read_text())
    raw["packing"]["scanner_composer"] = "viqr"
    path.write_text(json.dumps(raw))
    loaded = load_settings(path)
    assert loaded.settings.packing.scanner_composer == "telex"
    assert any("scanner_composer" in p for p in loaded.problems), loaded.problems
