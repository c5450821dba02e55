"""Lazada API handlers for order reads and auth, and what every handler shares: the error
envelope (``ApiFault``), a refused batch (``BatchFault``), row and result envelopes, ``Ctx``.

Each handler runs under ``World.lock`` with the merged, already verified params and returns
the body without ``request_id`` (the gateway adds it). Error rules and codes follow
lazada-api.md §3-§6. The fulfilment APIs are in ``fulfilment.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lazpack.emulator.decode import DecodeError, id_text, loads
from lazpack.emulator.faults import Faults
from lazpack.emulator.model import STATUS_FILTERS, Order, Token
from lazpack.emulator.world import WINDOW_BOUNDS, World

GET_ORDERS_MAX_LIMIT = 100
GET_ORDERS_MAX_OFFSET = 5000
MULTI_ITEMS_MAX = 50


class ApiFault(Exception):
    """An error envelope: ``{"type","code","message","request_id"}``."""

    def __init__(self, code: str, message: str, type_: str = "ISV", status: int = 200) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.type = type_
        #: HTTP status of the answer: 200 like Lazada's gateway, except where HTTP itself
        #: says otherwise (405 for a method, 413 for a body too large).
        self.status = status


class BatchFault(Exception):
    """A fulfilment batch refused as a whole: ``result.success == false``."""

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message or ROW_MESSAGES.get(code, "error")


def missing(name: str) -> ApiFault:
    return ApiFault(
        "MissingParameter",
        f'the input parameter "{name}" that is mandatory for processing this request is not '
        "supplied",
    )


def invalid(name: str) -> ApiFault:
    return ApiFault("InvalidParameter", f'The specified parameter "{name}" is not valid')


def business(num: int, text: str, value: str | None = None) -> ApiFault:
    """Order-API business errors: code "16", message 'E016: "123" Invalid Order ID'."""
    shown = f'"{value}" ' if value is not None else ""
    return ApiFault(str(num), f"E{num:03d}: {shown}{text}")


ROW_MESSAGES = {
    "0": "success",
    "6": "SYSTEM_ERROR",
    "1003": "E1003_3PL_ALLOCATION_FAIL: 3PL allocation failed, please retry later",
    "40011": "RPC_ERROR",
    "600001": "package not found",
    "600002": "package already cancelled",
    "700000": "PACKAGE_STATUS_NOT_ALLOW_TO_OP: package status not allow to operate",
    "700004": "PARAM_ILLEGAL",
    "700009": "operation not support fot nonDBS order!",
    "700013": "OP_NOT_SUPPORT",
    "700016": "NOT_AVAILABLE_NTFS_3PL: shipment provider not available for this order",
    "700017": "PARAM_IS_NULL",
    "700020": "order item not found or not belong to digital!",
    "700021": "ORDER_NOT_FOUND",
    "700022": "BATCH_SIZE_OUT_OF_LIMIT",
    "700024": "GET_LOCK_FAILED: the order is being processed, please retry",
    "700025": "ORDER_ITEM_NOT_FOUND",
    "700026": "FO_ITEM_NOT_ALLOW_TO_PACK",
    "700040": "There are no packages that support printing!",
}
RETRYABLE_ROWS = frozenset({"6", "1003", "40011", "700024"})

_ISO_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}:\d{2}$", re.ASCII
)
_ID_LIST_RE = re.compile(r"^\[\s*\d{1,19}(?:\s*,\s*\d{1,19})*\s*\]$", re.ASCII)


@dataclass
class Ctx:
    world: World
    faults: Faults
    params: dict[str, str]
    origin: str  # "http://host:port" of this request, for URLs in answers
    api: str
    app_key: str


Handler = Callable[[Ctx], dict[str, Any]]


def ok(data: Any) -> dict[str, Any]:
    return {"code": "0", "data": data}


def row(code: str = "0", msg: str | None = None, **ids: Any) -> dict[str, Any]:
    return {
        **ids,
        "item_err_code": code,
        "msg": msg or ROW_MESSAGES.get(code, "error"),
        "retry": code in RETRYABLE_ROWS,
    }


def result(data: dict[str, Any]) -> dict[str, Any]:
    return {"code": "0", "result": {"success": True, "data": data}}


def wrapper(ctx: Ctx, name: str) -> dict[str, Any]:
    """A JSON wrapper param (``packReq``...) as an object; any other value is invalid."""
    raw = ctx.params.get(name)
    if raw is None or raw == "":
        raise missing(name)
    try:
        value = loads(raw, f'parameter "{name}"')
    except DecodeError as err:
        raise invalid(name) from err
    if not isinstance(value, dict):
        raise invalid(name)
    return value


# ====================================================================== order reads
def parse_iso(value: str) -> datetime:
    if not _ISO_RE.match(value):
        raise business(17, "Invalid Date Format", value)
    try:
        return datetime.fromisoformat(value)
    except ValueError as err:
        raise business(17, "Invalid Date Format", value) from err


def _int_param(ctx: Ctx, name: str, num: int, text: str, default: int) -> int:
    raw = ctx.params.get(name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"[0-9]{1,9}", raw):
        raise business(num, text, raw)
    return int(raw)


def get_orders(ctx: Ctx) -> dict[str, Any]:
    p = ctx.params
    bounds: dict[str, datetime] = {}
    for name in WINDOW_BOUNDS:
        if p.get(name):
            bounds[name] = parse_iso(p[name])
    if "created_after" not in bounds and "update_after" not in bounds:
        raise missing("created_after")
    status = p.get("status") or "all"
    if status not in STATUS_FILTERS:
        raise business(36, "Invalid status filter", status)
    sort_by = p.get("sort_by") or "created_at"
    if sort_by not in ("created_at", "updated_at"):
        raise business(75, "Invalid sort filter", sort_by)
    direction = p.get("sort_direction") or "DESC"
    if direction not in ("ASC", "DESC"):
        raise business(74, "Invalid sort direction", direction)
    limit = _int_param(ctx, "limit", 19, "Invalid Limit", GET_ORDERS_MAX_LIMIT)
    if not 1 <= limit <= GET_ORDERS_MAX_LIMIT:
        raise business(19, "Invalid Limit", str(limit))
    offset = _int_param(ctx, "offset", 14, "Invalid Offset", 0)
    if offset > GET_ORDERS_MAX_OFFSET:
        raise business(14, "Invalid Offset", str(offset))

    ts = {name: when.timestamp() for name, when in bounds.items()}
    selected = ctx.world.select_orders(ts, status=status, sort_by=sort_by, direction=direction)
    page = selected[offset : offset + limit]
    return ok(
        {
            "count": len(page),
            "countTotal": len(selected),
            "orders": [ctx.world.order_dict(o) for o in page],
        }
    )


def _order_id(ctx: Ctx) -> Order:
    raw = ctx.params.get("order_id")
    if raw is None or raw == "":
        raise missing("order_id")
    oid = id_text(raw)
    order = ctx.world.find_order(oid) if oid is not None else None
    if order is None:
        raise business(16, "Invalid Order ID", raw)
    return order


def get_order(ctx: Ctx) -> dict[str, Any]:
    return ok(ctx.world.order_dict(_order_id(ctx)))


def get_order_items(ctx: Ctx) -> dict[str, Any]:
    order = _order_id(ctx)
    return ok([ctx.world.item_wire(it, ctx.origin) for it in order.items])


def get_multiple_order_items(ctx: Ctx) -> dict[str, Any]:
    raw = ctx.params.get("order_ids")
    if raw is None or raw == "":
        raise missing("order_ids")
    if not _ID_LIST_RE.match(raw):
        raise business(56, "Must use array format [1,2]", raw)
    ids = [int(x) for x in raw.strip()[1:-1].split(",")]
    if len(ids) > MULTI_ITEMS_MAX:
        raise business(38, "Too many orders were requested")
    unique = list(dict.fromkeys(ids))
    found = [o for o in map(ctx.world.find_order, unique) if o is not None]
    if not found:
        raise business(39, "No orders were found")
    if len(found) != len(unique):
        raise business(37, "One or more order ids are incorrect", raw)
    return ok(
        [
            {
                "order_id": o.order_id,
                "order_number": o.order_number,
                "order_items": [ctx.world.item_wire(it, ctx.origin) for it in o.items],
            }
            for o in found
        ]
    )


# ====================================================================== auth
def _token_body(ctx: Ctx, access: Token, refresh: Token, list_key: str) -> dict[str, Any]:
    now = ctx.world.clock.now()
    info = [
        {
            "country": access.country,
            "user_id": str(100_000 + int(ctx.world.seed) % 900_000),
            "seller_id": str(200_000 + int(ctx.world.seed) % 800_000),
            "short_code": f"{access.country.upper()}1LZPK",
        }
    ]
    return {
        "access_token": access.value,
        "refresh_token": refresh.value,
        "expires_in": int((access.expires_at - now).total_seconds()),
        "refresh_expires_in": max(0, int((refresh.expires_at - now).total_seconds())),
        "country": access.country,
        "account_platform": "seller_center",
        "account": access.account,
        list_key: info,
        "code": "0",
    }


def token_create(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world
    code = ctx.params.get("code")
    if not code:
        raise missing("code")
    entry = world.redeem_auth_code(code, ctx.app_key)
    if entry is None:
        raise ApiFault("InvalidCode", "Invalid authorization code", "ISP")
    access, refresh = world.issue_tokens(ctx.app_key, entry.account, entry.country, None)
    return _token_body(ctx, access, refresh, "country_user_info")


def token_refresh(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world
    value = ctx.params.get("refresh_token")
    if not value:
        raise missing("refresh_token")
    old = world.token_valid(value, "refresh", ctx.app_key)
    if old is None:
        raise ApiFault("IllegalRefreshToken", "The specified refresh token is invalid or expired")
    world.revoke_token(old)  # rotation: the old refresh token is spent
    access, refresh = world.issue_tokens(ctx.app_key, old.account, old.country, old.expires_at)
    return _token_body(ctx, access, refresh, "country_user_info_list")
