"""LabelService against a fake Lazada (expiring links), the real disk store and a recording sink."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from lazpack.domain.models import AwbDocument
from lazpack.errors import (
    BusinessError,
    MalformedResponseError,
    NetworkError,
    PrinterError,
    ReprintNotConfirmedError,
    VoidedLabelError,
    WorkflowError,
)
from lazpack.printing.store import DiskLabelStore
from lazpack.services.labels import LabelService
from tests.helpers.lazada import FakeLazada
from tests.helpers.packing import MemoryJournal

SHOP = "shop-sg"


def fake_pdf(*package_ids: str) -> bytes:
    return b"%PDF-1.4\n% labels " + " ".join(package_ids).encode() + b"\n%%EOF\n"


@dataclass
class ExpiringLinksLazada(FakeLazada):
    """The shared fake shop whose PrintAWB document links expire after ``ttl`` ticks of a
    manual clock (``now``), and which can be taken offline or held at a gate."""

    ttl: int = 10
    now: int = 0
    awb_requests: list[tuple[str, ...]] = field(default_factory=list)
    links: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    offline: bool = False
    serve: bytes | None = None  # serve this instead of the PDF
    gate: asyncio.Event | None = None

    async def print_awb(
        self, package_ids: Sequence[str], *, doc_type: str = "PDF", print_item_list: bool = False
    ) -> list[AwbDocument]:
        self.calls["print_awb"] += 1
        if self.offline:
            raise NetworkError("down")
        ids = tuple(package_ids)
        self.awb_requests.append(ids)
        url = f"https://seller.example/oss/proxy/{len(self.links)}.pdf"
        self.links[url] = (ids, self.now + self.ttl)
        return [AwbDocument(doc_type="PDF", package_ids=ids, pdf_url=url, file=b"<iframe>")]

    async def fetch_document(self, url: str) -> bytes:
        self.calls["fetch_document"] += 1
        if self.gate is not None:
            await self.gate.wait()
        if self.offline:
            raise NetworkError("down")
        ids, expires = self.links[url]
        if self.now > expires:
            raise BusinessError("the document link answered HTTP 403", code="403")
        return self.serve if self.serve is not None else fake_pdf(*ids)


class RecordingSink:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, list[bytes]]] = []
        self.fail: PrinterError | None = None

    def print_pdfs(self, pdfs: Sequence[bytes], *, job_name: str = "AWB labels") -> int:
        if self.fail is not None:
            raise self.fail
        self.jobs.append((job_name, list(pdfs)))
        return sum(1 for _ in pdfs)


class RecordingJournal(MemoryJournal):
    """The in-memory journal, keeping each event as the four fields these tests read."""

    def record_event(  # type: ignore[override]
        self, *, shop_id: str, order_id: int | None, event: str, packer: str = "", detail: str = ""
    ) -> None:
        self.events.append(
            {"shop_id": shop_id, "order_id": order_id, "event": event, "detail": detail}
        )


@pytest.fixture
def lazada() -> ExpiringLinksLazada:
    return ExpiringLinksLazada()


@pytest.fixture
def store(tmp_path: Path) -> DiskLabelStore:
    return DiskLabelStore(tmp_path / "labels")


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def journal() -> RecordingJournal:
    return RecordingJournal()


@pytest.fixture
def service(
    lazada: ExpiringLinksLazada,
    store: DiskLabelStore,
    sink: RecordingSink,
    journal: RecordingJournal,
) -> LabelService:
    return LabelService(
        lazada, store, store, shop_id=SHOP, journal=journal, sink=sink, packer="ann"
    )


async def yes(_counts: Mapping[str, int]) -> bool:
    return True


async def no(_counts: Mapping[str, int]) -> bool:
    return False


@pytest.mark.asyncio
async def test_one_package_per_print_awb_and_the_pdf_not_the_html_file(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    pdfs = await service.labels(["FP1", "FP2"])

    assert pdfs == [fake_pdf("FP1"), fake_pdf("FP2")]
    assert sorted(lazada.awb_requests) == [("FP1",), ("FP2",)]


@pytest.mark.asyncio
async def test_a_reprint_comes_from_the_disk_cache_even_offline(
    service: LabelService, lazada: ExpiringLinksLazada, store: DiskLabelStore, tmp_path: Path
) -> None:
    await service.label("FP1")
    lazada.offline = True

    # a new service over the same folder: what a restarted station sees
    again = LabelService(lazada, DiskLabelStore(tmp_path / "labels"), store, shop_id=SHOP)
    assert await again.label("FP1") == fake_pdf("FP1")
    assert lazada.calls["print_awb"] == 1


@pytest.mark.asyncio
async def test_an_expired_link_is_fetched_again_transparently(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    (doc,) = await lazada.print_awb(["FP7"])
    lazada.now += lazada.ttl + 1  # the packer went for coffee

    assert await service.from_document(doc) == fake_pdf("FP7")
    assert lazada.calls["print_awb"] == 2
    # and it is cached now
    assert await service.label("FP7") == fake_pdf("FP7")
    assert lazada.calls["print_awb"] == 2


@pytest.mark.asyncio
async def test_a_link_that_keeps_expiring_gives_a_clear_error(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    lazada.ttl = -1  # every link is dead on arrival

    with pytest.raises(MalformedResponseError, match="expired twice"):
        await service.label("FP1")
    assert lazada.calls["print_awb"] == 2


@pytest.mark.asyncio
async def test_html_where_the_pdf_should_be_is_refused_and_not_cached(
    service: LabelService, lazada: ExpiringLinksLazada, store: DiskLabelStore
) -> None:
    lazada.serve = b"<iframe src='/oss/proxy/x'></iframe>"

    with pytest.raises(MalformedResponseError, match="not a PDF"):
        await service.label("FP1")
    assert store.get("FP1") is None


@pytest.mark.asyncio
async def test_concurrent_requests_for_one_label_make_one_call(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    lazada.gate = asyncio.Event()
    waiting = [asyncio.ensure_future(service.label("FP1")) for _ in range(3)]
    await asyncio.sleep(0)
    lazada.gate.set()

    assert await asyncio.gather(*waiting) == [fake_pdf("FP1")] * 3
    assert lazada.calls["print_awb"] == 1


@pytest.mark.asyncio
async def test_prefetch_fills_the_cache_in_the_background(
    service: LabelService, lazada: ExpiringLinksLazada, store: DiskLabelStore
) -> None:
    await service.label("FP1")
    result = await service.prefetch(["FP1", "FP2", "FP3", "FP2"])

    assert result.cached == ["FP1"]
    assert sorted(result.fetched) == ["FP2", "FP3"]
    assert store.get("FP3") == fake_pdf("FP3")
    assert lazada.calls["print_awb"] == 3


@pytest.mark.asyncio
async def test_prefetch_reports_failures_without_raising(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    lazada.offline = True
    result = await service.prefetch(["FP1"])

    assert list(result.failed) == ["FP1"]
    assert isinstance(result.failed["FP1"], NetworkError)


@pytest.mark.asyncio
async def test_batch_prints_one_job_in_selection_order_and_counts(
    service: LabelService,
    sink: RecordingSink,
    journal: RecordingJournal,
) -> None:
    out = await service.print_labels(["FP3", "FP1", "FP2"], order_ids={"FP1": 11})

    ((name, pdfs),) = sink.jobs
    assert pdfs == [fake_pdf("FP3"), fake_pdf("FP1"), fake_pdf("FP2")]
    assert "3" in name
    assert out.pages == 3
    assert out.counts == {"FP3": 1, "FP1": 1, "FP2": 1}
    assert [e["event"] for e in journal.events] == ["label_printed"] * 3
    assert journal.events[1]["order_id"] == 11


@pytest.mark.asyncio
async def test_reprint_needs_confirmation(
    service: LabelService,
    sink: RecordingSink,
    journal: RecordingJournal,
) -> None:
    await service.print_labels(["FP1"])

    with pytest.raises(ReprintNotConfirmedError) as exc:
        await service.print_labels(["FP1", "FP2"])
    assert exc.value.counts == {"FP1": 1}

    declined = await service.print_labels(["FP1"], confirm_reprint=no)
    assert declined.cancelled
    assert len(sink.jobs) == 1

    again = await service.print_labels(["FP1"], confirm_reprint=yes)
    assert again.counts == {"FP1": 2}
    assert service.printed_count("FP1") == 2
    assert journal.events[-1]["event"] == "label_reprinted"


@pytest.mark.asyncio
async def test_a_failed_printer_records_nothing_and_the_job_can_be_repeated(
    service: LabelService, sink: RecordingSink, lazada: ExpiringLinksLazada
) -> None:
    sink.fail = PrinterError("The label printer “Zebra” was not found.")
    with pytest.raises(PrinterError):
        await service.print_labels(["FP1"])
    assert service.printed_count("FP1") == 0

    sink.fail = None
    lazada.offline = True  # the label is on disk already
    out = await service.print_labels(["FP1"])  # no reprint question: it never printed
    assert out.counts == {"FP1": 1}


@pytest.mark.asyncio
async def test_counts_survive_a_restart(
    service: LabelService, tmp_path: Path, lazada: ExpiringLinksLazada
) -> None:
    await service.print_labels(["FP1"])
    await service.print_labels(["FP1"], confirm_reprint=yes)

    assert DiskLabelStore(tmp_path / "labels").printed_count("FP1") == 2


@pytest.mark.asyncio
async def test_a_voided_label_is_never_printed(
    service: LabelService,
    store: DiskLabelStore,
    journal: RecordingJournal,
) -> None:
    await service.label("FP1")
    service.void("FP1", reason="package re-created", order_id=5)

    assert store.get("FP1") is None
    with pytest.raises(VoidedLabelError):
        await service.print_labels(["FP1"])
    assert journal.events[-1]["event"] == "label_voided"
    assert DiskLabelStore(store.root).is_voided("FP1")


@pytest.mark.asyncio
async def test_label_port_fetch_and_print_counts_the_packages(
    service: LabelService,
    sink: RecordingSink,
    lazada: ExpiringLinksLazada,
    journal: RecordingJournal,
) -> None:
    single = await service.fetch_label(SHOP, ["FP1"])
    await service.print_label(single, job_name="order 1")
    merged = await service.fetch_label(SHOP, ["FP2", "FP3"])
    await service.print_label(merged, job_name="order 2")

    assert merged == fake_pdf("FP2", "FP3")
    assert [name for name, _ in sink.jobs] == ["order 1", "order 2"]
    assert [service.printed_count(p) for p in ("FP1", "FP2", "FP3")] == [1, 1, 1]
    assert journal.events == []  # the packing workflow journals its own label events

    # the batch job failed at the printer: repeating it needs no network
    lazada.offline = True
    assert await service.fetch_label(SHOP, ["FP2", "FP3"]) == merged
    with pytest.raises(ValueError, match="shop"):
        await service.fetch_label("other-shop", ["FP1"])
    service.void("FP3", reason="repacked")
    with pytest.raises(VoidedLabelError):
        await service.fetch_label(SHOP, ["FP2", "FP3"])


@pytest.mark.asyncio
async def test_printing_without_a_printer_chosen_is_a_workflow_error(
    lazada: ExpiringLinksLazada, store: DiskLabelStore
) -> None:
    service = LabelService(lazada, store, store, shop_id=SHOP)
    with pytest.raises(WorkflowError, match="No printer"):
        await service.print_labels(["FP1"])
    assert service.printed_count("FP1") == 0


@pytest.mark.asyncio
async def test_merged_documents_hold_at_most_20_packages(
    service: LabelService, lazada: ExpiringLinksLazada
) -> None:
    ids = [f"FP{i}" for i in range(45)]
    docs = await service.merged(ids)

    assert len(docs) == 3
    assert [len(r) for r in lazada.awb_requests] == [20, 20, 5]
    assert docs[2] == fake_pdf(*ids[40:])
