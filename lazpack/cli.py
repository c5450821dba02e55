"""``lazpack <command>``: the station's work from a terminal or a script, without a window.

Every command composes the same ``StationCore`` the window runs on (same settings, same
keyring, same journal, same ``--data-dir``) and goes through its services: the order book
filled by one sync of each shop, ``PickingService``, ``CatalogueService``, the label services
and the journal's own CSV export. No command starts a Qt widget; ``--print`` sends a PDF to
the saved printer through ``lazpack.printing`` (QtGui, no window).

The data folder's lock. A running station holds ``station.lock``; the command line never
takes it and never waits for it. It opens the journal through its own SQLite connection in
WAL mode, which is safe beside a running station: SQLite serialises the two writers (busy
timeout 5 s) and readers never block. What the command line writes is self-contained (a
wave and its "pick_list" events, a catalogue import in one transaction, "label_printed"
events); it never touches what only the station owns — the saved packing session, the open
intents it resumes after a crash, the retention pruning — so both may run at once.
A running station reads an imported catalogue from the next order it opens.

Exit codes (stable; scripts may rely on them):

====  ==============================================================================
0     done
1     a known failure: network, Lazada, printer, journal (the message says what to do)
2     bad arguments (usage printed)
5     the data folder cannot be used
6     no such shop, or no shop configured (use --demo for the built-in demo shop)
7     nothing matched: no orders for the filters, no package to print
8     catalogue import: some rows were refused (the good rows were imported, unless
      --dry-run; the report lists every refused row)
70    internal error (a bug: the message and the log say where)
130   interrupted (Ctrl+C); 141: stdout was closed by its reader (``| head``)
====  ==============================================================================

Messages go to stderr as ``lazpack: error: ...`` (and ``hint: ...``); results to stdout or
the ``--output`` file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import datetime as dt
import io
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from lazpack import __version__
from lazpack import log as lazlog
from lazpack.config import Paths, Settings, load_settings
from lazpack.errors import KnownError, WorkflowError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATA_FOLDER = 5
EXIT_NO_SHOP = 6
EXIT_NOTHING = 7
EXIT_BAD_ROWS = 8
EXIT_INTERNAL = 70
EXIT_PIPE = 141  # the reader of stdout went away (as a shell reports SIGPIPE)

#: The subcommands; ``lazpack.launcher`` routes these before the window's path.
COMMANDS = ("orders", "pick-list", "labels", "catalogue", "journal")

log = lazlog.get_logger("cli")

_EPILOG = """\
exit codes: 0 done, 1 failed (network, Lazada, printer, journal), 2 bad arguments,
5 data folder unusable, 6 no such shop / none configured, 7 nothing matched,
8 catalogue rows refused, 70 internal error.

examples:
  lazpack orders --demo --tab to_pack --csv > pending.csv
  lazpack pick-list --demo --provider "Ninja Van" -o pick.pdf
  lazpack labels --demo 300000012 300000013 -o labels.pdf
  lazpack catalogue import barcodes.xlsx --dry-run
  lazpack journal export history.csv --since 2026-11-01
