"""The signed, retried, budgeted transport under ``LazadaClient`` (design.md §5).

``SignedTransport`` owns the one ``httpx.AsyncClient`` of a client; every request goes
through ``call``, which signs each attempt afresh, enforces the per-attempt timeout itself,
keeps to the app's call budget, retries what is safe to retry and maps every failure onto
``lazpack.errors``. The typed Lazada API methods (orders, fulfilment writes, tokens) live
in ``lazpack.api.client`` on top of it.

Retry policy (``RetryPolicy``):

* reads: transport errors, timeouts, 5xx, ``ServiceTimeout``, malformed bodies and rate
  limits are retried with exponential backoff and full jitter (rate limits wait at least
  the ban Lazada announced);
* writes (pack, RTS, …, token create/refresh): retried only when Lazada cannot have
  applied them — rate-limited, batch error ``700024`` (lock not acquired), or the
  connection was refused before anything was sent. Any other failure after the request
  left (timeout, connection lost, 5xx, ``ServiceTimeout``) raises ``OutcomeUnknownError``
  so the caller reconciles with GetOrderItems instead of re-sending.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import ipaddress
import logging
import random
import ssl
import time
import zlib
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, Self, TypeVar
from urllib.parse import urlencode, urlsplit

import httpx

from lazpack import turns
from lazpack.api import decode
from lazpack.api.signing import AUTH_URL, GATEWAYS, sign, signable
from lazpack.domain.models import Region
from lazpack.domain.ports import Clock, TokenProvider
from lazpack.errors import (
    AuthError,
    BusinessError,
    ConfigError,
    IllegalAccessTokenError,
    MalformedResponseError,
    NetworkError,
    OutcomeUnknownError,
    RateLimitError,
    TransientError,
)
from lazpack.log import RedactingFilter, get_logger, redact, register_secret

log = get_logger("api")

T = TypeVar("T")

#: SDK identification sent as ``partner_id`` (signed like any param).
PARTNER_ID = "lazpack-0.1"
#: Used when ``asgi_app`` is given without a ``base_url`` (the emulator's in-process URL).
IN_PROCESS_BASE_URL = "http://emulator.localhost/rest"

#: Answers at least this big are parsed on a worker thread (see ``off_loop``): a
#: 100-order page costs tens of milliseconds of CPU, which on the loop's thread (the GUI
#: thread in the station) would hold back a scan's feedback.
OFFLOAD_BYTES = 64 * 1024
#: Largest API answer accepted, after decompression (a full GetOrders page is ~0.3 MB).
MAX_BODY_BYTES = 8 * 1024 * 1024
#: Largest document (merged AWB PDF, product image) accepted, after decompression.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
#: A Date header further off than this is not a clock skew but a broken server.
MAX_SKEW = timedelta(days=2)
#: Batch error "lock not acquired": Lazada applied nothing, the write may be re-sent.
LOCK_FAILED = "700024"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Knobs of the retry loop. ``max_attempts`` counts the first try."""

    max_attempts: int = 5
    backoff_base_s: float = 0.2
    backoff_max_s: float = 8.0
    #: Cap on how long a rate-limit ban is honoured per wait.
    max_ban_s: float = 30.0

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter (half fixed, half random) for attempt ≥ 1."""
        ceiling = min(self.backoff_max_s, self.backoff_base_s * (2 ** (attempt - 1)))
        return float(ceiling / 2 + random.uniform(0, ceiling / 2))


class StaticTokenProvider:
    """A fixed access token (demo, scripts, tests). It cannot refresh."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ConfigError("An access token is required.")
        register_secret(token)
        self._token = token

    async def access_token(self) -> str:
        return self._token

    async def refresh(self, rejected_token: str) -> str:
        raise IllegalAccessTokenError(
            "The access token was rejected and a fixed token cannot be refreshed.",
            code="IllegalAccessToken",
        )

    def __repr__(self) -> str:
        return "StaticTokenProvider(token=<redacted>)"


