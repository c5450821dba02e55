"""Lazada API handlers: order reads, auth, the eight fulfilment APIs.

Each handler runs under ``Emulator.lock`` with the merged, already verified params and
returns the body without ``request_id`` (the gateway adds it). Error rules and codes follow
lazada-api.md §3-§6.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from lazpack.domain.batching import BATCH_LIMIT as BATCH_CAP
from lazpack.emulator.model import (
    NTFS_BY_CODE,
    NTFS_PROVIDERS,
    STATUS_FILTERS,
    AwbDoc,
    Item,
    Order,
    Package,
    Token,
)

if TYPE_CHECKING:
    from lazpack.emulator.core import Emulator

GET_ORDERS_MAX_LIMIT = 100
GET_ORDERS_MAX_OFFSET = 5000
MULTI_ITEMS_MAX = 50


class ApiFault(Exception):
    """An error envelope: ``{"type","code","message","request_id"}``."""

    def __init__(self, code: str, message: str, type_: str = "ISV") -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.type = type_


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

PACKABLE = frozenset({"pending", "repacked"})
PRINTABLE = frozenset({"packed", "ready_to_ship_pending", "ready_to_ship", "shipped"})

_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}:\d{2}$")
_ID_LIST_RE = re.compile(r"^\[\s*\d{1,19}(?:\s*,\s*\d{1,19})*\s*\]$")


@dataclass
class Ctx:
    emu: Emulator
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
    if not re.fullmatch(r"\d{1,9}", raw):
        raise business(num, text, raw)
    return int(raw)


_BOUNDS = ("created_after", "created_before", "update_after", "update_before")


def _span(low: float | None, high: float | None) -> tuple[float, float]:
    return (-math.inf if low is None else low, math.inf if high is None else high)


def _select(
    emu: Emulator, ts: dict[str, float], sort_by: str, wanted: frozenset[str] | None
) -> list[Order]:
    """Matching orders in ascending ``sort_by`` order: bisect the index of the sort key,
    then filter the other window and the status (pages of one query are served from the
    cache until the world changes)."""
    if sort_by == "updated_at":
        window = emu._by_updated.window(ts.get("update_after"), ts.get("update_before"))
        low, high = ts.get("created_after"), ts.get("created_before")
        if low is not None or high is not None:
            lo, hi = _span(low, high)
            window = [o for o in window if lo <= o.created_ts <= hi]
    else:
        window = emu._by_created.window(ts.get("created_after"), ts.get("created_before"))
        low, high = ts.get("update_after"), ts.get("update_before")
        if low is not None or high is not None:
            lo, hi = _span(low, high)
            window = [o for o in window if lo <= o.updated_ts <= hi]
    if wanted is not None:
        window = [o for o in window if not wanted.isdisjoint(o.statuses)]
    return window


def get_orders(ctx: Ctx) -> dict[str, Any]:
    p, emu = ctx.params, ctx.emu
    bounds: dict[str, datetime] = {}
    for name in ("created_after", "created_before", "update_after", "update_before"):
        if p.get(name):
            bounds[name] = parse_iso(p[name])
    if "created_after" not in bounds and "update_after" not in bounds:
        raise missing("created_after")
    status = p.get("status") or "all"
    if status not in STATUS_FILTERS:
        raise business(36, "Invalid status filter", status)
    wanted = STATUS_FILTERS[status]
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
    key = (sort_by, direction, status, *(ts.get(n) for n in _BOUNDS))
    cached = emu.query_cache.get(key)
    if cached is not None and cached[0] == emu.version:
        selected = cached[1]
    else:
        selected = _select(emu, ts, sort_by, wanted)
        if direction == "DESC":
            selected.reverse()
        if len(emu.query_cache) >= 32:
            emu.query_cache.clear()
        emu.query_cache[key] = (emu.version, selected)
    page = selected[offset : offset + limit]
    return ok(
        {
            "count": len(page),
            "countTotal": len(selected),
            "orders": [emu.order_dict(o) for o in page],
        }
    )


def _order_id(ctx: Ctx) -> Order:
    raw = ctx.params.get("order_id")
    if raw is None or raw == "":
        raise missing("order_id")
    if not raw.isdigit():
        raise business(16, "Invalid Order ID", raw)
    order = ctx.emu._orders.get(int(raw))
    if order is None:
        raise business(16, "Invalid Order ID", raw)
    return order


def get_order(ctx: Ctx) -> dict[str, Any]:
    return ok(ctx.emu.order_dict(_order_id(ctx)))


def get_order_items(ctx: Ctx) -> dict[str, Any]:
    order = _order_id(ctx)
    return ok([ctx.emu.item_dict(it, ctx.origin) for it in order.items])


def get_multiple_order_items(ctx: Ctx) -> dict[str, Any]:
    raw = ctx.params.get("order_ids")
    if raw is None or raw == "":
        raise missing("order_ids")
    if not _ID_LIST_RE.match(raw):
        raise business(56, "Must use array format [1,2]", raw)
    ids = [int(x) for x in raw.strip()[1:-1].split(",")]
    if len(ids) > MULTI_ITEMS_MAX:
        raise business(38, "Too many orders were requested")
    orders = ctx.emu._orders
    found = [orders[i] for i in dict.fromkeys(ids) if i in orders]
    if not found:
        raise business(39, "No orders were found")
    if len(found) != len(dict.fromkeys(ids)):
        raise business(37, "One or more order ids are incorrect", raw)
    return ok(
        [
            {
                "order_id": o.order_id,
                "order_number": o.order_number,
                "order_items": [ctx.emu.item_dict(it, ctx.origin) for it in o.items],
            }
            for o in found
        ]
    )


# ====================================================================== auth
def _token_body(ctx: Ctx, access: Token, refresh: Token, list_key: str) -> dict[str, Any]:
    now = ctx.emu.clock.now()
    info = [
        {
            "country": access.country,
            "user_id": str(100_000 + int(ctx.emu.seed) % 900_000),
            "seller_id": str(200_000 + int(ctx.emu.seed) % 800_000),
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
    emu = ctx.emu
    code = ctx.params.get("code")
    if not code:
        raise missing("code")
    entry = emu._codes.get(code)
    if (
        entry is None
        or entry.used
        or entry.app_key != ctx.app_key
        or entry.expires_at <= emu.clock.now()
    ):
        raise ApiFault("InvalidCode", "Invalid authorization code", "ISP")
    entry.used = True
    access, refresh = emu.issue_tokens(ctx.app_key, entry.account, entry.country, None)
    return _token_body(ctx, access, refresh, "country_user_info")


def token_refresh(ctx: Ctx) -> dict[str, Any]:
    emu = ctx.emu
    value = ctx.params.get("refresh_token")
    if not value:
        raise missing("refresh_token")
    old = emu.token_valid(value, "refresh", ctx.app_key)
    if old is None:
        raise ApiFault("IllegalRefreshToken", "The specified refresh token is invalid or expired")
    old.revoked = True  # rotation: the old refresh token is spent
    access, refresh = emu.issue_tokens(ctx.app_key, old.account, old.country, old.expires_at)
    return _token_body(ctx, access, refresh, "country_user_info_list")


# ====================================================================== fulfilment helpers
def wrapper(ctx: Ctx, name: str) -> dict[str, Any]:
    raw = ctx.params.get(name)
    if raw is None or raw == "":
        raise missing(name)
    try:
        value = json.loads(raw)
    except ValueError as err:
        raise invalid(name) from err
    if not isinstance(value, dict):
        raise invalid(name)
    return value


def as_id(value: Any) -> int | None:
    """Numbers as Lazada's Java side coerces them: int or a digit string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def batch_list(req: dict[str, Any], key: str) -> list[Any]:
    value = req.get(key)
    if value is None or value == []:
        raise BatchFault("700017", f"PARAM_IS_NULL: {key}")
    if not isinstance(value, list):
        raise BatchFault("700004", f"PARAM_ILLEGAL: {key}")
    if len(value) > BATCH_CAP:
        raise BatchFault("700022", f"BATCH_SIZE_OUT_OF_LIMIT: at most {BATCH_CAP} per call")
    return value


