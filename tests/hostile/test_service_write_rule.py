"""Issue 13, cases 1, 3 and 6 end to end: a ``StationCore`` over the real client and the
emulator, whose ``mangle_answers`` fault applies a write and then answers it badly.

One rule: an answer to a write that is not a well-formed Lazada answer is an unknown
outcome — the journal records ``unknown``, then the truth read back from Lazada
(``reconciled``) — and the packer is never told "packed" (or "ready") unless Lazada is.
A read that contradicts what the station knows stops the order and never moves it on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from lazpack.api import LazadaClient, RetryPolicy
from lazpack.config import PackingSettings, Paths, Settings
from lazpack.domain.scan import COMMAND_PREFIX, Command
from lazpack.domain.workflow import Kind, State
from lazpack.emulator import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.emulator.faults import MANGLE_KINDS
from lazpack.station import StationCore
from lazpack.station_wiring import ShopConnection
from lazpack.storage.journal import SqliteJournal
from tests.helpers.station import SHOP, PrintedJobs, station_paths

pytestmark = pytest.mark.asyncio

PACK = "/order/fulfill/pack"
RTS = "/order/package/rts"
ITEMS = "/order/items/get"
PLAIN: dict[str, Any] = {"status": "pending", "dbs": False, "digital": False, "cross_border": False,
         "mixed_shipping": False}  # fmt: skip
#: the mangled answers a fulfilment write can get (``data_empty``/``data_null`` spoil only
#: the ``data`` of read answers; the client suite covers a write's empty ``result.data``)
WRITE_KINDS = ("html", "truncated", "empty", "no_result", "success_null")
assert set(WRITE_KINDS) <= set(MANGLE_KINDS)
#: the station's state → the item status Lazada must then hold
TRUTH = {
    State.PACKED: {"packed"},
    State.LABELLED: {"packed"},
    State.READY_TO_SHIP: {"ready_to_ship"},
}


class RecordingJournal(SqliteJournal):
    """The station's journal, remembering every outcome each intent was given in turn."""

    def __init__(self, path: Path, *, station_id: str) -> None:
        super().__init__(path, station_id=station_id)
        self.actions: dict[int, str] = {}
        self.outcomes: dict[int, list[str]] = {}

    def begin(self, **kw: Any) -> int:
        intent_id = super().begin(**kw)
        self.actions[intent_id] = str(kw["action"])
        self.outcomes[intent_id] = []
        return intent_id

    def finish(self, intent_id: int, **kw: Any) -> None:
        super().finish(intent_id, **kw)
        self.outcomes.setdefault(intent_id, []).append(str(kw["outcome"]))

    def outcomes_of(self, action: str) -> list[list[str]]:
        return [self.outcomes[i] for i, a in sorted(self.actions.items()) if a == action]


def _opener(paths: Paths, settings: Settings) -> SqliteJournal:
    return RecordingJournal(paths.journal_file, station_id=settings.station_id)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    e = Emulator(orders=0, seed=13, hang_s=1.0, qps_limit=None)
    yield e
    e.close()


@pytest_asyncio.fixture
async def core(emu: Emulator, tmp_path: Path) -> AsyncIterator[StationCore]:
    client = LazadaClient(
        app_key=DEMO_APP_KEY,
        app_secret=DEMO_APP_SECRET,
        asgi_app=emu.app,
        base_url=Emulator.IN_PROCESS_BASE_URL,
        access_token=DEMO_ACCESS_TOKEN,
        timeout_s=0.6,
        retry=RetryPolicy(max_attempts=4, backoff_base_s=0.01, backoff_max_s=0.05),
    )
    settings = Settings(station_id="st-1", packer="ana", packing=PackingSettings(auto_until="rts"))
    station = StationCore(
        settings,
        station_paths(tmp_path / "station"),
        journal=_opener,
        label_sink=PrintedJobs(),
    )
    station.add_shop(
        ShopConnection(
            shop_id=SHOP,
            name="Emulator shop",
            region="sg",
            port=client,
            aclose=client.aclose,
            fetch=client.fetch_document,
        )
    )
    yield station
    await station.aclose()


class Packer:
    """Scans one order and its items, and records everything the station told them."""

    def __init__(self, core: StationCore) -> None:
        self.core = core
        self.service = core.packing
        self.told: list[tuple[Kind, str]] = []
        self.service.add_listener(lambda o: self.told.append((o.kind, o.message)))

    async def load(self) -> None:
        sync = self.core.syncs[SHOP]
        assert await sync.sync_once(), sync.state.message

    async def pack(self, order_id: int) -> None:
        row = self.core.book.get((SHOP, order_id))
        assert row is not None
        out = await self.service.handle_scan(str(row.order.order_number))
        assert out.kind is Kind.ORDER_OPENED, out.message
        for item in row.items:
            await self.service.handle_scan(item.sku)
        await self.service.settle()

    async def done(self) -> None:
        await self.service.handle_scan(COMMAND_PREFIX + Command.DONE)
        await self.service.settle()


