"""Typed settings (no secrets) and the station's paths.

Settings are a JSON file in the config directory; the journal, caches and logs live under
the data directory. ``--data-dir DIR`` puts everything under DIR (tests, second stations).
Secrets never go here: they live in the OS keyring (``lazpack.credentials``).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from lazpack.errors import ConfigError

APP_NAME = "lazpack"


def resources_dir() -> Path:
    """The sounds/icons/styles folder, wherever lazpack runs from.

    A wheel ships it as the ``lazpack.resources`` package; an editable checkout has it at
    the repo root; a PyInstaller bundle puts it beside the executable's modules.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    try:
        spec = importlib.util.find_spec("lazpack.resources")
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@dataclass(frozen=True, slots=True)
class Paths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def labels_dir(self) -> Path:
        return self.cache_dir / "labels"

    @property
    def images_dir(self) -> Path:
        return self.cache_dir / "images"

    @classmethod
    def for_data_dir(cls, data_dir: Path | None) -> Paths:
        if data_dir is not None:
            d = data_dir.resolve()
            return cls(d / "config", d / "data", d / "cache", d / "logs")
        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        for p in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            p.mkdir(parents=True, exist_ok=True)


@dataclass(slots=True)
class ShopConfig:
    """A connected shop. The app secret and tokens are in the keyring under ``shop_id``."""

    shop_id: str
    name: str
    region: str  # sg my th ph id vn, or "cb" for cross-border
    app_key: str
    redirect_uri: str = ""
    seller_ids: dict[str, str] = field(default_factory=dict)  # country -> seller_id
    base_url: str = ""  # override (emulator); empty = the regional gateway


@dataclass(slots=True)
class PrinterSettings:
    printer_name: str = ""  # empty = ask with the system print dialog
    paper: str = "100x150mm"  # 100x150mm, A6, 4x6in, A4
    orientation: str = "portrait"
    copies: int = 1
    #: printer name -> "label" (use the label size) or "paper" (the printer's own paper),
    #: the answer to a page mismatch, remembered so it is asked once per printer
    page_choice: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class PackingSettings:
    # After every item is verified: the last step done automatically.
    # one of "verify", "pack", "label", "rts"
    auto_until: str = "rts"
    provider_choice: str = "platform"  # platform | saved | ask
    flow: str = "order_first"  # order_first | label_first
    confirm_label_scan: bool = False
    sound: bool = True
    scanner_serial_port: str = ""  # empty = keyboard wedge only
    sound_device: str = ""  # audio output id (hex); empty = the system default


@dataclass(slots=True)
class ApiSettings:
    """The Lazada client's budget per app key: calls per second (0 = no limit of our own;
    Lazada's limit still answers ApiCallLimit and is honoured) and calls in flight."""

    rate_limit_per_s: float = 40.0
    max_concurrency: int = 8

    def checked(self) -> tuple[ApiSettings, list[str]]:
        """These settings with each bad value replaced by its default, and what was wrong."""
        good, problems = ApiSettings(), []
        rate, slots = self.rate_limit_per_s, self.max_concurrency
        if isinstance(rate, int | float) and not isinstance(rate, bool) and 0 <= rate <= 1000:
            good.rate_limit_per_s = float(rate)
        else:
            problems.append(
                f"api.rate_limit_per_s {rate!r} is not a number of calls per second from 0 "
                f"(no limit) to 1000; using {good.rate_limit_per_s:g}."
            )
        if isinstance(slots, int) and not isinstance(slots, bool) and 1 <= slots <= 64:
            good.max_concurrency = slots
        else:
            problems.append(
                f"api.max_concurrency {slots!r} is not a whole number from 1 to 64; "
                f"using {good.max_concurrency}."
            )
        return good, problems


@dataclass(slots=True)
class Settings:
    station_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    packer: str = ""
    #: the desk's packers (their cards log in by scan); set up in Station → Set up this desk
    packers: list[str] = field(default_factory=list)
    #: the first-start set-up ran to its end (skipped steps included)
    setup_done: bool = False
    shops: list[ShopConfig] = field(default_factory=list)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    packing: PackingSettings = field(default_factory=PackingSettings)
    sync_interval_s: int = 60
    api: ApiSettings = field(default_factory=ApiSettings)
    journal_retention_days: int = 365
    image_cache_mb: int = 200
    #: shop_id -> {allocate_type: provider_code}
    saved_providers: dict[str, dict[str, str]] = field(default_factory=dict)
    ui: dict[str, Any] = field(default_factory=dict)  # geometry, column widths, tab

    # ------------------------------------------------------------------ io
    @classmethod
    def load(cls, path: Path) -> Settings:
        if not path.exists():
            return cls()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ConfigError(
                f"The settings file {path} cannot be read: {err}",
                hint="Fix or delete the file; lazpack will start with defaults.",
            ) from err
        settings: Settings = _from_dict(cls, raw)
        return settings

    def save(self, path: Path) -> None:
        """Atomic write: a crash never leaves a half-written settings file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            Path(tmp).replace(path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _from_dict(cls: Any, raw: Any) -> Any:
    """Tolerant loader: unknown keys are dropped, missing ones take defaults."""
    if not isinstance(raw, dict):
        return cls()
    kwargs: dict[str, Any] = {}
    hints = {f.name: f for f in dataclasses.fields(cls)}
    nested = {
        "printer": PrinterSettings,
        "packing": PackingSettings,
        "api": ApiSettings,
    }
    for key, value in raw.items():
        if key not in hints:
            continue
        if key in nested and cls is Settings:
            kwargs[key] = _from_dict(nested[key], value)
        elif key == "shops" and cls is Settings and isinstance(value, list):
            shops = (_from_dict(ShopConfig, v) for v in value if isinstance(v, dict))
            kwargs[key] = [s for s in shops if s is not None]
        else:
            kwargs[key] = value
    try:
        return cls(**kwargs)
    except TypeError:
        # a record missing required fields (a hand-edited shop entry) is dropped
        return None if cls is ShopConfig else cls()