def package_ids(req: dict[str, Any]) -> list[Any]:
    rows = batch_list(req, "packages")
    out = []
    for r in rows:
        pid = r.get("package_id") if isinstance(r, dict) else None
        if not isinstance(pid, str) or not pid:
            raise BatchFault("700004", "PARAM_ILLEGAL: packages[].package_id")
        out.append(pid)
    return out


def forced_row(ctx: Ctx) -> str | None:
    return ctx.emu.faults.take_row_failure(ctx.api)


def _package_items(ctx: Ctx, pid: str) -> list[Item]:
    pkg = ctx.emu._packages[pid]
    return [ctx.emu._items[i] for i in pkg.item_ids]


# ====================================================================== fulfilment APIs
def get_shipment_providers(ctx: Ctx) -> dict[str, Any]:
    req = wrapper(ctx, "getShipmentProvidersReq")
    orders = batch_list(req, "orders")
    kinds = set()
    for entry in orders:
        oid = as_id(entry.get("order_id")) if isinstance(entry, dict) else None
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_id")
        order = ctx.emu._orders.get(oid)
        if order is None:
            raise BatchFault("700021", f"ORDER_NOT_FOUND: {oid}")
        wanted = entry.get("order_item_ids") or []
        if not isinstance(wanted, list):
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_item_ids")
        mine = {it.order_item_id for it in order.items}
        for raw in wanted:
            iid = as_id(raw)
            if iid is None or iid not in mine:
                raise BatchFault("700025", f"ORDER_ITEM_NOT_FOUND: {raw}")
        dbs = any(it.delivery_option_sof for it in order.items)
        kinds.add("NTFS" if order.cross_border and not dbs else "TFS")
    if len(kinds) > 1:
        raise BatchFault("700004", "PARAM_ILLEGAL: TFS and NTFS orders must be queried apart")
    kind = kinds.pop()
    if kind == "NTFS":
        providers = [{"name": name, "provider_code": code} for code, name, _ in NTFS_PROVIDERS]
        return result(
            {"platform_default": 0, "shipment_providers": providers, "shipping_allocate_type": kind}
        )
    return result({"platform_default": 1, "shipment_providers": [], "shipping_allocate_type": kind})


