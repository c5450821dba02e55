"""The HTTP face of the emulator: the Lazada gateway under /rest and inspection under /_emulator.

Gateway order (what a real client meets first is what it must handle first): unknown API,
missing system params, unknown app, sign method, timestamp window, signature, access token,
QPS limit; then latency and random faults; then the API itself under the world lock.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from lazpack.emulator import apis
from lazpack.emulator.apis import ApiFault, BatchFault, Ctx
from lazpack.emulator.faults import FAULT_KINDS, Faults
from lazpack.emulator.images import product_png
from lazpack.emulator.labels import render_awb_pdf
from lazpack.emulator.signing import verify
from lazpack.log import get_logger

if TYPE_CHECKING:
    from lazpack.emulator.core import Emulator

log = get_logger("emulator")

TIMESTAMP_WINDOW_S = 7200
SYSTEM_PARAMS = ("app_key", "sign", "sign_method", "timestamp")
_JSON_TYPE = "application/json;charset=UTF-8"


def _dumps(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _Gateway:
    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    # ------------------------------------------------------------------ plumbing
    def _answer(self, body: dict[str, Any], request_id: str, status: int = 200) -> Response:
        body = {**body, "request_id": request_id}
        headers = {"Date": format_datetime(self.emu.clock.now().astimezone(UTC), usegmt=True)}
        return Response(_dumps(body), status, headers=headers, media_type=_JSON_TYPE)

    def _error(self, fault: ApiFault, request_id: str) -> Response:
        body = {"type": fault.type, "code": fault.code, "message": fault.message}
        return self._answer(body, request_id)

    @staticmethod
    async def _params(request: Request) -> dict[str, str]:
        params = dict(request.query_params.multi_items())
        if request.method != "POST":
            return params
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
            async with request.form() as form:
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        continue  # file params are not signed and not used by these APIs
                    params[key] = value
        elif ctype == "application/json":
            raw = await request.body()
            if raw.strip():
                try:
                    data = json.loads(raw)
                except ValueError as err:
                    raise ApiFault(
                        "InvalidParameter", "The request body is not valid JSON"
                    ) from err
                if not isinstance(data, dict):
                    raise ApiFault("InvalidParameter", "The request body must be a JSON object")
                for key, value in data.items():
                    params[str(key)] = _scalar(value)
        return params

    def _check_timestamp(self, raw: str) -> None:
        try:
            if raw.isdigit():
                when = datetime.fromtimestamp(int(raw) / 1000, UTC)
            else:
                when = datetime.fromisoformat(raw)
                if when.tzinfo is None:
                    raise ValueError("naive timestamp")
        except (ValueError, OverflowError, OSError) as err:
            raise _timestamp_fault() from err
        skew = abs((self.emu.clock.now() - when).total_seconds())
        if skew > TIMESTAMP_WINDOW_S:
            raise _timestamp_fault()

    # ------------------------------------------------------------------ the gateway
    async def handle(self, request: Request) -> Response:
        emu = self.emu
        api = "/" + request.path_params["path"].strip("/")
        request_id = emu.next_request_id()
        with emu.lock:
            emu._counters.calls[api] += 1
        try:
            params = await self._params(request)
            route = apis.ROUTES.get(api)
            if route is None:
                raise ApiFault("InvalidApi", f"The specified API is not found: {api}")
            handler, needs_token, is_write = route
            for name in SYSTEM_PARAMS:
                if not params.get(name):
                    raise apis.missing(name)
            app_key = params["app_key"]
            secret = emu.apps.get(app_key)
            if secret is None:
                raise ApiFault("InvalidAppKey", "The specified app key is invalid")
            if params["sign_method"] != "sha256":
                raise apis.invalid("sign_method")
            self._check_timestamp(params["timestamp"])
            # Lazada's gateway is Java; its documented Java signer skips empty values while
            # the Python sample signs ``key + ""``. Verifying the Java way means a client that
            # sends empty params fails here, as it would risk failing against Lazada.
            signed = {k: v for k, v in params.items() if k != "sign" and v != ""}
            if not verify(secret, api, signed, params["sign"]):
                raise ApiFault(
                    "IncompleteSignature",
                    "The request signature does not conform to lazop standards",
                )
            if needs_token:
                token = params.get("access_token")
                if not token:
                    raise apis.missing("access_token")
                with emu.lock:
                    valid = emu.token_valid(token, "access", app_key)
                if valid is None:
                    raise ApiFault(
                        "IllegalAccessToken", "The specified access token is invalid or expired"
                    )
            if not emu.faults.admit(app_key, api):
                raise ApiFault(
                    "ApiCallLimit",
                    f"Api access frequency exceeds the limit. this ban will last "
                    f"{emu.faults.ban_s} seconds.",
                )
        except ApiFault as fault:
            await self._delay()
            return self._error(fault, request_id)

        await self._delay()
        fault_kind = emu.faults.random_fault()
        if fault_kind is not None:
            return await self._random_fault(fault_kind, request_id, request)

        origin = _origin(request)
        ctx = Ctx(emu=emu, params=params, origin=origin, api=api, app_key=app_key)
        refused = emu.faults.take_batch_refusal(api, lambda: emu.call_subject(params))
        if refused is not None:
            result = {"success": False, "error_code": refused[0], "error_msg": refused[1]}
            return self._answer({"code": "0", "result": result}, request_id)
        try:
            with emu.lock:
                body = handler(ctx)
        except ApiFault as fault:
            return self._error(fault, request_id)
        except BatchFault as fault:
            body = {
                "code": "0",
                "result": {"success": False, "error_code": fault.code, "error_msg": fault.message},
            }
        if is_write and emu.faults.take_lost_answer(api):
            # Applied on the server; the answer arrives too late for any sane client timeout.
            log.info("emulator: answer to %s lost (hang %.1fs)", api, emu.faults.hang_s)
            await _hang(request, emu.faults.hang_s)
        return self._answer(body, request_id)

    async def _delay(self) -> None:
        delay = self.emu.faults.delay_s()
        if delay > 0:
            await asyncio.sleep(delay)

    async def _random_fault(self, kind: str, request_id: str, request: Request) -> Response:
        if kind == "ServiceTimeout":
            fault = ApiFault(
                "ServiceTimeout", "The request has failed due to service timeout", "ISP"
            )
            return self._error(fault, request_id)
        if kind == "timeout":
            await _hang(request, self.emu.faults.hang_s)
            return PlainTextResponse("504 Gateway Time-out", status_code=504)
        status = (500, 502, 503)[int(request_id[-1]) % 3]
        text = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
        page = f"<html><body><h1>{status} {text[status]}</h1><p>Tengine</p></body></html>"
        return Response(page, status, media_type="text/html")


async def _hang(request: Request, seconds: float) -> None:
    """Hold the answer back, but stop once the client has given up: over loopback a hung
    handler would otherwise outlive the connection and be cancelled at server shutdown."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while (left := deadline - loop.time()) > 0:
        if await request.is_disconnected():
            return
        await asyncio.sleep(min(0.05, left))