class _RateLimiter:
    """The app's call budget: at most ``rate`` calls per sliding second, all paths together.

    Lazada publishes no per-path limits for the order APIs and bans an app that calls too
    often, so the budget is per app (``rate_limit_per_s``, 0 = off) and honest: a call is
    stamped only at the moment it is sent. A path Lazada banned (``ApiCallLimit`` with its
    ban time) is closed for every caller until the ban ends; an app-wide ban
    (``AppCallLimit``) closes every path.

    ``ready`` waits *without* a stamp and ``try_take`` stamps without waiting, so the client
    can wait for budget before it takes a concurrency slot and never sleeps holding one.
    """

    ALL = "*"

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self._sent: deque[float] = deque()
        self._banned_until: dict[str, float] = {}

    def _delay(self, key: str) -> float:
        """Seconds until a call on ``key`` may be sent (0: now)."""
        now = time.monotonic()
        ban = max(self._banned_until.get(key, 0.0), self._banned_until.get(self.ALL, 0.0))
        wait = ban - now
        if self.rate > 0:
            limit = max(1, int(self.rate))
            window = limit / self.rate  # 1 s for integral rates
            sent = self._sent
            while sent and now - sent[0] >= window:
                sent.popleft()
            if len(sent) >= limit:
                wait = max(wait, window - (now - sent[0]) + 0.001)
        return max(0.0, wait)

    async def ready(self, key: str) -> None:
        """Return once a call on ``key`` could be sent (takes nothing)."""
        # Sleeping until a known instant (window edge or ban end), not polling a flag.
        while (delay := self._delay(key)) > 0:  # noqa: ASYNC110
            await asyncio.sleep(delay)

    def try_take(self, key: str) -> bool:
        """Stamp one call on ``key`` if the budget allows it right now."""
        if self._delay(key) > 0:
            return False
        if self.rate > 0:
            self._sent.append(time.monotonic())
        return True

    async def acquire(self, key: str) -> None:
        """Wait for budget and stamp (for callers without a concurrency slot)."""
        while True:
            await self.ready(key)
            if self.try_take(key):
                return

    def ban(self, key: str, seconds: float) -> None:
        until = time.monotonic() + max(0.0, seconds)
        self._banned_until[key] = max(self._banned_until.get(key, 0.0), until)


