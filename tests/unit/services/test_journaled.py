"""journaled_write: every write's intent is finished however the call ends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lazpack.errors import BusinessError, OutcomeUnknownError
from lazpack.services.journaled import journaled_write
from tests.helpers.packing import MemoryJournal


class Ticks:
    """A clock whose monotonic time moves 0.25 s per reading."""

    def __init__(self) -> None:
        self.t = 0.0

    def monotonic(self) -> float:
        self.t += 0.25
        return self.t

    def now(self) -> datetime:
        return datetime(2026, 1, 1, tzinfo=UTC)


def begin(journal: MemoryJournal, order_id: int) -> int:
    return journal.begin(action="rts", shop_id="s", order_ids=[order_id], package_ids=["FP1"])


def test_an_answer_is_finished_by_the_caller_with_its_time() -> None:
    journal = MemoryJournal()
    intent = begin(journal, 1)
    with journaled_write(journal, intent, clock=Ticks()) as write:
        pass
    assert write.lost is None and journal.open_intents()[0].intent_id == intent
    write.finish(outcome="ok", request_ids=["r1"])
    assert journal.intents[intent].outcome == "ok"
    [(finished, kw)] = journal.finishes
    # the intent's packages are kept (not overwritten); the time is the clock's
    assert finished == intent and "package_ids" not in kw
    assert kw["request_ids"] == ["r1"] and kw["duration_ms"] == 250.0
    assert journal.open_intents() == []


def test_a_lost_answer_is_unknown_for_every_intent_and_kept_not_raised() -> None:
    journal = MemoryJournal()
    intents = [begin(journal, 1), begin(journal, 2)]
    lost = OutcomeUnknownError("timed out", request_id="req-9")
    with journaled_write(journal, intents) as write:
        raise lost
    assert write.lost is lost
    assert [journal.intents[i].outcome for i in intents] == ["unknown", "unknown"]
    assert [kw["request_ids"] for _, kw in journal.finishes] == [["req-9"], ["req-9"]]
    assert {i.intent_id for i in journal.open_intents()} == set(intents)


def test_a_refusal_is_failed_and_raised() -> None:
    journal = MemoryJournal()
    intent = begin(journal, 1)
    with pytest.raises(BusinessError), journaled_write(journal, intent):
        raise BusinessError("refused", code="E0042")
    assert journal.intents[intent].outcome == "failed"
    assert journal.open_intents() == []


def test_a_bug_leaves_the_write_unknown_and_raises() -> None:
    journal = MemoryJournal()
    intent = begin(journal, 1)
    with pytest.raises(ZeroDivisionError), journaled_write(journal, intent):
        raise ZeroDivisionError("boom")
    assert journal.intents[intent].outcome == "unknown"
    assert journal.finishes[0][1]["detail"] == "ZeroDivisionError: boom"
