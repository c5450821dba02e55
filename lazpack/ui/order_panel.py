"""The current-order panel (``packPanel``): what to put in the box, readable from a metre away.

Lazada lists one item row per unit; the panel groups them by SKU with a quantity, since a
packer counts "3 × blue mug", not three rows.
"""

from __future__ import annotations

import asyncio
import html
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lazpack.domain.formatting import format_money
from lazpack.domain.models import OrderItem
from lazpack.domain.orderbook import Key, OrderRow, Tab, shipping_text, status_text
from lazpack.domain.workflow import LineView
from lazpack.i18n import QT_TRANSLATE_NOOP, arg
from lazpack.log import get_logger
from lazpack.ui import theme
from lazpack.ui.bounded_label import BoundedLabel
from lazpack.ui.images import ImageCache

log = get_logger("ui.panel")

ICON = 72
#: Buyer text (notes, gift messages) longer than this is cut in the panel; the whole text
#: is in the details tooltip.
NOTE_CHARS = 160
#: how wide the Package column may get: a package id's head and tail ("FP0…54433"), whole in
#: the tooltip
PACKAGE_SAMPLE = "FP0…54433"
#: Lines of the order details the panel shows at most (never taller than the screen).
DETAIL_LINES = 5


def _cut(text: str, limit: int = NOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class SkuGroup:
    sku: str
    name: str
    variation: str
    image: str
    price: str
    quantity: int
    statuses: str
    package_ids: str
    item_ids: tuple[int, ...]


def group_items(items: tuple[OrderItem, ...]) -> list[SkuGroup]:
    groups: dict[tuple[str, str], list[OrderItem]] = {}
    for it in items:
        groups.setdefault((it.sku, it.variation), []).append(it)
    out: list[SkuGroup] = []
    for (sku, variation), its in groups.items():
        first = its[0]
        statuses = Counter(i.status for i in its)
        out.append(
            SkuGroup(
                sku=sku,
                name=first.name,
                variation=variation,
                image=first.product_main_image,
                price=format_money(first.item_price, first.currency),
                quantity=len(its),
                statuses=", ".join(
                    f"{n}× {status_text(s)}" if len(statuses) > 1 else status_text(s)
                    for s, n in statuses.items()
                ),
                package_ids=", ".join(dict.fromkeys(i.package_id for i in its if i.package_id)),
                item_ids=tuple(i.order_item_id for i in its),
            )
        )
    return out


class OrderPanel(QFrame):
    """Shows one order. ``show_order(row)``; ``current_key`` says which one.

    Its buttons ask for label actions on the order shown (the window wires them):
    ``reprintRequested``, ``previewRequested``, ``repackRequested``.
    """

    reprintRequested = Signal()
    previewRequested = Signal()
    repackRequested = Signal()
    #: the order now shown (an ``OrderRow``, or None): side panels follow it (packing video)
    orderShown = Signal(object)

    COLUMNS = (
        "",
        QT_TRANSLATE_NOOP("OrderPanel", "Qty"),
        QT_TRANSLATE_NOOP("OrderPanel", "Item"),
        QT_TRANSLATE_NOOP("OrderPanel", "Price"),
        QT_TRANSLATE_NOOP("OrderPanel", "Status"),
        QT_TRANSLATE_NOOP("OrderPanel", "Package"),
    )
    STATUS_COLUMN = 4
    PACKAGE_COLUMN = 5
    SKU_COLUMN = 2

    def __init__(self, images: ImageCache | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._images = images
        self._row: OrderRow | None = None
        #: verification progress of the order open at the scan station (per SKU)
        self._progress: dict[str, LineView] = {}
        self._progress_key: Key | None = None
        self._tasks: set[asyncio.Task[None]] = set()

        # "Order <number>": the number is the server's, so bounded too (whole in the tooltip)
        self.title = BoundedLabel(QCoreApplication.translate("OrderPanel", "No order selected"))
        self.title.setObjectName("panelTitle")
        self.title.setFont(theme.heading_font())
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the state line carries Lazada's refusal when the order has a problem: bounded,
        # the whole text in its tooltip and in the problem pane below
        self.state = BoundedLabel("", lines=2)
        self.state.setObjectName("panelState")
        self.state.setFont(theme.base_font(5, bold=True))
        self.details = QLabel(
            QCoreApplication.translate("OrderPanel", "Select an order in the list or scan it.")
        )
        self.details.setObjectName("panelDetails")
        self.details.setFont(theme.base_font(2))
        self.details.setWordWrap(True)
        # buyer text can be anything: never let it widen or heighten the window
        self.details.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details.setMinimumWidth(60)
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * DETAIL_LINES + 4)
        self.problem = QPlainTextEdit()
        self.problem.setObjectName("panelProblem")
        self.problem.setReadOnly(True)
        self.problem.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem.setMaximumHeight(self.problem.fontMetrics().lineSpacing() * 4 + 12)
        self.problem.setVisible(False)

        self.items = QTableWidget(0, len(self.COLUMNS))
        self.items.setObjectName("panelItems")
        self.items.setHorizontalHeaderLabels(
            [QCoreApplication.translate("OrderPanel", c) if c else "" for c in self.COLUMNS]
        )
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setIconSize(QSize(ICON, ICON))
        self.items.verticalHeader().setVisible(False)
        self.items.verticalHeader().setDefaultSectionSize(ICON + 8)
        self.items.setFont(theme.base_font(3))
        hdr = self.items.horizontalHeader()
        hdr.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.setWordWrap(True)

        actions = QHBoxLayout()
        self.reprint_button = QPushButton(
            QCoreApplication.translate("OrderPanel", "Reprint label (Ctrl+P)")
        )
        self.reprint_button.setObjectName("reprintButton")
        self.preview_button = QPushButton(
            QCoreApplication.translate("OrderPanel", "Preview label (Ctrl+Shift+V)")
        )
        self.preview_button.setObjectName("previewButton")
        self.repack_button = QPushButton(
            QCoreApplication.translate("OrderPanel", "Repack… (Ctrl+Shift+R)")
        )
        self.repack_button.setObjectName("repackButton")
        for b, sig in (
            (self.reprint_button, self.reprintRequested),
            (self.preview_button, self.previewRequested),
            (self.repack_button, self.repackRequested),
        ):
            # buttons never take focus: the scanner's Enter must not press them
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(sig.emit)
            b.setEnabled(False)
            actions.addWidget(b)
        actions.addStretch(1)
        self.action_row = actions

        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.state)
        lay.addWidget(self.details)
        lay.addWidget(self.problem)
        lay.addWidget(self.items, 1)
        lay.addLayout(actions)

    @property
    def current_key(self) -> Key | None:
        return self._row.key if self._row else None

    @property
    def current_row(self) -> OrderRow | None:
        return self._row

    def _package_cell(self, package_ids: str) -> QTableWidgetItem:
        """The package id(s), middle-elided to a short width: once an order is packed, every
        row carries the same long id and a whole one squeezed the item names (issue 22)."""
        if not package_ids:
            return QTableWidgetItem("—")
        fm = QFontMetrics(self.items.font())
        cell = QTableWidgetItem(
            fm.elidedText(
                package_ids, Qt.TextElideMode.ElideMiddle, fm.horizontalAdvance(PACKAGE_SAMPLE)
            )
        )
        cell.setToolTip(package_ids)
        return cell

    def show_order(self, row: OrderRow | None) -> None:
        self._show_order(row)
        self.orderShown.emit(row)

    def _show_order(self, row: OrderRow | None) -> None:
        self._row = row
        has_label = row is not None and bool(row.package_ids) and not row.is_dbs
        self.reprint_button.setEnabled(has_label)
        self.preview_button.setEnabled(has_label)
        self.repack_button.setEnabled(
            row is not None and bool(row.package_ids) and "packed" in row.statuses
        )
        if row is None:
            self.title.setText(QCoreApplication.translate("OrderPanel", "No order selected"))
            self.state.setText("")
            self.details.setText(
                QCoreApplication.translate("OrderPanel", "Select an order in the list or scan it.")
            )
            self.details.setToolTip("")
            self.problem.setVisible(False)
            self.items.setRowCount(0)
            return
        o = row.order
        self.title.setText(
            arg(QCoreApplication.translate("OrderPanel", "Order %1"), o.order_number)
        )
        colour = theme.tab_colour(row.tab).name()
        state = row.problem or ", ".join(status_text(s) for s in row.statuses)
        self.state.setText(state.upper())
        self.state.setStyleSheet(f"color: {colour};")
        self.problem.setPlainText(
            arg(QCoreApplication.translate("OrderPanel", "Problem: %1"), row.problem)
            if row.problem
            else ""
        )
        self.problem.setVisible(bool(row.problem))
        bits = [
            f"<b style='color:{theme.tab_colour(Tab.PACKED).name()}'>"
            + QCoreApplication.translate(
                "OrderPanel", "DIGITAL — no parcel; deliver with Ctrl+Shift+D"
            )
            + "</b>"
            if row.is_digital
            else "",
            "<b>"
            + QCoreApplication.translate(
                "OrderPanel", "%n unit(s)", None, len(row.items) or o.items_count
            )
            + "</b>",
            shipping_text(row.shipping_kind),
            f"<b style='color:{theme.cod_colour().name()}'>COD</b>"
            if o.is_cod
            else (o.payment_method or ""),
            o.customer_name,
            f"{row.shop_id} · {row.region.upper()}" if row.region else row.shop_id,
        ]
        full = list(bits)
        if o.gift_option:
            gift = (
                arg(QCoreApplication.translate("OrderPanel", "GIFT: %1"), o.gift_message)
                if o.gift_message
                else QCoreApplication.translate("OrderPanel", "GIFT")
            )
            bits.append(html.escape(_cut(gift)))
            full.append(html.escape(gift))
        if o.buyer_note or o.remarks:
            note = arg(
                QCoreApplication.translate("OrderPanel", "Note: %1"), o.buyer_note or o.remarks
            )
            bits.append(html.escape(_cut(note)))
            full.append(html.escape(note))
        packages = {i.package_id for i in row.items if i.package_id}
        if len(packages) == 1:
            bits.append(
                arg(QCoreApplication.translate("OrderPanel", "Package %1"), next(iter(packages)))
            )
        if row.tracking_codes:
            bits.append(
                arg(
                    QCoreApplication.translate("OrderPanel", "Tracking %1"),
                    ", ".join(row.tracking_codes),
                )
            )
        self.details.setText(" · ".join(b for b in bits if b))
        long_text = any(len(b) > NOTE_CHARS for b in full)
        self.details.setToolTip("<br>".join(b for b in full if b) if long_text else "")
        groups = group_items(row.items)
        self.items.setRowCount(len(groups))
        for r, g in enumerate(groups):
            img = QTableWidgetItem()
            img.setData(Qt.ItemDataRole.UserRole, g.image)
            qty = QTableWidgetItem(f"{g.quantity} ×")
            qty.setFont(theme.base_font(8, bold=True))
            # SKU first: it is what the packer matches against the shelf label.
            item = QTableWidgetItem(
                f"{g.sku}\n{g.name}" + (f" · {g.variation}" if g.variation else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, g.sku)
            item.setToolTip(f"{g.name}\n{g.variation}\nSKU {g.sku}")
            cells = [img, qty, item]
            cells += [QTableWidgetItem(g.price), QTableWidgetItem(g.statuses)]
            cells.append(self._package_cell(g.package_ids))
            for c, cell in enumerate(cells):
                self.items.setItem(r, c, cell)
        # A column that says the same on every row says it once, above the table (the state
        # line, the details line): at 1024 px the item names need that room.
        self.items.setColumnHidden(self.STATUS_COLUMN, len({g.statuses for g in groups}) <= 1)
        self.items.setColumnHidden(self.PACKAGE_COLUMN, len({g.package_ids for g in groups}) <= 1)
        self._paint_progress()
        for r, g in enumerate(groups):
            icon_cell = self.items.item(r, 0)
            if icon_cell is None:
                continue
            if self._images is not None and g.image:
                cached = self._images.cached(g.image)
                if cached is not None:
                    icon_cell.setIcon(QIcon(cached))
                else:
                    self._load_image(row.key, r, g.image)

    def set_progress(
        self, lines: tuple[LineView, ...] | list[LineView], key: Key | None = None
    ) -> None:
        """Show scanned vs expected per SKU of order ``key`` (open at the scan station);
        shown whenever that order is the one in the panel."""
        self._progress = {ln.sku: ln for ln in lines}
        self._progress_key = (key or self.current_key) if lines else None
        self._paint_progress()

    def progress_text(self, sku: str) -> str:
        """What the Qty cell of ``sku`` says (tests, automation)."""
        for r in range(self.items.rowCount()):
            cell = self.items.item(r, self.SKU_COLUMN)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == sku:
                qty = self.items.item(r, 1)
                return qty.text() if qty is not None else ""
        return ""

    def _paint_progress(self) -> None:
        active = self._progress_key is not None and self._progress_key == self.current_key
        done_bg = QBrush(QColor("#1b5e20" if theme.is_dark() else "#c8e6c9"))
        for r in range(self.items.rowCount()):
            sku_cell = self.items.item(r, self.SKU_COLUMN)
            qty = self.items.item(r, 1)
            if sku_cell is None or qty is None:
                continue
            line = self._progress.get(str(sku_cell.data(Qt.ItemDataRole.UserRole)))
            total = qty.data(Qt.ItemDataRole.UserRole)
            if total is None:
                total = qty.text()
                qty.setData(Qt.ItemDataRole.UserRole, total)
            if active and line is not None:
                mark = " ✓" if line.complete else ""
                qty.setText(f"{line.done} / {line.expected}{mark}")
                bg = done_bg if line.complete else QBrush()
            else:
                qty.setText(str(total))
                bg = QBrush()
            for c in range(self.items.columnCount()):
                cell = self.items.item(r, c)
                if cell is not None:
                    cell.setBackground(bg)

    def _load_image(self, key: Key, r: int, url: str) -> None:
        assert self._images is not None
        images = self._images

        async def load() -> None:
            pix = await images.get(url)
            if pix is None or self.current_key != key or r >= self.items.rowCount():
                return
            cell = self.items.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == url:
                cell.setIcon(QIcon(self._scaled(pix)))

        task = asyncio.get_event_loop().create_task(load())
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("image load failed", exc_info=task.exception())

    @staticmethod
    def _scaled(pix: QPixmap) -> QPixmap:
        return pix.scaled(
            ICON,
            ICON,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def cancel_loads(self) -> None:
        for t in list(self._tasks):
            t.cancel()
