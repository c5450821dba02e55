"""The harness station with its journal on PostgreSQL, as a process a test can SIGKILL.

    python -m tests.helpers.pg_station --database DSN --url URL --orders 1,2
        --data-dir DIR --station-id wh-1 --lease 1 --kill pack_applied:1

Everything but the journal is ``tests.helpers.station``; the kill hooks are the same.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lazpack.config import Paths, Settings
from lazpack.storage.pg import PgJournal
from tests.helpers.station import HeadlessStation, KillSwitch


class KillingPgJournal(PgJournal):
    """``PgJournal`` dying right after a Pack / RTS intent was finished (recorded)."""

    def __init__(self, dsn: str, *, station_id: str, station_name: str, switch: KillSwitch):
        super().__init__(dsn, station_id=station_id, station_name=station_name)
        self._switch = switch
        self._actions: dict[int, str] = {}

    def begin(self, **kw: Any) -> int:
        intent_id = super().begin(**kw)
        self._actions[intent_id] = str(kw["action"])
        return intent_id

    def finish(self, intent_id: int, **kw: Any) -> None:
        super().finish(intent_id, **kw)
        action = self._actions.get(intent_id, "")
        if action in ("pack", "rts"):
            self._switch.hit(f"{action}_recorded")


class PgHarnessStation(HeadlessStation):
    """The harness station on the warehouse database, with a short claim lease for tests."""

    def __init__(self, *args: Any, dsn: str, name: str, lease: float = 30.0, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.dsn = dsn
        self.name = name
        self.lease = lease

    def _open_journal(self, paths: Paths, settings: Settings) -> PgJournal:  # type: ignore[override]
        return KillingPgJournal(self.dsn, station_id=settings.station_id,
                                station_name=self.name, switch=self.kill)  # fmt: skip

    async def __aenter__(self) -> PgHarnessStation:
        await super().__aenter__()
        assert self.core.claims is not None
        self.core.claims.lease_seconds = self.lease
        return self


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    point, _, nth = (args.kill or "").partition(":")
    async with PgHarnessStation(
        Path(args.data_dir), args.url, station_id=args.station_id, timeout_s=5.0,
        kill=KillSwitch(point, int(nth or 1)), dsn=args.database, name=args.station_id,
        lease=args.lease,
    ) as st:  # fmt: skip
        await st.start()
        assert st.core.claims is not None
        heartbeat = asyncio.ensure_future(st.core.claims.run())
        for oid in [int(o) for o in args.orders.split(",") if o]:
            await st.pack_by_scan(oid)
        heartbeat.cancel()
        return {
            "left": await st.pending([int(o) for o in args.orders.split(",") if o]),
            # what this station was told about orders another station held
            "refused": [o.message for o in st.outcomes if "is being packed at" in o.message],
            "problems": st.internal_errors(),
        }


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.helpers.pg_station")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--url", required=True)
    p.add_argument("--orders", required=True)
    p.add_argument("--station-id", default="wh-1")
    p.add_argument("--database", required=True)
    p.add_argument("--lease", type=float, default=30.0)
    p.add_argument("--kill", default="")
    args = p.parse_args(argv)
    print(json.dumps(asyncio.run(_run(args))), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
