"""Pick lists and waves: which SKUs to collect, how many, from where, for a set of orders.

``select_orders`` chooses orders from the station's order book (a tab, item statuses, a
shipping provider, order numbers or ids, a shop); ``pick_lines`` groups their units by seller
SKU with the totals, the product's name and variation, its image and its bin/location from
the catalogue (sorted by location when there is one). ``PickingService.make_wave`` keeps the
pick list with its orders in the journal (a wave, with a ``#LP:WAVE:<id>`` barcode) and
journals who printed which orders when. Rendering (PDF) is the printing adapter's job.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from lazpack.domain.catalogue import CataloguePort, Product
from lazpack.domain.orderbook import OrderBook, OrderRow, Tab
from lazpack.domain.ports import JournalPort
from lazpack.domain.scan import key
from lazpack.domain.waves import Wave, WavePort
from lazpack.errors import KnownError, WorkflowError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

log = get_logger("picking")

#: ``Settings.ui`` key of the saved A4 printer for pick lists (the window and the CLI).
A4_PRINTER_KEY = "a4_printer"
#: Thumbnails fetched at once for a pick list.
IMAGE_CONCURRENCY = 6


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """Which orders a pick list (or ``lazpack orders``) is for; empty fields match all."""

    tab: str = ""  # to_pack, packed, ready, dbs, problems, done
    statuses: tuple[str, ...] = ()  # item statuses (pending, packed, ready_to_ship...)
    provider: str = ""  # shipment provider name, case-insensitive substring
    shop_id: str = ""
    #: order numbers or order ids
    ids: tuple[int, ...] = ()


def row_provider(row: OrderRow) -> str:
    return next((it.shipment_provider for it in row.items if it.shipment_provider), "")


def matches(row: OrderRow, f: OrderFilter) -> bool:
    if f.shop_id and row.shop_id != f.shop_id:
        return False
    if f.tab and row.tab.value != f.tab:
        return False
    if f.statuses and not set(row.statuses) & {s.lower() for s in f.statuses}:
        return False
    if f.provider and f.provider.lower() not in row_provider(row).lower():
        return False
    return not f.ids or row.order.order_number in f.ids or row.order.order_id in f.ids


def select_orders(rows: Iterable[OrderRow], f: OrderFilter) -> list[OrderRow]:
    """The matching rows, oldest first (the order a picker should work in)."""
    found = [r for r in rows if matches(r, f)]
    found.sort(key=lambda r: (r.order.created_at, r.order.order_number))
    if f.ids:
        wanted = set(f.ids)
        seen = {r.order.order_number for r in found} | {r.order.order_id for r in found}
        missing = sorted(wanted - seen)
        if missing:
            raise WorkflowError(
                arg(
                    translate("PickingService", "Not found among the open orders: %1."),
                    ", ".join(map(str, missing)),
                ),
                hint=translate(
                    "PickingService", "Check the order numbers, or sync the shop first."
                ),
            )
    return found


@dataclass(frozen=True, slots=True)
class PickLine:
    """One SKU to collect."""

    shop_id: str
    sku: str
    name: str
    variation: str
    quantity: int
    location: str = ""
    image_url: str = ""
    barcodes: tuple[str, ...] = ()
    #: order numbers that need it
    orders: tuple[int, ...] = ()


def pick_lines(
    rows: Sequence[OrderRow], catalogue: Mapping[str, Mapping[str, Product]] | None = None
) -> list[PickLine]:
    """Units of ``rows`` grouped by (shop, seller SKU); sorted by bin/location when the
    catalogue has one (SKUs without a location last), then by SKU."""
    grouped: dict[tuple[str, str], list[tuple[OrderRow, int]]] = {}
    first: dict[tuple[str, str], tuple[str, str, str]] = {}
    for row in rows:
        for it in row.items:
            k = (row.shop_id, it.sku)
            grouped.setdefault(k, []).append((row, it.order_item_id))
            first.setdefault(k, (it.name, it.variation, it.product_main_image))
    lines: list[PickLine] = []
    for (shop, sku), units in grouped.items():
        name, variation, image = first[(shop, sku)]
        product = (catalogue or {}).get(shop, {}).get(sku)
        numbers = tuple(dict.fromkeys(r.order.order_number for r, _ in units))
        lines.append(
            PickLine(
                shop,
                sku,
                name,
                variation,
                len(units),
                location=product.location if product else "",
                image_url=image,
                barcodes=product.barcodes if product else (),
                orders=numbers,
            )
        )
    lines.sort(key=lambda p: (p.location == "", p.location.lower(), key(p.sku), p.shop_id))
    return lines


async def fetch_images(
    lines: Sequence[PickLine], fetch: Callable[[str], Awaitable[bytes]]
) -> dict[tuple[str, str], bytes]:
    """Each line's product image (a pick list without a picture is still a pick list: a
    failed download is logged and left out)."""
    slots = asyncio.Semaphore(IMAGE_CONCURRENCY)
    out: dict[tuple[str, str], bytes] = {}

    async def one(line: PickLine) -> None:
        async with slots:
            try:
                out[(line.shop_id, line.sku)] = await fetch(line.image_url)
            except (KnownError, LookupError, OSError) as err:
                log.warning("image of %s not fetched: %s", line.sku, err)

    await asyncio.gather(*(one(p) for p in lines if p.image_url))
    return out


@dataclass(frozen=True, slots=True)
class PickList:
    """What a printed pick list shows: its wave, its orders and its lines."""

    title: str
    rows: tuple[OrderRow, ...]
    lines: tuple[PickLine, ...]
    wave: Wave | None = None
    shop_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def units(self) -> int:
        return sum(p.quantity for p in self.lines)


def describe(f: OrderFilter, tab_titles: Mapping[str, str] | None = None) -> str:
    """A title for a pick list chosen by ``f`` ("To pack · J&T Express")."""
    parts: list[str] = []
    if f.tab:
        parts.append((tab_titles or {}).get(f.tab, f.tab))
    if f.statuses:
        parts.append(", ".join(f.statuses))
    if f.provider:
        parts.append(f.provider)
    if f.ids:
        parts.append(arg(translate("PickingService", "%1 chosen orders"), len(f.ids)))
    return " · ".join(parts) or translate("PickingService", "All open orders")


@dataclass(frozen=True, slots=True)
class OpenedWave:
    """A wave scanned at the station: what the window lists for packing."""

    wave: Wave
    rows: tuple[OrderRow, ...]  # still open at this station, in pick-list order
    gone: tuple[int, ...]  # order numbers no longer open (shipped, cancelled...)

    @property
    def to_pack(self) -> tuple[OrderRow, ...]:
        return tuple(r for r in self.rows if r.tab is Tab.TO_PACK)

    def summary(self) -> str:
        if self.gone:
            return arg(
                translate(
                    "PickingService", "Pick list #%1: %2 orders, %3 to pack, %4 no longer open."
                ),
                self.wave.wave_id,
                len(self.wave.orders),
                len(self.to_pack),
                len(self.gone),
            )
        return arg(
            translate("PickingService", "Pick list #%1: %2 orders, %3 to pack."),
            self.wave.wave_id,
            len(self.wave.orders),
            len(self.to_pack),
        )


class PickingService:
    """Builds pick lists from the order book, keeps them as waves, journals the print."""

    def __init__(
        self,
        book: OrderBook,
        catalogue: CataloguePort,
        waves: WavePort,
        journal: JournalPort,
        *,
        packer: Callable[[], str] = lambda: "",
    ) -> None:
        self.book = book
        self.catalogue = catalogue
        self.waves = waves
        self.journal = journal
        self.packer = packer
        #: the wave last scanned at the station, and who wants to know
        self.opened: OpenedWave | None = None
        self.wave_listeners: list[Callable[[OpenedWave], None]] = []

    def rows(self, f: OrderFilter) -> list[OrderRow]:
        return select_orders(self.book.rows(), f)

    def rows_for_keys(self, keys: Sequence[tuple[str, int]]) -> list[OrderRow]:
        """Rows of the chosen orders (the window's selection), in the given order."""
        rows = [r for k in keys if (r := self.book.get(k)) is not None]
        if not rows:
            raise WorkflowError(
                translate(
                    "PickingService", "None of the chosen orders is open at this station any more."
                )
            )
        return rows

    def build(self, rows: Sequence[OrderRow], *, title: str) -> PickList:
        """The pick list of ``rows`` (not saved: a preview)."""
        if not rows:
            raise WorkflowError(
                translate("PickingService", "No orders match: there is nothing to pick."),
                hint=translate(
                    "PickingService", "Choose other orders, another status or shipping provider."
                ),
            )
        shops = {r.shop_id for r in rows}
        catalogue = {s: self.catalogue.products(s) for s in shops}
        return PickList(title, tuple(rows), tuple(pick_lines(rows, catalogue)))

    def make_wave(self, rows: Sequence[OrderRow], *, title: str) -> PickList:
        """The pick list of ``rows`` saved as a wave and journaled on each order."""
        pick = self.build(rows, title=title)
        wave = self.waves.save_wave(
            title=title,
            packer=self.packer(),
            orders=[(r.shop_id, r.order.order_id, r.order.order_number) for r in rows],
        )
        for r in rows:
            self.journal.record_event(
                shop_id=r.shop_id,
                order_id=r.order.order_id,
                event="pick_list",
                packer=self.packer(),
                detail=f"wave {wave.wave_id}: {title} ({len(rows)} orders, {pick.units} units)",
            )
        return PickList(title, pick.rows, pick.lines, wave)

    def wave_rows(self, wave_id: int) -> tuple[Wave, list[OrderRow], list[int]]:
        """A wave, its orders still open at this station, and the order numbers gone."""
        wave = self.waves.wave(wave_id)
        if wave is None:
            raise WorkflowError(
                arg(
                    translate(
                        "PickingService", "Pick list (wave) %1 is not known at this station."
                    ),
                    wave_id,
                )
            )
        rows: list[OrderRow] = []
        gone: list[int] = []
        for shop, order_id, number in wave.orders:
            row = self.book.get((shop, order_id))
            if row is None:
                gone.append(number)
            else:
                rows.append(row)
        return wave, rows, gone

    def packable(self, rows: Iterable[OrderRow]) -> list[OrderRow]:
        return [r for r in rows if r.tab is Tab.TO_PACK]

    def scan_wave(self, wave_arg: str) -> str:
        """``PackingService.on_wave``: a scanned ``#LP:WAVE:<id>``; listeners show the list."""
        text = wave_arg.strip()
        if not text.isdigit():
            raise WorkflowError(
                arg(translate("PickingService", "“%1” is not the number of a pick list."), wave_arg)
            )
        wave, rows, gone = self.wave_rows(int(text))
        opened = OpenedWave(wave, tuple(rows), tuple(gone))
        self.opened = opened
        for listener in list(self.wave_listeners):
            listener(opened)
        return opened.summary()
