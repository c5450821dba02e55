"""Lenient decoding of Lazada answers into the domain models, and error mapping.

Why plain dataclasses (``lazpack.domain.models``) and hand-written decoders instead of
pydantic/msgspec models: the domain layer must stay pure Python (import-linter enforces
it), so the models cannot depend on a validation library; and Lazada's wire types are
inconsistent in ways a declarative schema handles badly — the same id arrives as a
number or a string, money as a string on orders and a number on items, dates in three
formats, the refresh answer renames the country list, batch errors use two spellings.
A few explicit functions state each tolerance once. Where decoding cost does matter —
the GetOrders and GetMultipleOrderItems answers of a big sync, on the thread that paints
scans — ``wire.py`` reads the usual wire types straight into msgspec structs and hands
every other answer back to the functions here, which stay the definition.

Tolerances implemented here:

* ids → ``int`` whether sent as number or string; package ids stay ``str``;
* money → ``Decimal`` via ``str`` (never through float arithmetic);
* dates: ``2018-10-31 10:18:27 +0700``, ISO-8601 (``Z`` or offset), epoch milliseconds;
* booleans: ``true``/``false``, ``1``/``0``, ``"true"``/``"1"``;
* ``country_user_info`` (create) or ``country_user_info_list`` (refresh);
* batch error fields ``error_code``/``error_msg`` or ``errorCode``/``errorMsg``;
* row ``retry`` as boolean or string.

Anything that is not the expected envelope raises ``MalformedResponseError``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any, ParamSpec, TypeVar

from lazpack.domain.models import (
    Address,
    AwbDocument,
    CountryUserInfo,
    Order,
    OrderItem,
    OrdersPage,
    RowResult,
    ShipmentProvider,
    ShipmentProviders,
    TokenSet,
)
from lazpack.domain.text import clean_text
from lazpack.errors import (
    ApiError,
    AuthError,
    AuthTypeUnsupportedError,
    BusinessError,
    IllegalAccessTokenError,
    IllegalRefreshTokenError,
    InvalidCodeError,
    InvalidParameterError,
    MalformedResponseError,
    MissingParameterError,
    RateLimitError,
    SellerNotActiveError,
    SignatureError,
    TransientError,
)

Json = dict[str, Any]
P = ParamSpec("P")
R = TypeVar("R")

#: What decoding hostile input can raise besides ``MalformedResponseError``: nesting deep
#: enough to exhaust the stack, numbers too big for a float, a date or a timedelta, text
#: that is no number. Shapes (an object or a list where one was expected) are checked by
#: ``_obj``/``_list`` before use, so ``TypeError``/``AttributeError``/``KeyError`` are not
#: here: one of those is a bug in a decoder and must surface as one, not pass for "Lazada
#: sent a bad answer" (a read would be retried, a write reported as of unknown outcome).
DECODE_FAILURES: tuple[type[Exception], ...] = (RecursionError, OverflowError, ValueError)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_LAZADA_DT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_BAN_RE = re.compile(r"ban will last\s+(\d+(?:\.\d+)?)\s*second", re.IGNORECASE)


# ------------------------------------------------------------------ bytes → JSON


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number Lazada sends")


def parse_json(raw: bytes) -> Any:
    """The JSON value of an answer body, or ``MalformedResponseError``.

    Total over any bytes: invalid UTF-8, truncation, nesting deep enough to exhaust the
    parser (``RecursionError``), integers past Python's digit limit, ``NaN``/``Infinity``.
    Lone surrogates (``"\\udc80"`` escapes, which no real text contains) are replaced with
    U+FFFD so no text the station keeps, shows or writes can fail to encode; the scan of
    the raw bytes for such an escape keeps well-formed answers on the fast path.
    """
    try:
        value = json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError, OverflowError) as err:
        why = "too deeply nested" if isinstance(err, RecursionError) else "not JSON"
        raise MalformedResponseError(f"the answer is {why}") from err
    if b"\\ud" in raw or b"\\uD" in raw:
        try:
            value = _sanitise(value)
        except RecursionError as err:  # pragma: no cover - json.loads nests less deeply
            raise MalformedResponseError("the answer is too deeply nested") from err
    return value


def _sanitise(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_sanitise(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k): _sanitise(v) for k, v in value.items()}
    return value


def total(fn: Callable[P, R]) -> Callable[P, R]:
    """Decoders are total: whatever the input, a model or ``MalformedResponseError``.

    Applied to the entry points the client calls (not to the per-row helpers inside
    their loops, which the entry point's guard already covers)."""

    @functools.wraps(fn)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except DECODE_FAILURES as err:
            raise MalformedResponseError(
                f"the answer could not be decoded ({type(err).__name__})"
            ) from err

    return guarded


# ------------------------------------------------------------------ scalars
def to_int(value: Any, default: int = 0) -> int:
    """An id or count sent as a JSON number or a string."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise MalformedResponseError(f"expected an integer, got {type(value).__name__}")


def to_decimal(value: Any) -> Decimal:
    cls = value.__class__
    if cls is str and value:
        try:  # the usual "12.50": no strip/replace copies (Decimal ignores outer spaces)
            amount = Decimal(value)
        except InvalidOperation:
            pass  # "1,234.00" and friends: the lenient path below
        else:
            if not amount.is_finite():  # "NaN", "Infinity", "sNaN" parse too
                raise MalformedResponseError("expected an amount, got a non-finite one")
            return amount
    elif cls is int:
        return Decimal(value)
    elif cls is float:  # item prices arrive as numbers: repr is what str() gives
        amount = Decimal(repr(value))
        if not amount.is_finite():
            raise MalformedResponseError("expected an amount, got a non-finite one")
        return amount
    if value is None or value == "":
        return Decimal(0)
    if isinstance(value, bool):
        raise MalformedResponseError("expected an amount, got a boolean")
    try:
        amount = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation as err:
        raise MalformedResponseError("expected an amount") from err
    if not amount.is_finite():
        raise MalformedResponseError("expected an amount, got a non-finite one")
    return amount


def to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y"}
    return False


def strict_bool(value: Any, what: str, api_path: str = "") -> bool:
    """A flag that decides whether a write was applied (a fulfilment answer's ``success``):
    a JSON boolean or the docs' all-strings ``"true"``/``"false"``. Anything else is
    ``MalformedResponseError`` — ``to_bool`` would read it as false, a verdict the
    answer never gave."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise MalformedResponseError(f"{what} is neither true nor false", api_path=api_path)


def to_str(value: Any) -> str:
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_datetime(value: Any) -> datetime | None:
    """``2018-10-31 10:18:27 +0700``, ISO-8601, or epoch milliseconds → aware datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise MalformedResponseError("expected a date")
    return parse_text_datetime(value)


@functools.lru_cache(maxsize=4096)
def parse_text_datetime(value: str) -> datetime | None:
    # Cached: every item of an order repeats the order's timestamps.
    dt = _parse_text_datetime(value)
    if dt is None or dt.tzinfo is None or dt.tzinfo is UTC:
        return dt
    return dt.replace(tzinfo=_zone(dt.utcoffset()))


@functools.lru_cache(maxsize=64)
def _zone(offset: timedelta | None) -> tzinfo:
    """One tzinfo object per UTC offset: datetimes that share theirs compare ~10x faster
    (no offset arithmetic), and the orders list sorts thousands of them at a time."""
    return UTC if not offset else timezone(offset)


def _parse_text_datetime(value: str) -> datetime | None:
    text = value.strip()
    if len(text) == 25 and text[19] == " " and text[20] in "+-":
        # Lazada's usual "2018-10-31 10:18:27 +0700": the C ISO parser once reshaped.
        try:
            return datetime.fromisoformat(f"{text[:19]}{text[20:23]}:{text[23:]}")
        except ValueError:
            pass
    if text.isdigit():
        return _from_epoch(float(text))
    m = _LAZADA_DT.match(text)
    if not m:
        raise MalformedResponseError(f"unreadable date {text[:40]!r}")
    y, mo, d, h, mi, s, tz = m.groups()
    if tz is None or tz == "Z":
        zone: tzinfo = UTC
    else:
        tz = tz.replace(":", "")
        sign = 1 if tz[0] == "+" else -1
        minutes = int(tz[1:3]) * 60 + int(tz[3:5])
        zone = timezone(sign * timedelta(minutes=minutes))
    try:
        return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s), tzinfo=zone)
    except ValueError as err:
        raise MalformedResponseError(f"invalid date {text[:40]!r}") from err


def _from_epoch(number: float) -> datetime:
    # Lazada's epoch values are milliseconds; a seconds value would be before 1971 as ms.
    seconds = number / 1000.0 if number > 10**11 else number
    try:
        return _EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError) as err:
        raise MalformedResponseError("a date out of range") from err


def _required_dt(value: Any, field: str) -> datetime:
    dt = parse_datetime(value)
    if dt is None:
        raise MalformedResponseError(f"missing {field}")
    return dt


def _obj(value: Any, what: str) -> Json:
    if not isinstance(value, dict):
        raise MalformedResponseError(f"expected an object for {what}")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MalformedResponseError(f"expected a list for {what}")
    return value


# ------------------------------------------------------------------ envelopes
@total
def error_from_body(body: Mapping[str, Any], api_path: str) -> ApiError:
    """Map Lazada's error envelope to the lazpack error tree."""
    code = to_str(body.get("code")).strip()
    message = to_str(body.get("message"))
    kw: dict[str, Any] = {
        "code": code,
        "type": to_str(body.get("type")),
        "request_id": to_str(body.get("request_id")),
        "api_path": api_path,
    }
    return error_for_code(code, message, **kw)


def error_for_code(code: str, message: str, /, **kw: Any) -> ApiError:
    if code == "IllegalAccessToken":
        return IllegalAccessTokenError(message, **kw)
    if code == "IllegalRefreshToken":
        return IllegalRefreshTokenError(message, **kw)
    if code == "InvalidCode":
        return InvalidCodeError(message, **kw)
    if code == "AUTH_TYPE_UNSUPPORTED":
        return AuthTypeUnsupportedError(message, **kw)
    if code in {"IncompleteSignature", "InvalidAppKey", "InvalidSignature"}:
        return SignatureError(message, **kw)
    if code in {"AppNotSubscribed", "AppWhiteIpLimit"}:
        return AuthError(message, **kw)
    if code in {"ApiCallLimit", "901", "998", "AppCallLimit"}:
        return RateLimitError(message, ban_seconds=ban_seconds(message), **kw)
    if code in {"ServiceTimeout", "UnknownRuntimeException"}:
        return TransientError(message, **kw)
    if code == "MissingParameter":
        return MissingParameterError(message, **kw)
    if code in {"InvalidParameter", "InvalidApi"}:
        return InvalidParameterError(message, **kw)
    if code in {"SellerNotVerified", "SellerNotActive"}:
        return SellerNotActiveError(message, **kw)
    return BusinessError(message, **kw)


def ban_seconds(message: str) -> float:
    """``… this ban will last 3 seconds.`` → 3.0 (1 s when the message says nothing)."""
    m = _BAN_RE.search(message or "")
    return float(m.group(1)) if m else 1.0


@total
def check_envelope(body: Any, api_path: str) -> Json:
    """Return the body if ``code == "0"``; raise the mapped error otherwise."""
    if not isinstance(body, dict):
        raise MalformedResponseError("the answer is not a JSON object", api_path=api_path)
    if "code" not in body:
        raise MalformedResponseError("the answer has no code field", api_path=api_path)
    code = body["code"]
    if isinstance(code, bool) or not isinstance(code, str | int) or code == "":
        # An error envelope carries Lazada's code as text (or a number): anything else
        # is not Lazada talking, and for a write it says nothing about what was applied.
        raise MalformedResponseError("the answer's code is not a Lazada code", api_path=api_path)
    if to_str(body.get("code")).strip() != "0":
        raise error_from_body(body, api_path)
    return body


def data_of(body: Json, api_path: str) -> Any:
    if "data" not in body:
        raise MalformedResponseError(
            "the answer has no data", api_path=api_path, request_id=to_str(body.get("request_id"))
        )
    return body["data"]


@total
def result_of(body: Json, api_path: str) -> Json:
    """The ``result`` object of a fulfilment answer (``{success, data, error_code…}``)."""
    result = body.get("result")
    if not isinstance(result, dict) or "success" not in result:
        raise MalformedResponseError(
            "the answer has no result", api_path=api_path, request_id=to_str(body.get("request_id"))
        )
    return result


@total
def batch_error(result: Mapping[str, Any]) -> tuple[str, str]:
    """``(code, message)`` of a whole-batch failure, whichever spelling Lazada used."""
    code = to_str(result.get("error_code", result.get("errorCode", "")))
    msg = to_str(
        result.get("error_msg", result.get("errorMsg", result.get("message", "batch failed")))
    )
    return code, msg


# ------------------------------------------------------------------ models
#: Lazada's address fields; each is ``Address``'s field of the same name.
_ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "phone2",
    "address1",
    "address2",
    "address3",
    "address4",
    "address5",
    "city",
    "post_code",
    "country",
)
_EMPTY_ADDRESS = Address()


def decode_address(value: Any) -> Address:
    if not isinstance(value, dict) or not value:
        return _EMPTY_ADDRESS  # frozen: one shared empty address is safe
    fields: dict[str, str] = {}
    for name in _ADDRESS_FIELDS:
        v = value.get(name)
        fields[name] = v if v.__class__ is str else to_str(v)
    return Address(**fields)


@total
def decode_order(value: Any) -> Order:
    o = _obj(value, "an order")
    if "order_id" not in o:
        raise MalformedResponseError("an order without order_id")
    order_id = to_int(o.get("order_id"))
    statuses = tuple(to_str(s) for s in _list(o.get("statuses"), "statuses"))
    return Order(
        order_id=order_id,
        order_number=to_int(o.get("order_number"), default=order_id),
        created_at=_required_dt(o.get("created_at"), "created_at"),
        updated_at=parse_datetime(o.get("updated_at"))
        or _required_dt(o.get("created_at"), "created_at"),
        statuses=statuses,
        items_count=to_int(o.get("items_count")),
        price=to_decimal(o.get("price")),
        shipping_fee=to_decimal(o.get("shipping_fee")),
        voucher=to_decimal(o.get("voucher")),
        payment_method=to_str(o.get("payment_method")),
        customer_first_name=to_str(o.get("customer_first_name")),
        customer_last_name=to_str(o.get("customer_last_name")),
        address_shipping=decode_address(o.get("address_shipping")),
        address_billing=decode_address(o.get("address_billing")),
        gift_option=to_bool(o.get("gift_option")),
        gift_message=to_str(o.get("gift_message")),
        remarks=to_str(o.get("remarks")),
        buyer_note=to_str(o.get("buyer_note")),
        warehouse_code=to_str(o.get("warehouse_code")),
        promised_shipping_times=to_str(o.get("promised_shipping_times")),
        need_cancel_confirm=to_bool(o.get("need_cancel_confirm")),
        is_cancel_pending=to_bool(o.get("is_cancel_pending")),
    )


@total
def decode_orders_page(data: Any) -> OrdersPage:
    d = _obj(data, "GetOrders data")
    orders = tuple(decode_order(o) for o in _list(d.get("orders"), "orders"))
    total = d.get("countTotal", d.get("count_total"))
    return OrdersPage(
        orders=orders,
        count=to_int(d.get("count"), default=len(orders)),
        count_total=None if total is None or total == "" else to_int(total),
    )


def decode_item(value: Any) -> OrderItem:
    i = _obj(value, "an order item")
    if "order_item_id" not in i:
        raise MalformedResponseError("an order item without order_item_id")
    return OrderItem(
        order_item_id=to_int(i.get("order_item_id")),
        order_id=to_int(i.get("order_id")),
        status=to_str(i.get("status")),
        name=to_str(i.get("name")),
        sku=to_str(i.get("sku")),
        shop_sku=to_str(i.get("shop_sku")),
        variation=to_str(i.get("variation")),
        item_price=to_decimal(i.get("item_price")),
        paid_price=to_decimal(i.get("paid_price")),
        currency=to_str(i.get("currency")),
        is_digital=to_bool(i.get("is_digital")),
        delivery_option_sof=to_bool(i.get("delivery_option_sof")),
        package_id=to_str(i.get("package_id")),
        tracking_code=to_str(i.get("tracking_code")),
        shipment_provider=to_str(i.get("shipment_provider")),
        shipping_provider_type=to_str(i.get("shipping_provider_type")),
        shipping_type=to_str(i.get("shipping_type")),
        product_main_image=to_str(i.get("product_main_image")),
        product_id=to_int(i.get("product_id")),
        sku_id=to_int(i.get("sku_id")),
        reason=to_str(i.get("reason")),
        is_cancel_pending=to_bool(i.get("is_cancel_pending")),
        need_cancel_confirm=to_bool(i.get("need_cancel_confirm")),
        created_at=parse_datetime(i.get("created_at")),
        updated_at=parse_datetime(i.get("updated_at")),
    )


@total
def decode_items(data: Any) -> list[OrderItem]:
    return [decode_item(i) for i in _list(data, "GetOrderItems data")]


@total
def decode_multiple_items(data: Any) -> dict[int, list[OrderItem]]:
    out: dict[int, list[OrderItem]] = {}
    for entry in _list(data, "GetMultipleOrderItems data"):
        e = _obj(entry, "an order of GetMultipleOrderItems")
        order_id = to_int(e.get("order_id"))
        out[order_id] = [decode_item(i) for i in _list(e.get("order_items"), "order_items")]
    return out


@total
def decode_providers(data: Any) -> ShipmentProviders:
    d = _obj(data, "GetShipmentProvider data")
    providers = tuple(
        ShipmentProvider(name=to_str(p.get("name")), provider_code=to_str(p.get("provider_code")))
        for p in (_obj(x, "a provider") for x in _list(d.get("shipment_providers"), "providers"))
    )
    return ShipmentProviders(
        platform_default=to_bool(d.get("platform_default")),
        providers=providers,
        shipping_allocate_type=to_str(d.get("shipping_allocate_type")),
    )


def decode_row(row: Any, *, key_field: str, order_id: int | None = None) -> RowResult:
    r = _obj(row, "a batch row")
    raw_key = r.get(key_field)
    key: int | str = to_int(raw_key) if key_field == "order_item_id" else to_str(raw_key)
    err_code = to_str(r.get("item_err_code", "")).strip()
    return RowResult(
        key=key,
        ok=err_code == "0",
        err_code=err_code or "?",
        msg=to_str(r.get("msg")),
        retry=to_bool(r.get("retry")),
        order_id=order_id,
        package_id=to_str(r.get("package_id")),
        tracking_number=to_str(r.get("tracking_number")),
        shipment_provider=to_str(r.get("shipment_provider")),
    )


@total
def decode_order_rows(data: Any, list_field: str) -> list[RowResult]:
    """Pack (``pack_order_list``) / DeliverDigital (``orders``) rows, one per item."""
    d = _obj(data, "batch data")
    rows: list[RowResult] = []
    for entry in _list(d.get(list_field), list_field):
        e = _obj(entry, "a batch order")
        order_id = to_int(e.get("order_id"))
        for row in _list(e.get("order_item_list"), "order_item_list"):
            rows.append(decode_row(row, key_field="order_item_id", order_id=order_id))
    return rows


@total
def decode_pack_rows(data: Any, api_path: str) -> list[RowResult]:
    """Pack's rows: as ``decode_order_rows``, and a row Pack says it packed must name
    the package it packed into (without it nothing can be printed or shipped)."""
    rows = decode_order_rows(data, "pack_order_list")
    for r in rows:
        if r.ok and not r.package_id:
            raise MalformedResponseError(
                f"a packed row without package_id ({r.key})", api_path=api_path
            )
    return rows


@total
def decode_package_rows(data: Any) -> list[RowResult]:
    d = _obj(data, "batch data")
    return [decode_row(r, key_field="package_id") for r in _list(d.get("packages"), "packages")]


@total
def decode_awb(data: Any, package_ids: Sequence[str], request_id: str) -> AwbDocument:
    d = _obj(data, "PrintAWB data")
    raw = to_str(d.get("file"))
    try:
        file = base64.b64decode(raw, validate=False) if raw else b""
    except (binascii.Error, ValueError) as err:
        raise MalformedResponseError("PrintAWB file is not base64") from err
    return AwbDocument(
        doc_type=to_str(d.get("doc_type")),
        package_ids=tuple(package_ids),
        pdf_url=to_str(d.get("pdf_url")),
        file=file,
        request_id=request_id,
    )


@total
def decode_tokens(body: Json, now: datetime) -> TokenSet:
    access = body.get("access_token")
    refresh = body.get("refresh_token")
    if not isinstance(access, str) or not access or not isinstance(refresh, str):
        raise MalformedResponseError(
            "the token answer has no tokens", request_id=to_str(body.get("request_id"))
        )
    infos_raw = body.get("country_user_info")
    if infos_raw is None:
        infos_raw = body.get("country_user_info_list")
    infos = tuple(
        CountryUserInfo(
            country=to_str(c.get("country")),
            seller_id=to_str(c.get("seller_id")),
            user_id=to_str(c.get("user_id")),
            short_code=to_str(c.get("short_code")),
        )
        for c in (_obj(x, "country_user_info") for x in _list(infos_raw, "country_user_info"))
    )
    return TokenSet(
        access_token=access,
        refresh_token=refresh,
        expires_at=now + _lifetime(body.get("expires_in")),
        refresh_expires_at=now + _lifetime(body.get("refresh_expires_in")),
        country=to_str(body.get("country")),
        account=to_str(body.get("account")),
        account_platform=to_str(body.get("account_platform")),
        country_user_info=infos,
    )


#: Longest token lifetime believed (Lazada's are 7-180 days); a bigger or unreadable
#: ``expires_in`` must not cost the rotated refresh token its answer (case 8).
_MAX_LIFETIME = timedelta(days=3650)


def _lifetime(value: Any) -> timedelta:
    """``expires_in`` seconds as a timedelta, clamped to 0..10 years; unreadable → 0
    (the token is then refreshed at its next use, which is safe)."""
    try:
        seconds = to_int(value)
    except MalformedResponseError:
        try:
            seconds = int(float(value))
        except (TypeError, ValueError, OverflowError):
            return timedelta(0)
    if seconds <= 0:
        return timedelta(0)
    return min(timedelta(seconds=min(seconds, 10**10)), _MAX_LIFETIME)