def _check_url(url: str) -> str:
    """HTTPS only, except loopback (the emulator)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and host:
        return url.rstrip("/")
    if parts.scheme == "http" and host:
        if host == "localhost" or host.endswith(".localhost"):
            return url.rstrip("/")
        try:
            if ipaddress.ip_address(host).is_loopback:
                return url.rstrip("/")
        except ValueError:
            pass
    raise ConfigError(
        f"Refusing {parts.scheme or 'scheme-less'} URL for host {host or '?'}: "
        "Lazada must be reached over HTTPS (plain HTTP only to this machine's loopback)."
    )


@dataclass(frozen=True, slots=True)
class _Decoded:
    """Internal: what a ``read_fast`` decoder made of the answer (not a JSON body)."""

    value: Any


class _Unsent(Exception):
    """Internal: the attempt failed before the request left (safe to retry a write)."""


class SignedTransport:
    """Signing, retries, token refresh, call budget and error mapping for one shop.

    Construct with ``region`` (``sg my th ph id vn``) or ``base_url``; ``asgi_app`` runs
    an ASGI app (the emulator) in-process. Use ``async with`` or call ``aclose()``.
    ``offset_cap`` and ``page_size`` are the paging knobs the typed reads use.
    """

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        region: Region | str | None = None,
        base_url: str | None = None,
        auth_url: str | None = None,
        token_provider: TokenProvider | None = None,
        access_token: str | None = None,
        asgi_app: Any = None,
        timeout_s: float = 10.0,
        max_concurrency: int = 8,
        rate_limit_per_s: float = 40.0,
        retry: RetryPolicy | None = None,
        offset_cap: int = 5000,
        page_size: int = 100,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not app_key or not app_secret:
            raise ConfigError("Both the app key and the app secret are required.")
        register_secret(app_secret)
        self.app_key = app_key
        self._app_secret = app_secret
        if base_url is None and asgi_app is not None:
            base_url = IN_PROCESS_BASE_URL
        if base_url is not None:
            self.base_url = _check_url(base_url)
            self.auth_url = _check_url(auth_url) if auth_url else self.base_url
            self.region: Region | None = Region(region) if region else None
        elif region is not None:
            try:
                self.region = Region(str(region).lower())
            except ValueError as err:
                raise ConfigError(
                    f"Unknown region {region!r}; use one of sg, my, th, ph, id, vn."
                ) from err
            self.base_url = GATEWAYS[self.region]
            self.auth_url = _check_url(auth_url) if auth_url else AUTH_URL
        else:
            raise ConfigError("Give the shop's region or a base_url.")
        if token_provider is None and access_token:
            token_provider = StaticTokenProvider(access_token)
        self._tokens = token_provider
        self.timeout_s = timeout_s
        self.retry = retry or RetryPolicy()
        self.offset_cap = offset_cap
        if not 1 <= page_size <= 100:
            raise ValueError("page_size must be between 1 and 100 (GetOrders' limit)")
        self.page_size = page_size
        self._clock = clock
        self._skew = timedelta(0)
        self._limiter = _RateLimiter(rate_limit_per_s)
        self._slots = asyncio.Semaphore(max_concurrency)
        self.max_concurrency = max_concurrency
        #: Requests sent and rate-limit answers received (benchmarks and diagnostics).
        self.calls = 0
        self.rate_limited = 0
        if transport is None and asgi_app is not None:
            transport = httpx.ASGITransport(app=asgi_app)
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)),
            limits=httpx.Limits(max_connections=max(max_concurrency, 1) * 2),
            verify=_tls_context(),
            follow_redirects=False,
            # The body is decompressed here (bounded), not by httpx: only what we can bound.
            headers={"User-Agent": "lazpack", "Accept-Encoding": "gzip, deflate"},
        )
        _guard_third_party_logs()

    # ------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self.app_key!r}, base_url={self.base_url!r})"

    __str__ = __repr__

    # ------------------------------------------------------------ time
    def _now(self) -> datetime:
        return self._clock.now() if self._clock is not None else datetime.now(UTC)

    def server_now(self) -> datetime:
        """Our best estimate of Lazada's clock (local clock + measured skew)."""
        return self._now() + self._skew

    @property
    def clock_skew(self) -> timedelta:
        return self._skew

    def _timestamp(self) -> str:
        return str(int(self.server_now().timestamp() * 1000))

    def _learn_skew(self, date_header: str | None, sent_at: datetime) -> None:
        if not date_header:
            return
        try:
            server = email.utils.parsedate_to_datetime(date_header)
        except (TypeError, ValueError, OverflowError, IndexError):
            return
        if server.tzinfo is None:
            server = server.replace(tzinfo=UTC)
        local_mid = sent_at + (self._now() - sent_at) / 2
        try:
            offset = server - local_mid
        except OverflowError:
            return
        if abs(offset) > MAX_SKEW:
            return
        # The Date header has 1 s resolution: only correct offsets it can really show.
        self._skew = offset if abs(offset) > timedelta(seconds=2) else timedelta(0)

    # ------------------------------------------------------------ core
    async def call(
        self,
        api_path: str,
        params: Mapping[str, object],
        *,
        write: bool,
        auth_api: bool = False,
        retry_batch_lock: bool = False,
    ) -> decode.Json:
        """One API call with signing, retries, token refresh and error mapping."""
        body: decode.Json = await self._call(
            api_path, params, write=write, auth_api=auth_api, retry_batch_lock=retry_batch_lock
        )
        return body

    async def read_fast(
        self,
        api_path: str,
        params: Mapping[str, object],
        fast: Callable[[bytes], turns.Steps[T | None]],
    ) -> tuple[T, None] | tuple[None, decode.Json]:
        """A read whose successful answer ``fast`` decodes straight from its bytes
        (``lazpack.api.wire``), in turns on the loop (``lazpack.turns``): ``(value, None)``.
        Where ``fast`` gives up (``None``) the answer goes the general way — parsed,
        checked, mapped to an error — and the result is ``(None, body)`` for the caller's
        lenient decoder."""
        result = await self._call(api_path, params, write=False, fast=fast)
        if isinstance(result, _Decoded):
            value: T = result.value
            return value, None
        body: decode.Json = result
        return None, body

    async def _call(
        self,
        api_path: str,
        params: Mapping[str, object],
        *,
        write: bool,
        auth_api: bool = False,
        retry_batch_lock: bool = False,
        fast: Callable[[bytes], turns.Steps[Any]] | None = None,
    ) -> Any:
        method: Literal["GET", "POST"] = "POST" if write else "GET"
        url = (self.auth_url if auth_api else self.base_url) + api_path
        business = signable(params)
        token = ""
        if not auth_api:
            if self._tokens is None:
                raise AuthError("No access token is configured for this shop.", api_path=api_path)
            token = await self._tokens.access_token()
            register_secret(token)
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            try:
                body = await self._attempt(method, url, api_path, business, token, write, fast)
                if retry_batch_lock:
                    result = body.get("result")
                    if isinstance(result, dict) and not decode.strict_bool(
                        result.get("success"), "success", api_path
                    ):
                        code, _msg = decode.batch_error(result)
                        if code == LOCK_FAILED and attempt < self.retry.max_attempts:
                            await self._sleep_before_retry(api_path, attempt, code)
                            continue
                return body
            except IllegalAccessTokenError:
                if auth_api or refreshed or self._tokens is None:
                    raise
                refreshed = True
                log.info("%s: access token rejected; refreshing once", api_path)
                token = await self._tokens.refresh(token)
                register_secret(token)
                attempt -= 1  # the refresh retry is not a backoff attempt
            except RateLimitError as err:
                self.rate_limited += 1
                if attempt >= self.retry.max_attempts:
                    raise
                # Close the path (every path for an app-wide limit) for the ban Lazada
                # announced, for every caller: the others would only be banned again.
                ban = max(min(err.ban_seconds, self.retry.max_ban_s), self.retry.backoff(attempt))
                key = _RateLimiter.ALL if err.code == "AppCallLimit" else api_path
                self._limiter.ban(key, ban)
                log.warning("%s: rate limited; waiting %.2f s", api_path, ban)
                # Jitter, so the callers waiting on the ban do not all wake in one burst.
                await asyncio.sleep(random.uniform(0, self.retry.backoff_base_s))
            except _Unsent as unsent:
                cause = unsent.__cause__
                assert isinstance(cause, NetworkError)
                if attempt >= self.retry.max_attempts:
                    raise cause from None
                await self._sleep_before_retry(api_path, attempt, cause.code)
            except (TransientError, MalformedResponseError) as err:
                if write:
                    raise OutcomeUnknownError(
                        f"{type(err).__name__} after sending: {err.lazada_message}",
                        code=err.code,
                        request_id=err.request_id,
                        api_path=api_path,
                    ) from err
                if attempt >= self.retry.max_attempts:
                    raise
                await self._sleep_before_retry(api_path, attempt, err.code)

    async def _sleep_before_retry(self, api_path: str, attempt: int, why: str) -> None:
        delay = self.retry.backoff(attempt)
        log.info("%s: attempt %d failed (%s); retrying in %.2f s", api_path, attempt, why, delay)
        await asyncio.sleep(delay)

    async def _attempt(
        self,
        method: Literal["GET", "POST"],
        url: str,
        api_path: str,
        business: Mapping[str, str],
        token: str,
        write: bool,
        fast: Callable[[bytes], turns.Steps[Any]] | None = None,
    ) -> Any:
        # Wait for rate budget *before* taking a concurrency slot (a call sleeping on the
        # budget must not block one that could go), then stamp the budget only once a slot
        # is held, right before sending: stamps taken while queueing for a slot would let
        # later sends bunch up past the cap.
        while True:
            await self._limiter.ready(api_path)
            await self._slots.acquire()
            if self._limiter.try_take(api_path):
                break
            self._slots.release()
        try:
            params = {
                "app_key": self.app_key,
                "sign_method": "sha256",
                "timestamp": self._timestamp(),
                "partner_id": PARTNER_ID,
                **business,
            }
            if token:
                params["access_token"] = token
            params["sign"] = sign(self._app_secret, api_path, params)
            sent_at = self._now()
            self.calls += 1
            try:
                async with asyncio.timeout(self.timeout_s):
                    if method == "GET":
                        # The query encoded here, byte for byte as httpx's ``params=`` would
                        # (tests/unit/api/test_client.py), without its second parse
                        # and character-by-character check of the URL: ~0.13 ms a call.
                        query = urlencode(params)
                        request = self._http.build_request("GET", f"{url}?{query}")
                    else:
                        request = self._http.build_request("POST", url, data=params)
                    response = await self._http.send(request, stream=True)
                    try:
                        raw = await read_body(response, MAX_BODY_BYTES, api_path)
                    finally:
                        await response.aclose()
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as err:
                # Nothing reached Lazada: safe to retry even a write.
                raise _Unsent() from NetworkError(
                    f"could not connect ({type(err).__name__})", code="connect", api_path=api_path
                )
            except (TimeoutError, httpx.TimeoutException) as err:
                raise TransientError(
                    f"no answer within {self.timeout_s:g} s", code="timeout", api_path=api_path
                ) from err
            except httpx.TransportError as err:
                raise NetworkError(
                    f"connection failed ({type(err).__name__}: {redact(str(err))[:200]})",
                    code="transport",
                    api_path=api_path,
                ) from err
        finally:
            self._slots.release()
        self._learn_skew(response.headers.get("date"), sent_at)
        if response.status_code >= 500:
            raise TransientError(
                f"HTTP {response.status_code}", code=str(response.status_code), api_path=api_path
            )
        if response.status_code == 429 and not raw.strip().startswith(b"{"):
            raise RateLimitError(
                "HTTP 429",
                ban_seconds=_retry_after(response.headers.get("retry-after")),
                code="429",
                api_path=api_path,
            )
        if fast is not None and (value := await turns.run(fast(raw))) is not None:
            return _Decoded(value)
        try:
            big = len(raw) >= OFFLOAD_BYTES
            body = await off_loop(decode.parse_json, raw) if big else decode.parse_json(raw)
        except MalformedResponseError as err:
            raise MalformedResponseError(
                f"HTTP {response.status_code}, {err.lazada_message}",
                code="malformed",
                api_path=api_path,
            ) from err
        if not isinstance(body, dict) or "code" not in body:
            if response.status_code == 429:
                raise RateLimitError(
                    "HTTP 429",
                    ban_seconds=_retry_after(response.headers.get("retry-after")),
                    code="429",
                    api_path=api_path,
                )
            raise MalformedResponseError(
                "the answer is not a Lazada envelope", code="malformed", api_path=api_path
            )
        return decode.check_envelope(body, api_path)

    async def gather_bounded(self, coros: Iterable[Awaitable[T]]) -> list[T]:
        """Run concurrently; ``_slots`` bounds the requests actually in flight."""
        tasks = [asyncio.ensure_future(c) for c in coros]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def fetch_document(self, url: str) -> bytes:
        """Download a ``pdf_url`` or image (retried like a read; never signed)."""
        _check_url(url)
        attempt = 0
        while True:
            attempt += 1
            try:
                async with self._slots, asyncio.timeout(self.timeout_s):
                    response = await self._http.send(
                        self._http.build_request("GET", url), stream=True
                    )
                    try:
                        content = await read_body(response, MAX_DOCUMENT_BYTES, "document")
                    finally:
                        await response.aclose()
                if response.status_code >= 500:
                    raise TransientError(
                        f"HTTP {response.status_code}", code=str(response.status_code)
                    )
                if response.status_code >= 400:
                    raise BusinessError(
                        f"the document link answered HTTP {response.status_code} "
                        "(expired or not found)",
                        code=str(response.status_code),
                    )
                return content
            except (TimeoutError, httpx.TransportError, TransientError) as err:
                if attempt >= self.retry.max_attempts:
                    if isinstance(err, TransientError):
                        raise
                    raise NetworkError(
                        f"document download failed ({type(err).__name__})", code="transport"
                    ) from err
                await self._sleep_before_retry("document", attempt, type(err).__name__)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One verified TLS context for every client of the process: httpx builds (and loads the
    CA bundle into) a new one per client, ~50 ms each, and the station opens a client per
    shop and venture, the command line one per command, the benchmarks one per run."""
    return httpx.create_ssl_context()


async def off_loop(fn: Callable[[Any], T], arg: Any) -> T:
    """``fn(arg)`` on the default executor's thread (pure CPU work, no shared state)."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, arg)


