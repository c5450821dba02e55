"""Money, numbers, dates and times as people in the shop's country write them.

Pure Python (design.md §1), one table per Lazada region, after the CLDR conventions of each
country and what Lazada's own seller pages show:

=======  ========  =================  ============  ==========  ========
region   currency  money              number        date        time
=======  ========  =================  ============  ==========  ========
th       THB       ฿1,234.50          1,234,567     29/11/2026  14:05
vn       VND       1.234.567 ₫        1.234.567     29/11/2026  14:05
id       IDR       Rp1.234.567        1.234.567     29/11/2026  14.05
my       MYR       RM1,234.50         1,234,567     29/11/2026  2:05 PM
ph       PHP       ₱1,234.50          1,234,567     11/29/2026  2:05 PM
sg       SGD       S$1,234.50         1,234,567     29/11/2026  2:05 PM
=======  ========  =================  ============  ==========  ========

VND and IDR are shown without decimals (nobody pays a fraction of a dong or rupiah).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True, slots=True)
class RegionFormat:
    region: str
    currency: str
    symbol: str
    symbol_after: bool  # "1.234 ₫" rather than "฿1,234"
    decimals: int
    group: str
    point: str
    day_first: bool
    clock_12h: bool
    time_sep: str = ":"


REGIONS: dict[str, RegionFormat] = {
    "th": RegionFormat("th", "THB", "฿", False, 2, ",", ".", True, False),
    "vn": RegionFormat("vn", "VND", "₫", True, 0, ".", ",", True, False),
    "id": RegionFormat("id", "IDR", "Rp", False, 0, ".", ",", True, False, "."),
    "my": RegionFormat("my", "MYR", "RM", False, 2, ",", ".", True, True),
    "ph": RegionFormat("ph", "PHP", "₱", False, 2, ",", ".", False, True),
    "sg": RegionFormat("sg", "SGD", "S$", False, 2, ",", ".", True, True),
}
_BY_CURRENCY = {f.currency: f for f in REGIONS.values()}
#: an unknown region or currency: grouped with commas, ISO date, 24-hour clock
GENERIC = RegionFormat("", "", "", False, 2, ",", ".", True, False)


def region_format(region: str = "", currency: str = "") -> RegionFormat:
    """The conventions of ``region`` (``th vn id my ph sg``), else of the currency's country."""
    if region.lower() in REGIONS:
        return REGIONS[region.lower()]
    return _BY_CURRENCY.get(currency.upper(), GENERIC)


def format_number(value: Decimal | int | float, region: str = "", decimals: int = 0) -> str:
    """``value`` with the region's digit grouping and decimal mark (rounded half up)."""
    fmt = region_format(region)
    return _grouped(Decimal(str(value)), decimals, fmt)


def _grouped(value: Decimal, decimals: int, fmt: RegionFormat) -> str:
    q = Decimal(1).scaleb(-decimals)
    value = value.quantize(q, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = (fmt.group or ",").join(groups)
    if decimals:
        text += fmt.point + frac.ljust(decimals, "0")[:decimals]
    return sign + text


def format_money(amount: Decimal | int | float, currency: str = "", region: str = "") -> str:
    """``amount`` as the shop's country writes money: ``฿1,234.50``, ``1.234.567 ₫``.

    The currency decides symbol and decimals; an unknown currency keeps its code
    (``USD 12.50``)."""
    fmt = _BY_CURRENCY.get(currency.upper()) if currency else region_format(region)
    if fmt is None:
        return f"{currency.upper()} {_grouped(Decimal(str(amount)), 2, GENERIC)}".strip()
    number = _grouped(Decimal(str(amount)), fmt.decimals, fmt)
    if not fmt.symbol:
        return number
    sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
    if fmt.symbol_after:
        return f"{sign}{digits} {fmt.symbol}"
    return f"{sign}{fmt.symbol}{digits}"


def format_date(value: date, region: str = "") -> str:
    """``29/11/2026`` (day first) or ``11/29/2026`` (the Philippines); ISO when unknown."""
    fmt = region_format(region)
    if fmt is GENERIC:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if fmt.day_first:
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.month:02d}/{value.day:02d}/{value.year}"


def format_time(value: time | datetime, region: str = "", seconds: bool = False) -> str:
    """``14:05``, ``14.05`` (Indonesia) or ``2:05 PM``."""
    fmt = region_format(region)
    sec = f"{fmt.time_sep}{value.second:02d}" if seconds else ""
    if fmt.clock_12h:
        hour = value.hour % 12 or 12
        return f"{hour}{fmt.time_sep}{value.minute:02d}{sec} {'AM' if value.hour < 12 else 'PM'}"
    return f"{value.hour:02d}{fmt.time_sep}{value.minute:02d}{sec}"


def format_datetime(value: datetime, region: str = "", seconds: bool = False) -> str:
    return f"{format_date(value, region)} {format_time(value, region, seconds)}"
