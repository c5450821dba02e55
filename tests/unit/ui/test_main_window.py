"""The station window against a hand-built OrderBook: what the packer sees."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QStatusBar,
    QTableView,
)
from pytestqt.qtbot import QtBot

from lazpack.domain.orderbook import Tab
from lazpack.errors import RateLimitError
from lazpack.services.sync import Connection, SyncState
from lazpack.ui.main_window import MainWindow
from lazpack.ui.orders_model import Column
from tests.helpers.orders import build_book, make_items, make_order


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    w = MainWindow(build_book(), demo=True)
    qtbot.addWidget(w)
    w.show()
    return w


def visible_numbers(w: MainWindow) -> list[str]:
    view = w.findChild(QTableView, "ordersView")
    assert view is not None
    m = view.model()
    return [m.index(r, Column.ORDER).data() for r in range(m.rowCount())]


def test_named_widgets_exist_and_demo_is_marked(window: MainWindow) -> None:
    for cls, name in (
        (QLineEdit, "scanInput"),
        (QTableView, "ordersView"),
        (QStatusBar, "statusBar"),
    ):
        assert window.findChild(cls, name) is not None
    assert window.panel.objectName() == "packPanel"
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible() and "DEMO" in banner.text()


def test_tab_titles_count_live(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "To pack (3)",
        "Packed (1)",
        "Ready to ship (1)",
        "Delivered by seller (1)",
        "Problems (1)",
        "All (7)",
    ]
    assert visible_numbers(window) == ["101", "102", "103"]  # oldest first
    window.book.upsert("s", make_order(103), make_items(103, ["MUG"], status="packed"))
    assert window.tabs.tabText(0) == "To pack (2)" and window.tabs.tabText(1) == "Packed (2)"
    assert visible_numbers(window) == ["101", "102"]


def test_search_as_you_type_filters_and_escape_clears(window: MainWindow, qtbot: QtBot) -> None:
    window.set_tab(None)
    search = window.findChild(QLineEdit, "searchInput")
    assert search is not None
    qtbot.keyClicks(search, "mug")
    assert visible_numbers(window) == ["102", "103"]
    search.clear()
    qtbot.keyClicks(search, "blue m")
    assert visible_numbers(window) == ["103"]
    search.clear()
    qtbot.keyClicks(search, "sglex201")
    assert visible_numbers(window) == ["201"]
    search.clear()
    qtbot.keyClicks(search, "ana cr")
    assert visible_numbers(window) == ["101"]
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and len(visible_numbers(window)) == 7


def test_sort_by_any_column(window: MainWindow) -> None:
    window.view.sortByColumn(Column.ORDER, Qt.SortOrder.DescendingOrder)
    assert visible_numbers(window) == ["103", "102", "101"]
    window.view.sortByColumn(Column.ITEMS, Qt.SortOrder.AscendingOrder)
    assert visible_numbers(window)[-1] == "102"  # three units


def test_multi_select_survives_a_sync(window: MainWindow, qtbot: QtBot) -> None:
    window.view.setFocus()
    window.view.selectRow(0)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_keys() == [("s", 101), ("s", 102)]
    window.book.upsert("s", make_order(100, age_min=999), make_items(100))  # new, sorts first
    assert visible_numbers(window)[0] == "100"
    assert window.selected_keys() == [("s", 101), ("s", 102)]


def test_open_order_shows_grouped_items_and_switches_tab(window: MainWindow) -> None:
    window.findChild(QLineEdit, "searchInput").setText("lamp")
    assert window.open_order(("s", 201))
    assert window.current_tab() is Tab.PACKED
    assert window.panel.title.text() == "Order 201"
    assert window.selected_keys() == [("s", 201)]
    assert window.open_order(("s", 102))
    table = window.panel.items
    sku = window.panel.SKU_COLUMN
    rows = {
        table.item(r, sku).data(Qt.ItemDataRole.UserRole): table.item(r, 1).text()
        for r in range(table.rowCount())
    }
    assert rows == {"MUG": "2 ×", "CUP": "1 ×"}
    assert not window.open_order(("s", 999))


def test_panel_follows_a_status_change_of_the_open_order(window: MainWindow) -> None:
    window.open_order(("s", 103))
    window.book.upsert("s", make_order(103), make_items(103, ["MUG"], status="packed"))
    assert window.panel.state.text() == "PACKED"


def test_a_packed_orders_package_is_said_once_and_leaves_the_item_names_their_room(
    window: MainWindow,
) -> None:
    pkg = "FP094612539954433"
    panel = window.panel
    window.open_order(("s", 103))
    window.book.upsert(
        "s",
        make_order(103),
        make_items(103, ["MUG", "CUP"], status="ready_to_ship", package_id=pkg),
    )
    # one package, one status for every row: said once above the table, not in each row
    assert panel.items.isColumnHidden(panel.PACKAGE_COLUMN)
    assert panel.items.isColumnHidden(panel.STATUS_COLUMN)
    assert f"Package {pkg}" in panel.details.text()
    # two packages: the column is back, each id middle-elided, whole in its tooltip
    mug, cup = make_items(103, ["MUG", "CUP"], status="ready_to_ship", package_id=pkg)
    items = [mug, replace(cup, status="packed", package_id="FP000000000000002")]
    window.book.upsert("s", make_order(103), items)
    table = panel.items
    assert not table.isColumnHidden(panel.PACKAGE_COLUMN)
    assert not table.isColumnHidden(panel.STATUS_COLUMN)
    assert "Package FP" not in panel.details.text()
    cells = [table.item(r, panel.PACKAGE_COLUMN) for r in range(table.rowCount())]
    assert {c.toolTip() for c in cells if c is not None} == {pkg, "FP000000000000002"}
    for c in cells:
        assert c is not None and c.text() != c.toolTip() and c.text().endswith(c.toolTip()[-4:])
    whole = table.fontMetrics().horizontalAdvance(pkg)
    assert table.columnWidth(panel.PACKAGE_COLUMN) < whole


def test_enter_in_scan_field_emits_the_code(window: MainWindow, qtbot: QtBot) -> None:
    scan = window.findChild(QLineEdit, "scanInput")
    assert scan is not None
    with qtbot.waitSignal(window.scanned) as sig:
        qtbot.keyClicks(scan, " 103 ")
        qtbot.keyClick(scan, Qt.Key.Key_Return)
    assert sig.args == ["103"] and scan.text() == ""


def test_api_error_shows_in_status_bar_without_a_dialog(window: MainWindow) -> None:
    err = RateLimitError("ApiCallLimit", code="ApiCallLimit", request_id="0b8f")
    window.set_sync_state(
        SyncState("s", Connection.RATE_LIMITED, message=type(err).user_message, detail=str(err))
    )
    bar = window.findChild(QStatusBar, "statusBar")
    assert bar is not None
    texts = " ".join(lbl.text() for lbl in bar.findChildren(QLabel))
    assert "rate-limiting" in texts and "Rate limited" in texts
    assert QApplication.activeModalWidget() is None
    window.set_sync_state(SyncState("s", Connection.ONLINE, last_sync_at=datetime.now(UTC)))
    assert window.problem_label.text() == "" and "Synced" in window.sync_label.text()


def test_full_sync_progress_is_shown(window: MainWindow) -> None:
    window.set_sync_state(SyncState("s", Connection.CONNECTING, syncing=True, progress=(50, 200)))
    assert window.progress.isVisible() and window.progress.value() == 50
    window.set_sync_state(SyncState("s", Connection.ONLINE))
    assert not window.progress.isVisible()


def test_keyboard_tab_switching_and_help(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is Tab.PROBLEMS and visible_numbers(window) == ["501"]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    assert QApplication.activeModalWidget() is None
    dialog.close()


def test_refresh_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.refreshRequested):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_ui_state_round_trip(qtbot: QtBot, window: MainWindow) -> None:
    window.set_tab(Tab.READY)
    window.view.setColumnWidth(Column.ITEMS, 333)
    state = window.ui_state()
    other = MainWindow(build_book())
    qtbot.addWidget(other)
    other.restore_ui_state(state)
    assert other.current_tab() is Tab.READY
    assert other.view.columnWidth(Column.ITEMS) == 333
    other.restore_ui_state({"tab": "nonsense", "columns": ["x"], "geometry": 5})
    assert other.current_tab() is Tab.READY


def test_orders_of_several_shops_are_filterable_by_shop(qtbot: QtBot) -> None:
    book = build_book()  # shop "s": orders 101-103 and 501 to pack
    book.upsert("vn", make_order(901), make_items(901, ["NON-LA"]))
    book.upsert("vn", make_order(902), make_items(902, ["AO-DAI"], status="packed"))
    w = MainWindow(book, demo=False)
    qtbot.addWidget(w)
    w.show()
    combo = w.findChild(QComboBox, "shopFilter")
    assert combo is not None
    w.set_shops({"s": "Shop SG"})
    assert not combo.isVisible()  # one shop: nothing to filter
    w.set_shops({"s": "Shop SG", "vn": "Shop VN"})
    assert combo.isVisible()
    assert "901" in visible_numbers(w) and "101" in visible_numbers(w)

    w.set_shop_filter("vn")
    assert visible_numbers(w) == ["901"]
    assert w.tab_count(Tab.TO_PACK) == 1 and w.tab_count(Tab.PACKED) == 1

    w.set_shop_filter(None)
    assert "101" in visible_numbers(w) and "901" in visible_numbers(w)

    w.set_shop_filter("vn")
    assert w.open_order(("s", 101))  # an order of a hidden shop still opens: filter resets
    assert combo.currentData() is None
    assert "101" in visible_numbers(w)


def test_a_shops_full_sync_fills_the_list_every_two_seconds_not_with_every_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    # Each take-in re-lays and repaints the list; a sync writes the book 40 times a second.
    # Scans meanwhile find orders in the book (they do not wait for the list).
    book = window.book
    before = visible_numbers(window)
    window.set_sync_state(SyncState("big", Connection.CONNECTING, syncing=True, progress=(0, 0)))
    relayouts: list[int] = []
    window.model.layoutChanged.connect(lambda: relayouts.append(1))
    for n in range(5):  # five pages arrive
        oid = 9_100 + n
        book.upsert_many("big", [(make_order(oid), make_items(oid, ["MUG-RED"]))], region="sg")
    doomed = 9_100
    book.remove(("big", doomed))  # arrived and went again before the list took it in
    assert book.get(("big", 9_101)) is not None  # the book has them at once
    assert visible_numbers(window) == before  # the list not yet
    assert relayouts == []
    # ... it takes them in on its timer while the sync goes on,
    qtbot.waitUntil(lambda: "9101" in visible_numbers(window), timeout=5000)
    assert str(doomed) not in visible_numbers(window)
    assert len(relayouts) == 1
    # and at once when the full sync is over.
    book.upsert_many("big", [(make_order(9_200), make_items(9_200, ["MUG-RED"]))], region="sg")
    assert "9200" not in visible_numbers(window)
    window.set_sync_state(SyncState("big", Connection.ONLINE, full_sync_done=True))
    assert "9200" in visible_numbers(window)
    # An order the packer opens (a scan) meanwhile is taken in at once, with the search and
    # the tab left as they were.
    window.set_sync_state(SyncState("big", Connection.CONNECTING, syncing=True))
    book.upsert_many("big", [(make_order(9_250), make_items(9_250, ["MUG-RED"]))], region="sg")
    window.set_tab(Tab.TO_PACK)
    tab = window.current_tab()
    assert window.open_order(("big", 9_250))
    assert window.current_tab() == tab
    assert window.model.index_of(("big", 9_250)).isValid()
    window.set_sync_state(SyncState("big", Connection.ONLINE, full_sync_done=True))
    # Later changes (incremental polls) show at once, as before.
    book.upsert_many("big", [(make_order(9_300), make_items(9_300, ["MUG-RED"]))], region="sg")
    assert "9300" in visible_numbers(window)
    # A shop removed in the middle of its first sync (no final state comes) lets go too.
    window.set_shops({"s": "Shop", "gone": "Gone"})
    window.set_sync_state(SyncState("gone", Connection.CONNECTING, syncing=True))
    book.upsert_many("s", [(make_order(9_350), make_items(9_350))], region="sg")
    assert "9350" not in visible_numbers(window)
    window.set_shops({"s": "Shop"})
    assert "9350" in visible_numbers(window)
    # A failed full sync also lets go (its state is no longer syncing).
    window.set_sync_state(SyncState("other", Connection.CONNECTING, syncing=True))
    book.upsert_many("other", [(make_order(9_400), make_items(9_400))], region="sg")
    assert "9400" not in visible_numbers(window)
    window.set_sync_state(SyncState("other", Connection.OFFLINE, syncing=False))
    assert "9400" in visible_numbers(window)


def test_progress_ticks_of_a_full_sync_do_not_restyle_the_status_bar(window: MainWindow) -> None:
    # ~20 ticks a second during a big sync, while the packer scans: a style sheet set again
    # re-polishes its widget every time.
    from PySide6.QtCore import QEvent, QObject

    class Count(QObject):
        n = 0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.StyleChange:
                Count.n += 1
            return False

    window.set_sync_state(SyncState("s", Connection.CONNECTING, syncing=True, progress=(0, 900)))
    counter = Count()
    for label in (window.status.connection_label, window.status.problem_label):
        label.installEventFilter(counter)
    for done in range(50, 900, 50):
        state = SyncState("s", Connection.CONNECTING, syncing=True, progress=(done, 900))
        window.set_sync_state(state)
    assert Count.n == 0
    assert window.progress.value() == 850
    window.set_sync_state(SyncState("s", Connection.OFFLINE, message="Lazada cannot be reached"))
    assert Count.n >= 1  # a real change still restyles
