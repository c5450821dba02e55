"""A headless packing station for reliability tests, composed from the real product pieces.

``HeadlessStation`` is a ``lazpack.station.StationCore`` — the same composition the app runs
on (journal, order book filled by ``SyncService``, labels printing to PDF files here,
``PackingService``) over ``LazadaClient`` on loopback to an emulator in another process —
and starts like a station must: prune the journal, reconcile every open intent with Lazada before
anything is sent and resume the saved session (``PackingService.resume``). Orders are driven
by scans (order number, then each item) or by the batch path, as a packer would.

Crash tests run it as ``python -m tests.helpers.station ...`` and ask it to SIGKILL itself at
one write step (``--kill POINT:N``). The kill hooks are proxies around the ports (the shop's
port, a journal subclass the core opens, the labels' "printed" observer), here in test
code, never in the product.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import PackingSettings, Paths, Settings
from lazpack.domain.ports import LazadaPort
from lazpack.domain.workflow import Kind, ScanOutcome, State
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET
from lazpack.services.batch_orders import OrderBatchReport as BatchReport
from lazpack.services.recovery import Reconciler
from lazpack.station import StationCore
from lazpack.station_wiring import ShopConnection
from lazpack.storage.journal import SqliteJournal

SHOP = "demo"
DONE = "#LP:DONE"
JOURNAL_FILE = "journal.sqlite3"

#: Where a crash test may kill the station, in the order the workflow reaches them.
KILL_POINTS = (
    "pack_applied",  # Pack answered by Lazada, nothing recorded yet
    "pack_recorded",  # the Pack intent finished in the journal
    "label_printed",  # the label job went to the printer, not yet recorded
    "rts_applied",  # ReadyToShip answered by Lazada, nothing recorded yet
    "rts_recorded",  # the RTS intent finished in the journal
    "repack_answered",  # RecreatePackage (the undo of a partly refused Pack) answered
)


# ====================================================================== kill hooks (test only)
class KillSwitch:
    """SIGKILLs this process (no cleanup, no finally blocks) the n-th time ``point`` is hit."""

    def __init__(self, point: str = "", nth: int = 1) -> None:
        if point and point not in KILL_POINTS:
            raise ValueError(f"unknown kill point {point!r}; one of {', '.join(KILL_POINTS)}")
        self.point = point
        self.nth = nth
        self.hits = 0

    def hit(self, point: str) -> None:
        if point != self.point:
            return
        self.hits += 1
        if self.hits == self.nth:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGKILL)


class KillingLazada:
    """A ``LazadaPort`` that dies right after Lazada applied and answered a write."""

    def __init__(self, inner: LazadaPort, switch: KillSwitch) -> None:
        self._inner = inner
        self._switch = switch

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def pack(self, *args: Any, **kw: Any) -> Any:
        res = await self._inner.pack(*args, **kw)
        self._switch.hit("pack_applied")
        return res

    async def ready_to_ship(self, *args: Any, **kw: Any) -> Any:
        res = await self._inner.ready_to_ship(*args, **kw)
        self._switch.hit("rts_applied")
        return res

    async def recreate_package(self, *args: Any, **kw: Any) -> Any:
        res = await self._inner.recreate_package(*args, **kw)
        self._switch.hit("repack_answered")
        return res


class KillingJournal(SqliteJournal):
    """The station's journal, dying right after a Pack / RTS intent was finished (recorded).

    The station core opens it through its journal opener, as it would open any backend."""

    def __init__(self, path: Path, *, station_id: str, switch: KillSwitch) -> None:
        super().__init__(path, station_id=station_id)
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


# ====================================================================== printing to files
class PdfFileSink:
    """The label printer of a headless station: every job becomes one PDF file per label."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.jobs = 0

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        self.jobs += 1
        safe = "".join(c if c.isalnum() else "_" for c in job_name)[:60]
        for n, pdf in enumerate(pdfs):
            assert pdf.startswith(b"%PDF-"), "the printer was handed something that is no PDF"
            path = self.folder / f"{os.getpid()}-{self.jobs:05d}-{n}-{safe}.pdf"
            path.write_bytes(pdf)
        return len(pdfs)


def station_paths(data_dir: Path) -> Paths:
    """Everything of a headless station in one folder: ``journal.sqlite3``, ``labels/``."""
    return Paths(config_dir=data_dir, data_dir=data_dir, cache_dir=data_dir, log_dir=data_dir)


class PrintedJobs:
    """A label printer that keeps every job in memory: ``jobs`` (names), ``printed``
    (one ``(pdf, job name)`` per document)."""

    def __init__(self) -> None:
        self.jobs: list[str] = []
        self.printed: list[tuple[bytes, str]] = []

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        self.jobs.append(job_name)
        self.printed.extend((pdf, job_name) for pdf in pdfs)
        return len(pdfs)


