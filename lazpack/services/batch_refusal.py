"""A batch call Lazada refuses as a whole: its reason, and the search for the orders it is about.

When Lazada refuses a call as a whole (``success: false``, or an error for the whole
request), nothing in it was applied: :func:`isolate` splits the call in halves, then single
units, until the refused ones are found; only those fail, each with its :class:`Refusal`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from lazpack.domain.models import BatchResult
from lazpack.errors import BusinessError, KnownError
from lazpack.i18n import arg

K = TypeVar("K", bound=Hashable)

#: Codes of a whole-call refusal after which the same orders may succeed when sent again
#: (system error, 3PL allocation, RPC error, lock not acquired; lazada-api.md §4.2).
RETRYABLE_CODES = frozenset({"6", "1003", "40011", "700024"})


@dataclass(frozen=True, slots=True)
class Refusal:
    """Lazada refused a whole call: its reason, and whether sending again can help."""

    code: str
    msg: str
    retry: bool

    def text(self, template: str) -> str:
        """``template`` (translated, with ``%1`` the message and ``%2`` the code) filled in."""
        return arg(template, self.msg, self.code)


def refusal_of(err: KnownError) -> Refusal | None:
    """A refusal of the whole request that splitting can narrow down, or None when the
    error is about no order in particular (authorization, network, rate limit)."""
    if not isinstance(err, BusinessError):
        return None
    code = getattr(err, "code", "") or "error"
    msg = getattr(err, "lazada_message", "") or err.user_message
    return Refusal(code, msg, code in RETRYABLE_CODES)


def refusal_in(res: BatchResult) -> Refusal | None:
    """The whole-call refusal (``success: false``) carried by an answer's rows, if any."""
    if not res.rows or not all(r.whole_call for r in res.rows):
        return None
    r = res.rows[0]
    return Refusal(r.err_code, r.msg, r.retry or r.err_code in RETRYABLE_CODES)


async def isolate(
    units: Sequence[K], call: Callable[[list[K]], Awaitable[Refusal | None]]
) -> dict[K, Refusal]:
    """Send ``units`` with ``call``; a call refused as a whole is split in halves, then
    single units, until the refused ones are isolated. Returns those with their refusal.

    ``call`` returns the :class:`Refusal` of a whole-call refusal (nothing applied), else
    None after judging the units itself. Units of a refused call are sent again only in
    smaller calls, and a single unit never twice.
    """
    refused: dict[K, Refusal] = {}
    queue: list[list[K]] = [list(units)] if units else []
    while queue:
        part = queue.pop(0)
        why = await call(part)
        if why is None:
            continue
        if len(part) == 1:
            refused[part[0]] = why
            continue
        mid = len(part) // 2
        queue[:0] = [part[:mid], part[mid:]]
    return refused
