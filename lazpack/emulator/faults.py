"""Fault injection: latency, random 5xx / timeouts / ServiceTimeout, QPS limits, forced row
failures, whole-call refusals (``refuse_batches``), expired tokens, "applied but the answer
was lost" and "applied but answered badly" (``mangle_answers``).

All randomness comes from one seeded ``random.Random``, so a failing test replays the same
faults. Attributes can be changed at any time from the test thread; the lock keeps the
one-shot queues consistent against the server thread.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass

#: Kinds a random fault can take; tests may narrow ``fault_kinds``.
FAULT_KINDS = ("5xx", "timeout", "ServiceTimeout")

#: Ways ``mangle_answers`` spoils an answer the API has already applied (issue 13): not JSON
#: ("html", "truncated", "empty"), or JSON that says less than it should ("no_result": code
#: "0" and nothing else, "success_null", "data_empty" / "data_null" for reads, and
#: "no_package_id": Pack rows that say OK without a package id).
MANGLE_KINDS = (
    "html", "truncated", "empty", "no_result", "success_null", "data_empty", "data_null",
    "no_package_id",
)  # fmt: skip


#: The fulfilment APIs: their answers carry ``result.success`` (lazada-api.md §4.0).
FULFILMENT_APIS = frozenset(
    {
        "/order/shipment/providers/get",
        "/order/fulfill/pack",
        "/order/package/repack",
        "/order/package/document/get",
        "/order/package/rts",
        "/order/package/sof/delivered",
        "/order/package/sof/failed_delivery",
        "/order/digital/delivered",
    }
)


@dataclass
class _OneShot:
    remaining: int
    api: str | None
    code: str = ""
    match: str = ""  # refusals: only calls whose parameters contain this text (an order id)
    msg: str = ""

    def matches(self, api: str) -> bool:
        return self.api is None or self.api == api


class Faults:
    def __init__(
        self,
        *,
        seed: int,
        latency_ms: float = 0.0,
        jitter_ms: float = 0.0,
        fault_rate: float = 0.0,
        qps_limit: int | None = 50,
        hang_s: float = 30.0,
        monotonic: Callable[[], float] = time.monotonic,
        on_expire_access: Callable[[], None] | None = None,
        on_revoke_refresh: Callable[[], None] | None = None,
    ) -> None:
        #: Fixed delay added to every /rest answer.
        self.latency_ms = latency_ms
        #: Extra uniform random delay 0..jitter_ms on top of ``latency_ms``.
        self.jitter_ms = jitter_ms
        #: Probability (0..1) that a /rest call fails with one of ``fault_kinds`` (not applied).
        self.fault_rate = fault_rate
        self.fault_kinds: tuple[str, ...] = FAULT_KINDS
        #: Calls per second per app per API before ApiCallLimit; None or 0 = unlimited.
        self.qps_limit = qps_limit
        #: Seconds a ban lasts after the limit is hit (Lazada: "this ban will last 1 seconds").
        self.ban_s = 1
        #: How long a "timeout" fault or a lost answer hangs before the (late) answer.
        self.hang_s = hang_s
        self._monotonic = monotonic
        self._rng = random.Random(f"faults:{seed}")
        self._lock = threading.Lock()
        self._rows: list[_OneShot] = []
        self._lost: list[_OneShot] = []
        self._refusals: list[_OneShot] = []
        self._mangled: list[_OneShot] = []
        self._windows: dict[tuple[str, str], deque[float]] = {}
        self._banned_until: dict[tuple[str, str], float] = {}
        self._on_expire_access = on_expire_access
        self._on_revoke_refresh = on_revoke_refresh
        #: Faults actually served, by kind ("5xx", "timeout", "ServiceTimeout",
        #: "row:<code>", "lost_answer"), so a soak test can report what it survived.
        self.injected: Counter[str] = Counter()
        #: Every delay handed to the gateway (one per request, newest last, the last 1,000),
        #: so tests check latency on these rather than on the wall clock.
        self.delays: deque[float] = deque(maxlen=1000)

    # ------------------------------------------------------------------ knobs for tests
    def expire_access_tokens(self) -> None:
        """Every access token issued so far is now expired (IllegalAccessToken)."""
        if self._on_expire_access is not None:
            self._on_expire_access()

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token issued so far is now invalid (IllegalRefreshToken)."""
        if self._on_revoke_refresh is not None:
            self._on_revoke_refresh()

    def fail_rows(self, code: str, count: int = 1, api: str | None = None) -> None:
        """The next ``count`` batch rows (of ``api``, or any fulfilment API) fail with
        ``code`` (e.g. "1003" 3PL allocation, "700024" lock) and are not applied."""
        with self._lock:
            self._rows.append(_OneShot(count, api, str(code)))

    def refuse_batches(
        self,
        code: str,
        count: int = 1,
        api: str | None = None,
        *,
        match: str = "",
        msg: str = "",
    ) -> None:
        """The next ``count`` fulfilment calls (of ``api``, or any; only those whose
        parameters contain ``match``, e.g. one order id) are refused as a whole —
        ``success: false`` with ``code`` — and nothing in them is applied."""
        with self._lock:
            self._refusals.append(_OneShot(count, api, str(code), str(match), msg))

    def lose_answers(self, count: int = 1, api: str | None = None) -> None:
        """The next ``count`` write calls (of ``api``, or any write) are applied, then the
        answer hangs ``hang_s`` seconds: the client times out not knowing it succeeded."""
        with self._lock:
            self._lost.append(_OneShot(count, api))

    def mangle_answers(self, kind: str, count: int = 1, api: str | None = None) -> None:
        """The next ``count`` calls (of ``api``, or any API) are applied as usual, then
        answered in a broken way (``MANGLE_KINDS``): the client must not take the answer
        for a success or a failure it cannot know."""
        if kind not in MANGLE_KINDS:
            raise ValueError(f"mangle kind must be one of {', '.join(MANGLE_KINDS)}")
        with self._lock:
            self._mangled.append(_OneShot(count, api, kind))

    def clear(self) -> None:
        """Drop pending one-shot faults and bans; keep latency/fault-rate settings."""
        with self._lock:
            self._rows.clear()
            self._lost.clear()
            self._refusals.clear()
            self._mangled.clear()
            self._windows.clear()
            self._banned_until.clear()

    def snapshot(self) -> dict[str, object]:
        """Settings, pending one-shot faults and what was injected (for /_emulator/faults)."""
        with self._lock:
            return {
                "latency_ms": self.latency_ms,
                "jitter_ms": self.jitter_ms,
                "fault_rate": self.fault_rate,
                "fault_kinds": list(self.fault_kinds),
                "qps_limit": self.qps_limit,
                "hang_s": self.hang_s,
                "pending_rows": [
                    {"code": s.code, "remaining": s.remaining, "api": s.api} for s in self._rows
                ],
                "pending_lost_answers": [
                    {"remaining": s.remaining, "api": s.api} for s in self._lost
                ],
                "pending_batch_refusals": [
                    {"code": s.code, "remaining": s.remaining, "api": s.api, "match": s.match}
                    for s in self._refusals
                ],
                "pending_mangled_answers": [
                    {"kind": s.code, "remaining": s.remaining, "api": s.api} for s in self._mangled
                ],
                "injected": dict(self.injected),
            }

    # ------------------------------------------------------------------ used by the server
    def delay_s(self) -> float:
        with self._lock:
            jitter = self._rng.uniform(0, self.jitter_ms) if self.jitter_ms > 0 else 0.0
            delay = max(0.0, (self.latency_ms + jitter) / 1000.0)
            self.delays.append(delay)
        return delay

    def random_fault(self) -> str | None:
        if self.fault_rate <= 0 or not self.fault_kinds:
            return None
        with self._lock:
            if self._rng.random() >= self.fault_rate:
                return None
            kind = self._rng.choice(self.fault_kinds)
            self.injected[kind] += 1
            return kind

    def admit(self, app_key: str, api: str) -> bool:
        """Count one call; False if this app is over the limit (or banned) for this API."""
        limit = self.qps_limit
        if not limit:
            return True
        key = (app_key, api)
        now = self._monotonic()
        with self._lock:
            if self._banned_until.get(key, 0.0) > now:
                return False
            window = self._windows.setdefault(key, deque())
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                self._banned_until[key] = now + self.ban_s
                window.clear()
                return False
            window.append(now)
            return True

    def _take(
        self,
        queue: list[_OneShot],
        api: str,
        counter: Callable[[_OneShot], str],
        match: str | None = None,
    ) -> _OneShot | None:
        """Use up one shot of ``queue`` that applies to ``api`` (and, for a shot limited to
        calls about some text, whose text is in ``match``): find, decrement, prune, count."""
        with self._lock:
            for shot in queue:
                if not (shot.remaining > 0 and shot.matches(api)):
                    continue
                if shot.match and (match is None or shot.match not in match):
                    continue
                shot.remaining -= 1
                queue[:] = [s for s in queue if s.remaining > 0]
                self.injected[counter(shot)] += 1
                return shot
        return None

    def take_row_failure(self, api: str) -> str | None:
        shot = self._take(self._rows, api, lambda s: f"row:{s.code}")
        return shot.code if shot else None

    def take_batch_refusal(self, api: str, subject: Callable[[], str]) -> tuple[str, str] | None:
        """``(code, message)`` when this fulfilment call is to be refused as a whole;
        ``subject()`` is the call's text (its parameters and the orders they touch)."""
        if api not in FULFILMENT_APIS or not self._refusals:
            return None
        # ``subject()`` takes World.lock; the handlers take World.lock and then this
        # object's lock (forced row failures), so it is read before ``_lock`` is taken.
        text = subject() if any(s.match for s in list(self._refusals)) else None
        shot = self._take(self._refusals, api, lambda s: f"batch:{s.code}", match=text)
        if shot is None:
            return None
        return shot.code, shot.msg or f"batch refused ({shot.code})"

    def take_lost_answer(self, api: str) -> bool:
        return self._take(self._lost, api, lambda _s: "lost_answer") is not None

    def take_mangled(self, api: str) -> str | None:
        shot = self._take(self._mangled, api, lambda s: f"mangled:{s.code}")
        return shot.code if shot else None
