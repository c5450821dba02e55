"""Labels end to end: PrintAWB on the emulator → pdf_url → LabelPrinter → PDF → decoded barcode."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import PrinterSettings
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.errors import PrinterError
from lazpack.printing.printer import LabelPrinter
from lazpack.printing.store import DiskLabelStore
from lazpack.services.labels import LabelService
from tests.helpers.clocks import FakeClock
from tests.helpers.labels import decode, page_sizes_mm, render_back

PLAIN: dict[str, Any] = {"dbs": False, "digital": False, "cross_border": False}
PRINT_AWB = "/order/package/document/get"


@pytest.fixture
def clock() -> FakeClock:
    """The emulator's clock, moved by the test (the label link's expiry is 10 minutes)."""
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def emu(clock: FakeClock) -> Emulator:
    return Emulator(orders=10, seed=3, clock=clock)


@pytest_asyncio.fixture
async def client(emu: Emulator) -> AsyncIterator[LazadaClient]:
    async with LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=emu.app,
        access_token=DEMO_ACCESS_TOKEN,
        retry=RetryPolicy(max_attempts=3, backoff_base_s=0.01, backoff_max_s=0.02),
        timeout_s=5.0,
    ) as c:
        yield c


@pytest.fixture
def store(tmp_path: Path) -> DiskLabelStore:
    return DiskLabelStore(tmp_path / "labels")


@pytest.fixture
def service(client: LazadaClient, store: DiskLabelStore) -> LabelService:
    return LabelService(client, store, store, shop_id="demo")


async def packed_packages(emu: Emulator, client: LazadaClient, n: int) -> list[str]:
    ids: list[str] = []
    for oid in emu.add_orders(n, status="pending", **PLAIN):
        items = [int(i["order_item_id"]) for i in emu.items(oid)]
        res = await client.pack({oid: items}, shipping_allocate_type="TFS")
        assert res.outcome == "ok", res.failed
        ids.extend(dict.fromkeys(r.package_id for r in res.rows))
    return ids


def tracking(emu: Emulator, package_id: str) -> str:
    return str(emu.packages[package_id]["tracking_number"])


@pytest.mark.asyncio
async def test_batch_prints_each_package_on_its_own_page_in_selection_order(
    qapp: object, emu: Emulator, client: LazadaClient, service: LabelService, tmp_path: Path
) -> None:
    pids = await packed_packages(emu, client, 3)
    selection = [pids[2], pids[0], pids[1]]
    out = tmp_path / "batch.pdf"

    result = await service.print_labels(selection, LabelPrinter().to_pdf_file(out))

    assert result.pages == 3
    assert [decode(img) for img in render_back(out)] == [[tracking(emu, p)] for p in selection]
    for w, h in page_sizes_mm(out):
        assert (w, h) == (pytest.approx(100, abs=0.5), pytest.approx(150, abs=0.5))
    assert all(emu.labels_printed[p] == 1 for p in pids)  # one PrintAWB per package


@pytest.mark.asyncio
async def test_an_expired_pdf_url_is_fetched_again(
    qapp: object, emu: Emulator, client: LazadaClient, service: LabelService, clock: FakeClock
) -> None:
    (pid,) = await packed_packages(emu, client, 1)
    (doc,) = await client.print_awb([pid])
    clock.advance(emu.pdf_url_ttl_s + 60)  # the link is dead now

    pdf = await service.from_document(doc)

    assert decode(render_back(pdf)[0]) == [tracking(emu, pid)]
    assert emu.calls[PRINT_AWB] == 2
    # cached: a reprint needs no network
    assert await service.label(pid) == pdf
    assert emu.calls[PRINT_AWB] == 2


@pytest.mark.asyncio
async def test_a_missing_printer_loses_nothing_and_the_job_repeats(
    qapp: object, emu: Emulator, client: LazadaClient, service: LabelService, tmp_path: Path
) -> None:
    (pid,) = await packed_packages(emu, client, 1)
    gone = LabelPrinter(PrinterSettings(printer_name="Thermal-Desk-2"))

    with pytest.raises(PrinterError, match="Thermal-Desk-2"):
        await service.print_labels([pid], gone)
    assert service.printed_count(pid) == 0

    out = tmp_path / "again.pdf"
    result = await service.print_labels([pid], LabelPrinter().to_pdf_file(out))
    assert result.counts == {pid: 1}
    assert decode(render_back(out)[0]) == [tracking(emu, pid)]
    assert emu.calls[PRINT_AWB] == 1  # the second try printed from the cache
