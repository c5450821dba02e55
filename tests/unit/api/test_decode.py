from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from lazpack.api import decode
from lazpack.errors import (
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


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "2018-10-31 10:18:27 +0700",
            datetime(2018, 10, 31, 10, 18, 27, tzinfo=timezone(timedelta(hours=7))),
        ),
        (
            "2018-02-09T22:44:30+08:00",
            datetime(2018, 2, 9, 22, 44, 30, tzinfo=timezone(timedelta(hours=8))),
        ),
        ("2017-11-11T12:00:00Z", datetime(2017, 11, 11, 12, 0, 0, tzinfo=UTC)),
        (1517820392000, datetime(2018, 2, 5, 8, 46, 32, tzinfo=UTC)),
        ("1517820392000", datetime(2018, 2, 5, 8, 46, 32, tzinfo=UTC)),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_every_lazada_form(raw: object, expected: datetime | None) -> None:
    assert decode.parse_datetime(raw) == expected


def test_unreadable_date_is_malformed() -> None:
    with pytest.raises(MalformedResponseError):
        decode.parse_datetime("31/10/2018")


def test_ids_money_and_booleans_are_lenient() -> None:
    assert decode.to_int("211800000000001") == decode.to_int(211800000000001) == 211800000000001
    assert decode.to_decimal("288.00") == Decimal("288.00")
    assert decode.to_decimal(0.1) == Decimal("0.1")
    assert decode.to_bool("true") and decode.to_bool(1) and decode.to_bool("1")
    assert not decode.to_bool("false") and not decode.to_bool(0) and not decode.to_bool(None)
    with pytest.raises(MalformedResponseError):
        decode.to_int("abc")


def _order(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "order_id": "211800000000001",
        "order_number": 211800000000001,
        "created_at": "2018-09-22 00:09:17 +0700",
        "updated_at": "2018-09-25T12:53:16+07:00",
        "statuses": ["pending"],
        "items_count": "2",
        "price": "279.00",
        "shipping_fee": 1.5,
        "gift_option": "false",
        "payment_method": "COD",
        "address_shipping": {"first_name": "A", "city": "Bang Yai"},
    }
    base.update(over)
    return base


def test_order_decoding() -> None:
    page = decode.decode_orders_page({"count": 1, "countTotal": "7", "orders": [_order()]})
    order = page.orders[0]
    assert page.count_total == 7
    assert order.order_id == 211800000000001
    assert order.items_count == 2
    assert order.price == Decimal("279.00")
    assert order.shipping_fee == Decimal("1.5")
    assert order.is_cod and not order.gift_option
    assert order.address_shipping.city == "Bang Yai"
    assert order.created_at.utcoffset() == timedelta(hours=7)


def test_orders_page_without_count_total() -> None:
    assert decode.decode_orders_page({"orders": [_order()]}).count_total is None


def test_item_decoding_with_string_flags() -> None:
    item = decode.decode_item(
        {
            "order_item_id": "10900001",
            "order_id": 1408000000001,
            "status": "pending",
            "sku": "ASC-8",
            "item_price": 1.0,
            "paid_price": "1.00",
            "is_digital": 0,
            "delivery_option_sof": "1",
            "created_at": 1517820392000,
        }
    )
    assert item.order_item_id == 10900001
    assert item.is_dbs and not item.is_digital
    assert item.paid_price == Decimal("1.00")


def test_tokens_accept_both_country_list_names() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    info = [{"country": "id", "user_id": 4, "seller_id": "5", "short_code": "ID1"}]
    common = {"access_token": "a" * 10, "refresh_token": "r" * 10, "expires_in": 60}
    created = decode.decode_tokens({**common, "country_user_info": info}, now)
    refreshed = decode.decode_tokens({**common, "country_user_info_list": info}, now)
    assert created.country_user_info == refreshed.country_user_info
    assert created.country_user_info[0].user_id == "4"
    assert created.expires_at == now + timedelta(seconds=60)
    assert "a" * 10 not in repr(created)


def test_batch_error_reads_both_spellings() -> None:
    assert decode.batch_error({"error_code": "700009", "error_msg": "x"}) == ("700009", "x")
    assert decode.batch_error({"errorCode": "700020", "errorMsg": "y"}) == ("700020", "y")


