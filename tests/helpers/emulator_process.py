"""``lazpack-emulator`` in a child process, inspected and steered over its /_emulator API.

The emulator lives in another process so its world (orders, packages, call counts) survives
a station that is SIGKILLed mid-write, exactly as Lazada's would.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"
REPACK = "/order/package/repack"


class EmulatorProcess:
    """``python -m lazpack.emulator --port 0`` with the demo credentials it prints."""

    def __init__(self, *, seed: int, orders: int = 0, log_dir: Path) -> None:
        self.seed = seed
        self.orders = orders
        self.log_path = log_dir / f"emulator-{seed}.log"
        self.base_url = ""
        self.origin = ""
        self.credentials: dict[str, str] = {}
        self._proc: subprocess.Popen[str] | None = None
        self._http: httpx.Client | None = None

    def start(self) -> EmulatorProcess:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("w", encoding="utf-8")
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lazpack.emulator",
                "--port",
                "0",
                "--orders",
                str(self.orders),
                "--seed",
                str(self.seed),
                "--qps-limit",
                "0",
            ],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        log.close()
        assert self._proc.stdout is not None
        first = self._proc.stdout.readline().strip()
        prefix = "emulator listening on "
        if not first.startswith(prefix):
            self.stop()
            raise RuntimeError(f"emulator did not start: {first!r}, see {self.log_path}")
        self.base_url = first.removeprefix(prefix)
        self.origin = self.base_url.removesuffix("/rest")
        for _ in range(3):
            name, _, value = self._proc.stdout.readline().strip().partition("=")
            self.credentials[name] = value
        self._http = httpx.Client(base_url=self.origin + "/_emulator", timeout=30.0)
        return self

    def stop(self) -> None:
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(10)
            if self._proc.stdout is not None:
                self._proc.stdout.close()
            self._proc = None

    def __enter__(self) -> EmulatorProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ http
    def _get(self, path: str) -> Any:
        assert self._http is not None, "start() the emulator first"
        r = self._http.get(path)
        r.raise_for_status()
        return r.json()

    def _post(self, path: str, **kw: Any) -> Any:
        assert self._http is not None, "start() the emulator first"
        r = self._http.post(path, **kw)
        r.raise_for_status()
        return r.json()

    def add_orders(self, n: int, **flags: bool) -> list[int]:
        """Plain pending local orders; ``dbs=True`` / ``mixed_shipping=True`` for the others."""
        params: dict[str, str] = {"n": str(n), "status": "pending"}
        for name in ("dbs", "digital", "cross_border", "mixed_shipping"):
            params[name] = "1" if flags.pop(name, False) else "0"
        assert not flags, f"unknown order flags {flags}"
        ids: list[int] = self._post("/orders", params=params)["order_ids"]
        return ids

    def faults(self, **settings: Any) -> dict[str, Any]:
        """POST fault settings (see ``/_emulator/faults``); returns the new snapshot."""
        snap: dict[str, Any] = self._post("/faults", json=settings)
        return snap

    def fault_state(self) -> dict[str, Any]:
        snap: dict[str, Any] = self._get("/faults")
        return snap

    def order(self, order_id: int) -> dict[str, Any]:
        view: dict[str, Any] = self._get(f"/orders/{order_id}")
        return view

    def packages(self) -> dict[str, dict[str, Any]]:
        pkgs: dict[str, dict[str, Any]] = self._get("/packages")
        return pkgs

    def calls(self) -> Counter[str]:
        return Counter(self._get("/calls"))

    def refused_rows(self) -> Counter[str]:
        """``"<api> <code>"`` -> rows Lazada refused because of the world's state, e.g.
        ``"/order/fulfill/pack 700000"``: a Pack of an item that was already packed."""
        return Counter(self._get("/state")["refused_rows"])

    def labels(self) -> Counter[str]:
        return Counter(self._get("/labels"))


def expected_packages(items: list[dict[str, Any]]) -> int:
    """Lazada packs an order into one package per shipping type (digital items ship none)."""
    kinds = {
        (bool(i["delivery_option_sof"]), i["shipping_provider_type"])
        for i in items
        if i["shipping_provider_type"] != "digital" and i["status"] != "canceled"
    }
    return len(kinds)


def check_exactly_once(emu: EmulatorProcess, order_ids: list[int]) -> list[str]:
    """Every way the emulator's world can disagree with "packed once, RTS once", in words.

    Packed once: each order ends with exactly one live package per shipping type and every
    item sits in exactly one live package; a package is only ever dropped (dead) when the
    station undid a partly refused Pack on purpose, which the caller checks in the journal.
    """
    problems: list[str] = []
    packages = emu.packages()
    live_by_item: Counter[int] = Counter()
    for pkg in packages.values():
        if pkg["alive"]:
            live_by_item.update(pkg["order_item_ids"])
    for oid in order_ids:
        view = emu.order(oid)
        items = view["items"]
        statuses = {i["status"] for i in items}
        if statuses != {"ready_to_ship"}:
            problems.append(f"order {oid}: items are {sorted(statuses)}, not ready_to_ship")
        live = [p for p in view["packages"] if p["alive"]]
        want = expected_packages(items)
        if len(live) != want:
            problems.append(f"order {oid}: {len(live)} live packages, expected {want}")
        for item in items:
            n = live_by_item[item["order_item_id"]]
            if n != 1:
                problems.append(f"order {oid}: item {item['order_item_id']} in {n} live packages")
    return problems
