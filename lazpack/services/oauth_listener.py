"""A one-shot loopback HTTP listener for the OAuth callback (pure stdlib asyncio).

When the app's registered callback is ``http://127.0.0.1:PORT/…`` (or ``localhost``), the
browser comes back to this PC after consent; the listener answers it with a small "you can
close this tab" page and hands over the code once the ``state`` matches. Requests with a
wrong state (another tab, a forged link) get an error page and do not end the wait, so a
stray request cannot cancel the packer's authorization.
"""

from __future__ import annotations

import asyncio
import html
import secrets
from urllib.parse import parse_qs, urlsplit

from lazpack.errors import AuthorizationFlowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger, register_secret

_log = get_logger("auth.listener")

_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
_MAX_REQUEST = 16 * 1024

_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>lazpack</title>
<style>body{{font-family:sans-serif;margin:4em;}}h1{{font-size:1.4em}}</style></head>
<body><h1>{title}</h1><p>{text}</p></body></html>"""


def loopback_address(redirect_uri: str) -> tuple[str, int, str] | None:
    """``(host, port, path)`` if the redirect URI is one this station can listen on."""
    parts = urlsplit(redirect_uri.strip())
    if parts.scheme != "http" or parts.hostname not in _LOOPBACK_HOSTS:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    if port is None:
        return None
    host = "127.0.0.1" if parts.hostname == "localhost" else parts.hostname
    return host, port, parts.path or "/"


class LoopbackListener:
    """``async with LoopbackListener(uri, state) as l: code = await l.wait()``."""

    def __init__(self, redirect_uri: str, expected_state: str) -> None:
        address = loopback_address(redirect_uri)
        if address is None:
            raise AuthorizationFlowError(
                translate(
                    "LoopbackListener",
                    "The redirect URI is not a loopback address (http://127.0.0.1:PORT/…).",
                ),
                hint=translate("LoopbackListener", "Paste the address from the browser instead."),
            )
        self.host, self.port, self.path = address
        self._state = expected_state
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[str] | None = None

    async def start(self) -> None:
        self._result = asyncio.get_running_loop().create_future()
        try:
            self._server = await asyncio.start_server(self._handle, self.host, self.port)
        except OSError as err:
            raise AuthorizationFlowError(
                arg(
                    translate(
                        "LoopbackListener",
                        "Port %1 on this PC is busy, so lazpack cannot receive the answer.",
                    ),
                    self.port,
                ),
                hint=translate(
                    "LoopbackListener",
                    "Close the program using it, or paste the address from the browser.",
                ),
            ) from err
        # port 0 (tests) binds any free port; a registered callback always names one
        self.port = self._server.sockets[0].getsockname()[1]
        _log.info("waiting for the authorization callback on %s:%s", self.host, self.port)

    async def wait(self) -> str:
        """The authorization code (state already checked)."""
        if self._result is None:
            raise RuntimeError("LoopbackListener.start() first")
        try:
            return await self._result
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def __aenter__(self) -> LoopbackListener:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # ------------------------------------------------------------ http
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        status, title, text = self._answer(head[:_MAX_REQUEST])
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        writer.write(
            f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n"
            "Cache-Control: no-store\r\n\r\n".encode()
            + body
        )
        try:
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    def _answer(self, head: bytes) -> tuple[str, str, str]:
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != "GET":
            return (
                "405 Method Not Allowed",
                translate("LoopbackListener", "Not here"),
                translate("LoopbackListener", "lazpack only expects the Lazada redirect."),
            )
        target = urlsplit(parts[1])
        if target.path != self.path:
            return (
                "404 Not Found",
                translate("LoopbackListener", "Not here"),
                translate("LoopbackListener", "lazpack only expects the Lazada redirect."),
            )
        fields = parse_qs(target.query)
        state = fields.get("state", [""])[0]
        if not secrets.compare_digest(state, self._state):
            _log.warning("authorization callback with a wrong state ignored")
            return (
                "400 Bad Request",
                translate(
                    "LoopbackListener",
                    "This answer does not belong to lazpack's current authorization",
                ),
                translate(
                    "LoopbackListener", "Go back to lazpack and click Authorize again if needed."
                ),
            )
        result = self._result
        if result is None or result.done():
            return (
                "409 Conflict",
                translate("LoopbackListener", "Already received"),
                translate("LoopbackListener", "You can close this tab."),
            )
        if fields.get("error"):
            reason = fields.get("error_description", fields["error"])[0]
            result.set_exception(
                AuthorizationFlowError(
                    arg(
                        translate("LoopbackListener", "Lazada did not authorize the shop: %1"),
                        reason,
                    )
                )
            )
            return (
                "200 OK",
                translate("LoopbackListener", "Authorization was not given"),
                translate("LoopbackListener", "You can close this tab."),
            )
        code = fields.get("code", [""])[0]
        if not code:
            return (
                "400 Bad Request",
                translate("LoopbackListener", "No authorization code"),
                translate("LoopbackListener", "Click Authorize again in lazpack."),
            )
        register_secret(code)
        result.set_result(code)
        return (
            "200 OK",
            translate("LoopbackListener", "The shop is being connected to lazpack"),
            translate("LoopbackListener", "You can close this tab and go back to lazpack."),
        )
