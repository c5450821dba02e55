"""Typed settings (no secrets) and the station's paths.

Settings are a JSON file in the config directory; the journal, caches and logs live under
the data directory. ``--data-dir DIR`` puts everything under DIR (tests, second stations).
Secrets never go here: they live in the OS keyring (``lazpack.credentials``).
"""

from __future__ import annotations

import dataclasses
import errno
import importlib.util
import json
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field
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

    @property
    def videos_dir(self) -> Path:
        """Packing clips when ``video.folder`` is empty."""
        return self.data_dir / "videos"

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
        """Create the folders; a file in the way of any of them fails before any is made."""
        folders = (self.config_dir, self.data_dir, self.cache_dir, self.log_dir)
        for p in folders:
            if p.exists() and not p.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "A file is in the way", str(p))
        for p in folders:
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
    #: the Vietnamese input method a wedge scan may be rewritten by: "telex" | "vni"
    scanner_composer: str = "telex"
    sound_device: str = ""  # audio output id (hex); empty = the system default


@dataclass(slots=True)
class VideoSettings:
    """Packing video (issue 16): one clip per order, started and stopped by the workflow.

    Off unless the shop turns it on. ``camera`` is a camera id (``QCameraDevice.id()`` as
    hex), ``"default"`` (the PC's default camera) or ``"test"`` (a synthetic moving test
    pattern, for trying the feature on a PC with no camera). ``folder`` empty = the data
    folder's ``videos``. Clips older than ``retention_days`` or beyond ``disk_budget_mb``
    (oldest first) are deleted; 0 keeps them. ``require_video``: no order is opened while
    the camera is not recording."""

    enabled: bool = False
    camera: str = "default"
    folder: str = ""
    resolution: str = "1280x720"
    fps: int = 15
    retention_days: int = 60
    disk_budget_mb: int = 20_000
    require_video: bool = False
    #: a clip nobody scanned into for this long is stopped (a forgotten order)
    idle_stop_s: int = 600


@dataclass(slots=True)
class ApiSettings:
    """The Lazada client's budget per app key: calls per second (0 = no limit of our own;
    Lazada's limit still answers ApiCallLimit and is honoured) and calls in flight."""

    rate_limit_per_s: float = 40.0
    max_concurrency: int = 8

    def checked(self) -> tuple[ApiSettings, list[str]]:
        """These settings with each bad value replaced by its default, and what was wrong:
        the same rules (``_FLOAT_RANGES``/``_RANGES``) that loading the settings file applies,
        for settings built in code."""
        problems: list[str] = []
        good = _record(ApiSettings, dataclasses.asdict(self), "api.", problems)
        assert isinstance(good, ApiSettings)
        return good, problems