def _timestamp_fault() -> ApiFault:
    # Lazada's gateway code for this was not found; this one is used by its wallet APIs.
    return ApiFault("OPEN_API_TIMESTAMP_INVALID", "The input timestamp is invalid")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _origin(request: Request) -> str:
    return str(request.base_url).rstrip("/")


# ====================================================================== /_emulator
def build_app(emu: Emulator) -> Starlette:
    gateway = _Gateway(emu)

    async def authorize(request: Request) -> Response:
        q = request.query_params
        redirect_uri = q.get("redirect_uri", "")
        if q.get("response_type") != "code":
            return PlainTextResponse("response_type must be code", status_code=400)
        if q.get("client_id") not in emu.apps:
            return PlainTextResponse("unknown client_id (app key)", status_code=400)
        if not redirect_uri or urlsplit(redirect_uri).scheme not in ("http", "https"):
            return PlainTextResponse("redirect_uri is missing or not a URL", status_code=400)
        if emu.registered_redirect_uri is not None and redirect_uri != emu.registered_redirect_uri:
            return PlainTextResponse(
                "redirect_uri does not match the app's callback", status_code=400
            )
        if q.get("uuid"):
            return PlainTextResponse("uuid must not be used", status_code=400)
        code = emu.mint_auth_code(app_key=q["client_id"])
        parts = urlsplit(redirect_uri)
        query = parse_qsl(parts.query, keep_blank_values=True)
        query.append(("code", code))
        if q.get("state"):
            query.append(("state", q["state"]))
        target = urlunsplit(parts._replace(query=urlencode(query)))
        return RedirectResponse(target, status_code=302)

    async def catalogue(request: Request) -> Response:
        return JSONResponse(emu.catalogue)

    async def image(request: Request) -> Response:
        sku = request.path_params["sku"]
        product = emu._products.get(sku)
        if product is None:
            return PlainTextResponse("no such product image", status_code=404)
        return Response(
            product_png(product.sku, product.color),
            media_type="image/png",
            headers={"Cache-Control": "max-age=86400"},
        )

    async def product_page(request: Request) -> Response:
        pid = request.path_params["product_id"]
        with emu.lock:
            names = [p for p in emu._products.values() if str(p.product_id) == pid]
        if not names:
            return PlainTextResponse("no such product", status_code=404)
        title = names[0].name
        return Response(
            f"<!DOCTYPE html><html><body><h1>{title}</h1></body></html>", media_type="text/html"
        )

    async def awb(request: Request) -> Response:
        token = request.path_params["token"]
        with emu.lock:
            doc = emu._docs.get(token)
            now = emu.clock.now()
            if doc is not None:
                labels = [emu.label_dict(emu._packages[p]) for p in doc.package_ids]
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

    def _order_view(order_id: int) -> dict[str, Any]:
        order = emu._orders[order_id]
        pkgs = {it.package_id for it in order.items if it.package_id}
        return {
            "order": emu.order_dict(order),
            "items": [emu.item_dict(it, emu.public_origin) for it in order.items],
            "packages": [p.to_dict() for p in emu._packages.values() if p.order_id == order_id],
            "live_package_ids": sorted(pkgs),
        }

    async def order_state(request: Request) -> Response:
        raw = request.path_params["order_id"]
        with emu.lock:
            if not raw.isdigit() or int(raw) not in emu._orders:
                return JSONResponse({"error": "no such order"}, status_code=404)
            return JSONResponse(_order_view(int(raw)))

    async def orders_index(request: Request) -> Response:
        if request.method == "POST":
            n = int(request.query_params.get("n", "1"))
            kw: dict[str, Any] = {}
            for flag in ("dbs", "digital", "cross_border", "mixed_shipping"):
                if flag in request.query_params:
                    kw[flag] = request.query_params[flag] in ("1", "true")
            if "status" in request.query_params:
                kw["status"] = request.query_params["status"]
            try:
                ids = emu.add_orders(n, **kw)
            except ValueError as err:
                return JSONResponse({"error": str(err)}, status_code=400)
            return JSONResponse({"order_ids": ids}, status_code=201)
        return JSONResponse({"order_ids": emu.order_ids(request.query_params.get("status"))})

    async def packages(request: Request) -> Response:
        return JSONResponse(emu.packages)

    async def labels(request: Request) -> Response:
        return JSONResponse(dict(emu.labels_printed))

    async def calls(request: Request) -> Response:
        return JSONResponse(dict(emu.calls))

    async def faults(request: Request) -> Response:
        """GET: fault settings, pending one-shots and injected counts. POST a JSON object to
        change them on a running (e.g. ``lazpack-emulator``) process: any of ``latency_ms``,
        ``jitter_ms``, ``fault_rate``, ``fault_kinds``, ``qps_limit``, ``hang_s``,
        ``clear`` (true), ``fail_rows`` [{code, count, api}], ``lose_answers`` [{count, api}],
        ``refuse_batches`` [{code, count, api, match, msg}],
        ``expire_access_tokens`` (true)."""
        f = emu.faults
        if request.method == "POST":
            try:
                body = json.loads(await request.body() or b"{}")
                if not isinstance(body, dict):
                    raise ValueError("the body must be a JSON object")
                _apply_faults(f, body)
            except (ValueError, TypeError, KeyError) as err:
                return JSONResponse({"error": f"bad fault settings: {err}"}, status_code=400)
        return JSONResponse(f.snapshot())

    async def state(request: Request) -> Response:
        with emu.lock:
            by_status: dict[str, int] = {}
            for it in emu._items.values():
                by_status[it.status] = by_status.get(it.status, 0) + 1
            body = {
                "region": emu.region.code,
                "orders": len(emu._orders),
                "items_by_status": by_status,
                "packages": len(emu._packages),
                "labels_printed": dict(emu._counters.labels_printed),
                "calls": dict(emu._counters.calls),
                "refused_rows": dict(emu._counters.refused_rows),
            }
        return JSONResponse(body)

    routes = [
        Route("/rest/{path:path}", gateway.handle, methods=["GET", "POST"]),
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
        Route("/_emulator/faults", faults, methods=["GET", "POST"]),
    ]
    app = Starlette(routes=routes)
    app.state.emulator = emu
    return app


