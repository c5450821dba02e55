"""What the window's menus may ask of the station (``lazpack.app.Station`` implements it).

The ui never imports the composition root or the station core (they reach the adapters);
it sees the station through this ``Protocol`` only, so mypy checks both sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from lazpack.config import Paths, Settings
from lazpack.domain.ports import LazadaPort
from lazpack.printing.printer import LabelPrinter
from lazpack.services.catalogue import CatalogueService
from lazpack.services.fulfilment import FulfilmentService
from lazpack.services.packing import PackingService
from lazpack.services.picking import PickingService
from lazpack.services.shops import ShopService
from lazpack.services.station_labels import StationLabels
from lazpack.services.warehouse import WarehouseSetup


class StationPort(Protocol):
    """The station as the ui sees it: its services, its settings, a few station actions."""

    settings: Settings
    paths: Paths
    #: the printer labels go to when one is saved in Settings (replaced when it changes)
    label_printer: LabelPrinter

    @property
    def ports(self) -> Mapping[str, LazadaPort]:
        """The connected shops, by shop id."""
        ...

    @property
    def labels(self) -> StationLabels: ...

    @property
    def packing(self) -> PackingService: ...

    @property
    def picking(self) -> PickingService:
        """Pick lists and waves (issue 18)."""
        ...

    @property
    def catalogue(self) -> CatalogueService: ...

    async def fetch_image(self, url: str) -> bytes:
        """A product image from the shop's host."""
        ...

    def fulfilment(self, shop_id: str) -> FulfilmentService:
        """The DBS / digital / repack service of one connected shop."""
        ...

    def save_settings(self) -> None: ...

    def refresh(self) -> None:
        """Sync every shop now."""
        ...

    def reopen_serial(self) -> None:
        """The serial scanner port changed in Settings."""
        ...

    def reopen_video(self) -> None:
        """The packing video settings changed in Settings."""
        ...

    def shop_service(self) -> ShopService | None:
        """For Station → Shops…; None when the keyring is unavailable."""
        ...

    def existing_shop_service(self) -> ShopService | None:
        """The service of the configured shops if one is open (none in demo mode)."""
        ...

    def warehouse_setup(self) -> WarehouseSetup:
        """Settings → Warehouse: the shared database's address and the warehouse key."""
        ...
