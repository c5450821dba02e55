"""What a scan was, as the journal records it, and what the statistics count: ONE place.

The packing service journals every scan with a ``result`` taken from :func:`scan_result`;
Stats, History and the per-order summaries decide with :func:`is_item_scan` and
:func:`is_wrong_scan` what a packer did:

* an *item scan* is an attempt to verify an item of the open order (``ok``, ``manual``,
  or a wrong scan);
* a *wrong scan* is a packer's mistake with the scanner: an item that is not in the order
  (``wrong_item``), one unit too many (``over_scan``), a code nobody knows (``unknown``);
* everything else is not a wrong scan: opening an order or scanning it again, its label,
  a command (CANCEL, DONE…), closing, a key or scan refused in the current state, a scan while
  a step runs, an ambiguous code.

Journals written before this module recorded cancels, closes and refusals as ``unknown``; the
scan's ``detail`` (``"<kind>: <message>"``) tells them apart, so old days count right too.
"""

from __future__ import annotations

from lazpack.domain.workflow import Kind

OK = "ok"
MANUAL = "manual"
WRONG_ITEM = "wrong_item"
OVER_SCAN = "over_scan"
UNKNOWN = "unknown"
ORDER = "order"
COMMAND = "command"
CANCEL = "cancel"
CLOSE = "close"
REFUSED = "refused"
AMBIGUOUS = "ambiguous"

#: results that count as a packer's mistake in the wrong-scan rate
WRONG_SCANS = frozenset({WRONG_ITEM, OVER_SCAN, UNKNOWN})
#: results that are an attempt to verify an item (the denominator of that rate)
ITEM_SCANS = WRONG_SCANS | {OK, MANUAL}

_RESULT: dict[Kind, str] = {
    Kind.OK: OK,
    Kind.COMPLETE: OK,
    Kind.MANUAL: MANUAL,
    Kind.WRONG_ITEM: WRONG_ITEM,
    Kind.OVER_SCAN: OVER_SCAN,
    Kind.UNKNOWN: UNKNOWN,
    Kind.ORDER_OPENED: ORDER,
    Kind.DUPLICATE: ORDER,
    Kind.LABEL_CONFIRMED: ORDER,
    Kind.LABEL_MISMATCH: ORDER,
    Kind.NOTHING_TO_PACK: ORDER,
    Kind.AMBIGUOUS: AMBIGUOUS,
    Kind.CANCELLED: CANCEL,
    Kind.CLOSED: CLOSE,
    Kind.NOT_ALLOWED: REFUSED,
    Kind.BUSY: REFUSED,
    Kind.NO_ORDER: REFUSED,
}


def scan_result(kind: Kind) -> str:
    """The journal's ``result`` for a scan whose outcome was ``kind``."""
    return _RESULT.get(kind, COMMAND)


def _legacy_kind(detail: str) -> str:
    head, sep, _rest = detail.partition(":")
    return head.strip() if sep else ""


def is_item_scan(result: str, detail: str = "") -> bool:
    """An attempt to verify an item (the wrong-scan rate's denominator)."""
    if result == UNKNOWN:
        return is_wrong_scan(result, detail)
    return result in ITEM_SCANS


def is_wrong_scan(result: str, detail: str = "") -> bool:
    """A packer's mistake: an item not in the order, one too many, an unknown code."""
    if result not in WRONG_SCANS:
        return False
    if result == UNKNOWN:
        # an older journal's "unknown" may be a cancel or a refusal: its detail says
        kind = _legacy_kind(detail)
        return kind in ("", Kind.UNKNOWN.value, Kind.WRONG_ITEM.value)
    return True
