"""One journaled write: the intent before the call, its outcome after, whatever happens.

Every write to Lazada goes through :func:`journaled_write`::

    intent = journal.begin(action="rts", ...)
    with journaled_write(journal, intent, clock=clock) as write:
        result = await port.ready_to_ship(packages)
    if write.lost is not None:
        ...  # the answer was lost: reconcile before anything is sent again
    else:
        write.finish(outcome=result.outcome, request_ids=result.request_ids)

* the answer was lost (``OutcomeUnknownError``): every intent is finished ``unknown`` and
  the error is kept in ``write.lost`` (not raised) — the caller reconciles;
* Lazada refused knowingly (any ``KnownError``): finished ``failed``, the error is raised;
* anything else (a bug, a cancellation): the call may have reached Lazada, so finished
  ``unknown`` and raised.

An ``unknown`` intent stays open (``JournalPort.open_intents``) and is reconciled against
Lazada's item statuses before the same order is written again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from lazpack.domain.clock import SystemClock
from lazpack.domain.models import BatchResult
from lazpack.domain.ports import Clock, JournalPort
from lazpack.errors import ApiError, KnownError, OutcomeUnknownError
from lazpack.i18n import translate

#: How a failure is written into the intent's ``detail`` (default: its text).
Describe = Callable[[BaseException], str]


@dataclass(slots=True)
class JournaledWrite:
    """The intents of one call in flight, and how the call ended."""

    journal: JournalPort
    intents: tuple[int, ...]
    clock: Clock
    started: float
    lost: OutcomeUnknownError | None = None

    @property
    def intent(self) -> int:
        """The intent of a call that carries one (the single-order pipeline)."""
        return self.intents[0]

    @property
    def elapsed_ms(self) -> float:
        return (self.clock.monotonic() - self.started) * 1000.0

    def finish(
        self,
        *,
        outcome: str,
        request_ids: Sequence[str] = (),
        detail: str = "",
        package_ids: Sequence[str] | None = None,
        intent: int | None = None,
    ) -> None:
        """Finish one intent (default: the only one) after an answer, with the call's time.

        ``package_ids``: the packages the answer created (Pack); None keeps the intent's."""
        target = self.intent if intent is None else intent
        ms = self.elapsed_ms
        if package_ids is None:
            self.journal.finish(
                target, outcome=outcome, request_ids=request_ids, detail=detail, duration_ms=ms
            )
        else:
            self.journal.finish(
                target,
                outcome=outcome,
                request_ids=request_ids,
                detail=detail,
                package_ids=package_ids,
                duration_ms=ms,
            )

    def end_all(self, outcome: str, err: BaseException, describe: Describe) -> None:
        request_id = err.request_id if isinstance(err, ApiError) else ""
        for intent in self.intents:
            self.journal.finish(
                intent,
                outcome=outcome,
                request_ids=[request_id] if request_id else [],
                detail=describe(err),
                duration_ms=self.elapsed_ms,
            )


def describe_bug(err: BaseException) -> str:
    return f"{type(err).__name__}: {err}"


@contextmanager
def journaled_write(
    journal: JournalPort,
    intents: int | Iterable[int],
    *,
    clock: Clock | None = None,
    describe: Describe = str,
) -> Iterator[JournaledWrite]:
    """Finish the intents of the call made inside the block however it ends (see module)."""
    ids = (intents,) if isinstance(intents, int) else tuple(intents)
    clock = clock or SystemClock()
    write = JournaledWrite(journal, ids, clock, clock.monotonic())
    try:
        yield write
    except OutcomeUnknownError as err:
        write.end_all("unknown", err, describe)
        write.lost = err
    except KnownError as err:
        write.end_all("failed", err, describe)
        raise
    except BaseException as err:
        write.end_all("unknown", err, describe_bug)
        raise


def rows_text(res: BatchResult) -> str:
    """The refused rows of an answer, for the journal and the packer."""
    if res.all_ok:
        return "ok"
    failed = "; ".join(f"{r.key}: {r.msg} ({r.err_code})" for r in res.failed)
    return failed or translate("Journaled", "no rows in the answer")
