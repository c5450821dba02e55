"""The emulator over real loopback HTTP (uvicorn) and the lazpack-emulator CLI."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import urllib.request

from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from tests.helpers.lazop import lazada_sign


def _get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 - loopback only
        return r.status, json.loads(r.read())


def _signed_url(base: str, path: str, params: dict[str, str]) -> str:
    import time
    from urllib.parse import urlencode

    p = {
        "app_key": DEMO_APP_KEY,
        "sign_method": "sha256",
        "timestamp": str(int(time.time() * 1000)),
        "access_token": DEMO_ACCESS_TOKEN,
        **params,
    }
    p["sign"] = lazada_sign(DEMO_APP_SECRET, path, p)
    return f"{base}{path}?{urlencode(p)}"


def test_serve_gives_a_loopback_url_with_real_urls_in_answers(
    emulator: Emulator, emulator_url: str
) -> None:
    assert emulator_url.startswith("http://127.0.0.1:") and emulator_url.endswith("/rest")
    oid = emulator.order_ids("pending")[0]
    status, body = _get(_signed_url(emulator_url, "/order/items/get", {"order_id": str(oid)}))
    assert status == 200 and body["code"] == "0"
    image = body["data"][0]["product_main_image"]
    assert image.startswith(emulator_url.removesuffix("/rest") + "/_emulator/images/")
    with urllib.request.urlopen(image, timeout=10) as r:  # noqa: S310
        assert r.read(4) == b"\x89PNG"
    # Python-side URLs follow the served origin while serving.
    assert emulator.item(body["data"][0]["order_item_id"])["product_main_image"] == image
    assert emulator.consent_url("http://127.0.0.1:1/cb").startswith(
        emulator_url.removesuffix("/rest")
    )


def test_listening_socket_is_tcp_so_answers_are_not_delayed_by_nagle() -> None:
    # asyncio disables Nagle only on accepted sockets whose proto is TCP; without it every
    # small answer waited ~40 ms for a delayed ACK.
    from lazpack.emulator.server import bind

    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_cli_prints_the_url_and_demo_credentials() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lazpack.emulator",
            "--orders",
            "30",
            "--seed",
            "3",
            "--region",
            "th",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        creds = dict(proc.stdout.readline().strip().split("=", 1) for _ in range(3))
        assert first.startswith("emulator listening on http://127.0.0.1:")
        assert first.endswith("/rest")
        assert creds == {
            "app_key": DEMO_APP_KEY,
            "app_secret": DEMO_APP_SECRET,
            "access_token": DEMO_ACCESS_TOKEN,
        }
        base = first.removeprefix("emulator listening on ")
        params = {"created_after": "2020-01-01T00:00:00+07:00", "limit": "100"}
        _, body = _get(_signed_url(base, "/orders/get", params))
        assert body["data"]["countTotal"] == 30
        assert body["data"]["orders"][0]["created_at"].endswith("+0700")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()


def test_cli_rejects_bad_arguments() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "lazpack.emulator", "--fault-rate", "2"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert r.returncode == 2 and "fault-rate" in r.stderr


def test_lost_answer_over_loopback_is_applied(emulator: Emulator, emulator_url: str) -> None:
    [oid] = emulator.add_orders(1)
    emulator.faults.hang_s = 60
    emulator.faults.lose_answers(1, api="/order/fulfill/pack")
    req = {
        "pack_order_list": [
            {"order_id": oid, "order_item_list": [r["order_item_id"] for r in emulator.items(oid)]}
        ],
        "delivery_type": "dropship",
        "shipping_allocate_type": "TFS",
    }
    url = _signed_url(emulator_url, "/order/fulfill/pack", {"packReq": json.dumps(req)})
    base, query = url.split("?", 1)
    try:
        urllib.request.urlopen(base, data=query.encode(), timeout=0.5)  # noqa: S310
    except TimeoutError:
        pass
    else:
        raise AssertionError("the answer should have been lost")
    assert {r["status"] for r in emulator.items(oid)} == {"packed"}
