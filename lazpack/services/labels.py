"""AWB labels for one shop: fetch (PrintAWB → ``pdf_url``), cache, prefetch, print, count.

Pure service: Lazada through ``LazadaPort``, PDFs through ``LabelCache``, print counts through
``PrintLedger`` (and the journal for the audit trail), paper through a ``LabelSink``.

* A label is fetched once per package and kept on disk, so a reprint is instant and offline.
* ``pdf_url`` expires (~10 min): a document link that answers an HTTP 4xx is treated as
  expired and PrintAWB is asked again, once, transparently.
* Printing records every package's print count only after the sink accepted the job; a
  failed printer loses nothing and the job can simply be repeated. Reprints need a yes.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from lazpack.domain.batching import BATCH_LIMIT, chunks
from lazpack.domain.models import AwbDocument
from lazpack.domain.ports import (
    JournalPort,
    LabelCache,
    LabelPort,
    LabelSink,
    LazadaPort,
    PrintLedger,
)
from lazpack.errors import (
    BusinessError,
    KnownError,
    MalformedResponseError,
    ReprintNotConfirmedError,
    VoidedLabelError,
    WorkflowError,
)
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

log = get_logger("labels")

PRINT_AWB_PATH = "/order/package/document/get"


class AsyncLabelSink(Protocol):
    """A sink that needs the event loop first (e.g. the system print dialog)."""

    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = ...) -> int: ...


Sink = LabelSink | AsyncLabelSink
ConfirmReprint = Callable[[Mapping[str, int]], Awaitable[bool]]


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    package_ids: tuple[str, ...]
    pages: int = 0
    #: package id → prints so far, including this one
    counts: Mapping[str, int] = field(default_factory=dict)
    cancelled: bool = False


@dataclass(slots=True)
class PrefetchResult:
    fetched: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: dict[str, KnownError] = field(default_factory=dict)


def _is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def _is_expired_link(err: BusinessError) -> bool:
    # The client maps an HTTP 4xx from a document link to BusinessError(code="4xx").
    return err.code.isdigit() and err.code.startswith("4") and len(err.code) == 3


class LabelService:
    """Labels of one shop. Satisfies ``LabelPort`` (``fetch_label``/``print_label``)."""

    def __init__(
        self,
        lazada: LazadaPort,
        cache: LabelCache,
        ledger: PrintLedger,
        *,
        shop_id: str,
        journal: JournalPort | None = None,
        sink: Sink | None = None,
        packer: str = "",
        print_item_list: bool = False,
        concurrency: int = 4,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.lazada = lazada
        self.cache = cache
        self.ledger = ledger
        self.shop_id = shop_id
        self.journal = journal
        #: where ``print_label`` sends jobs; the UI sets it from the printer settings
        self.sink = sink
        self.packer = packer
        self.print_item_list = print_item_list
        self._slots = asyncio.Semaphore(concurrency)
        self._inflight: dict[str, asyncio.Task[bytes]] = {}
        self._background: set[asyncio.Task[PrefetchResult]] = set()
        # PDFs handed out by fetch_label → their packages, so print_label can count them
        self._issued: OrderedDict[str, tuple[str, ...]] = OrderedDict()

    # --------------------------------------------------------------- fetching
    async def label(self, package_id: str, *, refresh: bool = False) -> bytes:
        """The label PDF of one package: from the cache, else PrintAWB (one package per call)."""
        if self.ledger.is_voided(package_id):
            raise VoidedLabelError(
                arg(translate("LabelService", "The label of package %1 was voided."), package_id)
            )
        if not refresh:
            cached = self.cache.get(package_id)
            if cached is not None:
                return cached
        task = self._inflight.get(package_id)
        if task is None or refresh:
            task = asyncio.ensure_future(self._download(package_id))
            self._inflight[package_id] = task
            task.add_done_callback(functools.partial(self._forget, package_id))
        # shielded: a cancelled caller must not cancel a download others wait for
        return await asyncio.shield(task)

    def _forget(self, package_id: str, task: asyncio.Task[bytes]) -> None:
        if self._inflight.get(package_id) is task:
            del self._inflight[package_id]
        if not task.cancelled():
            task.exception()  # retrieved: a failure is reported to the awaiting caller

    async def _download(self, package_id: str) -> bytes:
        async with self._slots:
            pdf = await self._fetch_document((package_id,))
        self.cache.put(package_id, pdf)
        log.info("label of package %s fetched (%d bytes)", package_id, len(pdf))
        return pdf

    async def labels(self, package_ids: Sequence[str]) -> list[bytes]:
        """Labels of several packages, one per package, in the given order."""
        return list(await asyncio.gather(*(self.label(pid) for pid in package_ids)))

    async def from_document(self, doc: AwbDocument) -> bytes:
        """The PDF behind a PrintAWB answer someone already has; re-asks if its link expired."""
        pdf = await self._download_url(doc)
        if pdf is None:
            pdf = await self._fetch_document(doc.package_ids)
        if len(doc.package_ids) == 1:
            self.cache.put(doc.package_ids[0], pdf)
        return pdf

    async def merged(self, package_ids: Sequence[str]) -> list[bytes]:
        """Lazada's merged documents for a batch (≤20 packages each), in the given order."""
        ids = list(dict.fromkeys(package_ids))
        parts = chunks(ids)  # PrintAWB: at most BATCH_LIMIT packages a call (§4.4)
        return list(await asyncio.gather(*(self._fetch_document(tuple(p)) for p in parts)))

    async def _fetch_document(self, package_ids: tuple[str, ...]) -> bytes:
        """PrintAWB then ``pdf_url``; if the link expired before we got to it, ask once more."""
        for attempt in (1, 2):
            doc = await self._print_awb(package_ids)
            pdf = await self._download_url(doc)
            if pdf is not None:
                return pdf
            log.info("label link for %s expired (attempt %d); asking again", package_ids, attempt)
        raise MalformedResponseError(
            translate("LabelService", "Lazada's label link expired twice in a row."),
            api_path=PRINT_AWB_PATH,
            hint=translate(
                "LabelService", "Check the station's clock and network, then print again."
            ),
        )

    async def _print_awb(self, package_ids: tuple[str, ...]) -> AwbDocument:
        docs = await self.lazada.print_awb(
            list(package_ids), doc_type="PDF", print_item_list=self.print_item_list
        )
        if len(docs) != 1 or not docs[0].pdf_url:
            raise MalformedResponseError(
                arg(
                    translate("LabelService", "PrintAWB answered without a label link for %1."),
                    ", ".join(package_ids),
                ),
                api_path=PRINT_AWB_PATH,
                request_id=docs[0].request_id if docs else "",
            )
        return docs[0]

    async def _download_url(self, doc: AwbDocument) -> bytes | None:
        """The PDF, or None when the link has expired."""
        try:
            data = await self.lazada.fetch_document(doc.pdf_url)
        except BusinessError as err:
            if _is_expired_link(err):
                return None
            raise
        if not _is_pdf(data):
            # e.g. the HTML iframe snippet of ``file`` served where the PDF should be
            raise MalformedResponseError(
                arg(
                    translate("LabelService", "The label of %1 is not a PDF."),
                    ", ".join(doc.package_ids),
                ),
                api_path=PRINT_AWB_PATH,
                request_id=doc.request_id,
            )
        return data

    # ------------------------------------------------------------- prefetch
    def prefetch(self, package_ids: Iterable[str]) -> asyncio.Task[PrefetchResult]:
        """Fetch labels of packed orders in the background (bounded by ``concurrency``).

        Failures are logged and returned, never raised: printing fetches again anyway.
        """
        task = asyncio.ensure_future(self._prefetch(list(dict.fromkeys(package_ids))))
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def _prefetch(self, package_ids: list[str]) -> PrefetchResult:
        result = PrefetchResult()

        async def one(pid: str) -> None:
            if self.ledger.is_voided(pid):
                return
            if self.cache.get(pid) is not None:
                result.cached.append(pid)
                return
            try:
                await self.label(pid)
            except KnownError as err:
                log.warning("prefetching the label of %s failed: %s", pid, err)
                result.failed[pid] = err
            else:
                result.fetched.append(pid)

        await asyncio.gather(*(one(pid) for pid in package_ids))
        return result

    async def aclose(self) -> None:
        """Stop background prefetches (shutdown)."""
        tasks = [*self._background, *self._inflight.values()]
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # --------------------------------------------------------------- printing
    def printed_count(self, package_id: str) -> int:
        return self.ledger.printed_count(package_id)

    async def print_labels(
        self,
        package_ids: Sequence[str],
        sink: Sink | None = None,
        *,
        confirm_reprint: ConfirmReprint | None = None,
        order_ids: Mapping[str, int] | None = None,
        job_name: str = "",
    ) -> PrintOutcome:
        """Print the labels of ``package_ids`` as one job, in this order.

        Labels printed before need ``confirm_reprint`` to answer True (without it,
        ``ReprintNotConfirmedError``). Counts are recorded only after the sink took the job.
        """
        ids = tuple(dict.fromkeys(package_ids))
        if not ids:
            raise ValueError("no packages to print")
        for pid in ids:
            if self.ledger.is_voided(pid):
                raise VoidedLabelError(
                    arg(translate("LabelService", "The label of package %1 was voided."), pid)
                )
        before = {pid: n for pid in ids if (n := self.ledger.printed_count(pid))}
        if before:
            if confirm_reprint is None:
                raise ReprintNotConfirmedError(before)
            if not await confirm_reprint(before):
                return PrintOutcome(ids, cancelled=True)
        pdfs = await self.labels(ids)
        name = job_name or (
            f"AWB {ids[0]}"
            if len(ids) == 1
            else arg(translate("LabelService", "AWB ×%1"), len(ids))
        )
        pages = await self._send(pdfs, sink, name)
        if pages == 0:
            return PrintOutcome(ids, cancelled=True)
        counts = self._record(ids, order_ids or {}, reprint=bool(before))
        return PrintOutcome(ids, pages, counts)

    async def _send(self, pdfs: Sequence[bytes], sink: Sink | None, job_name: str) -> int:
        target = sink or self.sink
        if target is None:
            raise WorkflowError(
                translate("LabelService", "No printer is chosen for labels."),
                hint=translate(
                    "LabelService",
                    "Set a label printer in Settings → Printer, or print with the dialog.",
                ),
            )
        pages = target.print_pdfs(pdfs, job_name=job_name)
        if inspect.isawaitable(pages):
            pages = await pages
        assert isinstance(pages, int)
        return pages

    def _record(
        self, ids: Sequence[str], order_ids: Mapping[str, int], *, reprint: bool
    ) -> dict[str, int]:
        counts: dict[str, int] = {}
        for pid in ids:
            counts[pid] = self.ledger.record_printed(pid, packer=self.packer)
            if self.journal is not None:
                self.journal.record_event(
                    shop_id=self.shop_id,
                    order_id=order_ids.get(pid),
                    event="label_reprinted" if reprint else "label_printed",
                    packer=self.packer,
                    detail=f"package {pid} print #{counts[pid]}",
                )
        return counts

    def void(self, package_id: str, *, reason: str = "", order_id: int | None = None) -> None:
        """The package was re-created: its label must never be printed again."""
        self.cache.discard(package_id)
        self.ledger.record_voided(package_id, reason=reason, packer=self.packer)
        if self.journal is not None:
            self.journal.record_event(
                shop_id=self.shop_id,
                order_id=order_id,
                event="label_voided",
                packer=self.packer,
                detail=f"package {package_id}: {reason}" if reason else f"package {package_id}",
            )

    # ------------------------------------------------------------- LabelPort
    async def fetch_label(self, shop_id: str, package_ids: Sequence[str]) -> bytes:
        """``LabelPort``: one PDF for the packages (one package: the cached label)."""
        if shop_id != self.shop_id:
            raise ValueError(f"this label service serves shop {self.shop_id}, not {shop_id}")
        ids = tuple(dict.fromkeys(package_ids))
        if not ids:
            raise ValueError("no packages to fetch a label for")
        if len(ids) > BATCH_LIMIT:
            raise ValueError(f"one label document holds at most {BATCH_LIMIT} packages")
        for pid in ids:
            if self.ledger.is_voided(pid):
                raise VoidedLabelError(
                    arg(translate("LabelService", "The label of package %1 was voided."), pid)
                )
        if len(ids) == 1:
            pdf = await self.label(ids[0])
        else:
            # Lazada merges a call's packages into one document, in request order; kept
            # under the batch's key so repeating a failed batch job needs no network.
            key = "batch:" + ",".join(ids)
            cached = self.cache.get(key)
            if cached is None:
                (pdf,) = await self.merged(ids)
                self.cache.put(key, pdf)
            else:
                pdf = cached
        self._issued[hashlib.sha256(pdf).hexdigest()] = ids
        while len(self._issued) > 256:
            self._issued.popitem(last=False)
        return pdf

    async def print_label(self, pdf: bytes, *, job_name: str) -> None:
        """``LabelPort``: print a PDF from ``fetch_label`` on the chosen sink and count it.

        The workflow asks before a reprint and journals the event itself, so this only
        counts the prints (``printed_count``), it does not journal them a second time.
        """
        await self.print_job([pdf], job_name=job_name)

    async def print_job(self, pdfs: Sequence[bytes], *, job_name: str) -> None:
        """``LabelPort``: several PDFs from ``fetch_label`` as one job, each counted."""
        ids = [p for pdf in pdfs for p in self._issued.get(hashlib.sha256(pdf).hexdigest(), ())]
        pages = await self._send(list(pdfs), None, job_name)
        if pages:
            for pid in ids:
                self.ledger.record_printed(pid, packer=self.packer)


if TYPE_CHECKING:  # structural conformance, checked by mypy

    def _port(s: LabelService) -> LabelPort:
        return s