@dataclass(slots=True)
class Settings:
    station_id: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    packer: str = ""
    #: UI language code (lazpack.i18n.LANGUAGES); empty = the PC's language
    language: str = ""
    #: the desk's packers (their cards log in by scan); set up in Station → Set up this desk
    packers: list[str] = field(default_factory=list)
    #: the first-start set-up ran to its end (skipped steps included)
    setup_done: bool = False
    shops: list[ShopConfig] = field(default_factory=list)
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    packing: PackingSettings = field(default_factory=PackingSettings)
    sync_interval_s: int = 60
    api: ApiSettings = field(default_factory=ApiSettings)
    video: VideoSettings = field(default_factory=VideoSettings)
    journal_retention_days: int = 365
    image_cache_mb: int = 200
    #: the warehouse database (postgresql://user@server/database) this station shares with
    #: others, set in Settings → Warehouse; never with its password (that is in the keyring).
    #: Empty: this PC's own journal. ``--database`` wins over it.
    warehouse_url: str = ""
    #: shop_id -> {allocate_type: provider_code}
    saved_providers: dict[str, dict[str, str]] = field(default_factory=dict)
    ui: dict[str, Any] = field(default_factory=dict)  # geometry, column widths, tab

    # ------------------------------------------------------------------ io
    @classmethod
    def load(cls, path: Path) -> Settings:
        """Strict read: an unreadable file raises ``ConfigError``; bad fields fall back alone.

        The station starts through :func:`load_settings`, which also sets an unreadable
        file aside and reports every field it could not use.
        """
        if not path.exists():
            return cls(station_id=station_identity(path.parent, None))
        raw = _read_json(path)
        settings, _problems = _settings_from(raw)
        settings.station_id = station_identity(path.parent, settings.station_id)
        return settings

    def save(self, path: Path) -> None:
        """Atomic write: a crash never leaves a half-written settings file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        station_identity(path.parent, self.station_id)
        data = json.dumps(dataclasses.asdict(self), indent=2, ensure_ascii=False)
        _atomic_write(path, data.encode("utf-8"), prefix=".settings-")


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """What start-up learned reading ``settings.json``.

    ``problems`` name each field that could not be used (it took its default) and, for an
    unreadable file, where its bytes were set aside; the station shows them at start.
    """

    settings: Settings
    problems: tuple[str, ...] = ()
    set_aside: Path | None = None


STATION_ID_FILE = "station-id"
_STATION_ID_RE = re.compile(r"^[A-Za-z0-9_-]{4,64}$")


def station_identity(config_dir: Path, candidate: str | None, *, write: bool = True) -> str:
    """The station's id, kept in its own one-line file beside the settings.

    The journal keys open intents and the saved session by this id, so it must outlive a
    damaged or deleted ``settings.json``: the file is written once and read first; a valid
    ``candidate`` (the id an older settings file carried) is adopted when there is no file
    yet; otherwise a new id is made. When the file cannot be written the id still works for
    this run (a message is logged by the caller's save). ``write=False`` only reads (start-up
    writes the file once the station opened, so a failed start changes nothing).
    """
    file = config_dir / STATION_ID_FILE
    try:
        stored = file.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        stored = ""
    except (OSError, ValueError):
        stored = ""
    if _STATION_ID_RE.match(stored):
        return stored
    sid = candidate if candidate and _STATION_ID_RE.match(candidate) else _new_station_id()
    if not write:
        return sid
    try:
        config_dir.mkdir(parents=True, exist_ok=True)
        _atomic_write(file, (sid + "\n").encode("ascii"), prefix=".station-id-")
    except OSError:
        pass  # a read-only config folder: the settings save reports it
    return sid


def load_settings(path: Path, *, write_identity: bool = True) -> LoadedSettings:
    """Read ``settings.json`` for start-up; never loses what was in it.

    * missing file: defaults (a first start);
    * unreadable file (not UTF-8 JSON, truncated, ``[]``, ``null``, UTF-16…): the file is
      moved aside byte-for-byte to ``settings.damaged-<time>.json`` and defaults are used,
      so nothing saved later can overwrite it; if it cannot be moved, ``ConfigError`` says
      so and nothing on disk is changed;
    * readable file with bad fields: each bad field takes its default alone and is named
      in ``problems``; a copy of the file as it was is kept (``settings.rejected-…``) because
      the next save rewrites those fields.

    The station id comes from its own file (:func:`station_identity`), never lost with
    the settings.
    """
    config_dir = path.parent
    try:
        present = path.exists()
        if present and path.is_dir():
            raise ConfigError(
                f"The settings file {path} is a folder.",
                hint="Move that folder away (lazpack keeps its settings in that file); "
                "then start lazpack again.",
            )
    except OSError as err:
        raise ConfigError(
            f"The settings file {path} cannot be checked: {err.strerror or err}",
            hint="Check the folder's permissions; then start lazpack again.",
        ) from err
    if not present:
        sid = station_identity(config_dir, None, write=write_identity)
        return LoadedSettings(Settings(station_id=sid))
    try:
        raw = _read_json(path)
    except ConfigError as err:
        aside = _set_aside(path, "damaged", err)
        settings = Settings(station_id=station_identity(config_dir, None, write=write_identity))
        msg = (
            f"The settings file could not be read ({err.user_message.split(': ', 1)[-1]}). "
            f"It was kept unchanged as {aside.name}; lazpack started with default settings."
        )
        return LoadedSettings(settings, (msg,), aside)
    settings, problems = _settings_from(raw)
    settings.station_id = station_identity(config_dir, settings.station_id, write=write_identity)
    if not problems:
        return LoadedSettings(settings)
    copy = _unique(path, "rejected")
    try:
        shutil.copyfile(path, copy)
    except OSError as err:
        raise ConfigError(
            f"The settings file {path} has fields lazpack cannot use and no copy of it can "
            f"be kept ({err.strerror or err}).",
            hint="Check that the settings folder is writable, or fix: " + "; ".join(problems),
        ) from err
    kept = f"The file as it was is kept as {copy.name}."
    return LoadedSettings(settings, (*(f"settings.json: {p}" for p in problems), kept), copy)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ConfigError(
            f"The settings file {path} cannot be read: {err.strerror or err}",
            hint="Check the file's permissions; lazpack will start with defaults.",
        ) from err
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as err:
        why = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else "not valid JSON"
        raise ConfigError(
            f"The settings file {path} cannot be read: {why}",
            hint="Fix or delete the file; lazpack will start with defaults.",
        ) from err
    if not isinstance(raw, dict):
        raise ConfigError(
            f"The settings file {path} cannot be read: it holds "
            f"{'null' if raw is None else type(raw).__name__}, not settings",
            hint="Fix or delete the file; lazpack will start with defaults.",
        )
    return raw


def _unique(path: Path, what: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{what}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{what}-{stamp}-{n}{path.suffix}")
    return candidate


def _set_aside(path: Path, what: str, why: ConfigError) -> Path:
    aside = _unique(path, what)
    try:
        path.replace(aside)  # a rename: the bytes are the damaged file's, exactly
    except OSError as err:
        raise ConfigError(
            f"{why.user_message}; it cannot be moved aside ({err.strerror or err}).",
            hint=f"Move or delete {path} yourself (lazpack will not overwrite it); "
            "then start lazpack again.",
        ) from err
    return aside


def _atomic_write(path: Path, data: bytes, *, prefix: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _new_station_id() -> str:
    return uuid.uuid4().hex[:8]


# ------------------------------------------------------------------ validation
#: Allowed values of enumerated text fields; anything else falls back to the default.
_CHOICES: dict[tuple[type, str], frozenset[str]] = {
    (PackingSettings, "auto_until"): frozenset({"verify", "pack", "label", "rts"}),
    (PackingSettings, "provider_choice"): frozenset({"platform", "saved", "ask"}),
    (PackingSettings, "flow"): frozenset({"order_first", "label_first"}),
    (PackingSettings, "scanner_composer"): frozenset({"telex", "vni"}),
    (PrinterSettings, "orientation"): frozenset({"portrait", "landscape"}),
    (VideoSettings, "resolution"): frozenset(
        {"320x240", "640x360", "640x480", "1280x720", "1920x1080"}
    ),
}
#: Inclusive ranges of whole-number fields.
_RANGES: dict[tuple[type, str], tuple[int, int]] = {
    (Settings, "sync_interval_s"): (5, 86_400),
    (Settings, "journal_retention_days"): (1, 36_500),
    (Settings, "image_cache_mb"): (0, 100_000),
    (PrinterSettings, "copies"): (1, 99),
    (ApiSettings, "max_concurrency"): (1, 64),
    (VideoSettings, "fps"): (1, 60),
    (VideoSettings, "retention_days"): (0, 36_500),
    (VideoSettings, "disk_budget_mb"): (0, 10_000_000),
    (VideoSettings, "idle_stop_s"): (30, 86_400),
}
#: Inclusive ranges of number fields.
_FLOAT_RANGES: dict[tuple[type, str], tuple[float, float]] = {
    (ApiSettings, "rate_limit_per_s"): (0.0, 1000.0),
}
#: Settings' nested records.
_NESTED: dict[str, type] = {
    "printer": PrinterSettings,
    "packing": PackingSettings,
    "api": ApiSettings,
    "video": VideoSettings,
}


def _settings_from(raw: dict[str, Any]) -> tuple[Settings, list[str]]:
    problems: list[str] = []
    obj = _record(Settings, raw, "", problems)
    assert isinstance(obj, Settings)
    return obj, problems


def _record(cls: Any, raw: Mapping[str, Any], where: str, problems: list[str]) -> Any:
    """One dataclass from a JSON object, field by field: a bad field takes its default."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in raw:
            continue
        name = f"{where}{f.name}"
        value = raw[f.name]
        default: Any = None
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = f.default_factory()
        ok, clean, why = _field(cls, f.name, value, default, name, problems)
        if ok:
            kwargs[f.name] = clean
        else:
            problems.append(f"{name} {why}; using the default")
    return cls(**kwargs)


