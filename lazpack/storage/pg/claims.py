"""Order claims and sync leaders on PostgreSQL: each decision is ONE atomic statement.

A claim is an ``INSERT … ON CONFLICT DO UPDATE … WHERE`` the existing lease is this station's
own or has expired: PostgreSQL takes the row lock, evaluates the ``WHERE`` against the row as
committed, and either writes the claim or leaves the row alone — there is no
read-then-write window in which two stations could both believe they hold an order. Leases
are measured by the database's clock (``clock_timestamp()``), so the stations' clocks do not
have to agree. The previous holder shown to the packer comes from the same statement's
snapshot; it is information only, never the decision.

The same pattern elects one sync leader per shop (``leaders``); ``publish`` sends a
``NOTIFY lazpack_orders`` the other stations ``LISTEN`` to (``OrderNotifications``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import asyncpg

from lazpack.domain.ports import ClaimHolder, ClaimPort, ClaimResult, LeaderPort
from lazpack.log import get_logger
from lazpack.storage.pg.runner import PgRunner, is_connection_error
from lazpack.storage.rows import clean_detail, clean_text

log = get_logger("storage.pg")

CHANNEL = "lazpack_orders"
#: Claims taken, released or taken over (payload: the shop id): the "Packing at" column of
#: every station reads the claims again at once instead of at its next poll.
CLAIMS_CHANNEL = "lazpack_claims"


async def _claims_changed(conn: asyncpg.Connection, shop_id: str) -> None:
    await conn.execute("SELECT pg_notify($1, $2)", CLAIMS_CHANNEL, shop_id)


#: NOTIFY payloads must stay under 8000 bytes: order ids are sent in chunks of this many.
NOTIFY_CHUNK = 400

_HOLDER = (
    "shop_id, order_id, station_id, station_name, packer, claimed_at,"
    " extract(epoch FROM clock_timestamp() - claimed_at)::float8 AS age,"
    " extract(epoch FROM expires_at - clock_timestamp())::float8 AS left_s"
)

_CLAIM = f"""
WITH prev AS (
    SELECT {_HOLDER} FROM claims WHERE shop_id = $1 AND order_id = $2
), ins AS (
    INSERT INTO claims AS c (shop_id, order_id, station_id, station_name, packer, claimed_at,
                             heartbeat_at, expires_at)
    VALUES ($1, $2, $3, $4, $5, clock_timestamp(), clock_timestamp(),
            clock_timestamp() + make_interval(secs => $6))
    ON CONFLICT (shop_id, order_id) DO UPDATE SET
        station_name = excluded.station_name,
        packer = excluded.packer,
        claimed_at = CASE WHEN c.station_id = excluded.station_id
                          AND c.expires_at > clock_timestamp()
                     THEN c.claimed_at ELSE excluded.claimed_at END,
        station_id = excluded.station_id,
        heartbeat_at = excluded.heartbeat_at,
        expires_at = excluded.expires_at
    WHERE c.station_id = excluded.station_id OR c.expires_at <= clock_timestamp()
    RETURNING {_HOLDER}
)
SELECT 'mine' AS who, * FROM ins
UNION ALL
SELECT 'prev' AS who, * FROM prev
"""  # noqa: S608 - constant fragments only; every value is bound


def _holder(r: asyncpg.Record) -> ClaimHolder:
    return ClaimHolder(
        shop_id=r["shop_id"],
        order_id=int(r["order_id"]),
        station_id=r["station_id"],
        station_name=r["station_name"],
        packer=r["packer"],
        claimed_at=r["claimed_at"],
        age_seconds=max(0.0, float(r["age"])),
        expires_in_seconds=float(r["left_s"]),
    )


class PgClaims:
    """``ClaimPort`` for one station (see the module docstring)."""

    def __init__(self, runner: PgRunner, *, station_id: str, station_name: str) -> None:
        self.runner = runner
        self.station_id = station_id
        self.station_name = station_name or station_id

    async def claim(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float
    ) -> ClaimResult:
        async def work(conn: asyncpg.Connection) -> ClaimResult | None:
            rows = await conn.fetch(
                _CLAIM, clean_text(shop_id), order_id, self.station_id,
                clean_text(self.station_name), clean_text(packer), float(lease_seconds),
            )  # fmt: skip
            mine = next((r for r in rows if r["who"] == "mine"), None)
            prev = next((r for r in rows if r["who"] == "prev"), None)
            if mine is not None:
                expired = None
                if prev is not None and prev["station_id"] != self.station_id:
                    expired = _holder(prev)
                if prev is None or expired is not None:  # a new holder, not a re-claim
                    await _claims_changed(conn, clean_text(shop_id))
                return ClaimResult(True, _holder(mine), expired)
            # Refused: read who holds it now (the decision above is already made).
            now = await conn.fetchrow(
                f"SELECT {_HOLDER} FROM claims WHERE shop_id = $1 AND order_id = $2",  # noqa: S608
                clean_text(shop_id),
                order_id,
            )
            if now is None:
                return None  # released in between: claim again
            return ClaimResult(False, _holder(now))

        for _ in range(5):
            result = await self.runner.acall(work)
            if result is not None:
                return result
        raise RuntimeError("the claim kept changing hands; try again")  # pragma: no cover

    async def renew(self, *, lease_seconds: float) -> set[tuple[str, int]]:
        async def work(conn: asyncpg.Connection) -> set[tuple[str, int]]:
            rows = await conn.fetch(
                "UPDATE claims SET heartbeat_at = clock_timestamp(),"
                " expires_at = clock_timestamp() + make_interval(secs => $2)"
                " WHERE station_id = $1 RETURNING shop_id, order_id",
                self.station_id,
                float(lease_seconds),
            )
            return {(r["shop_id"], int(r["order_id"])) for r in rows}

        result: set[tuple[str, int]] = await self.runner.acall(work)
        return result

    async def release(self, *, shop_id: str, order_id: int) -> bool:
        async def work(conn: asyncpg.Connection) -> bool:
            status = await conn.execute(
                "DELETE FROM claims WHERE shop_id = $1 AND order_id = $2 AND station_id = $3",
                clean_text(shop_id),
                order_id,
                self.station_id,
            )
            if status != "DELETE 0":
                await _claims_changed(conn, clean_text(shop_id))
            return bool(status != "DELETE 0")

        result: bool = await self.runner.acall(work)
        return result

    async def release_all(self) -> int:
        async def work(conn: asyncpg.Connection) -> int:
            rows = await conn.fetch(
                "DELETE FROM claims WHERE station_id = $1 RETURNING shop_id", self.station_id
            )
            for shop in sorted({r["shop_id"] for r in rows}):
                await _claims_changed(conn, shop)
            return len(rows)

        result: int = await self.runner.acall(work)
        return result

    async def take_over(
        self, *, shop_id: str, order_id: int, packer: str, lease_seconds: float, reason: str
    ) -> ClaimHolder | None:
        shop = clean_text(shop_id)

        async def work(conn: asyncpg.Connection) -> ClaimHolder | None:
            async with conn.transaction():
                prev = await conn.fetchrow(
                    f"SELECT {_HOLDER} FROM claims WHERE shop_id = $1 AND order_id = $2"  # noqa: S608
                    " FOR UPDATE",
                    shop,
                    order_id,
                )
                await conn.execute(
                    "INSERT INTO claims (shop_id, order_id, station_id, station_name, packer,"
                    " claimed_at, heartbeat_at, expires_at) VALUES ($1, $2, $3, $4, $5,"
                    " clock_timestamp(), clock_timestamp(),"
                    " clock_timestamp() + make_interval(secs => $6))"
                    " ON CONFLICT (shop_id, order_id) DO UPDATE SET"
                    " station_id = excluded.station_id,"
                    " station_name = excluded.station_name, packer = excluded.packer,"
                    " claimed_at = excluded.claimed_at, heartbeat_at = excluded.heartbeat_at,"
                    " expires_at = excluded.expires_at",
                    shop, order_id, self.station_id, clean_text(self.station_name),
                    clean_text(packer), float(lease_seconds),
                )  # fmt: skip
                before = _holder(prev) if prev is not None else None
                who = (
                    f"{before.station_name} ({before.packer or 'no packer'}),"
                    f" claimed {before.age_seconds:.0f} s ago"
                    if before is not None
                    else "nobody"
                )
                await conn.execute(
                    "INSERT INTO events(ts, station_id, shop_id, order_id, event, packer, detail)"
                    " VALUES (clock_timestamp(), $1, $2, $3, 'claim_taken_over', $4, $5)",
                    self.station_id,
                    shop,
                    order_id,
                    clean_text(packer),
                    clean_detail(f"taken over from {who}: {reason}"),
                )
                await _claims_changed(conn, shop)  # delivered when the transaction commits
                return before

        result: ClaimHolder | None = await self.runner.acall(work)
        return result

    async def holders(self, shop_id: str) -> dict[int, ClaimHolder]:
        async def work(conn: asyncpg.Connection) -> dict[int, ClaimHolder]:
            rows = await conn.fetch(
                f"SELECT {_HOLDER} FROM claims WHERE shop_id = $1"  # noqa: S608
                " AND expires_at > clock_timestamp()",
                clean_text(shop_id),
            )
            return {int(r["order_id"]): _holder(r) for r in rows}

        result: dict[int, ClaimHolder] = await self.runner.acall(work)
        return result


class PgLeader:
    """``LeaderPort``: one sync leader per shop by lease, and order-change notifications."""

    def __init__(self, runner: PgRunner, *, station_id: str, station_name: str) -> None:
        self.runner = runner
        self.station_id = station_id
        self.station_name = station_name or station_id

    async def acquire(self, *, shop_id: str, lease_seconds: float) -> bool:
        async def work(conn: asyncpg.Connection) -> bool:
            row = await conn.fetchrow(
                "INSERT INTO leaders AS l (shop_id, station_id, station_name, acquired_at,"
                " expires_at) VALUES ($1, $2, $3, clock_timestamp(),"
                " clock_timestamp() + make_interval(secs => $4))"
                " ON CONFLICT (shop_id) DO UPDATE SET"
                " acquired_at = CASE WHEN l.station_id = excluded.station_id"
                "   THEN l.acquired_at ELSE excluded.acquired_at END,"
                " station_id = excluded.station_id, station_name = excluded.station_name,"
                " expires_at = excluded.expires_at"
                " WHERE l.station_id = excluded.station_id OR l.expires_at <= clock_timestamp()"
                " RETURNING station_id",
                clean_text(shop_id),
                self.station_id,
                clean_text(self.station_name),
                float(lease_seconds),
            )
            return row is not None

        result: bool = await self.runner.acall(work)
        return result

    async def resign(self, *, shop_id: str) -> None:
        async def work(conn: asyncpg.Connection) -> None:
            await conn.execute(
                "DELETE FROM leaders WHERE shop_id = $1 AND station_id = $2",
                clean_text(shop_id),
                self.station_id,
            )

        await self.runner.acall(work)

    async def leader(self, shop_id: str) -> str | None:
        async def work(conn: asyncpg.Connection) -> str | None:
            name: str | None = await conn.fetchval(
                "SELECT station_name FROM leaders WHERE shop_id = $1"
                " AND expires_at > clock_timestamp()",
                clean_text(shop_id),
            )
            return name

        result: str | None = await self.runner.acall(work)
        return result

    async def publish(self, *, shop_id: str, order_ids: Sequence[int]) -> None:
        ids = sorted({int(o) for o in order_ids})

        async def work(conn: asyncpg.Connection) -> None:
            for i in range(0, max(len(ids), 1), NOTIFY_CHUNK):
                payload = json.dumps(
                    {"shop": shop_id, "orders": ids[i : i + NOTIFY_CHUNK], "by": self.station_id}
                )
                await conn.execute("SELECT pg_notify($1, $2)", CHANNEL, payload)

        await self.runner.acall(work)


OrdersChanged = Callable[[str, list[int], str], None]


class OrderNotifications:
    """``LISTEN lazpack_orders`` on a connection of its own, kept alive across outages.

    ``on_change(shop_id, order_ids, by_station)`` is called on the database thread for every
    notification; ``on_resync()`` after every (re)connect, because notifications sent while
    the connection was down are lost: the station re-reads the order book then. With
    ``on_claims(shop_id)`` it also listens on ``lazpack_claims`` (an order claimed, released
    or taken over at any station).
    """

    def __init__(
        self,
        runner: PgRunner,
        *,
        on_change: OrdersChanged,
        on_resync: Callable[[], Awaitable[None] | None],
        on_claims: Callable[[str], None] | None = None,
        retry_seconds: float = 1.0,
    ) -> None:
        self.runner = runner
        self.on_change = on_change
        self.on_resync = on_resync
        self.on_claims = on_claims
        self.retry_seconds = retry_seconds
        self._stop = asyncio.Event()
        self._task: concurrent.futures.Future[Any] | None = None
        self.connected = False
        self.reconnects = 0

    def start(self) -> None:
        self._task = self.runner.spawn(self._run())

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the listening connection (waits at most ``timeout``)."""
        self.runner.loop.call_soon_threadsafe(self._stop.set)
        if self._task is not None:
            concurrent.futures.wait([self._task], timeout)

    def _deliver(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        try:
            data = json.loads(str(payload))
            self.on_change(str(data["shop"]), [int(o) for o in data["orders"]], str(data["by"]))
        except (ValueError, KeyError, TypeError) as err:
            log.warning("an unreadable order notification was ignored: %s", type(err).__name__)

    def _deliver_claims(self, _conn: object, _pid: int, _channel: str, payload: object) -> None:
        if self.on_claims is not None:
            self.on_claims(str(payload))

    async def _run(self) -> None:
        while not self._stop.is_set():
            lost = asyncio.Event()
            conn: asyncpg.Connection | None = None
            try:
                conn = await self.runner.connection()
                conn.add_termination_listener(lambda _c, gone=lost: gone.set())
                await conn.add_listener(CHANNEL, self._deliver)
                if self.on_claims is not None:
                    await conn.add_listener(CLAIMS_CHANNEL, self._deliver_claims)
                self.connected = True
                self.reconnects += 1
                outcome = self.on_resync()
                if outcome is not None:
                    await outcome
                stop = asyncio.ensure_future(self._stop.wait())
                gone = asyncio.ensure_future(lost.wait())
                await asyncio.wait({stop, gone}, return_when=asyncio.FIRST_COMPLETED)
                stop.cancel()
                gone.cancel()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as err:
                if not is_connection_error(err) and not isinstance(err, OSError):
                    log.warning("order notifications: %s", type(err).__name__)
            finally:
                self.connected = False
                if conn is not None and not conn.is_closed():
                    await conn.close(timeout=2)
            if not self._stop.is_set():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), self.retry_seconds)


def _conforms(claims: PgClaims, leader: PgLeader) -> tuple[ClaimPort, LeaderPort]:
    """mypy proves here that the adapters satisfy their ports."""
    return claims, leader
