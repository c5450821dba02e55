"""Fakes for the packing service: an in-memory journal, a label port, an order index.

The journal fake keeps real state (intents open until finished, the saved session, aliases),
so crash-resume and reconciliation tests see what a real journal would give back.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from lazpack.domain.models import Order, OrderItem
from lazpack.domain.ports import Intent, JournalPort, LabelPort, LazadaPort
from lazpack.domain.scan import OrderIndex
from lazpack.errors import PrinterError


class MemoryJournal(JournalPort):
    def __init__(self) -> None:
        self.scans: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.intents: dict[int, Intent] = {}
        self.finishes: list[tuple[int, dict[str, Any]]] = []
        self.session: dict[str, object] | None = None
        self._aliases: dict[str, dict[str, str]] = {}
        self._ids = itertools.count(1)
        self.refs: dict[tuple[str, int], dict[str, Any]] = {}

    def record_scan(self, **kw: Any) -> None:
        self.scans.append(kw)

    def begin(
        self,
        *,
        action: str,
        shop_id: str,
        order_ids: Sequence[int] = (),
        item_ids: Sequence[int] = (),
        package_ids: Sequence[str] = (),
        packer: str = "",
        detail: str = "",
    ) -> int:
        iid = next(self._ids)
        self.intents[iid] = Intent(
            iid,
            action,
            shop_id,
            tuple(order_ids),
            tuple(item_ids),
            tuple(package_ids),
            packer,
            datetime.now(UTC),
        )
        return iid

    def finish(self, intent_id: int, *, outcome: str, **kw: Any) -> None:
        old = self.intents[intent_id]
        pkgs = tuple(dict.fromkeys([*old.package_ids, *kw.get("package_ids", ())]))
        self.intents[intent_id] = Intent(
            old.intent_id,
            old.action,
            old.shop_id,
            old.order_ids,
            old.item_ids,
            pkgs,
            old.packer,
            old.started_at,
            outcome,
        )
        self.finishes.append((intent_id, {"outcome": outcome, **kw}))

    def open_intents(self) -> list[Intent]:
        return [i for i in self.intents.values() if i.outcome in (None, "unknown")]

    def record_event(self, **kw: Any) -> None:
        self.events.append(kw)

    def save_session(self, state: Mapping[str, object] | None) -> None:
        # a deep copy: the journal stores a serialised record, not the live object
        self.session = copy.deepcopy(dict(state)) if state is not None else None

    def load_session(self) -> dict[str, object] | None:
        return copy.deepcopy(self.session)

    def link_alias(self, *, shop_id: str, barcode: str, sku: str, packer: str = "") -> None:
        self._aliases.setdefault(shop_id, {})[barcode] = sku

    def aliases(self, shop_id: str) -> dict[str, str]:
        return dict(self._aliases.get(shop_id, {}))

    def remember_order(self, *, shop_id: str, order_id: int, **refs: Any) -> None:
        self.refs.setdefault((shop_id, order_id), {}).update(refs)

    # test helpers
    def actions(self) -> list[str]:
        return [i.action for i in self.intents.values()]

    def event_names(self) -> list[str]:
        return [e["event"] for e in self.events]


class PortLabels(LabelPort):
    """LabelPort over a LazadaPort (PrintAWB + pdf_url), printing into a list."""

    def __init__(self, lazada_for: Any) -> None:
        self._lazada_for = lazada_for
        self.printed: list[tuple[bytes, str]] = []
        self.jobs: list[str] = []
        self.fail_next = 0

    async def fetch_label(self, shop_id: str, package_ids: Sequence[str]) -> bytes:
        lz: LazadaPort = self._lazada_for(shop_id)
        docs = await lz.print_awb(list(package_ids))
        return await lz.fetch_document(docs[0].pdf_url)

    async def print_label(self, pdf: bytes, *, job_name: str) -> None:
        await self.print_job([pdf], job_name=job_name)

    async def print_job(self, pdfs: Sequence[bytes], *, job_name: str) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise PrinterError()
        self.jobs.append(job_name)
        self.printed.extend((pdf, job_name) for pdf in pdfs)


@dataclass(frozen=True)
class Row:
    shop_id: str
    order: Order
    items: tuple[OrderItem, ...]


@dataclass
class Index(OrderIndex):
    """A minimal OrderIndex: rows are whatever the test (or a FakeLazada) says."""

    rows: dict[tuple[str, int], Row] = field(default_factory=dict)

    def put(self, shop_id: str, order: Order, items: Sequence[OrderItem]) -> Row:
        row = Row(shop_id, order, tuple(items))
        self.rows[(shop_id, order.order_id)] = row
        return row

    def get(self, key: tuple[str, int]) -> Row | None:
        return self.rows.get(key)

    def by_order_number(self, number: int) -> list[Row]:
        return [r for r in self.rows.values() if r.order.order_number == number]

    def by_tracking(self, code: str) -> list[Row]:
        return [
            r for r in self.rows.values() if any(i.tracking_code.upper() == code for i in r.items)
        ]

    def by_package(self, package_id: str) -> list[Row]:
        return [
            r
            for r in self.rows.values()
            if any(i.package_id.upper() == package_id for i in r.items)
        ]

    def by_sku(self, sku: str) -> list[Row]:
        return [r for r in self.rows.values() if any(i.sku == sku for i in r.items)]