def pack(ctx: Ctx) -> dict[str, Any]:
    emu = ctx.emu
    req = wrapper(ctx, "packReq")
    entries = batch_list(req, "pack_order_list")
    delivery_type = req.get("delivery_type")
    if not delivery_type:
        raise BatchFault("700017", "PARAM_IS_NULL: delivery_type")
    if delivery_type != "dropship":
        raise BatchFault("700004", "PARAM_ILLEGAL: delivery_type must be dropship")
    allocate = req.get("shipping_allocate_type")
    if not allocate:
        raise BatchFault("700017", "PARAM_IS_NULL: shipping_allocate_type")
    if allocate not in ("TFS", "NTFS"):
        raise BatchFault("700004", "PARAM_ILLEGAL: shipping_allocate_type")
    provider_code = req.get("shipment_provider_code")
    out = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise BatchFault("700004", "PARAM_ILLEGAL: pack_order_list[]")
        oid = as_id(entry.get("order_id"))
        raw_items = entry.get("order_item_list")
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: pack_order_list[].order_id")
        if not isinstance(raw_items, list) or not raw_items:
            raise BatchFault("700017", "PARAM_IS_NULL: pack_order_list[].order_item_list")
        rows: list[dict[str, Any]] = []
        out.append({"order_id": oid, "order_item_list": rows})
        order = emu._orders.get(oid)
        order_err: tuple[str, str | None] | None = None
        if order is None:
            order_err = ("700021", None)
        else:
            dbs = any(it.delivery_option_sof for it in order.items)
            expected = "NTFS" if order.cross_border and not dbs else "TFS"
            if allocate != expected:
                order_err = ("700004", f"PARAM_ILLEGAL: this order is {expected}")
            elif expected == "TFS" and provider_code:
                order_err = (
                    "700004",
                    "PARAM_ILLEGAL: shipment_provider_code must be empty for TFS/DBS orders",
                )
            elif expected == "NTFS" and not provider_code:
                order_err = ("700017", "PARAM_IS_NULL: shipment_provider_code is required")
            elif expected == "NTFS" and provider_code not in NTFS_BY_CODE:
                order_err = ("700016", None)
        seen: set[int] = set()
        good: list[tuple[dict[str, Any], Item]] = []
        for raw in raw_items:
            iid = as_id(raw)
            if order_err is not None:
                rows.append(row(order_err[0], order_err[1], order_item_id=iid or raw))
                continue
            assert order is not None
            item = emu._items.get(iid) if iid is not None else None
            if item is None or item.order_id != oid:
                rows.append(row("700025", order_item_id=iid or raw))
                continue
            if iid in seen:
                rows.append(row("700004", "PARAM_ILLEGAL: duplicate item", order_item_id=iid))
                continue
            seen.add(item.order_item_id)
            if item.is_digital:
                rows.append(row("700026", order_item_id=iid))
                continue
            if item.status not in PACKABLE:
                emu._counters.refused_rows[f"{ctx.api} 700000"] += 1
                rows.append(row("700000", order_item_id=iid))
                continue
            forced = forced_row(ctx)
            if forced is not None:
                rows.append(row(forced, order_item_id=iid))
                continue
            r: dict[str, Any] = {"order_item_id": iid}
            rows.append(r)
            good.append((r, item))
        if not good:
            continue
        assert order is not None
        # Items of different shipping types never share a package (Lazada splits them).
        groups: dict[tuple[int, str], list[tuple[dict[str, Any], Item]]] = {}
        for r, item in good:
            groups.setdefault((item.delivery_option_sof, item.shipping_provider_type), []).append(
                (r, item)
            )
        for group in groups.values():
            items = [it for _, it in group]
            pkg = emu._new_package(order, items, provider_code or "")
            for r, it in group:
                emu._set_status(it, "packed")
                r.update(row("0"))
                r.update(
                    {
                        "tracking_number": pkg.tracking_number,
                        "shipment_provider": pkg.shipment_provider,
                        "package_id": pkg.package_id,
                    }
                )
    return result({"pack_order_list": out})


