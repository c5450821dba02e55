"""One thread, one asyncio loop, one asyncpg pool: how the station talks to PostgreSQL.

Why a thread of its own. The station calls the journal ports synchronously on the GUI thread
(``record_scan`` on every scanner burst, ``begin``/``finish`` around every Lazada write), and
its async work runs on qasync's loop. asyncpg could run on that loop, but then every journal
call would have to become ``await``-ed across the whole packing flow, and a sync call could
never wait for a coroutine on the loop it is blocking. So the PostgreSQL backend owns a
dedicated thread running its own asyncio loop with the asyncpg pool, and offers two doors:

* a **sync facade** (``call``) for the journal ports: the caller waits for the answer at most
  ``timeout`` seconds (1.5 s for the journal's writes). The window can never freeze for
  longer, and after the first failure it does not freeze at all: the runner marks the
  database *unavailable* and every sync call fails at once with ``DatabaseUnavailableError``
  (a ``StorageError``: the packing flow already sends no API write whose intent it could not
  record) until a background probe reconnects;
* an **async door** (``acall``) for the services that are coroutines anyway (claims, the sync
  leader, the shared token vault): the qasync loop awaits a future completed by this thread,
  so a slow database never blocks anything.

Scans and events need no answer: ``post`` queues them in order and one drain task writes
them; while the database is away they wait in memory (bounded) and are written when it comes
back — nothing lost while the station runs, and nothing written twice (each row carries a
uid the station generated, so a write retried after a lost answer lands once). A station
that dies while the database is away loses its queued scans and events (never an intent:
intents are written synchronously or refused).

asyncpg, not psycopg: qasync's loop on Windows is a Proactor loop, which psycopg's async mode
refuses; asyncpg runs on both loop kinds — and this thread's loop is a plain selector loop
anyway. ``state_listeners`` are called *on this thread* when the database goes away or comes
back (the station marshals them onto its own loop for the banner).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from lazpack.errors import DatabaseUnavailableError, StorageError
from lazpack.log import get_logger, redact

log = get_logger("storage.pg")

T = TypeVar("T")
Work = Callable[[asyncpg.Connection], Awaitable[T]]

#: How long a sync journal call may hold the caller (the GUI thread) at most.
CALL_TIMEOUT = 1.5
CONNECT_TIMEOUT = 5.0
#: Queued scans/events kept in memory while the database is away.
OUTBOX_LIMIT = 200_000
_PROBE_DELAYS = (0.2, 0.5, 1.0, 2.0, 3.0)

_CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    asyncio.TimeoutError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions._base.InternalClientError,
    asyncpg.CannotConnectNowError,
    asyncpg.AdminShutdownError,
    asyncpg.CrashShutdownError,
    ConnectionError,
)


_CLOSE_ERRORS: tuple[type[BaseException], ...] = (
    concurrent.futures.TimeoutError,
    *_CONNECTION_ERRORS,
)


#: Anything that keeps a connection from being made or used (refused, auth, shutting down).
_UNREACHABLE: tuple[type[BaseException], ...] = (*_CONNECTION_ERRORS, asyncpg.PostgresError)


#: Query parameters of a libpq/asyncpg DSN that carry a secret (never shown or logged).
_SECRET_PARAMS = frozenset(
    {"password", "sslpassword", "passfile", "sslkey", "sslcert", "sslrootcert", "sslcrl",
     "krbsrvname", "gsslib", "service", "servicefile", "pass", "pwd", "token", "secret"}
)  # fmt: skip


def _is_secret_param(name: str) -> bool:
    key = name.strip().lower()
    return key in _SECRET_PARAMS or any(w in key for w in ("pass", "secret", "token", "key"))


def safe_dsn(dsn: str) -> str:
    """The DSN without any secret, for messages and logs: the password of the user part and
    every secret query parameter (``password``, ``sslpassword``, ``passfile``, key files…)
    are dropped; what is left names the server and the database."""
    if "://" not in dsn:
        # A keyword/value DSN ("host=… password=…"): drop every secret pair.
        kept = [
            part
            for part in dsn.split()
            if "=" not in part or not _is_secret_param(part.split("=", 1)[0])
        ]
        return redact(" ".join(kept))
    try:
        parts = urlsplit(dsn)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return "<an unreadable database address>"
    netloc = parts.netloc
    if "@" in netloc:
        creds, hosts = netloc.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        netloc = f"{user}@{hosts}" if user else hosts
    query = urlencode([(k, v) for k, v in pairs if not _is_secret_param(k)])
    return redact(urlunsplit((parts.scheme, netloc, parts.path, query, "")))


def is_connection_error(err: BaseException) -> bool:
    return isinstance(err, _CONNECTION_ERRORS)


class PgRunner:
    """The database thread (see the module docstring). ``start`` connects or raises."""

    def __init__(
        self,
        dsn: str,
        *,
        call_timeout: float = CALL_TIMEOUT,
        connect_timeout: float = CONNECT_TIMEOUT,
        pool_size: int = 4,
        application_name: str = "lazpack",
    ) -> None:
        self.dsn = dsn
        self.where = safe_dsn(dsn)
        self.call_timeout = call_timeout
        self.connect_timeout = connect_timeout
        self.pool_size = pool_size
        self.application_name = application_name
        # A plain selector loop of its own, never the installed policy's: inside qasync.run()
        # (Python 3.11) the policy makes Qt event loops, which run on the GUI thread only, so
        # a station started on a warehouse database never connected. asyncpg runs on it on
        # every platform.
        self.loop: asyncio.AbstractEventLoop = asyncio.SelectorEventLoop()
        self._thread = threading.Thread(target=self._run, name="lazpack-postgres", daemon=True)
        self._pool: asyncpg.Pool | None = None
        self._available = threading.Event()
        self._closed = False
        self._outbox: deque[Work[Any]] = deque()
        self._outbox_wakeup: asyncio.Event | None = None
        self._idle = threading.Event()
        self._idle.set()
        self._tasks: set[asyncio.Future[Any]] = set()
        self._probing = False
        #: Called on the database thread with True (back) / False (gone).
        self.state_listeners: list[Callable[[bool], object]] = []
        #: Called on the database thread with a fresh connection after every reconnect.
        self.reconnect_hooks: list[Callable[[], Awaitable[None]]] = []

    # ------------------------------------------------------------------ lifecycle
    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def start(self) -> None:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(self._open(), self.loop)
        try:
            fut.result(self.connect_timeout + 1)
        except (concurrent.futures.TimeoutError, asyncpg.PostgresError, *_CONNECTION_ERRORS) as err:
            fut.cancel()
            self.close()
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} cannot be reached ({_why(err)}).",
                hint="Check the address, user and password (--database, or Settings → "
                "Warehouse), and that the PostgreSQL server is running and accepts connections "
                "from this PC.",
            ) from None
        self._available.set()

    async def _open(self) -> None:
        self._outbox_wakeup = asyncio.Event()
        self._pool = await asyncpg.create_pool(
            self.dsn,
            min_size=1,
            max_size=self.pool_size,
            timeout=self.connect_timeout,
            command_timeout=30,
            server_settings={"application_name": self.application_name},
        )
        self._keep(asyncio.ensure_future(self._drain()))

    def _keep(self, fut: asyncio.Future[Any]) -> None:
        self._tasks.add(fut)
        fut.add_done_callback(self._tasks.discard)

    def close(self, *, flush_timeout: float = 3.0) -> None:
        """Write what is queued (waiting at most ``flush_timeout``), then disconnect."""
        if self._closed:
            return
        if self._thread.is_alive() and self._available.is_set():
            self.flush(flush_timeout)
        self._closed = True
        if self._thread.is_alive():
            fut = asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop)
            try:
                fut.result(5)
            except _CLOSE_ERRORS as err:
                log.warning("closing the database connections: %s", type(err).__name__)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(5)
        if not self.loop.is_running():
            self.loop.close()
        if self._outbox:
            log.error("%d scans/events could not be written before closing", len(self._outbox))

    async def _shutdown(self) -> None:
        tasks = list(self._tasks)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # their finally blocks run now
        if self._pool is not None:
            try:
                await asyncio.wait_for(self._pool.close(), 3)
            except _CONNECTION_ERRORS:
                self._pool.terminate()

    @property
    def available(self) -> bool:
        return self._available.is_set() and not self._closed

    # ------------------------------------------------------------------ calls
    def call(self, work: Work[T], *, timeout: float | None = None) -> T:
        """Run ``work(conn)`` on the database thread; wait at most ``timeout`` seconds."""
        self._check_available()
        fut = asyncio.run_coroutine_threadsafe(self._with_conn(work), self.loop)
        try:
            return fut.result(self.call_timeout if timeout is None else timeout)
        except concurrent.futures.TimeoutError:
            fut.cancel()
            self._lost(TimeoutError("no answer in time"))
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} did not answer in time."
            ) from None

    async def acall(self, work: Work[T], *, wait_s: float = 10.0) -> T:
        """``call`` for coroutines on another loop (qasync's): awaits, never blocks.

        A slow answer fails this call only: nothing waits on it, so it is no reason to take
        the whole station off the database (a lost connection is still noticed, by the
        error it raises or the pool's command timeout)."""
        self._check_available()
        fut = asyncio.run_coroutine_threadsafe(self._with_conn(work), self.loop)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(fut), wait_s)
        except TimeoutError:
            fut.cancel()
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} did not answer in time."
            ) from None

    def post(self, work: Work[Any]) -> None:
        """Queue a write that needs no answer (scans, events): written in order, kept while
        the database is away."""
        if self._closed:
            raise StorageError("The warehouse journal is closed.")
        if len(self._outbox) >= OUTBOX_LIMIT:
            raise DatabaseUnavailableError(
                "The warehouse database has been away too long: no more scans can be kept."
            )
        self._idle.clear()
        self._outbox.append(work)
        self.loop.call_soon_threadsafe(self._wake)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every queued write is in the database; False if not in ``timeout``."""
        return self._idle.wait(self.call_timeout if timeout is None else timeout)

    @property
    def queued(self) -> int:
        return len(self._outbox)

    def _wake(self) -> None:
        if self._outbox_wakeup is not None:
            self._outbox_wakeup.set()

    def _check_available(self) -> None:
        if self._closed:
            raise StorageError("The warehouse journal is closed.")
        if not self._available.is_set():
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} cannot be reached right now."
            )

    async def _acquire(self) -> asyncpg.pool.PoolConnectionProxy:
        """A pooled connection; ANY failure to get one means the database is away."""
        assert self._pool is not None
        try:
            return await self._pool.acquire(timeout=self.connect_timeout)
        except _UNREACHABLE as err:
            self._lost(err)
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} cannot be reached ({_why(err)})."
            ) from None

    async def _with_conn(self, work: Work[T]) -> T:
        assert self._pool is not None
        conn = await self._acquire()
        try:
            return await work(conn)
        except asyncpg.PostgresError as err:
            if is_connection_error(err):
                self._lost(err)
                raise DatabaseUnavailableError(
                    f"The warehouse database {self.where} went away ({_why(err)})."
                ) from None
            raise StorageError(f"The warehouse database refused a write: {_why(err)}.") from err
        except _CONNECTION_ERRORS as err:
            self._lost(err)
            raise DatabaseUnavailableError(
                f"The warehouse database {self.where} went away ({_why(err)})."
            ) from None
        finally:
            await self._release(conn)

    async def _release(self, conn: asyncpg.pool.PoolConnectionProxy) -> None:
        assert self._pool is not None
        try:
            await self._pool.release(conn, timeout=self.connect_timeout)
        except _UNREACHABLE as err:
            log.debug("releasing a broken connection: %s", _why(err))

    async def _drain(self) -> None:
        assert self._outbox_wakeup is not None
        while True:
            if not self._outbox:
                self._idle.set()
                self._outbox_wakeup.clear()
                await self._outbox_wakeup.wait()
                continue
            if not self._available.is_set():
                await asyncio.sleep(0.2)
                continue
            work = self._outbox[0]
            try:
                await self._with_conn(work)
            except DatabaseUnavailableError:
                continue  # kept at the head; written when the database is back
            except StorageError as err:
                # A row the database refuses (a bug) must not block every later scan.
                log.error("a queued journal write was refused: %s", err)
            self._outbox.popleft()

    # ------------------------------------------------------------------ health
    def _lost(self, err: BaseException) -> None:
        """The database went away: fail fast from now on and probe until it is back."""
        if self._closed:
            return
        if self._available.is_set():
            self._available.clear()  # at once, from any thread: the next call fails fast
            log.warning("warehouse database %s unavailable: %s", self.where, _why(err))
            self.loop.call_soon_threadsafe(self._notify, False)
        if threading.current_thread() is not self._thread:
            self.loop.call_soon_threadsafe(self._start_probe)
        else:
            self._start_probe()

    def _start_probe(self) -> None:
        if not self._probing and not self._closed:
            self._probing = True
            self._keep(asyncio.ensure_future(self._probe()))

    async def _probe(self) -> None:
        attempt = 0
        try:
            while not self._closed:
                await asyncio.sleep(_PROBE_DELAYS[min(attempt, len(_PROBE_DELAYS) - 1)])
                attempt += 1
                assert self._pool is not None
                await self._pool.expire_connections()
                try:
                    conn = await self._pool.acquire(timeout=self.connect_timeout)
                    try:
                        await conn.fetchval("SELECT 1", timeout=self.connect_timeout)
                    finally:
                        await self._release(conn)
                except _UNREACHABLE as err:
                    log.debug("database probe failed: %s", _why(err))
                    continue
                self._available.set()
                log.info("warehouse database %s is back", self.where)
                for hook in list(self.reconnect_hooks):
                    try:
                        await hook()
                    except _UNREACHABLE as err:
                        log.warning("after reconnecting: %s", _why(err))
                self._notify(True)
                self._wake()
                return
        finally:
            self._probing = False

    def _notify(self, up: bool) -> None:
        for listener in list(self.state_listeners):
            listener(up)

    async def session(self) -> Session:
        """A connection held for several steps awaited from another loop (a transaction
        whose lock must outlive a network call made on the caller's loop)."""
        self._check_available()
        fut = asyncio.run_coroutine_threadsafe(self._acquire(), self.loop)
        conn = await asyncio.wait_for(asyncio.wrap_future(fut), self.connect_timeout + 1)
        return Session(self, conn)

    def spawn(self, coro: Awaitable[Any]) -> concurrent.futures.Future[Any]:
        """Run a long-lived coroutine (a listener, a heartbeat) on the database thread."""

        async def wrapped() -> Any:
            task = asyncio.current_task()
            assert task is not None
            self._keep(task)  # cancelled (and awaited) by close()
            return await coro

        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop)

    async def connection(self) -> asyncpg.Connection:
        """A dedicated connection (LISTEN needs one of its own); call on this thread."""
        conn: asyncpg.Connection = await asyncpg.connect(
            self.dsn,
            timeout=self.connect_timeout,
            server_settings={"application_name": self.application_name},
        )
        return conn

    @property
    def pool(self) -> asyncpg.Pool:
        assert self._pool is not None
        return self._pool