def test_row_retry_as_string_or_bool() -> None:
    a = decode.decode_row(
        {"package_id": "FP1", "item_err_code": "0", "retry": "true"}, key_field="package_id"
    )
    b = decode.decode_row(
        {"package_id": "FP2", "item_err_code": "600001", "retry": False}, key_field="package_id"
    )
    assert a.ok and a.retry
    assert not b.ok and not b.retry and b.err_code == "600001"


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("IllegalAccessToken", IllegalAccessTokenError),
        ("IllegalRefreshToken", IllegalRefreshTokenError),
        ("InvalidCode", InvalidCodeError),
        ("AUTH_TYPE_UNSUPPORTED", AuthTypeUnsupportedError),
        ("IncompleteSignature", SignatureError),
        ("ApiCallLimit", RateLimitError),
        ("901", RateLimitError),
        ("998", RateLimitError),
        ("ServiceTimeout", TransientError),
        ("MissingParameter", MissingParameterError),
        ("InvalidParameter", InvalidParameterError),
        ("SellerNotActive", SellerNotActiveError),
        ("16", BusinessError),
    ],
)
def test_error_codes_map_to_the_tree(code: str, cls: type[Exception]) -> None:
    err = decode.error_from_body(
        {"code": code, "type": "ISV", "message": "m", "request_id": "rq"}, "/orders/get"
    )
    assert type(err) is cls
    assert err.code == code and err.request_id == "rq" and err.api_path == "/orders/get"


def test_ban_seconds_parsed_from_message() -> None:
    msg = "Api access frequency exceeds the limit. this ban will last 3 seconds."
    err = decode.error_from_body({"code": "ApiCallLimit", "message": msg}, "/x")
    assert isinstance(err, RateLimitError) and err.ban_seconds == 3.0
    assert decode.ban_seconds("no number here") == 1.0


@pytest.mark.parametrize("body", [[], "x", {"data": {}}, None])
def test_wrong_envelope_is_malformed(body: object) -> None:
    with pytest.raises(MalformedResponseError):
        decode.check_envelope(body, "/orders/get")


@pytest.mark.parametrize("raw", ["NaN", "nan", "Infinity", "-Infinity", "inf", "sNaN", " NaN "])
def test_amount_text_that_is_not_a_finite_number_is_malformed(raw: str) -> None:
    # The "12.50" fast path must apply the same finiteness rule as the lenient path.
    with pytest.raises(MalformedResponseError):
        decode.to_decimal(raw)


def test_order_with_a_nan_price_is_malformed() -> None:
    with pytest.raises(MalformedResponseError):
        decode.decode_order(
            {"order_id": 1, "created_at": "2024-01-01 10:00:00 +0800", "price": "NaN"}
        )


def test_a_decoder_bug_is_not_reported_as_a_malformed_answer() -> None:
    # A TypeError/AttributeError/KeyError is a bug in lazpack, not Lazada's bad answer:
    # as MalformedResponseError it would be retried (reads) or reported as unknown (writes).
    @decode.total
    def buggy(data: dict[str, int]) -> int:
        return data["missing"]

    with pytest.raises(KeyError):
        buggy({})


def test_hostile_data_is_still_a_malformed_answer() -> None:
    deep: object = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(MalformedResponseError):
        decode.decode_order({"order_id": 1, "created_at": 10**400})
    with pytest.raises(MalformedResponseError):
        decode.decode_order(
            {"order_id": 1, "created_at": "2024-01-01 10:00:00 +0800", "remarks": deep}
        )


def test_every_address_field_is_read_from_its_own_key() -> None:
    names = [
        "first_name", "last_name", "phone", "phone2", "address1", "address2", "address3",
        "address4", "address5", "city", "post_code", "country",
    ]  # fmt: skip
    address = decode.decode_address({n: f"<{n}>" for n in names} | {"post_code": 10110})
    assert {n: getattr(address, n) for n in names} == {n: f"<{n}>" for n in names} | {
        "post_code": "10110"
    }


def test_dates_of_one_utc_offset_share_one_tzinfo_and_keep_their_instant() -> None:
    # Aware datetimes with different tzinfo objects compare ~10x slower (offset arithmetic):
    # the orders list sorts thousands of them at a time.
    a = decode.parse_datetime("2026-11-01 10:00:00 +0800")
    b = decode.parse_datetime("2026-11-01T10:00:07+08:00")
    c = decode.parse_datetime("2026-11-01 10:00:09 +08:00")
    assert a is not None and b is not None and c is not None
    assert a.tzinfo is b.tzinfo is c.tzinfo
    assert a == datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
    assert a.utcoffset() == timedelta(hours=8)
    assert decode.parse_datetime("2026-11-01 10:00:00 +0000").tzinfo is UTC
    assert decode.parse_datetime("2026-11-01 10:00:00 -0530") == datetime(
        2026, 11, 1, 10, 0, tzinfo=timezone(-timedelta(hours=5, minutes=30))
    )
