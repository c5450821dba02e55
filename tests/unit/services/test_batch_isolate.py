"""``isolate``: a call refused as a whole is split until the refused units are found."""

from __future__ import annotations

import pytest

from lazpack.domain.models import BatchResult, RowResult
from lazpack.errors import BusinessError, NetworkError
from lazpack.services.batch_refusal import Refusal, isolate, refusal_in, refusal_of

BAD = Refusal("700004", "PARAM_ILLEGAL", retry=False)


class Lazada:
    """Refuses every call that contains one of ``poison``; records what was sent."""

    def __init__(self, poison: set[int]) -> None:
        self.poison = poison
        self.calls: list[list[int]] = []
        self.applied: list[int] = []

    async def __call__(self, part: list[int]) -> Refusal | None:
        self.calls.append(part)
        if self.poison & set(part):
            return BAD
        self.applied.extend(part)
        return None


@pytest.mark.asyncio
@pytest.mark.parametrize("poison", [set(), {0}, {7}, {19}, {3, 12}, set(range(20))])
async def test_only_the_poisoned_units_are_refused_and_nothing_applies_twice(
    poison: set[int],
) -> None:
    lz = Lazada(poison)
    refused = await isolate(list(range(20)), lz)
    assert refused == dict.fromkeys(poison, BAD)
    assert sorted(lz.applied) == sorted(set(range(20)) - poison)
    # a unit is sent again only in a smaller call after a refusal of the whole
    singles = [c[0] for c in lz.calls if len(c) == 1]
    assert len(singles) == len(set(singles))


@pytest.mark.asyncio
async def test_one_odd_unit_in_twenty_costs_a_handful_of_calls() -> None:
    lz = Lazada({13})
    await isolate(list(range(20)), lz)
    # 20 → 10 + 10 → 5 + 5 → 2 + 3 → 1 + 2 → 1 + 1: a logarithmic number of calls
    assert len(lz.calls) <= 2 * 5 + 1
    assert lz.calls[0] == list(range(20))


@pytest.mark.asyncio
async def test_nothing_to_send_sends_nothing() -> None:
    lz = Lazada(set())
    assert await isolate([], lz) == {}
    assert lz.calls == []


def test_only_business_refusals_are_split() -> None:
    assert refusal_of(BusinessError("E0004", code="700004")) == Refusal(
        "700004", "E0004", retry=False
    )
    lock = refusal_of(BusinessError("GET_LOCK_FAILED", code="700024"))
    assert lock is not None and lock.retry
    # the network is about no order in particular: splitting cannot find a culprit
    assert refusal_of(NetworkError("down", code="transport")) is None


def test_a_whole_call_refusal_is_told_apart_from_refused_rows() -> None:
    whole = BatchResult(
        (
            RowResult(1, False, "700004", "mixed", False, order_id=9, whole_call=True),
            RowResult(2, False, "700004", "mixed", False, order_id=9, whole_call=True),
        )
    )
    assert refusal_in(whole) == Refusal("700004", "mixed", retry=False)
    rows = BatchResult(
        (
            RowResult(1, False, "700000", "not packable", False, order_id=9),
            RowResult(2, True, "0", "success", False, order_id=9),
        )
    )
    assert refusal_in(rows) is None
