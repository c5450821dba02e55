"""Money, numbers, dates and times per Lazada region."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from lazpack.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_time,
    region_format,
)

AMOUNT = Decimal("1234567.505")


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        ("THB", "฿1,234,567.51"),
        ("VND", "1.234.568 ₫"),
        ("IDR", "Rp1.234.568"),
        ("MYR", "RM1,234,567.51"),
        ("PHP", "₱1,234,567.51"),
        ("SGD", "S$1,234,567.51"),
        ("USD", "USD 1,234,567.51"),
    ],
)
def test_money_per_currency(currency: str, expected: str) -> None:
    assert format_money(AMOUNT, currency) == expected


def test_money_small_negative_and_region_default() -> None:
    assert format_money(Decimal("5"), "THB") == "฿5.00"
    assert format_money(Decimal("-45.8"), "SGD") == "-S$45.80"
    assert format_money(Decimal("-15000"), "VND") == "-15.000 ₫"
    assert format_money(Decimal("999"), region="vn") == "999 ₫"
    assert format_money(Decimal("0.5"), "IDR") == "Rp1"  # half up, no decimals


@pytest.mark.parametrize(
    ("region", "expected"),
    [("th", "1,234,567"), ("vn", "1.234.567"), ("id", "1.234.567"), ("ph", "1,234,567")],
)
def test_number_grouping(region: str, expected: str) -> None:
    assert format_number(1234567, region) == expected


def test_number_decimals_use_the_regions_mark() -> None:
    assert format_number(Decimal("1234.5"), "vn", decimals=2) == "1.234,50"
    assert format_number(Decimal("1234.5"), "th", decimals=2) == "1,234.50"
    assert format_number(12, "sg") == "12"


D = datetime(2026, 11, 29, 14, 5, 9)


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("th", "29/11/2026 14:05"),
        ("vn", "29/11/2026 14:05"),
        ("id", "29/11/2026 14.05"),
        ("my", "29/11/2026 2:05 PM"),
        ("ph", "11/29/2026 2:05 PM"),
        ("sg", "29/11/2026 2:05 PM"),
        ("", "2026-11-29 14:05"),
    ],
)
def test_datetime_per_region(region: str, expected: str) -> None:
    assert format_datetime(D, region) == expected


def test_time_edge_cases() -> None:
    assert format_time(time(0, 7), "sg") == "12:07 AM"
    assert format_time(time(12, 0), "ph") == "12:00 PM"
    assert format_time(D, "th", seconds=True) == "14:05:09"
    assert format_date(date(2026, 1, 2), "ph") == "01/02/2026"


def test_region_falls_back_to_the_currency() -> None:
    assert region_format("", "vnd").region == "vn"
    assert region_format("TH").currency == "THB"