class _Step:
    """One package transition: ``check`` says why not (a row code) or None; ``commit`` applies."""

    def __init__(
        self,
        emu: Emulator,
        allowed: frozenset[str],
        target: str,
        dbs_only: bool = False,
        on_commit: Callable[[Package, list[Item]], None] | None = None,
    ) -> None:
        self.emu, self.allowed, self.target = emu, allowed, target
        self.dbs_only = dbs_only
        self.on_commit = on_commit

    def check(self, pkg: Package, items: list[Item]) -> str | None:
        if self.dbs_only and pkg.shipping_type != "dbs":
            return "700009"
        if any(it.status == "canceled" for it in items):
            return "600002"
        if not items or any(it.status not in self.allowed for it in items):
            return "700000"
        return None

    def commit(self, pkg: Package, items: list[Item]) -> None:
        for it in items:
            self.emu._set_status(it, self.target)
        if self.on_commit is not None:
            self.on_commit(pkg, items)


def _package_rows(ctx: Ctx, req_name: str, step: _Step) -> dict[str, Any]:
    req = wrapper(ctx, req_name)
    rows = []
    for pid in package_ids(req):
        pkg = ctx.emu._packages.get(pid)
        if pkg is None:
            rows.append(row("600001", package_id=pid))
            continue
        items = _package_items(ctx, pid)
        code = "700000" if not pkg.alive else step.check(pkg, items)
        if code is not None:
            ctx.emu._counters.refused_rows[f"{ctx.api} {code}"] += 1
        if code is None:
            code = forced_row(ctx) or "0"
            if code == "0":
                step.commit(pkg, items)
        rows.append(row(code, package_id=pid))
    return result({"packages": rows})


def recreate_package(ctx: Ctx) -> dict[str, Any]:
    emu = ctx.emu

    def retire(pkg: Package, items: list[Item]) -> None:
        pkg.alive = False
        for it in items:
            it.package_id = ""
            it.tracking_code = ""
            it.shipment_provider = ""

    return _package_rows(
        ctx, "rePackReq", _Step(emu, frozenset({"packed"}), "repacked", on_commit=retire)
    )


def ready_to_ship(ctx: Ctx) -> dict[str, Any]:
    return _package_rows(
        ctx, "readyToShipReq", _Step(ctx.emu, frozenset({"packed"}), "ready_to_ship")
    )


def dbs_delivered(ctx: Ctx) -> dict[str, Any]:
    step = _Step(ctx.emu, frozenset({"ready_to_ship"}), "delivered", dbs_only=True)
    return _package_rows(ctx, "dbsDeliveryReq", step)


def dbs_failed(ctx: Ctx) -> dict[str, Any]:
    step = _Step(ctx.emu, frozenset({"ready_to_ship"}), "failed_delivery", dbs_only=True)
    return _package_rows(ctx, "dbsFailedDeliveryReq", step)


def deliver_digital(ctx: Ctx) -> dict[str, Any]:
    emu = ctx.emu
    req = wrapper(ctx, "digitalDeliveryReq")
    out = []
    for entry in batch_list(req, "orders"):
        if not isinstance(entry, dict):
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[]")
        oid = as_id(entry.get("order_id"))
        raw_items = entry.get("order_item_list")
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_id")
        if not isinstance(raw_items, list) or not raw_items:
            raise BatchFault("700017", "PARAM_IS_NULL: orders[].order_item_list")
        rows = []
        for raw in raw_items:
            iid = as_id(raw)
            item = emu._items.get(iid) if iid is not None else None
            if item is None or item.order_id != oid or not item.is_digital:
                rows.append(row("700020", order_item_id=iid if iid is not None else raw))
                continue
            if item.status != "pending":
                rows.append(row("700000", order_item_id=iid))
                continue
            forced = forced_row(ctx)
            if forced is not None:
                rows.append(row(forced, order_item_id=iid))
                continue
            item.digital_delivery_info = "delivered by seller via open platform"
            emu._set_status(item, "delivered")
            rows.append(row("0", order_item_id=iid))
        out.append({"order_id": oid, "order_item_list": rows})
    return result({"orders": out})


