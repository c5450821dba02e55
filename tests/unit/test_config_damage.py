"""Issue 13, cases 2 and 4: damaged or wrong-typed settings never lose anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lazpack.config import STATION_ID_FILE, Settings, ShopConfig, load_settings


def _saved(tmp_path: Path) -> tuple[Path, Settings]:
    path = tmp_path / "settings.json"
    s = Settings(packer="Ana")
    s.shops.append(ShopConfig(shop_id="sg-1", name="Shop", region="sg", app_key="123"))
    s.save(path)
    return path, s


@pytest.mark.parametrize(
    "damage",
    [
        b'{"packer": "Ana", "shops": [',  # truncated
        b"[]",
        b"null",
        '{"packer": "Ana"}'.encode("utf-16"),
        b"\x00\x00\x00",
    ],
    ids=["truncated", "list", "null", "utf16", "binary"],
)
def test_unreadable_settings_are_set_aside_byte_for_byte(tmp_path: Path, damage: bytes) -> None:
    path, before = _saved(tmp_path)
    path.write_bytes(damage)
    loaded = load_settings(path)
    assert loaded.set_aside is not None
    assert loaded.set_aside.read_bytes() == damage
    assert not path.exists()
    assert loaded.settings.station_id == before.station_id  # the identity survives
    assert any(loaded.set_aside.name in p for p in loaded.problems)
    # shutdown saves the defaults: the damaged original is still there, untouched
    loaded.settings.save(path)
    assert loaded.set_aside.read_bytes() == damage


def test_station_id_survives_a_deleted_settings_file(tmp_path: Path) -> None:
    path, before = _saved(tmp_path)
    path.unlink()
    assert load_settings(path).settings.station_id == before.station_id
    assert (tmp_path / STATION_ID_FILE).read_text().strip() == before.station_id


def test_an_older_settings_file_gives_its_station_id_to_the_identity_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"station_id": "oldst123", "packer": "Bo"}))
    assert load_settings(path).settings.station_id == "oldst123"
    path.write_text("{broken")
    assert load_settings(path).settings.station_id == "oldst123"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("journal_retention_days", "365"),
        ("sync_interval_s", "fast"),
        ("image_cache_mb", -5),
        ("ui", "maximised"),
        ("printer", []),
        ("packing", {"flow": "sideways", "sound": "yes"}),
        ("saved_providers", {"sg-1": "LEX"}),
        ("packers", "ana"),
        ("setup_done", "yes"),
    ],
)
def test_a_wrong_typed_field_falls_back_alone_and_is_named(
    tmp_path: Path, field: str, value: object
) -> None:
    path, _before = _saved(tmp_path)
    raw = json.loads(path.read_text())
    raw[field] = value
    original = json.dumps(raw).encode()
    path.write_bytes(original)
    loaded = load_settings(path)
    s = loaded.settings
    assert s.packer == "Ana" and s.shops[0].app_key == "123"  # the rest is kept
    assert any(field in p for p in loaded.problems), loaded.problems
    default = Settings()
    assert s.journal_retention_days == default.journal_retention_days
    assert s.sync_interval_s == default.sync_interval_s
    assert s.image_cache_mb == default.image_cache_mb
    assert isinstance(s.ui, dict)
    assert s.packing.flow == "order_first"
    assert loaded.set_aside is not None and loaded.set_aside.read_bytes() == original


def test_a_nested_map_with_a_bad_entry_falls_back_alone(tmp_path: Path) -> None:
    path, _before = _saved(tmp_path)
    raw = json.loads(path.read_text())
    raw["printer"]["page_choice"] = {"Zebra": 5}
    raw["printer"]["copies"] = 2
    path.write_text(json.dumps(raw))
    loaded = load_settings(path)
    assert loaded.settings.printer.page_choice == {}
    assert loaded.settings.printer.copies == 2
    assert any("printer.page_choice" in p for p in loaded.problems)


def test_a_shop_entry_without_its_key_is_left_out_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"shops": [{"name": "x"}, 5]}))
    loaded = load_settings(path)
    assert loaded.settings.shops == []
    assert any("shops[1]" in p for p in loaded.problems)
    assert any("shops[2]" in p for p in loaded.problems)


def test_a_folder_in_place_of_the_settings_file_is_a_message_and_nothing_changes(
    tmp_path: Path,
) -> None:
    from lazpack.errors import ConfigError

    path = tmp_path / "settings.json"
    path.mkdir()
    with pytest.raises(ConfigError, match="is a folder") as info:
        load_settings(path)
    assert info.value.hint
    assert path.is_dir() and list(path.iterdir()) == []


def test_good_settings_load_without_problems(tmp_path: Path) -> None:
    path, before = _saved(tmp_path)
    loaded = load_settings(path)
    assert loaded.problems == () and loaded.set_aside is None
    assert loaded.settings.packer == "Ana" and loaded.settings.station_id == before.station_id
