"""Waves scanned at the station, the catalogue import (report of good and bad rows), and an
imported EAN verifying its item at the station without a link dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from lazpack.domain.catalogue import barcode_problem, gtin_check_digit, valid_gtin
from lazpack.domain.waves import wave_code
from lazpack.domain.workflow import Kind
from lazpack.errors import WorkflowError
from lazpack.services.catalogue import read_table
from lazpack.services.picking import OpenedWave, OrderFilter
from lazpack.station import DEMO_SHOP_ID, StationCore

EAN_OK = "4006381333931"  # valid EAN-13
EAN_BAD = "4006381333930"  # same digits, wrong check digit
UPC_OK = "036000291452"  # valid UPC-A


def ean(body12: str) -> str:
    return body12 + str(gtin_check_digit(body12))


# ------------------------------------------------------------------ waves
@pytest.mark.asyncio
async def test_a_wave_barcode_scanned_at_the_station_opens_the_wave(core: StationCore) -> None:
    rows = core.picking.rows(OrderFilter(tab="to_pack"))[:5]
    pick = core.picking.make_wave(rows, title="Wave test")
    assert pick.wave is not None
    seen: list[OpenedWave] = []
    core.picking.wave_listeners.append(seen.append)
    out = await core.packing.handle_scan(wave_code(pick.wave.wave_id))
    assert out.kind is Kind.WAVE
    assert out.message == f"Pick list #{pick.wave.wave_id}: 5 orders, 5 to pack."
    assert len(seen) == 1
    assert [r.key for r in seen[0].rows] == [r.key for r in rows]
    assert core.packing.session is None  # listing a wave opens no order
    # one-by-one: scanning the first order of the wave opens it as usual
    first = await core.packing.handle_scan(str(rows[0].order.order_number))
    assert first.kind is Kind.ORDER_OPENED


@pytest.mark.asyncio
async def test_an_unknown_wave_is_refused_in_words(core: StationCore) -> None:
    out = await core.packing.handle_scan("#LP:WAVE:999")
    assert out.kind is Kind.NOT_ALLOWED
    assert "999 is not known" in out.message
    bad = await core.packing.handle_scan("#LP:WAVE:abc")
    assert bad.kind is Kind.NOT_ALLOWED and "not the number of a pick list" in bad.message


# ------------------------------------------------------------------ EAN rules
def test_gtin_check_digits() -> None:
    assert valid_gtin(EAN_OK) and valid_gtin(UPC_OK) and valid_gtin("96385074")
    assert not valid_gtin(EAN_BAD)
    assert "wrong check digit (expected 1, found 0)" in barcode_problem(EAN_BAD)
    assert barcode_problem("SKU-OWN-CODE") == ""  # a seller's own code is kept as it is
    assert barcode_problem("#LP:DONE") != ""


# ------------------------------------------------------------------ import
def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.mark.asyncio
async def test_import_with_good_and_bad_rows_reports_each(
    core: StationCore, tmp_path: Path
) -> None:
    skus = sorted({it.sku for r in core.book.rows() for it in r.items})
    a, b, c = skus[0], skus[1], skus[2]
    core.journal.link_alias(shop_id=DEMO_SHOP_ID, barcode=ean("885000000001"), sku=c)
    taken = ean("885000000001")
    good_a, good_b = ean("885000000010"), ean("885000000020")
    path = write_csv(
        tmp_path / "cat.csv",
        [
            "SKU,Barcodes,Location,Weight (g),Notes",
            f"{a},{good_a};{UPC_OK},A-01-1,250,fragile",  # 2: good
            f"{b},{good_b},B-02,,",  # 3: good
            f"NO-SUCH-SKU,{ean('885000000030')},C-01,,",  # 4: unknown SKU
            f"{skus[3]},{EAN_BAD},,,",  # 5: malformed EAN
            f"{skus[4]},{taken},,,",  # 6: barcode already on another SKU
            f"{skus[5]},,,heavy,",  # 7: weight not a number
            f"{a},{ean('885000000040')},,,",  # 8: the same SKU twice
            f"{skus[6]},,,,",  # 9: nothing to change
        ],
    )
    plan = core.catalogue.plan(DEMO_SHOP_ID, path)
    assert [(ch.line, ch.sku) for ch in plan.changes] == [(2, a), (3, b)]
    assert plan.changes[0].added_barcodes == (good_a, UPC_OK)
    assert plan.changes[0].fields["location"] == ("", "A-01-1")
    assert [(bad.line, bad.sku) for bad in plan.bad] == [
        (4, "NO-SUCH-SKU"),
        (5, skus[3]),
        (6, skus[4]),
        (7, skus[5]),
        (8, a),
    ]
    reasons = [bad.reason for bad in plan.bad]
    assert "unknown SKU NO-SUCH-SKU" in reasons[0]
    assert f"EAN-13 {EAN_BAD} has a wrong check digit" in reasons[1]
    assert f"barcode {taken} is already on SKU {c}" in reasons[2]
    assert "weight “heavy” is not a number" in reasons[3]
    assert "already on line 2" in reasons[4]
    assert plan.unchanged == 1
    report = plan.report()
    assert report.startswith("8 rows: 2 change the catalogue, 1 unchanged, 5 refused.")
    assert f"line 5: REFUSED {skus[3]}" in report
    # the preview wrote nothing
    assert a not in core.catalogue.products(DEMO_SHOP_ID)
    assert core.catalogue.apply(plan) == 2
    after = core.catalogue.products(DEMO_SHOP_ID)
    assert after[a].barcodes == (good_a, UPC_OK) and after[a].location == "A-01-1"
    assert str(after[a].weight_g) == "250" and after[a].notes == "fragile"
    assert skus[3] not in after  # refused rows changed nothing
    # the same file again changes nothing more
    again = core.catalogue.plan(DEMO_SHOP_ID, path)
    assert again.changes == () and again.unchanged == 3


@pytest.mark.asyncio
async def test_xlsx_round_trip_keeps_barcodes_as_text(core: StationCore, tmp_path: Path) -> None:
    skus = sorted({it.sku for r in core.book.rows() for it in r.items})
    wb = Workbook()
    ws = wb.active
    ws.append(["sku", "barcodes", "location"])
    ws.append([skus[0], int(EAN_OK), "Z-9"])  # Excel keeps an EAN typed in as a number
    wb.save(tmp_path / "in.xlsx")
    plan = core.catalogue.plan(DEMO_SHOP_ID, tmp_path / "in.xlsx")
    assert plan.bad == () and plan.changes[0].added_barcodes == (EAN_OK,)
    core.catalogue.apply(plan)
    n = core.catalogue.export(DEMO_SHOP_ID, tmp_path / "out.xlsx")
    assert n == len(skus)
    sheet = load_workbook(tmp_path / "out.xlsx").worksheets[0]
    values = {r[0]: r for r in sheet.iter_rows(values_only=True)}
    assert values[skus[0]][1] == EAN_OK and values[skus[0]][2] == "Z-9"
    rows = read_table(tmp_path / "out.xlsx")
    assert rows[0][1]["sku"] == sorted(skus, key=str.lower)[0]


@pytest.mark.asyncio
async def test_unreadable_files_say_why(core: StationCore, tmp_path: Path) -> None:
    with pytest.raises(WorkflowError, match="does not exist"):
        core.catalogue.plan(DEMO_SHOP_ID, tmp_path / "missing.csv")
    (tmp_path / "latin.csv").write_bytes("sku,notes\nA,caf\xe9\n".encode("latin-1"))
    with pytest.raises(WorkflowError, match="not UTF-8"):
        core.catalogue.plan(DEMO_SHOP_ID, tmp_path / "latin.csv")
    write_csv(tmp_path / "nosku.csv", ["code,bin", "1,2"])
    with pytest.raises(WorkflowError, match="no SKU column"):
        core.catalogue.plan(DEMO_SHOP_ID, tmp_path / "nosku.csv")


@pytest.mark.asyncio
async def test_an_imported_ean_verifies_its_item_without_a_link_dialog(
    core: StationCore, tmp_path: Path
) -> None:
    row = next(r for r in core.picking.rows(OrderFilter(tab="to_pack")) if len(r.items) == 1)
    sku = row.items[0].sku
    code = ean("885999000001")
    plan = core.catalogue.plan(
        DEMO_SHOP_ID, write_csv(tmp_path / "one.csv", ["sku,barcodes", f"{sku},{code}"])
    )
    core.catalogue.apply(plan)
    core.settings.packing.auto_until = "verify"
    opened = await core.packing.handle_scan(str(row.order.order_number))
    assert opened.kind is Kind.ORDER_OPENED
    out = await core.packing.handle_scan(code)
    assert out.kind is Kind.COMPLETE  # verified: no UNKNOWN, so no link dialog
    assert out.link_candidates == () and out.sku == sku


@pytest.mark.asyncio
async def test_alias_learning_writes_to_the_same_catalogue(core: StationCore) -> None:
    row = next(r for r in core.picking.rows(OrderFilter(tab="to_pack")) if len(r.items) == 1)
    core.settings.packing.auto_until = "verify"
    await core.packing.handle_scan(str(row.order.order_number))
    code = ean("885999000002")
    unknown = await core.packing.handle_scan(code)
    assert unknown.kind is Kind.UNKNOWN and unknown.link_candidates == (row.items[0].sku,)
    core.packing.link_alias(code, row.items[0].sku)
    product = core.catalogue.products(DEMO_SHOP_ID)[row.items[0].sku]
    assert code in product.barcodes
    page = core.catalogue.sku_rows(DEMO_SHOP_ID, no_barcode_only=True)
    assert row.items[0].sku not in {r.sku for r in page}
    assert page and all(r.barcodes == () for r in page)