def _apply_faults(f: Faults, body: dict[str, Any]) -> None:
    # Validate everything before changing anything: a bad request leaves the faults as they were.
    known = {"latency_ms", "jitter_ms", "fault_rate", "fault_kinds", "qps_limit", "hang_s", "clear",
             "fail_rows", "lose_answers", "refuse_batches", "expire_access_tokens"}  # fmt: skip
    unknown = set(body) - known
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}")
    numbers = {k: float(body[k]) for k in ("latency_ms", "jitter_ms", "hang_s") if k in body}
    if any(v < 0 for v in numbers.values()):
        raise ValueError("delays must be >= 0")
    rate = float(body["fault_rate"]) if "fault_rate" in body else None
    if rate is not None and not 0.0 <= rate <= 1.0:
        raise ValueError("fault_rate must be between 0 and 1")
    kinds = tuple(str(k) for k in body.get("fault_kinds", f.fault_kinds))
    if set(kinds) - set(FAULT_KINDS):
        raise ValueError(f"fault_kinds must be among {', '.join(FAULT_KINDS)}")
    rows = [
        (str(r["code"]), int(r.get("count", 1)), r.get("api")) for r in body.get("fail_rows", [])
    ]
    lost = [(int(r.get("count", 1)), r.get("api")) for r in body.get("lose_answers", [])]
    refusals = [
        (str(r["code"]), int(r.get("count", 1)), r.get("api"), str(r.get("match", "")),
         str(r.get("msg", "")))
        for r in body.get("refuse_batches", [])
    ]  # fmt: skip
    if body.get("clear"):
        f.clear()
    for name, value in numbers.items():
        setattr(f, name, value)
    if rate is not None:
        f.fault_rate = rate
    f.fault_kinds = kinds
    if "qps_limit" in body:
        f.qps_limit = int(body["qps_limit"]) or None
    for code, count, api in rows:
        f.fail_rows(code, count, api)
    for count, api in lost:
        f.lose_answers(count, api)
    for code, count, api, match, msg in refusals:
        f.refuse_batches(code, count, api, match=match, msg=msg)
    if body.get("expire_access_tokens"):
        f.expire_access_tokens()


def _oss_error(status: int, code: str, message: str, request: Request) -> Response:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n'
        f"  <Code>{code}</Code>\n  <Message>{message}</Message>\n"
        f"  <RequestId>{re.sub(r'[^0-9A-F]', '', request.url.path.upper())[:24]}</RequestId>\n"
        f"  <HostId>{request.url.hostname}</HostId>\n</Error>\n"
    )
    return Response(body, status, media_type="application/xml")
