"""What the station knows about barcodes beyond the order book: the shop's linked aliases,
the open order's item keys, and why a code that matched nothing was refused.

:class:`Barcodes` belongs to :class:`~lazpack.services.packing.PackingService`; its
:meth:`Barcodes.explain` turns an unmatched code into the packer's words (an item with no
order open, the wrong label, another order's item, an unknown barcode that can be linked).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lazpack.domain.ports import JournalPort
from lazpack.domain.scan import ItemKeys, OrderEntry, OrderIndex, key
from lazpack.domain.workflow import VERIFYING_STATES, Kind, PackSession, State
from lazpack.errors import StorageError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

log = get_logger("packing")


@dataclass(frozen=True, slots=True)
class Unmatched:
    """Why a scanned code is refused: what the packer sees."""

    kind: Kind
    message: str
    sku: str = ""
    link: tuple[str, ...] = ()  # UNKNOWN: the open order's SKUs the code could be linked to


def label_refs(s: PackSession) -> set[str]:
    """Keys of the open order's own packages and tracking numbers (its parcel label)."""
    return {key(c) for c in (*s.package_ids, *s.tracking_codes)}


class Barcodes:
    """Linked aliases per shop (cached) and the open order's item keys.

    The aliases of a shop are read from the journal once and kept: an alias learned here
    updates the cache, a catalogue import at this station drops it (:meth:`forget`), and a
    code that matches nothing re-reads it (:meth:`refresh`), so an alias linked at another
    station or from the command line counts at the first scan that needs it.
    """

    def __init__(self, journal: JournalPort, orders: OrderIndex) -> None:
        self.journal = journal
        self.orders = orders
        self.aliases: dict[str, dict[str, str]] = {}
        self.keys: ItemKeys | None = None

    def shop_aliases(self, shop_id: str) -> dict[str, str]:
        """The shop's aliases, read from the journal only when not cached."""
        found = self.aliases.get(shop_id)
        if found is None:
            found = self.aliases[shop_id] = dict(self.journal.aliases(shop_id))
        return found

    def forget(self, shop_id: str) -> None:
        """The shop's aliases changed outside this service: read them again when needed."""
        self.aliases.pop(shop_id, None)

    def rebuild(self, s: PackSession | None) -> None:
        """Item keys for the open order (None when no order is open)."""
        if s is None:
            self.keys = None
            return
        pairs = [(line.sku, line.shop_sku) for line in s.lines.values()]
        self.keys = ItemKeys.from_pairs(pairs, self.shop_aliases(s.shop_id))

    def refresh(self, s: PackSession) -> bool:
        """Re-read the shop's aliases (a code matched nothing: linked elsewhere since?);
        True when they changed, and the open order's item keys are rebuilt."""
        old = self.aliases.get(s.shop_id)
        self.forget(s.shop_id)
        try:
            fresh = self.shop_aliases(s.shop_id)
        except StorageError as err:
            # The warehouse database is away: keep the aliases known so far; the code is
            # then refused as unknown (and its scan kept), never an error out of the scan.
            if old is not None:
                self.aliases[s.shop_id] = old
            log.info("aliases of %s not re-read: %s", s.shop_id, err)
            return False
        if fresh == old:
            return False
        self.rebuild(s)
        return True

    def meaning(self, code: str) -> str:
        """The SKU ``code`` already stands for in the open order, or ''."""
        found = self.keys.lookup(key(code)) if self.keys else ()
        return found[0][0] if found else ""

    def link(self, s: PackSession, code: str, sku: str, *, packer: str) -> None:
        self.journal.link_alias(shop_id=s.shop_id, barcode=code, sku=sku, packer=packer)
        self.shop_aliases(s.shop_id)[code] = sku
        self.rebuild(s)

    def explain(self, code: str, s: PackSession | None, *, confirm_label_scan: bool) -> Unmatched:
        """Why ``code`` (which matched no item, order or command) is refused."""
        if s is None and self.by_sku(code):
            return Unmatched(
                Kind.NO_ORDER,
                arg(
                    translate(
                        "Barcodes",
                        "“%1” is an item, and no order is open. Scan the order number or its "
                        "label first.",
                    ),
                    code,
                ),
                sku=code,
            )
        if s is None:
            return Unmatched(
                Kind.UNKNOWN,
                arg(
                    translate(
                        "Barcodes", "“%1” is not an open order, tracking number or package id."
                    ),
                    code,
                ),
            )
        if s.state is State.LABELLED and confirm_label_scan:
            return Unmatched(
                Kind.LABEL_MISMATCH,
                arg(
                    translate(
                        "Barcodes",
                        "“%1” is not the label of order %2 (expected %3). Check the parcel's "
                        "label.",
                    ),
                    code,
                    s.order_number,
                    ", ".join(s.tracking_codes or s.package_ids),
                ),
            )
        other_sku = self.aliases.get(s.shop_id, {}).get(code) or self.alias_by_key(s, code)
        if other_sku:
            return Unmatched(
                Kind.WRONG_ITEM,
                arg(
                    translate("Barcodes", "Wrong item: “%1” is %2, which is not in order %3."),
                    code,
                    other_sku,
                    s.order_number,
                ),
                sku=other_sku,
            )
        others = [e for e in self.by_sku(code) if e.order.order_id != s.order_id]
        if others:
            return Unmatched(
                Kind.WRONG_ITEM,
                arg(
                    translate(
                        "Barcodes", "Wrong item: %1 is not in order %2 (it belongs to order %3)."
                    ),
                    code,
                    s.order_number,
                    others[0].order.order_number,
                ),
                sku=code,
            )
        link = tuple(line.sku for line in s.missing()) if s.state in VERIFYING_STATES else ()
        hint = (
            translate("Barcodes", " Link it to one of this order's items if it is one of them.")
            if link
            else ""
        )
        return Unmatched(
            Kind.UNKNOWN,
            arg(translate("Barcodes", "Unknown barcode “%1”.%2"), code, hint),
            link=link,
        )

    def alias_by_key(self, s: PackSession, code: str) -> str:
        k = key(code)
        for barcode, sku in self.aliases.get(s.shop_id, {}).items():
            if key(barcode) == k:
                return sku
        return ""

    def by_sku(self, code: str) -> Sequence[OrderEntry]:
        finder = getattr(self.orders, "by_sku", None)
        if finder is None:
            return ()
        found: Sequence[OrderEntry] = finder(code)
        return found