async def read_body(response: httpx.Response, limit: int, api_path: str) -> bytes:
    """The body of ``response``, decompressed here with a bound on the *output*.

    httpx would inflate a gzip answer whole (a 400 KB bomb becomes 400 MB in memory);
    here each compressed chunk is inflated at most up to ``limit`` bytes in total, so
    memory stays within ``limit`` plus one chunk whatever the server sends. Bad gzip or an
    unknown encoding is a ``MalformedResponseError``, never an httpx exception.
    """
    if response.is_stream_consumed:
        # A wrapping transport (a recorder, a test double) read it already, and httpx
        # inflated it then: only the size can still be checked.
        content = response.content
        if len(content) > limit:
            raise MalformedResponseError(
                f"the answer is larger than {limit // (1024 * 1024)} MB", api_path=api_path
            )
        return content
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater: Any = None
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding not in ("", "identity"):
        raise MalformedResponseError(
            f"the answer uses an unsupported encoding ({encoding[:20]})", api_path=api_path
        )
    out = bytearray()
    first = True
    async for chunk in response.aiter_raw():
        if inflater is None:
            data = chunk
        else:
            try:
                data = inflater.decompress(chunk, limit + 1 - len(out))
            except zlib.error as err:
                if not (first and encoding == "deflate"):
                    raise MalformedResponseError(
                        f"the answer's {encoding} data is damaged", api_path=api_path
                    ) from err
                inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)  # raw deflate
                try:
                    data = inflater.decompress(chunk, limit + 1 - len(out))
                except zlib.error as err2:
                    raise MalformedResponseError(
                        "the answer's deflate data is damaged", api_path=api_path
                    ) from err2
            if inflater.unconsumed_tail:
                data += b"x"  # more output than the limit allows: over the limit
        first = False
        out += data
        if len(out) > limit:
            raise MalformedResponseError(
                f"the answer is larger than {limit // (1024 * 1024)} MB", api_path=api_path
            )
    if inflater is not None and not inflater.eof and out:
        raise MalformedResponseError(
            f"the answer's {encoding} data is cut short", api_path=api_path
        )
    return bytes(out)


def _retry_after(value: str | None) -> float:
    try:
        return max(0.0, float(value)) if value else 1.0
    except ValueError:
        return 1.0


def _guard_third_party_logs() -> None:
    """httpx logs request URLs (with tokens in the query) at INFO: redact them always."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
