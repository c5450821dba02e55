"""Issue 13: every client method against a hostile server (``tests/helpers/hostile_server.py``).

Each of the client's methods meets every bad answer of ``catalogue()``. Whatever comes
back, the method returns a model or raises a lazpack error — never an httpx, JSON,
Recursion or Overflow error — within the client's timeout, with bounded memory (the
gzip bomb is read at most ``MAX_BODY_BYTES`` deep), and no secret the server echoes
reaches an error's text. A write (Pack, RTS, RecreatePackage, DBS, DeliverDigital) gets
``OutcomeUnknownError`` for every answer that is not a well-formed Lazada answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.errors import (
    ApiError,
    LazpackError,
    OutcomeUnknownError,
    RateLimitError,
)
from lazpack.log import register_secret
from tests.helpers.hostile_server import BadAnswer, HostileServer, catalogue, gzip_bomb

SECRETS = ("50000400SECRETTOKEN", "ABCDEF0123456789", "s3cr3tvalue")
APP_SECRET = "s3cr3tvalue"
TOKEN = "50000400SECRETTOKEN"

Call = Callable[[LazadaClient], Awaitable[object]]


async def _iter_orders(c: LazadaClient) -> object:
    return [o async for o in c.iter_orders(created_after=datetime(2024, 1, 1, tzinfo=UTC))]


@dataclass(frozen=True)
class Method:
    name: str
    call: Call
    write: bool = False  # a fulfilment write: the one rule applies
    token: bool = False


METHODS = [
    Method("get_orders", lambda c: c.get_orders(created_after=datetime(2024, 1, 1, tzinfo=UTC))),
    Method("iter_orders", _iter_orders),
    Method("get_order", lambda c: c.get_order(1)),
    Method("get_order_items", lambda c: c.get_order_items(1)),
    Method("get_multiple_order_items", lambda c: c.get_multiple_order_items([1, 2])),
    Method("get_shipment_providers", lambda c: c.get_shipment_providers({1: [11]})),
    Method("print_awb", lambda c: c.print_awb(["FP1"])),
    Method("fetch_document", lambda c: c.fetch_document("http://127.0.0.1/doc.pdf")),
    Method(
        "pack",
        lambda c: c.pack({1: [11, 12]}, shipping_allocate_type="TFS"),
        write=True,
    ),
    Method("recreate_package", lambda c: c.recreate_package(["FP1"]), write=True),
    Method("ready_to_ship", lambda c: c.ready_to_ship(["FP1"]), write=True),
    Method("confirm_delivery_dbs", lambda c: c.confirm_delivery_dbs(["FP1"]), write=True),
    Method("failed_delivery_dbs", lambda c: c.failed_delivery_dbs(["FP1"]), write=True),
    Method("deliver_digital", lambda c: c.deliver_digital({1: [11]}), write=True),
    Method("create_token", lambda c: c.create_token("0_100132_CODEVALUE"), token=True),
    Method("refresh_token", lambda c: c.refresh_token("50001400REFRESHVALUE"), token=True),
]


@pytest.fixture(scope="module")
def answers() -> list[BadAnswer]:
    return catalogue(bomb=gzip_bomb())


@pytest_asyncio.fixture
async def hostile() -> AsyncIterator[tuple[HostileServer, LazadaClient]]:
    server = HostileServer(BadAnswer("placeholder"))
    async with LazadaClient(
        app_key="123456",
        app_secret=APP_SECRET,
        asgi_app=server,
        base_url="http://127.0.0.1/rest",
        access_token=TOKEN,
        timeout_s=0.3,
        rate_limit_per_s=0,
        retry=RetryPolicy(
            max_attempts=2, backoff_base_s=0.001, backoff_max_s=0.002, max_ban_s=0.001
        ),
    ) as client:
        yield server, client


def expected_for_write(a: BadAnswer) -> type[LazpackError]:
    """What a fulfilment write must raise for ``a``."""
    if a.envelope_error:
        return ApiError  # Lazada refused knowingly, in its own words
    if a.status == 429:
        return RateLimitError  # refused before applying: safe to say so
    return OutcomeUnknownError


@pytest.mark.asyncio
@pytest.mark.parametrize("method", METHODS, ids=[m.name for m in METHODS])
async def test_every_bad_answer_is_a_lazpack_error(
    hostile: tuple[HostileServer, LazadaClient], answers: list[BadAnswer], method: Method
) -> None:
    server, client = hostile
    register_secret(TOKEN)
    problems: list[str] = []
    for answer in answers:
        server.answer = answer
        try:
            await method.call(client)
        except LazpackError as err:
            text = f"{err} {getattr(err, 'user_message', '')} {getattr(err, 'hint', '')}"
            leaked = [s for s in SECRETS if s in text]
            if leaked:
                problems.append(f"{answer.name}: the error text shows {leaked}")
            if method.write:
                want = expected_for_write(answer)
                if not isinstance(err, want) or (
                    want is ApiError and isinstance(err, OutcomeUnknownError)
                ):
                    problems.append(
                        f"{answer.name}: {type(err).__name__} ({err}), not {want.__name__}"
                    )
            elif isinstance(err, OutcomeUnknownError) and not method.token:
                problems.append(f"{answer.name}: a read reported an unknown outcome")
        except Exception as err:
            problems.append(f"{answer.name}: {type(err).__name__} escaped: {str(err)[:120]}")
        else:
            if method.write:
                problems.append(f"{answer.name}: a write took a bad answer as a result")
    assert problems == [], "\n".join(problems)


def test_the_catalogue_covers_every_kind_the_issue_names(answers: list[BadAnswer]) -> None:
    names = {a.name for a in answers}
    for kind in (
        "not-json",
        "truncated",
        "empty",
        "html",
        "data-null",
        "huge-int",
        "huge-float",
        "deep-nesting",
        "gzip-bomb",
        "bad-gzip",
        "slow-drip",
        "redirect-302",
        "status-500",
        "status-429",
        "status-404",
        "lone-surrogates",
    ):
        assert kind in names
    assert len(answers) >= 100
