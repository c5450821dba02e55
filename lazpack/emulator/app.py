"""The emulator's ASGI app: the Lazada gateway under ``/rest`` (``gateway.py``) and the
unsigned inspection and control routes under ``/_emulator`` that tests and the demo use
(consent page, catalogue, product images, AWB PDFs, orders, packages, counters, faults).

Inspection routes answer bad input with HTTP 400 and ``{"error": "..."}``; they are not part
of Lazada's API, so they do not use its envelope.
"""

from __future__ import annotations

import html
import math
import re
from typing import Any
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from lazpack.emulator.decode import id_text, loads
from lazpack.emulator.faults import FAULT_KINDS, MANGLE_KINDS, Faults
from lazpack.emulator.gateway import Gateway
from lazpack.emulator.images import product_png
from lazpack.emulator.labels import render_awb_pdf
from lazpack.emulator.world import DEMO_ACCOUNT, World

#: Orders one POST /_emulator/orders may add.
MAX_ADD_ORDERS = 1000
#: Longest latency, jitter or hang /_emulator/faults accepts, in seconds.
MAX_DELAY_S = 3600.0


# ====================================================================== /_emulator
def build_app(world: World, faults: Faults) -> Starlette:
    gateway = Gateway(world, faults)

    async def authorize(request: Request) -> Response:
        q = request.query_params
        redirect_uri = q.get("redirect_uri", "")
        if q.get("response_type") != "code":
            return PlainTextResponse("response_type must be code", status_code=400)
        if q.get("client_id") not in world.apps:
            return PlainTextResponse("unknown client_id (app key)", status_code=400)
        parts = _callback_url(redirect_uri)
        if parts is None:
            return PlainTextResponse("redirect_uri is missing or not a URL", status_code=400)
        registered = world.registered_redirect_uri
        if registered is not None and redirect_uri != registered:
            return PlainTextResponse(
                "redirect_uri does not match the app's callback", status_code=400
            )
        if q.get("uuid"):
            return PlainTextResponse("uuid must not be used", status_code=400)
        code = world.mint_auth_code(app_key=q["client_id"], account=DEMO_ACCOUNT)
        query = parse_qsl(parts.query, keep_blank_values=True)
        query.append(("code", code))
        if q.get("state"):
            query.append(("state", q["state"]))
        target = urlunsplit(parts._replace(query=urlencode(query)))
        return RedirectResponse(target, status_code=302)

    async def catalogue(request: Request) -> Response:
        return JSONResponse(world.catalogue())

    async def image(request: Request) -> Response:
        product = world.find_product(request.path_params["sku"])
        if product is None:
            return PlainTextResponse("no such product image", status_code=404)
        return Response(
            product_png(product.sku, product.color),
            media_type="image/png",
            headers={"Cache-Control": "max-age=86400"},
        )

    async def product_page(request: Request) -> Response:
        product = world.product_by_id(request.path_params["product_id"])
        if product is None:
            return PlainTextResponse("no such product", status_code=404)
        title = html.escape(product.name)
        return Response(
            f"<!DOCTYPE html><html><body><h1>{title}</h1></body></html>", media_type="text/html"
        )

    async def awb(request: Request) -> Response:
        token = request.path_params["token"]
        with world.lock:
            doc = world.find_doc(token)
            now = world.clock.now()
            labels = []
            if doc is not None:
                for pid in doc.package_ids:
                    pkg = world.find_package(pid)
                    if pkg is not None:
                        labels.append(world.label_dict(pkg))
        if doc is None:
            return _oss_error(404, "NoSuchKey", "The specified key does not exist.", request)
        if request.query_params.get("Signature") != token[:12]:
            return _oss_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
                request,
            )
        if now >= doc.expires_at:
            return _oss_error(403, "AccessDenied", "Request has expired.", request)
        if doc.pdf is None:
            doc.pdf = await run_in_threadpool(
                render_awb_pdf, labels, print_item_list=doc.print_item_list
            )
        return Response(doc.pdf, media_type="application/pdf")

    async def order_state(request: Request) -> Response:
        oid = id_text(request.path_params["order_id"])
        with world.lock:
            order = world.find_order(oid) if oid is not None else None
            if order is None:
                return JSONResponse({"error": "no such order"}, status_code=404)
            pkgs = {it.package_id for it in order.items if it.package_id}
            return JSONResponse(
                {
                    "order": world.order_dict(order),
                    "items": [world.item_dict(it, world.public_origin) for it in order.items],
                    "packages": [p.to_dict() for p in world.packages(order.order_id)],
                    "live_package_ids": sorted(pkgs),
                }
            )

    async def orders_index(request: Request) -> Response:
        q = request.query_params
        if request.method == "POST":
            n = id_text(q.get("n", "1"))
            if n is None or not 1 <= n <= MAX_ADD_ORDERS:
                return JSONResponse(
                    {"error": f"n must be a whole number from 1 to {MAX_ADD_ORDERS}"},
                    status_code=400,
                )
            kw: dict[str, Any] = {}
            for flag in ("dbs", "digital", "cross_border", "mixed_shipping"):
                if flag in q:
                    kw[flag] = q[flag] in ("1", "true")
            if "status" in q:
                kw["status"] = q["status"]
            try:
                ids = world.add_orders(n, **kw)
            except ValueError as err:
                return JSONResponse({"error": str(err)}, status_code=400)
            return JSONResponse({"order_ids": ids}, status_code=201)
        return JSONResponse({"order_ids": world.order_ids(q.get("status"))})

    async def packages(request: Request) -> Response:
        return JSONResponse({p.package_id: p.to_dict() for p in world.packages()})

    async def labels(request: Request) -> Response:
        return JSONResponse(dict(world.labels_printed()))

    async def calls(request: Request) -> Response:
        return JSONResponse(dict(world.calls()))

    async def faults_route(request: Request) -> Response:
        """GET: fault settings, pending one-shots and injected counts. POST a JSON object to
        change them on a running (e.g. ``lazpack-emulator``) process: any of ``latency_ms``,
        ``jitter_ms``, ``fault_rate``, ``fault_kinds``, ``qps_limit``, ``hang_s``,
        ``clear`` (true), ``fail_rows`` [{code, count, api}], ``lose_answers`` [{count, api}],
        ``refuse_batches`` [{code, count, api, match, msg}],
        ``mangle_answers`` [{kind, count, api}], ``expire_access_tokens`` (true)."""
        if request.method == "POST":
            try:
                body = loads(await request.body() or b"{}", "the body")
                if not isinstance(body, dict):
                    raise ValueError("the body must be a JSON object")
                _apply_faults(faults, body)
            except (ValueError, TypeError, KeyError, OverflowError) as err:
                return JSONResponse({"error": f"bad fault settings: {err}"}, status_code=400)
        return JSONResponse(faults.snapshot())

    async def state(request: Request) -> Response:
        with world.lock:
            body = {
                "region": world.region.code,
                "orders": world.order_count(),
                "items_by_status": world.items_by_status(),
                "packages": len(world.packages()),
                "labels_printed": dict(world.labels_printed()),
                "calls": dict(world.calls()),
                "refused_rows": dict(world.refused_rows()),
            }
        return JSONResponse(body)

    routes = [
        Route("/rest/{path:path}", gateway),  # an ASGI app: every method reaches it
        Route("/_emulator/oauth/authorize", authorize),
        Route("/_emulator/catalogue", catalogue),
        Route("/_emulator/images/{sku}.png", image),
        Route("/_emulator/products/{product_id}.html", product_page),
        Route("/_emulator/awb/{token}.pdf", awb),
        Route("/_emulator/orders", orders_index, methods=["GET", "POST"]),
        Route("/_emulator/orders/{order_id}", order_state),
        Route("/_emulator/packages", packages),
        Route("/_emulator/labels", labels),
        Route("/_emulator/calls", calls),
        Route("/_emulator/state", state),
        Route("/_emulator/faults", faults_route, methods=["GET", "POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.world = world
    return app


def _callback_url(url: str) -> SplitResult | None:
    """An http(s) URL with a host and a valid port, split; None for anything else."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # ValueError for a port out of range or not a number
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts


def _apply_faults(f: Faults, body: dict[str, Any]) -> None:
    # Validate everything before changing anything: a bad request leaves the faults as they were.
    known = {"latency_ms", "jitter_ms", "fault_rate", "fault_kinds", "qps_limit", "hang_s", "clear",
             "fail_rows", "lose_answers", "refuse_batches", "mangle_answers",
             "expire_access_tokens"}  # fmt: skip
    unknown = set(body) - known
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    numbers = {k: _number(body[k], k) for k in ("latency_ms", "jitter_ms", "hang_s") if k in body}
    if any(v < 0 for v in numbers.values()):
        raise ValueError("delays must be >= 0")
    limits = {"latency_ms": MAX_DELAY_S * 1000, "jitter_ms": MAX_DELAY_S * 1000}
    if any(v > limits.get(k, MAX_DELAY_S) for k, v in numbers.items()):
        raise ValueError(f"delays must be at most {MAX_DELAY_S:.0f} s")
    rate = _number(body["fault_rate"], "fault_rate") if "fault_rate" in body else None
    if rate is not None and not 0.0 <= rate <= 1.0:
        raise ValueError("fault_rate must be between 0 and 1")
    kinds = tuple(
        str(k) for k in _list(body.get("fault_kinds", list(f.fault_kinds)), "fault_kinds")
    )
    if set(kinds) - set(FAULT_KINDS):
        raise ValueError(f"fault_kinds must be among {', '.join(FAULT_KINDS)}")
    rows = [
        (str(r["code"]), _count(r), _api(r))
        for r in _objects(body.get("fail_rows", []), "fail_rows")
    ]
    lost = [(_count(r), _api(r)) for r in _objects(body.get("lose_answers", []), "lose_answers")]
    mangled = [
        (_mangle_kind(r), _count(r), _api(r))
        for r in _objects(body.get("mangle_answers", []), "mangle_answers")
    ]
    refusals = [
        (_text(r, "code"), _count(r), _api(r), _text(r, "match", ""), _text(r, "msg", ""))
        for r in _objects(body.get("refuse_batches", []), "refuse_batches")
    ]
    qps = _count({"count": body["qps_limit"]}, 0) if "qps_limit" in body else None
    if body.get("clear"):
        f.clear()
    for name, value in numbers.items():
        setattr(f, name, value)
    if rate is not None:
        f.fault_rate = rate
    f.fault_kinds = kinds
    if "qps_limit" in body:
        f.qps_limit = qps or None
    for code, count, api in rows:
        f.fail_rows(code, count, api)
    for count, api in lost:
        f.lose_answers(count, api)
    for code, count, api, match, msg in refusals:
        f.refuse_batches(code, count, api, match=match, msg=msg)
    for kind, count, api in mangled:
        f.mangle_answers(kind, count, api)
    if body.get("expire_access_tokens"):
        f.expire_access_tokens()


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{name} must be a number")
    number = float(value)  # OverflowError for a huge int: reported like a ValueError
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number")
    return number


def _list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list")
    return value


def _objects(value: Any, name: str) -> list[dict[str, Any]]:
    items = _list(value, name)
    if not all(isinstance(r, dict) for r in items):
        raise ValueError(f"{name} must be a list of objects")
    return items


def _count(entry: dict[str, Any], default: int = 1) -> int:
    value = entry.get("count", default)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("counts must be whole numbers")
    number = id_text(value) if isinstance(value, str) else value
    if number is None or not 0 <= number <= 10**9:
        raise ValueError("counts must be whole numbers from 0 to 1000000000")
    return number


def _text(entry: dict[str, Any], name: str, default: str | None = None) -> str:
    value = entry.get(name, default)
    if value is None:
        raise ValueError(f"{name} is required")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f"{name} must be text")
    return str(value)


def _mangle_kind(entry: dict[str, Any]) -> str:
    kind = entry.get("kind")
    if kind not in MANGLE_KINDS:
        raise ValueError(f"mangle_answers[].kind must be one of {', '.join(MANGLE_KINDS)}")
    return str(kind)


def _api(entry: dict[str, Any]) -> str | None:
    api = entry.get("api")
    if api is not None and not isinstance(api, str):
        raise ValueError("api must be a path like /order/fulfill/pack")
    return api


def _oss_error(status: int, code: str, message: str, request: Request) -> Response:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n'
        f"  <Code>{code}</Code>\n  <Message>{message}</Message>\n"
        f"  <RequestId>{re.sub(r'[^0-9A-F]', '', request.url.path.upper())[:24]}</RequestId>\n"
        f"  <HostId>{request.url.hostname}</HostId>\n</Error>\n"
    )
    return Response(body, status, media_type="application/xml")
