"""``lazpack <command>`` on the demo shop: outputs, exit codes, messages, the launcher route."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lazpack import cli
from lazpack.config import Paths
from lazpack.instance import StationLock
from tests.helpers.labels import pdf_text

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    try:
        code = cli.main(list(argv), out=out)
    except SystemExit as stop:  # argparse: --help and usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, out.getvalue() + captured.out, captured.err


@pytest.fixture
def demo(tmp_path: Path) -> list[str]:
    return ["--demo", "--data-dir", str(tmp_path / "station")]


def test_orders_json_csv_and_table(capsys: pytest.CaptureFixture[str], demo: list[str]) -> None:
    code, out, err = run(capsys, "orders", *demo, "--tab", "to_pack", "--json")
    assert code == cli.EXIT_OK, err
    orders = json.loads(out)
    assert orders and all(o["tab"] == "to_pack" for o in orders)
    assert set(orders[0]) == set(cli.ORDER_FIELDS)
    code, out, _ = run(capsys, "orders", *demo, "--status", "pending", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == len(orders)
    assert {r["order_number"] for r in rows} == {str(o["order_number"]) for o in orders}
    one = orders[0]["order_number"]
    code, out, _ = run(capsys, "orders", *demo, "--ids", str(one))
    assert code == 0 and out.split()[0] == str(one)


def test_orders_nothing_matches(capsys: pytest.CaptureFixture[str], demo: list[str]) -> None:
    code, out, err = run(capsys, "orders", *demo, "--provider", "No Such Courier", "--json")
    assert code == cli.EXIT_NOTHING and json.loads(out) == []
    assert "no orders match" in err


def test_pick_list_pdf_and_wave(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "pick.pdf"
    code, out, err = run(capsys, "pick-list", *demo, "--no-images", "-o", str(pdf))
    assert code == 0, err
    assert out.startswith("pick list #1 (#LP:WAVE:1): ")
    text = pdf_text(pdf)
    assert "PICK LIST #1" in text and "To pack" in text
    code, _, err = run(capsys, "pick-list", *demo, "--ids", "12345", "-o", str(pdf))
    assert code == cli.EXIT_NOTHING and "Not found among the open orders: 12345" in err
    code, _, err = run(capsys, "pick-list", *demo)
    assert code == cli.EXIT_USAGE and "-o FILE.pdf" in err


def test_pick_list_to_a_printer_needs_one(
    capsys: pytest.CaptureFixture[str], demo: list[str]
) -> None:
    code, _, err = run(capsys, "pick-list", *demo, "--no-images", "--print")
    assert code == cli.EXIT_FAILED
    assert "No printer is saved for pick lists" in err and "hint: Choose one" in err


def test_labels_of_packed_orders_and_of_unpacked_ones(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    _, out, _ = run(capsys, "orders", *demo, "--json")
    orders = json.loads(out)
    packed = [o["order_number"] for o in orders if o["package_ids"]][:2]
    pending = next(o["order_number"] for o in orders if not o["package_ids"])
    assert len(packed) == 2
    pdf = tmp_path / "labels.pdf"
    code, out, err = run(capsys, "labels", *demo, *map(str, packed), "-o", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and out.startswith("2 labels of 2 orders")
    code, _, err = run(capsys, "labels", *demo, str(pending), "-o", str(pdf))
    assert code == cli.EXIT_NOTHING and f"No package yet for order {pending}" in err
    code, _, err = run(capsys, "labels", *demo, "abc")
    assert code == cli.EXIT_USAGE and "“abc” is not an order number" in err


def test_catalogue_export_import_and_refused_rows(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    exported = tmp_path / "cat.csv"
    code, out, _ = run(capsys, "catalogue", "export", str(exported), *demo)
    assert code == 0 and out.endswith(f"SKUs -> {exported}\n")
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "sku,barcodes,location,weight_g,notes"
    first_sku = lines[1].split(",")[0]
    good = tmp_path / "in.csv"
    good.write_text(
        f"sku,barcodes,location\n{first_sku},4006381333931,A-1\nNOPE,,\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "catalogue", "import", str(good), *demo, "--dry-run")
    assert code == cli.EXIT_BAD_ROWS
    assert "2 rows: 1 change the catalogue, 0 unchanged, 1 refused." in out
    assert "line 3: REFUSED NOPE: unknown SKU NOPE" in out and "dry run" in out
    code, out, _ = run(capsys, "catalogue", "import", str(good), *demo)
    assert code == cli.EXIT_BAD_ROWS and "imported: 1 SKUs changed." in out
    code, out, _ = run(capsys, "catalogue", "export", str(exported), *demo)
    assert f"{first_sku},4006381333931,A-1" in exported.read_text(encoding="utf-8-sig")
    code, _, err = run(capsys, "catalogue", "import", str(tmp_path / "none.csv"), *demo)
    assert code == cli.EXIT_FAILED and "does not exist" in err


def test_journal_export(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    run(capsys, "pick-list", *demo, "--no-images", "-o", str(tmp_path / "p.pdf"))
    target = tmp_path / "journal.csv"
    code, out, err = run(capsys, "journal", "export", str(target), *demo, "--since", "2020-01-01")
    assert code == 0, err
    text = target.read_text(encoding="utf-8-sig")
    assert "pick_list" in text and out.startswith(f"{text.count('pick_list')} journal entries")
    code, _, err = run(capsys, "journal", "export", str(target), *demo, "--since", "yesterday")
    assert code == cli.EXIT_USAGE and "is not a date" in err


def test_missing_shop_and_no_shop(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "orders", *demo, "--shop", "Other shop")
    assert code == cli.EXIT_NO_SHOP and "No shop “Other shop”" in err
    code, _, err = run(capsys, "orders", "--data-dir", str(tmp_path / "empty"))
    assert code == cli.EXIT_NO_SHOP and "No shop is configured" in err and "--demo" in err


def test_help_explains_each_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in cli.COMMANDS:
        assert name in out
    assert "exit codes:" in out
    code, out, _ = run(capsys, "pick-list", "--help")
    assert code == 0 and "wave" in out and "--provider" in out
    code, _, err = run(capsys, "frobnicate")
    assert code == cli.EXIT_USAGE and "invalid choice" in err


def test_the_launcher_routes_commands_beside_a_running_station(tmp_path: Path) -> None:
    """A running station holds the data folder's lock; a command still runs, starts no
    window and no Qt at all."""
    data = tmp_path / "station"
    lock = StationLock(Paths.for_data_dir(data).data_dir)
    lock.acquire()
    try:
        code = (
            "import sys, runpy\n"
            "sys.argv = ['lazpack'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('lazpack', run_name='__main__')\n"
            "finally:\n"
            "    qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "    print('QT', qt, file=sys.stderr)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, "--data-dir", str(data), "orders", "--demo", "--json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        lock.release()
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)
    assert "QT []" in done.stderr


def test_commands_write_the_journal_beside_an_open_station(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    """The station's own journal connection stays open (and writes) while a command writes
    a wave: SQLite's WAL serialises the two writers; nothing is lost on either side."""
    from lazpack.storage.journal import SqliteJournal

    paths = Paths.for_data_dir(tmp_path / "station")
    paths.ensure()
    station = SqliteJournal(paths.journal_file, station_id="station")
    try:
        station.record_event(shop_id="demo", order_id=1, event="before", detail="station")
        code, out, err = run(
            capsys, "pick-list", *demo, "--no-images", "-o", str(tmp_path / "p.pdf")
        )
        assert code == 0, err
        station.record_event(shop_id="demo", order_id=1, event="after", detail="station")
        counts = station.counts()
        waves = station.db.conn.execute("SELECT COUNT(*) FROM wave_orders").fetchone()[0]
    finally:
        station.close()
    assert out.startswith("pick list #1")
    assert counts["events"] == 2 + waves  # the station's two and one pick_list per order


def test_a_command_names_the_settings_it_cannot_use(
    capsys: pytest.CaptureFixture[str], demo: list[str], tmp_path: Path
) -> None:
    """Like the station, a command reads the settings with ``load_settings``: a bad field
    takes its default and is named on stderr (not dropped silently); a copy is kept."""
    paths = Paths.for_data_dir(tmp_path / "station")
    paths.ensure()
    paths.settings_file.write_text(
        json.dumps({"sync_interval_s": 1, "api": {"max_concurrency": 0}}), encoding="utf-8"
    )
    code, out, err = run(capsys, "orders", *demo, "--json")
    assert code == cli.EXIT_OK, err
    assert json.loads(out)
    warnings = [line for line in err.splitlines() if line.startswith("lazpack: warning: ")]
    assert any("sync_interval_s" in w and "outside 5..86400" in w for w in warnings), err
    assert any("api.max_concurrency" in w for w in warnings), err
    assert list(paths.config_dir.glob("settings.rejected-*"))