"""


class CliError(Exception):
    """Ends a command with a message and an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.hint = hint


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own exit code for usage errors
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _ids(text: str) -> list[int]:
    out: list[int] = []
    for part in text.replace(",", " ").split():
        if not part.isdigit():
            raise argparse.ArgumentTypeError(f"“{part}” is not an order number")
        out.append(int(part))
    return out


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    g = common.add_argument_group("station")
    g.add_argument("--data-dir", type=Path, default=None, help="the station's data folder")
    g.add_argument("--demo", action="store_true", help="use the built-in demo shop")
    g.add_argument(
        "--database",
        default="",
        metavar="URL",
        help="the warehouse database (postgresql://user@host/dbname) instead of this PC's"
        " journal; the orders come from the shop's sync leader when one runs; default: the"
        " address saved in the station's Settings > Warehouse",
    )
    g.add_argument(
        "--shop", default="", help="one configured shop (its id or name); default: every shop"
    )
    g.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")

    filters = _Parser(add_help=False)
    f = filters.add_argument_group("which orders")
    f.add_argument(
        "--tab",
        choices=["to_pack", "packed", "ready", "dbs", "problems"],
        default="",
        help="the station's tab (to_pack = everything pending)",
    )
    f.add_argument(
        "--status",
        action="append",
        default=[],
        metavar="STATUS",
        help="Lazada item status (pending, packed, ready_to_ship...); repeatable",
    )
    f.add_argument(
        "--provider", default="", help="shipping provider (case-insensitive, part of the name)"
    )
    f.add_argument(
        "--ids",
        type=_ids,
        action="extend",
        default=[],
        metavar="N[,N...]",
        help="order numbers (or order ids)",
    )

    p = _Parser(
        prog="lazpack",
        description="Packing station for Lazada sellers. Without a command: open the station.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"lazpack {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    o = sub.add_parser(
        "orders",
        parents=[common, filters],
        help="list open orders",
        description="List the open orders of the station's shops (synced now from Lazada).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    fmt = o.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON (one array of orders)")
    fmt.add_argument("--csv", action="store_true", help="CSV (one line per order)")
    o.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")

    pk = sub.add_parser(
        "pick-list",
        parents=[common, filters],
        help="print or save a pick list (PDF)",
        description=(
            "A pick list for the chosen orders: SKUs with total quantities, bin/location, "
            "a barcode per SKU. It is saved as a wave: its barcode scanned at the station "
            "lists these orders for packing. Default orders: the To pack tab."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pk.add_argument("-o", "--output", type=Path, help="save the PDF here")
    pk.add_argument("--print", action="store_true", help="print on the saved A4 printer")
    pk.add_argument("--slips", action="store_true", help="add a packing slip page per order")
    pk.add_argument("--no-images", action="store_true", help="no product thumbnails")
    pk.add_argument("--title", default="", help="the pick list's title")

    lb = sub.add_parser(
        "labels",
        parents=[common],
        help="AWB labels of packed orders (one PDF, or the saved printer)",
        description="The AWB labels of the given orders (packed already) as one PDF.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lb.add_argument("orders", nargs="+", type=_ids, metavar="ORDER", help="order numbers")
    lb.add_argument("-o", "--output", type=Path, help="save the labels as one PDF here")
    lb.add_argument("--print", action="store_true", help="print on the saved label printer")
    lb.add_argument(
        "--reprint", action="store_true", help="allow labels printed before to print again"
    )

    cat = sub.add_parser(
        "catalogue",
        help="import or export a shop's product catalogue (CSV/XLSX)",
        description=(
            "The product catalogue: seller SKU, barcodes (EAN/UPC checked; several separated "
            "by ';'), bin/location, weight in grams, notes."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    csub = cat.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    csub.required = True
    ci = csub.add_parser(
        "import",
        parents=[common],
        help="import a CSV or XLSX file",
        description="Check every row, print the changes and the refused rows, then import.",
    )
    ci.add_argument("file", type=Path)
    ci.add_argument("--dry-run", action="store_true", help="preview only; change nothing")
    ce = csub.add_parser("export", parents=[common], help="export to CSV or XLSX (by suffix)")
    ce.add_argument("file", type=Path)

    jr = sub.add_parser(
        "journal",
        help="export the journal (History) as CSV",
        description="The journal: every scan, Lazada write and event of this data folder.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    jsub = jr.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    jsub.required = True
    je = jsub.add_parser("export", parents=[common], help="write the journal as CSV")
    je.add_argument("file", type=Path)
    je.add_argument("--since", type=_date, help="from this day (YYYY-MM-DD, local time)")
    je.add_argument("--until", type=_date, help="up to and including this day")
    je.add_argument("--query", default="", help="order number, tracking, SKU... as in History")
    je.add_argument("--packer", default="")
    return p


# ====================================================================== the station
@dataclass
class Session:
    core: Any  # StationCore (imported lazily: --help stays fast)
    shop_ids: list[str]


async def open_station(args: argparse.Namespace, *, sync: bool = True) -> Session:
    """The station's core on the data folder, its shops connected and synced once."""
    from lazpack.station import DEMO_SHOP_ID, StationCore
    from lazpack.station_wiring import demo_shop

    paths = Paths.for_data_dir(args.data_dir)
    try:
        paths.ensure()
    except OSError as err:
        raise CliError(
            f"The data folder {paths.data_dir} cannot be used: {err.strerror or err}.",
            EXIT_DATA_FOLDER,
            "Check that it exists and that you may write to it, or pick another with --data-dir.",
        ) from err
    # Like the station: a bad field takes its default and is named, a damaged file is set
    # aside (never silently dropped); a command shows what the station would show at start.
    loaded = load_settings(paths.settings_file)
    for problem in loaded.problems:
        print(f"lazpack: warning: {problem}", file=sys.stderr)
    settings = loaded.settings
    opened = _journal(args, settings)
    core = StationCore(settings, paths, **opened)
    try:
        if args.demo:
            core.add_shop(demo_shop())
            known = {DEMO_SHOP_ID: "Demo shop"}
        else:
            # on a warehouse database: its shops too (authorized once for every station)
            service = core.shop_service() if "journal" in opened else None
            shops = service.shops() if service is not None else settings.shops
            if not shops:
                raise CliError(
                    "No shop is configured at this station.",
                    EXIT_NO_SHOP,
                    "Add one in the station (Shops → Add shop), or use --demo.",
                )
            known = {s.shop_id: s.name for s in shops}
        wanted = _pick_shop(args.shop, known)
        if not args.demo:
            for conn in core.connect_configured_shops():
                if conn.shop_id in wanted:
                    core.add_shop(conn)
            missing = [s for s in wanted if s not in core.ports]
            if missing:
                raise CliError(
                    f"The shop {', '.join(known[s] for s in missing)} cannot be opened "
                    "(see the warning above).",
                    EXIT_FAILED,
                    "Open the station and check the shop in Shops.",
                )
        if sync:
            await asyncio.gather(*(_sync(core, s) for s in wanted))
    except BaseException:
        await core.aclose()
        raise
    return Session(core, wanted)


def _pick_shop(name: str, known: dict[str, str]) -> list[str]:
    if not name:
        return list(known)
    for shop_id, shop_name in known.items():
        if name == shop_id or name.casefold() == shop_name.casefold():
            return [shop_id]
    listed = ", ".join(f"{n} ({i})" for i, n in known.items())
    raise CliError(
        f"No shop “{name}” at this station (shops: {listed}).",
        EXIT_NO_SHOP,
        "Give a shop's id or name as the station's Shops list shows it.",
    )


def _journal(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """``--database``: the warehouse's journal, as this data folder's station uses it, under
    a station id of the command line's own (a station running on this PC keeps its claims
    and its sync leadership; the command never takes them over)."""
    from lazpack.station_wiring import postgres_journal, warehouse_dsn

    database = args.database or (warehouse_dsn(settings) if settings.warehouse_url else "")
    if not database:
        return {}
    if not database.startswith(("postgresql://", "postgres://")):
        raise CliError(
            "--database must be a postgresql://user@host/dbname URL.",
            EXIT_USAGE,
            "Give the warehouse database's URL, or leave --database out.",
        )
    return {
        "journal": postgres_journal(
            database,
            station_id=f"{settings.station_id}-cli",
            station_name=f"command line at {settings.station_id}",
        )
    }


async def _sync(core: Any, shop_id: str) -> None:
    sync = core.syncs[shop_id]
    shared = core.shared_syncs.get(shop_id)
    if shared is None:
        ok = await sync.sync_once()
    else:
        # A warehouse: lead (sync with Lazada and share it) when no station leads the shop
        # now, else read the shared order book; a follower finding it empty (the leader's
        # first sync still running) syncs once itself.
        await shared.tick()
        ok = sync.state.full_sync_done or (not shared.is_leader and await sync.sync_once())
    if not ok:
        st = sync.state
        raise CliError(
            f"The orders of {core.shop_names.get(shop_id, shop_id)} could not be synced: "
            f"{st.message or 'unknown error'}",
            EXIT_FAILED,
            st.hint,
        )


def _filter(args: argparse.Namespace, session: Session, *, default_tab: str = "") -> Any:
    from lazpack.services.picking import OrderFilter

    return OrderFilter(
        tab=args.tab or ("" if (args.status or args.ids) else default_tab),
        statuses=tuple(args.status),
        provider=args.provider,
        shop_id=session.shop_ids[0] if len(session.shop_ids) == 1 else "",
        ids=tuple(args.ids),
    )


# ====================================================================== commands
ORDER_FIELDS = (
    "shop",
    "order_number",
    "order_id",
    "created_at",
    "tab",
    "statuses",
    "provider",
    "items",
    "skus",
    "customer",
    "payment",
    "total",
    "package_ids",
    "tracking",
)


def order_record(row: Any) -> dict[str, Any]:
    from lazpack.services.picking import row_provider

    o = row.order
    return {
        "shop": row.shop_id,
        "order_number": o.order_number,
        "order_id": o.order_id,
        "created_at": o.created_at.isoformat(),
        "tab": row.tab.value,
        "statuses": list(row.statuses),
        "provider": row_provider(row),
        "items": len(row.items),
        "skus": row.sku_summary(),
        "customer": o.customer_name,
        "payment": o.payment_method,
        "total": str(o.price + o.shipping_fee - o.voucher),
        "package_ids": list(row.package_ids),
        "tracking": list(row.tracking_codes),
    }


def _write_text(path: Path | None, text: str, out: IO[str]) -> None:
    if path is None:
        out.write(text)
        return
    try:
        path.write_text(text, encoding="utf-8-sig" if path.suffix == ".csv" else "utf-8")
    except OSError as err:
        raise CliError(f"{path} could not be written: {err.strerror or err}.") from err


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise CliError(f"{path} could not be written: {err.strerror or err}.") from err


async def cmd_orders(args: argparse.Namespace, out: IO[str]) -> int:
    session = await open_station(args)
    try:
        rows = session.core.picking.rows(_filter(args, session))
        records = [order_record(r) for r in rows]
        if args.json:
            text = json.dumps(records, ensure_ascii=False, indent=1) + "\n"
        elif args.csv:
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(ORDER_FIELDS)
            for r in records:
                w.writerow(
                    [
                        "; ".join(v) if isinstance(v, list) else v
                        for v in (r[k] for k in ORDER_FIELDS)
                    ]
                )
            text = buf.getvalue()
        else:
            lines = [
                f"{r['order_number']:>12}  {r['tab']:<9} {r['provider'][:18]:<18} "
                f"{r['items']:>3}  {r['skus']}"
                for r in records
            ]
            text = "".join(line + "\n" for line in lines)
        _write_text(args.output, text, out)
        if not records:
            print("lazpack: no orders match.", file=sys.stderr)
            return EXIT_NOTHING
        return EXIT_OK
    finally:
        await session.core.aclose()


async def cmd_pick_list(args: argparse.Namespace, out: IO[str]) -> int:
    from lazpack.domain.orderbook import TAB_TITLES
    from lazpack.printing.picklist import render_pick_list
    from lazpack.services.picking import describe, fetch_images

    if args.output is None and not args.print:
        raise CliError("Say where the pick list goes: -o FILE.pdf and/or --print.", EXIT_USAGE)
    session = await open_station(args)
    core = session.core
    try:
        f = _filter(args, session, default_tab="to_pack")
        try:
            rows = core.picking.rows(f)
        except WorkflowError as err:
            raise CliError(err.user_message, EXIT_NOTHING, err.hint) from err
        if not rows:
            raise CliError("No orders match: there is nothing to pick.", EXIT_NOTHING)
        pick = core.picking.make_wave(
            rows,
            title=args.title or describe(f, {t.value: title for t, title in TAB_TITLES.items()}),
        )
        images = {} if args.no_images else await fetch_images(pick.lines, core.fetch_image)
        pdf = render_pick_list(
            pick,
            images=images,
            slips=args.slips,
            printed_at=dt.datetime.now().astimezone(),
            printed_by=core.settings.packer,
        )
        if args.output is not None:
            _write_bytes(args.output, pdf)
        if args.print:
            _print_document(core, [pdf], job=f"Pick list {pick.wave.wave_id}")
        out.write(
            f"pick list #{pick.wave.wave_id} ({pick.wave.code}): {len(pick.rows)} orders, "
            f"{len(pick.lines)} SKUs, {pick.units} units"
            + (f" -> {args.output}" if args.output else "")
            + "\n"
        )
        return EXIT_OK
    finally:
        await core.aclose()


def _print_document(core: Any, pdfs: Sequence[bytes], *, job: str) -> int:
    """The saved A4 printer of pick lists, without a window (QtGui only)."""
    from lazpack.config import PrinterSettings
    from lazpack.printing.headless import ensure_gui_application
    from lazpack.printing.printer import LabelPrinter
    from lazpack.services.picking import A4_PRINTER_KEY

    name = str(core.settings.ui.get(A4_PRINTER_KEY, ""))
    if not name:
        raise CliError(
            "No printer is saved for pick lists at this station.",
            EXIT_FAILED,
            "Choose one in the station (Packing → Pick list…), or save a PDF with -o.",
        )
    ensure_gui_application()
    printer = LabelPrinter(PrinterSettings(printer_name=name, paper="A4"))
    try:
        return printer.print_pdfs(list(pdfs), job_name=job)
    except KnownError as err:
        raise CliError(err.user_message, EXIT_FAILED, err.hint) from err


async def cmd_labels(args: argparse.Namespace, out: IO[str]) -> int:
    if args.output is None and not args.print:
        raise CliError("Say where the labels go: -o FILE.pdf and/or --print.", EXIT_USAGE)
    from lazpack.services.picking import OrderFilter

    numbers = [n for group in args.orders for n in group]
    session = await open_station(args)
    core = session.core
    try:
        try:
            rows = core.picking.rows(OrderFilter(ids=tuple(numbers)))
        except WorkflowError as err:
            raise CliError(err.user_message, EXIT_NOTHING, err.hint) from err
        by_shop: dict[str, list[str]] = {}
        order_of: dict[str, int] = {}
        unpacked = [r.order.order_number for r in rows if not r.package_ids]
        if unpacked:
            raise CliError(
                f"No package yet for order {', '.join(map(str, unpacked))}: pack it first.",
                EXIT_NOTHING,
            )
        for r in rows:
            for pid in r.package_ids:
                by_shop.setdefault(r.shop_id, []).append(pid)
                order_of[pid] = r.order.order_id
        if len(by_shop) > 1:
            raise CliError(
                "These orders belong to several shops: one file per shop.",
                EXIT_USAGE,
                "Add --shop.",
            )
        ((shop_id, pids),) = by_shop.items()
        if args.output is not None:
            pdf = await core.labels.fetch_label(shop_id, pids)
            _write_bytes(args.output, pdf)
        if args.print:
            await _print_labels(core, shop_id, pids, order_of, reprint=args.reprint)
        out.write(
            f"{len(pids)} labels of {len(rows)} orders"
            + (f" -> {args.output}" if args.output else "")
            + (" -> printer" if args.print else "")
            + "\n"
        )
        return EXIT_OK
    finally:
        await core.aclose()


async def _print_labels(
    core: Any, shop_id: str, pids: list[str], order_of: dict[str, int], *, reprint: bool
) -> None:
    from lazpack.errors import ReprintNotConfirmedError

    saved = core.settings.printer
    if not saved.printer_name:
        raise CliError(
            "No label printer is saved at this station.",
            EXIT_FAILED,
            "Choose one in the station (Settings → Printer), or save a PDF with -o.",
        )
    from lazpack.printing.headless import ensure_gui_application
    from lazpack.printing.printer import LabelPrinter

    ensure_gui_application()

    async def confirm(_before: Any) -> bool:
        return reprint

    try:
        await core.labels.service(shop_id).print_labels(
            pids,
            LabelPrinter(saved),
            confirm_reprint=confirm if reprint else None,
            order_ids=order_of,
        )
    except ReprintNotConfirmedError as err:
        raise CliError(err.user_message, EXIT_FAILED, "Add --reprint to print them again.") from err


async def cmd_catalogue(args: argparse.Namespace, out: IO[str]) -> int:
    session = await open_station(args)
    core = session.core
    try:
        if len(session.shop_ids) != 1:
            raise CliError("The catalogue is per shop: choose one with --shop.", EXIT_USAGE)
        (shop_id,) = session.shop_ids
        if args.action == "export":
            n = core.catalogue.export(shop_id, args.file)
            out.write(f"{n} SKUs -> {args.file}\n")
            return EXIT_OK
        plan = core.catalogue.plan(shop_id, args.file)
        out.write(plan.report() + "\n")
        if not args.dry_run:
            n = core.catalogue.apply(plan)
            out.write(f"imported: {n} SKUs changed.\n")
        else:
            out.write("dry run: nothing was changed.\n")
        return EXIT_BAD_ROWS if plan.bad else EXIT_OK
    finally:
        await core.aclose()


async def cmd_journal(args: argparse.Namespace, out: IO[str]) -> int:
    session = await open_station(args, sync=False)
    core = session.core
    try:
        tz = dt.datetime.now().astimezone().tzinfo
        since = dt.datetime.combine(args.since, dt.time(), tz) if args.since else None
        until = (
            dt.datetime.combine(args.until + dt.timedelta(days=1), dt.time(), tz)
            if args.until
            else None
        )
        n = core.journal.export_csv(
            args.file,
            query=args.query,
            packer=args.packer,
            shop_id=session.shop_ids[0] if args.shop else "",
            since=since,
            until=until,
        )
        out.write(f"{n} journal entries -> {args.file}\n")
        return EXIT_OK
    finally:
        await core.aclose()


HANDLERS = {
    "orders": cmd_orders,
    "pick-list": cmd_pick_list,
    "labels": cmd_labels,
    "catalogue": cmd_catalogue,
    "journal": cmd_journal,
}


def _logging(verbose: bool) -> None:
    lazlog.setup(None, logging.INFO if verbose else logging.WARNING)


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None) -> int:
    """Run one command; returns its exit code (see the module docstring)."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    _logging(args.verbose)
    stdout = out or sys.stdout
    try:
        return asyncio.run(HANDLERS[args.command](args, stdout))
    except CliError as err:
        _fail(str(err), err.hint)
        return err.code
    except KnownError as err:
        _fail(err.user_message, err.hint)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:
        # `lazpack orders | head`: the reader left; what was done is done, say nothing more
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
    except Exception as err:
        log.exception("internal error in lazpack %s", args.command)
        _fail(f"internal error: {type(err).__name__}: {lazlog.redact(str(err))}")
        return EXIT_INTERNAL


def _fail(message: str, hint: str = "") -> None:
    print(f"lazpack: error: {message}", file=sys.stderr)
    if hint:
        print(f"hint: {hint}", file=sys.stderr)