def statuses(emu: Emulator, order_id: int) -> set[str]:
    return {str(i["status"]) for i in emu.items(order_id)}


def assert_no_false_claim(packer: Packer, emu: Emulator, order_id: int) -> None:
    """What the station believes is what Lazada holds; "packed" only when Lazada packed."""
    state = packer.service.state
    truth = statuses(emu, order_id)
    if state in TRUTH:
        assert truth <= TRUTH[state], (state, truth, packer.told)
    said_packed = any(k is Kind.PACKED for k, _ in packer.told)
    if said_packed:
        assert truth & {"packed", "ready_to_ship"}, (truth, packer.told)


@pytest.mark.parametrize("kind", [*WRITE_KINDS, "no_package_id"])
async def test_a_mangled_pack_answer_is_unknown_then_reconciled(
    emu: Emulator, core: StationCore, kind: str
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    packer = Packer(core)
    await packer.load()
    emu.faults.mangle_answers(kind, 1, PACK)
    await packer.pack(oid)
    journal = core.journal
    assert isinstance(journal, RecordingJournal)
    [pack_outcomes] = journal.outcomes_of("pack")
    assert pack_outcomes == ["unknown", "reconciled"], (kind, pack_outcomes, packer.told)
    # Lazada applied it: the station goes on from the truth, one parcel, ready to ship
    assert packer.service.state is State.READY_TO_SHIP, packer.told
    assert statuses(emu, oid) == {"ready_to_ship"}
    assert emu.calls[PACK] == 1
    assert not any("Nothing was changed" in m for _, m in packer.told)
    assert_no_false_claim(packer, emu, oid)
    assert journal.open_intents() == []


@pytest.mark.parametrize("kind", WRITE_KINDS)
async def test_a_mangled_rts_answer_is_unknown_then_reconciled(
    emu: Emulator, core: StationCore, kind: str
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    packer = Packer(core)
    await packer.load()
    emu.faults.mangle_answers(kind, 1, RTS)
    await packer.pack(oid)
    journal = core.journal
    assert isinstance(journal, RecordingJournal)
    [rts_outcomes] = journal.outcomes_of("rts")
    assert rts_outcomes == ["unknown", "reconciled"], (kind, rts_outcomes, packer.told)
    assert packer.service.state is State.READY_TO_SHIP, packer.told
    assert statuses(emu, oid) == {"ready_to_ship"}
    assert emu.calls[RTS] == 1
    assert_no_false_claim(packer, emu, oid)


@pytest.mark.parametrize("kind", ["data_empty", "data_null"])
async def test_an_order_read_with_no_items_before_pack_never_says_packed(
    emu: Emulator, core: StationCore, kind: str
) -> None:
    """Case 1: GetOrderItems answering ``data: []``/``null`` right before Pack."""
    [oid] = emu.add_orders(1, **PLAIN)
    packer = Packer(core)
    await packer.load()
    row = core.book.get((SHOP, oid))
    assert row is not None
    await packer.service.handle_scan(str(row.order.order_number))
    for item in row.items[:-1]:
        await packer.service.handle_scan(item.sku)
    # the fresh read taken right before Pack (and its re-read) contradict the station
    emu.faults.mangle_answers(kind, 2, ITEMS)
    await packer.service.handle_scan(row.items[-1].sku)
    await packer.service.settle()
    assert statuses(emu, oid) == {"pending"}
    assert emu.calls[PACK] == 0
    assert packer.service.state is State.VERIFIED, packer.told
    assert not any(k in (Kind.PACKED, Kind.READY, Kind.LABELLED) for k, _ in packer.told)
    assert any("no items" in m for _, m in packer.told), packer.told
    # the next try reads the truth and finishes the order
    await packer.done()
    assert packer.service.state is State.READY_TO_SHIP, packer.told
    assert statuses(emu, oid) == {"ready_to_ship"}


async def test_an_order_read_with_no_items_once_is_re_read(
    emu: Emulator, core: StationCore
) -> None:
    [oid] = emu.add_orders(1, **PLAIN)
    packer = Packer(core)
    await packer.load()
    emu.faults.mangle_answers("data_empty", 1, ITEMS)
    await packer.pack(oid)
    assert packer.service.state is State.READY_TO_SHIP, packer.told
    assert statuses(emu, oid) == {"ready_to_ship"}