def _field(
    cls: Any, key: str, value: Any, default: Any, name: str, problems: list[str]
) -> tuple[bool, Any, str]:
    """``(usable, value, why-not)`` for one field."""
    if cls is Settings and key in _NESTED:
        if not isinstance(value, dict):
            return False, None, "is not an object"
        return True, _record(_NESTED[key], value, f"{name}.", problems), ""
    if cls is Settings and key == "shops":
        if not isinstance(value, list):
            return False, None, "is not a list"
        return True, _shops(value, problems), ""
    if key in ("saved_providers", "seller_ids"):
        return _str_map(value, nested=key == "saved_providers")
    if key == "ui":
        return (True, value, "") if isinstance(value, dict) else (False, None, "is not an object")
    if key == "station_id":
        ok = isinstance(value, str) and bool(_STATION_ID_RE.match(value))
        return ok, value, "is not a station id"
    if isinstance(default, dict):
        return _str_map(value, nested=False)
    if isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return False, None, "is not a list of texts"
        return True, value, ""
    if isinstance(default, bool):
        return (True, value, "") if isinstance(value, bool) else (False, None, "is not true/false")
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False, None, "is not a number"
        flo, fhi = _FLOAT_RANGES.get((cls, key), (float("-inf"), float("inf")))
        if not flo <= value <= fhi:  # NaN fails this too
            return False, None, f"is outside {flo:g}..{fhi:g}"
        return True, float(value), ""
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            return False, None, "is not a whole number"
        lo, hi = _RANGES.get((cls, key), (-(2**31), 2**31))
        if not lo <= value <= hi:
            return False, None, f"is outside {lo}..{hi}"
        return True, value, ""
    if isinstance(default, str) or cls is ShopConfig:
        if not isinstance(value, str):
            return False, None, "is not text"
        choices = _CHOICES.get((cls, key))
        if choices is not None and value not in choices:
            return False, None, f"is not one of {', '.join(sorted(choices))}"
        return True, value, ""
    return True, value, ""