def _why(err: BaseException) -> str:
    """A short reason without secrets (asyncpg messages never carry the password)."""
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return redact(f"{type(err).__name__}: {text}" if text else type(err).__name__)


class Session:
    """One pooled connection used step by step from the caller's loop (``PgRunner.session``).

    Each ``run`` executes on the database thread; ``close`` gives the connection back (an
    open transaction on it is rolled back by the pool's reset)."""

    def __init__(self, runner: PgRunner, conn: asyncpg.pool.PoolConnectionProxy) -> None:
        self.runner = runner
        self.conn = conn

    async def run(self, work: Work[T], *, wait_s: float = 10.0) -> T:
        async def step() -> T:
            try:
                return await work(self.conn)
            except _CONNECTION_ERRORS as err:
                self.runner._lost(err)
                raise DatabaseUnavailableError(
                    f"The warehouse database {self.runner.where} went away ({_why(err)})."
                ) from None

        fut = asyncio.run_coroutine_threadsafe(step(), self.runner.loop)
        return await asyncio.wait_for(asyncio.wrap_future(fut), wait_s)

    async def close(self) -> None:
        fut = asyncio.run_coroutine_threadsafe(self.runner._release(self.conn), self.runner.loop)
        await asyncio.wait_for(asyncio.wrap_future(fut), self.runner.connect_timeout + 1)