# ====================================================================== problem capture
@dataclass
class Problems:
    """Everything that would have reached the packer as an internal error, or nobody."""

    loop_errors: list[str] = field(default_factory=list)
    unraisable: list[str] = field(default_factory=list)
    logged: list[str] = field(default_factory=list)
    internal: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.loop_errors, *self.unraisable, *self.logged, *self.internal]


class _ErrorLog(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.ERROR)
        self._sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self._sink.append(f"{record.name}: {record.getMessage()} ({record.exc_info[1]!r})")


class ProblemCatcher:
    """Loop exception handler + ``sys.unraisablehook`` + ERROR logs with a traceback."""

    def __init__(self) -> None:
        self.problems = Problems()
        self._old_hook: Callable[[Any], None] | None = None
        self._handler = _ErrorLog(self.problems.logged)

    def __enter__(self) -> Problems:
        loop = asyncio.get_running_loop()

        def on_loop_error(_loop: asyncio.AbstractEventLoop, ctx: dict[str, Any]) -> None:
            self.problems.loop_errors.append(f"{ctx.get('message')}: {ctx.get('exception')!r}")

        loop.set_exception_handler(on_loop_error)
        self._old_hook = sys.unraisablehook

        def on_unraisable(info: Any) -> None:
            self.problems.unraisable.append(f"{info.err_msg or ''} {info.exc_value!r}")

        sys.unraisablehook = on_unraisable
        logging.getLogger().addHandler(self._handler)
        return self.problems

    def __exit__(self, *exc: object) -> None:
        asyncio.get_running_loop().set_exception_handler(None)
        if self._old_hook is not None:
            sys.unraisablehook = self._old_hook
        logging.getLogger().removeHandler(self._handler)


# ====================================================================== the station
@dataclass
class StartReport:
    reconciled: list[tuple[str, str]]  # (action, result) of each intent settled at start
    pruned: int
    resumed: ScanOutcome | None
    finished_resumed: State | None = None