def print_awb(ctx: Ctx) -> dict[str, Any]:
    emu = ctx.emu
    req = wrapper(ctx, "getDocumentReq")
    doc_type = req.get("doc_type")
    if not doc_type:
        raise BatchFault("700017", "PARAM_IS_NULL: doc_type")
    if doc_type not in ("PDF", "HTML"):
        raise BatchFault("700004", "PARAM_ILLEGAL: doc_type must be PDF or HTML")
    print_items = req.get("print_item_list", False)
    if not isinstance(print_items, bool):
        raise BatchFault("700004", "PARAM_ILLEGAL: print_item_list")
    pids = package_ids(req)
    for pid in pids:
        pkg = emu._packages.get(pid)
        if pkg is None:
            raise BatchFault("600001", f"package not found: {pid}")
        items = _package_items(ctx, pid)
        if (
            not pkg.alive
            or pkg.shipping_type == "dbs"
            or any(it.status not in PRINTABLE for it in items)
        ):
            raise BatchFault("700040")
    for pid in dict.fromkeys(pids):
        emu._counters.labels_printed[pid] += 1
    labels = [emu.label_dict(emu._packages[pid]) for pid in dict.fromkeys(pids)]
    if doc_type == "HTML":
        page = html_labels(labels, print_item_list=print_items)
        return result({"doc_type": "HTML", "file": base64.b64encode(page.encode()).decode()})
    token = secrets.token_hex(16)
    expires = emu.clock.now() + timedelta(seconds=emu.pdf_url_ttl_s)
    emu._docs[token] = AwbDoc(token, list(dict.fromkeys(pids)), print_items, expires)
    path = f"/_emulator/awb/{token}.pdf"
    query = (
        f"?Expires={int(expires.timestamp())}&OSSAccessKeyId=LTAIemulator&Signature={token[:12]}"
    )
    iframe = f'<iframe src="{path}{query}" frameborder="0" width="100%" height="100%"></iframe>'
    return result(
        {
            "doc_type": "PDF",
            "file": base64.b64encode(iframe.encode()).decode(),
            "pdf_url": f"{ctx.origin}{path}{query}",
        }
    )


def html_labels(labels: list[dict[str, Any]], *, print_item_list: bool) -> str:
    pages = []
    for lab in labels:
        r = lab["recipient"]
        items = ""
        if print_item_list:
            lines = "".join(
                f"<li>{html.escape(i['sku'])} — {html.escape(i['name'])}"
                f" {html.escape(i['variation'])}</li>"
                for i in lab["items"]
            )
            items = f"<ol class='items'>{lines}</ol>"
        pages.append(
            "<section class='label' style='width:100mm;height:150mm;page-break-after:always'>"
            f"<h1>{html.escape(lab['shipment_provider'])}</h1>"
            f"<p class='tracking'>{html.escape(lab['tracking_number'])}</p>"
            f"<p>Package {html.escape(lab['package_id'])} · Order {lab['order_number']}</p>"
            f"<p>To: {html.escape(r['name'])}, {html.escape(r['phone'])}<br>"
            f"{html.escape(r['address'])}, {html.escape(r['country'])}</p>"
            f"{items}</section>"
        )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>AWB</title></head><body>"
        + "".join(pages)
        + "</body></html>"
    )


#: API path → (handler, needs access_token, is a write)
ROUTES: dict[str, tuple[Handler, bool, bool]] = {
    "/orders/get": (get_orders, True, False),
    "/order/get": (get_order, True, False),
    "/order/items/get": (get_order_items, True, False),
    "/orders/items/get": (get_multiple_order_items, True, False),
    "/auth/token/create": (token_create, False, True),
    "/auth/token/refresh": (token_refresh, False, True),
    "/order/shipment/providers/get": (get_shipment_providers, True, False),
    "/order/fulfill/pack": (pack, True, True),
    "/order/package/repack": (recreate_package, True, True),
    "/order/package/document/get": (print_awb, True, True),
    "/order/package/rts": (ready_to_ship, True, True),
    "/order/package/sof/delivered": (dbs_delivered, True, True),
    "/order/package/sof/failed_delivery": (dbs_failed, True, True),
    "/order/digital/delivered": (deliver_digital, True, True),
}
