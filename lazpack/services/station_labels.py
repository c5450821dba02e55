"""The station's labels: one ``LabelService`` per connected shop behind one ``LabelPort``.

The workflow's ``print_label`` carries no shop: the PDF it got from ``fetch_label`` tells
which shop's service issued it. Every service prints through this object, so the sink
(print dialog, saved printer, a PDF file) is swapped in one place.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable, Sequence

from lazpack.domain.ports import JournalPort, LabelCache, LazadaPort, PrintLedger
from lazpack.errors import WorkflowError
from lazpack.i18n import arg, translate
from lazpack.services.labels import LabelService, Sink

#: The label cache and print ledger of one shop (the core gives each shop its own folder).
StoreFor = Callable[[str], tuple[LabelCache, PrintLedger]]


class StationLabels:
    """``LabelPort`` over one ``LabelService`` per shop, and the station's label sink."""

    def __init__(self, journal: JournalPort, store_for: StoreFor, sink: Sink | None = None) -> None:
        self.journal = journal
        self.store_for = store_for
        self.sink: Sink | None = sink
        self.services: dict[str, LabelService] = {}
        self._issued: dict[str, str] = {}
        #: called with the job name right before a job goes to the sink (benchmarks, UI)
        self.on_job: Callable[[str], None] | None = None
        #: called with the job name once a shop's job was printed and counted
        self.on_printed: Callable[[str], None] | None = None

    def add_shop(self, shop_id: str, port: LazadaPort, *, packer: str = "") -> LabelService:
        cache, ledger = self.store_for(shop_id)
        svc = LabelService(
            port, cache, ledger, shop_id=shop_id, journal=self.journal, sink=self, packer=packer
        )
        self.services[shop_id] = svc
        return svc

    def service(self, shop_id: str) -> LabelService:
        try:
            return self.services[shop_id]
        except KeyError:
            raise WorkflowError(
                arg(
                    translate("StationLabels", "Shop %1 is not connected at this station."), shop_id
                )
            ) from None

    def set_packer(self, name: str) -> None:
        for s in self.services.values():
            s.packer = name

    # ---------------------------------------------------------------- LabelPort
    async def fetch_label(self, shop_id: str, package_ids: Sequence[str]) -> bytes:
        pdf = await self.service(shop_id).fetch_label(shop_id, package_ids)
        self._issued[hashlib.sha256(pdf).hexdigest()] = shop_id
        return pdf

    async def print_label(self, pdf: bytes, *, job_name: str) -> None:
        await self.print_job([pdf], job_name=job_name)

    async def print_job(self, pdfs: Sequence[bytes], *, job_name: str) -> None:
        shops = {self._issued.get(hashlib.sha256(pdf).hexdigest()) for pdf in pdfs}
        if len(shops) == 1 and (shop_id := shops.pop()) is not None:
            await self.service(shop_id).print_job(pdfs, job_name=job_name)
            if self.on_printed is not None:
                self.on_printed(job_name)
        else:  # labels we did not issue (or of several shops) print uncounted
            await self.print_pdfs(pdfs, job_name=job_name)

    # ---------------------------------------------------------------- the sink
    async def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        if self.sink is None:
            raise WorkflowError(
                translate("StationLabels", "No printer is chosen for labels."),
                hint=translate(
                    "StationLabels", "Set a label printer in Settings, or print with the dialog."
                ),
            )
        if self.on_job is not None:
            self.on_job(job_name)
        pages = self.sink.print_pdfs(pdfs, job_name=job_name)
        if inspect.isawaitable(pages):
            pages = await pages
        assert isinstance(pages, int)
        return pages

    def printed_counts(self, shop_id: str, package_ids: Sequence[str]) -> dict[str, int]:
        svc = self.services.get(shop_id)
        if svc is None:
            return {}
        return {p: n for p in package_ids if (n := svc.printed_count(p))}

    async def aclose(self) -> None:
        for s in self.services.values():
            await s.aclose()