def _str_map(value: Any, *, nested: bool) -> tuple[bool, Any, str]:
    if not isinstance(value, dict):
        return False, None, "is not an object"
    for k, v in value.items():
        if nested:
            if not isinstance(v, dict) or not all(
                isinstance(a, str) and isinstance(b, str) for a, b in v.items()
            ):
                return False, None, f"has an unusable entry {str(k)[:40]!r}"
        elif not isinstance(v, str):
            return False, None, f"has an unusable entry {str(k)[:40]!r}"
    return True, value, ""


def shop_from_dict(raw: Mapping[str, Any]) -> tuple[ShopConfig | None, list[str]]:
    """One shop from its JSON form (the warehouse database keeps them so), with the
    problems found; None if it is unusable."""
    problems: list[str] = []
    shops = _shops([dict(raw)], problems)
    return (shops[0] if shops else None), problems


def _shops(value: list[Any], problems: list[str]) -> list[ShopConfig]:
    shops: list[ShopConfig] = []
    required = [
        f.name
        for f in dataclasses.fields(ShopConfig)
        if f.default is MISSING and f.default_factory is MISSING
    ]
    for n, entry in enumerate(value, start=1):
        where = f"shops[{n}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} is not a shop; it was left out")
            continue
        missing = [k for k in required if not isinstance(entry.get(k), str) or not entry.get(k)]
        if missing:
            problems.append(f"{where} has no {', '.join(missing)}; it was left out")
            continue
        shops.append(_record(ShopConfig, entry, f"{where}.", problems))
    return shops
