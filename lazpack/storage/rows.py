"""What the journal's modules share about its rows: timestamps, text, intents.

Timestamps are UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (see ``schema``). Free text is
redacted and made encodable before it is stored (``clean_text``/``clean_detail``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

from lazpack.domain.ports import Intent
from lazpack.domain.scan_results import ITEM_SCANS as ITEM_SCANS
from lazpack.domain.scan_results import WRONG_SCANS as WRONG_SCANS
from lazpack.domain.text import clean_text as clean_text
from lazpack.log import redact

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
#: what counts as an item scan and a wrong scan is defined in lazpack.domain.scan_results
#: Intents that ``open_intents`` hands to the reconciler (an SQL condition on ``intents``).
OPEN_INTENTS = "outcome IS NULL OR outcome = 'unknown'"
#: The columns ``intent_from_row`` reads, in order.
INTENT_COLUMNS = (
    "id, action, shop_id, order_ids, item_ids, package_ids, packer, started_at, outcome"
)


def format_ts(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("journal timestamps must be timezone-aware")
    return dt.astimezone(UTC).strftime(TS_FORMAT)


def parse_ts(text: str) -> datetime:
    # fromisoformat reads the trailing Z (3.11+) and is ~30x faster than strptime.
    return datetime.fromisoformat(text)


def intent_applied(outcome: str | None, detail: str) -> bool:
    """Whether a finished intent's write took effect at Lazada."""
    if outcome in ("ok", "partial"):
        return True
    return outcome == "reconciled" and detail.startswith("applied")


def clean_detail(text: str) -> str:
    """Free text is redacted before it is stored: the journal must never hold a secret."""
    return redact(clean_text(text)) if text else text


def clean_all(values: Sequence[str]) -> list[str]:
    """Distinct non-empty values, each ``clean_text``-ed, in first-seen order."""
    return list(dict.fromkeys(clean_text(str(v)) for v in values if v))


def intent_from_row(row: Sequence[object]) -> Intent:
    """An ``Intent`` from a row of ``INTENT_COLUMNS``."""
    return Intent(
        intent_id=int(str(row[0])),
        action=str(row[1]),
        shop_id=str(row[2]),
        order_ids=tuple(json.loads(str(row[3]))),
        item_ids=tuple(json.loads(str(row[4]))),
        package_ids=tuple(json.loads(str(row[5]))),
        packer=str(row[6]),
        started_at=parse_ts(str(row[7])),
        outcome=None if row[8] is None else str(row[8]),
    )


def chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]