class HeadlessStation:
    """One packing station on ``data_dir``, talking to the emulator at ``base_url``.

    Composed by ``StationCore`` like every station; what is particular here is injected:
    the shop (the real client on loopback, behind the kill proxy), the journal (the kill
    proxy is a journal subclass the core opens) and the label sink (PDF files)."""

    def __init__(
        self,
        data_dir: Path,
        base_url: str,
        *,
        station_id: str = "station-1",
        packer: str = "ana",
        timeout_s: float = 0.5,
        retention_days: int = 365,
        kill: KillSwitch | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.base_url = base_url
        self.station_id = station_id
        self.packer = packer
        self.timeout_s = timeout_s
        self.retention_days = retention_days
        self.kill = kill or KillSwitch()
        self.outcomes: list[ScanOutcome] = []
        self.client: LazadaClient | None = None

    def _open_journal(self, paths: Paths, settings: Settings) -> SqliteJournal:
        return KillingJournal(paths.journal_file, station_id=settings.station_id, switch=self.kill)

    async def __aenter__(self) -> HeadlessStation:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        client = LazadaClient(
            app_key=DEMO_APP_KEY,
            app_secret=DEMO_APP_SECRET,
            base_url=self.base_url,
            access_token=DEMO_ACCESS_TOKEN,
            timeout_s=self.timeout_s,
            retry=RetryPolicy(max_attempts=6, backoff_base_s=0.02, backoff_max_s=0.2),
        )
        self.client = await client.__aenter__()
        settings = Settings(
            station_id=self.station_id,
            packer=self.packer,
            packing=PackingSettings(auto_until="rts"),
            journal_retention_days=self.retention_days,
        )
        self.printer = PdfFileSink(self.data_dir / "printed")
        self.core = StationCore(
            settings,
            station_paths(self.data_dir),
            journal=self._open_journal,
            label_sink=self.printer,
        )
        self.core.labels.on_printed = lambda _job: self.kill.hit("label_printed")
        self.port: LazadaPort = KillingLazada(client, self.kill)
        self.sync = self.core.add_shop(
            ShopConnection(
                shop_id=SHOP,
                name="Emulator shop",
                region="sg",
                port=self.port,
                aclose=client.aclose,
                fetch=client.fetch_document,
            )
        )
        self.journal = self.core.journal
        self.book = self.core.book
        self.service = self.core.packing
        self.labels = self.core.labels.service(SHOP)
        self.service.add_listener(self.outcomes.append)
        self.reconciler = Reconciler(self.journal, self.core.port)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.service.settle()
        await self.core.aclose()

    # -------------------------------------------------------------- start-up
    async def start(self, *, sync_attempts: int = 20) -> StartReport:
        """What a station does before the packer's first scan: prune the journal, settle
        every unanswered write with Lazada and reopen the interrupted order
        (``PackingService.resume``), load the orders, finish the reopened order."""
        pruned = self.core.housekeeping().removed
        settled = {i.intent_id for i, _ in self.journal.intents() if i.outcome == "reconciled"}
        resumed = await self.service.resume()
        # what is still open is what Lazada could not be asked about yet: ask again
        for _ in range(sync_attempts):
            if not self.journal.open_intents():
                break
            await self.reconciler.reconcile()
        reconciled = [
            (i.action, detail)
            for i, detail in self.journal.intents()
            if i.outcome == "reconciled" and i.intent_id not in settled
        ]
        for _ in range(sync_attempts):
            if await self.sync.sync_once():
                break
        else:
            raise RuntimeError(f"the order sync never succeeded: {self.sync.state.message}")
        # The station's next poll, now rather than a minute later: it brings what changed
        # status while the full sync read (another station packing); a failure here is the
        # following poll's to retry, as in the app.
        await self.sync.sync_once()
        report = StartReport(reconciled, pruned, resumed)
        if self.service.session is not None:
            report.finished_resumed = await self.finish_open()
        return report

    # -------------------------------------------------------------- scan path
    async def scan(self, code: str) -> ScanOutcome:
        out = await self.service.handle_scan(code)
        await self.service.settle()
        return out

    async def finish_open(self, *, attempts: int = 12) -> State:
        """Scan DONE until the open order is ready to ship (each retry is what a packer
        does after a red "step failed"); returns where it got to."""
        svc = self.service
        for _ in range(attempts):
            if svc.session is None or svc.state is State.READY_TO_SHIP:
                break
            if svc.state in (State.ORDER_OPEN, State.VERIFYING):
                await self._scan_missing()
                if svc.state is not State.VERIFIED:
                    break
                continue  # auto_until=rts: verifying the last item started the steps
            await self.scan(DONE)
        return svc.state

    async def _scan_missing(self) -> None:
        s = self.service.session
        assert s is not None
        for line in list(s.missing()):
            for _ in range(line.expected - line.done):
                await self.service.handle_scan(line.sku)
        await self.service.settle()

    async def pack_by_scan(self, order_id: int) -> State:
        """Scan the order number, then every item; retry failed steps with DONE."""
        row = self.book.get((SHOP, order_id))
        if row is None:
            raise LookupError(f"order {order_id} is not in the order book")
        out = await self.scan(str(row.order.order_number))
        if out.kind is not Kind.ORDER_OPENED:
            return self.service.state
        if self.service.state in (State.ORDER_OPEN, State.VERIFYING):
            await self._scan_missing()
        return await self.finish_open()

    # -------------------------------------------------------------- batch path
    async def pack_batch(self, order_ids: Sequence[int], *, rounds: int = 12) -> BatchReport:
        """Batch the orders, then retry the failures as the packer would (Retry button)."""
        keys = [(SHOP, oid) for oid in order_ids]
        report = await self.service.batch(keys)
        for _ in range(rounds):
            if not report.retry_keys:
                break
            report = await self.service.batch(report.retry_keys)
        return report

    # -------------------------------------------------------------- checks
    async def pending(self, order_ids: Sequence[int]) -> list[int]:
        """The orders not yet ready to ship at Lazada (fresh read)."""
        assert self.client is not None
        left: list[int] = []
        for start in range(0, len(order_ids), 50):
            chunk = list(order_ids[start : start + 50])
            fresh = await self.client.get_multiple_order_items(chunk)
            for oid in chunk:
                if any(i.status != "ready_to_ship" for i in fresh.get(oid, [])):
                    left.append(oid)
        return left

    def internal_errors(self) -> list[str]:
        return [o.message for o in self.outcomes if "Internal error" in o.message]


# ====================================================================== subprocess entry
async def _run(args: argparse.Namespace) -> dict[str, Any]:
    point, _, nth = (args.kill or "").partition(":")
    switch = KillSwitch(point, int(nth or 1))
    order_ids = [int(o) for o in args.orders.split(",") if o]
    async with HeadlessStation(
        Path(args.data_dir), args.url, station_id=args.station_id, kill=switch
    ) as st:
        with ProblemCatcher() as problems:
            started = await st.start()
            todo = await st.pending(order_ids)
            if args.mode == "batch":
                await st.pack_batch(todo)
            else:
                for oid in todo:
                    await st.pack_by_scan(oid)
            left = await st.pending(order_ids)
        return {
            "reconciled": started.reconciled,
            "resumed": started.resumed.message if started.resumed else None,
            "finished_resumed": str(started.finished_resumed) if started.finished_resumed else None,
            "left": left,
            "problems": problems.all() + st.internal_errors(),
            "printed_jobs": st.printer.jobs,
            # what the packer was told about Lazada's state (green/neutral outcomes)
            "told": [o.message for o in st.outcomes if o.kind in (Kind.PACKED, Kind.READY)],
        }


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.helpers.station")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--url", required=True, help="the emulator's /rest base URL")
    p.add_argument("--orders", required=True, help="comma-separated order ids to finish")
    p.add_argument("--mode", choices=("scan", "batch"), default="scan")
    p.add_argument("--station-id", default="station-1")
    p.add_argument("--kill", default="", help="POINT:N — SIGKILL at the N-th POINT")
    args = p.parse_args(argv)
    result = asyncio.run(_run(args))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
