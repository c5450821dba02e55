"""uvicorn in a background thread, for loopback tests and ``Emulator.serve()``."""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any

import uvicorn


def make_config(app: Any, **kw: Any) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        lifespan="off",
        log_level="warning",
        access_log=False,
        # The emulator sets Date itself, from its (injectable) clock, so clients can measure
        # clock skew against it; uvicorn's own would duplicate the header.
        date_header=False,
        server_header=False,
        timeout_graceful_shutdown=1,
        **kw,
    )


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio only disables Nagle on accepted sockets whose proto is
    # IPPROTO_TCP, and with Nagle on every small answer stalls 40 ms on delayed ACKs.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def origin_of(sock: socket.socket, host: str) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class ThreadedServer:
    def __init__(self, app: Any, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.sock = bind(host, port)
        self.server = uvicorn.Server(make_config(app))
        self.thread = threading.Thread(target=self._run, name="emulator-uvicorn", daemon=True)
        self._error: BaseException | None = None

    def _run(self) -> None:
        try:
            asyncio.run(self.server.serve(sockets=[self.sock]))
        except BaseException as err:  # noqa: BLE001 - reported to the starting thread
            self._error = err

    def start(self) -> str:
        self.thread.start()
        # uvicorn sets ``started`` once it accepts connections; the socket is already bound,
        # so this only waits for the loop to come up.
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("emulator server failed to start") from self._error
            self.thread.join(0.01)
        return origin_of(self.sock, self.host)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(5)
        self.sock.close()
