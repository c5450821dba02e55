"""The eight fulfilment APIs (lazada-api.md §4): GetShipmentProvider, Pack, RecreatePackage,
ReadyToShip, the two DBS calls, DeliverDigital and PrintAWB.

Handlers run under ``World.lock`` (see ``apis.py``). A batch refused as a whole raises
``BatchFault``; a refused row is a row with its ``item_err_code``.
"""

from __future__ import annotations

import base64
import html
import secrets
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from lazpack.domain.batching import BATCH_LIMIT as BATCH_CAP
from lazpack.emulator.apis import BatchFault, Ctx, result, row, wrapper
from lazpack.emulator.decode import as_id
from lazpack.emulator.model import NTFS_BY_CODE, NTFS_PROVIDERS, AwbDoc, Item, Package
from lazpack.emulator.world import World

PACKABLE = frozenset({"pending", "repacked"})
PRINTABLE = frozenset({"packed", "ready_to_ship_pending", "ready_to_ship", "shipped"})


def batch_list(req: dict[str, Any], key: str) -> list[Any]:
    value = req.get(key)
    if value is None or value == []:
        raise BatchFault("700017", f"PARAM_IS_NULL: {key}")
    if not isinstance(value, list):
        raise BatchFault("700004", f"PARAM_ILLEGAL: {key}")
    if len(value) > BATCH_CAP:
        raise BatchFault("700022", f"BATCH_SIZE_OUT_OF_LIMIT: at most {BATCH_CAP} per call")
    return value


def package_ids(req: dict[str, Any]) -> list[Any]:
    rows = batch_list(req, "packages")
    out = []
    for r in rows:
        pid = r.get("package_id") if isinstance(r, dict) else None
        if not isinstance(pid, str) or not pid:
            raise BatchFault("700004", "PARAM_ILLEGAL: packages[].package_id")
        out.append(pid)
    return out


def forced_row(ctx: Ctx) -> str | None:
    return ctx.faults.take_row_failure(ctx.api)


# ====================================================================== fulfilment APIs
def get_shipment_providers(ctx: Ctx) -> dict[str, Any]:
    req = wrapper(ctx, "getShipmentProvidersReq")
    orders = batch_list(req, "orders")
    kinds = set()
    for entry in orders:
        oid = as_id(entry.get("order_id")) if isinstance(entry, dict) else None
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_id")
        order = ctx.world.find_order(oid)
        if order is None:
            raise BatchFault("700021", f"ORDER_NOT_FOUND: {oid}")
        wanted = entry.get("order_item_ids") or []
        if not isinstance(wanted, list):
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_item_ids")
        mine = {it.order_item_id for it in order.items}
        for raw in wanted:
            iid = as_id(raw)
            if iid is None or iid not in mine:
                raise BatchFault("700025", f"ORDER_ITEM_NOT_FOUND: {raw}")
        dbs = any(it.delivery_option_sof for it in order.items)
        kinds.add("NTFS" if order.cross_border and not dbs else "TFS")
    if len(kinds) > 1:
        raise BatchFault("700004", "PARAM_ILLEGAL: TFS and NTFS orders must be queried apart")
    kind = kinds.pop()
    if kind == "NTFS":
        providers = [{"name": name, "provider_code": code} for code, name, _ in NTFS_PROVIDERS]
        return result(
            {"platform_default": 0, "shipment_providers": providers, "shipping_allocate_type": kind}
        )
    return result({"platform_default": 1, "shipment_providers": [], "shipping_allocate_type": kind})


def pack(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world
    req = wrapper(ctx, "packReq")
    entries = batch_list(req, "pack_order_list")
    delivery_type = req.get("delivery_type")
    if not delivery_type:
        raise BatchFault("700017", "PARAM_IS_NULL: delivery_type")
    if delivery_type != "dropship":
        raise BatchFault("700004", "PARAM_ILLEGAL: delivery_type must be dropship")
    allocate = req.get("shipping_allocate_type")
    if not allocate:
        raise BatchFault("700017", "PARAM_IS_NULL: shipping_allocate_type")
    if allocate not in ("TFS", "NTFS"):
        raise BatchFault("700004", "PARAM_ILLEGAL: shipping_allocate_type")
    provider_code = req.get("shipment_provider_code")
    if provider_code is not None and not isinstance(provider_code, str):
        raise BatchFault("700004", "PARAM_ILLEGAL: shipment_provider_code")
    out = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise BatchFault("700004", "PARAM_ILLEGAL: pack_order_list[]")
        oid = as_id(entry.get("order_id"))
        raw_items = entry.get("order_item_list")
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: pack_order_list[].order_id")
        if not isinstance(raw_items, list) or not raw_items:
            raise BatchFault("700017", "PARAM_IS_NULL: pack_order_list[].order_item_list")
        rows: list[dict[str, Any]] = []
        out.append({"order_id": oid, "order_item_list": rows})
        order = world.find_order(oid)
        order_err: tuple[str, str | None] | None = None
        if order is None:
            order_err = ("700021", None)
        else:
            dbs = any(it.delivery_option_sof for it in order.items)
            expected = "NTFS" if order.cross_border and not dbs else "TFS"
            if allocate != expected:
                order_err = ("700004", f"PARAM_ILLEGAL: this order is {expected}")
            elif expected == "TFS" and provider_code:
                order_err = (
                    "700004",
                    "PARAM_ILLEGAL: shipment_provider_code must be empty for TFS/DBS orders",
                )
            elif expected == "NTFS" and not provider_code:
                order_err = ("700017", "PARAM_IS_NULL: shipment_provider_code is required")
            elif expected == "NTFS" and provider_code not in NTFS_BY_CODE:
                order_err = ("700016", None)
        seen: set[int] = set()
        good: list[tuple[dict[str, Any], Item]] = []
        for raw in raw_items:
            iid = as_id(raw)
            if order_err is not None:
                rows.append(row(order_err[0], order_err[1], order_item_id=iid or raw))
                continue
            assert order is not None
            item = world.find_item(iid) if iid is not None else None
            if item is None or item.order_id != oid:
                rows.append(row("700025", order_item_id=iid or raw))
                continue
            if iid in seen:
                rows.append(row("700004", "PARAM_ILLEGAL: duplicate item", order_item_id=iid))
                continue
            seen.add(item.order_item_id)
            if item.is_digital:
                rows.append(row("700026", order_item_id=iid))
                continue
            if item.status not in PACKABLE:
                world.count_refused(ctx.api, "700000")
                rows.append(row("700000", order_item_id=iid))
                continue
            forced = forced_row(ctx)
            if forced is not None:
                rows.append(row(forced, order_item_id=iid))
                continue
            r: dict[str, Any] = {"order_item_id": iid}
            rows.append(r)
            good.append((r, item))
        if not good:
            continue
        assert order is not None
        # Items of different shipping types never share a package (Lazada splits them).
        groups: dict[tuple[int, str], list[tuple[dict[str, Any], Item]]] = {}
        for r, item in good:
            groups.setdefault((item.delivery_option_sof, item.shipping_provider_type), []).append(
                (r, item)
            )
        for group in groups.values():
            items = [it for _, it in group]
            pkg = world.new_package(order, items, provider_code or "")
            for r, it in group:
                world.set_status(it, "packed")
                r.update(row("0"))
                r.update(
                    {
                        "tracking_number": pkg.tracking_number,
                        "shipment_provider": pkg.shipment_provider,
                        "package_id": pkg.package_id,
                    }
                )
    return result({"pack_order_list": out})


class _Step:
    """One package transition: ``check`` says why not (a row code) or None; ``commit`` applies."""

    def __init__(
        self,
        world: World,
        allowed: frozenset[str],
        target: str,
        dbs_only: bool = False,
        on_commit: Callable[[Package, list[Item]], None] | None = None,
    ) -> None:
        self.world, self.allowed, self.target = world, allowed, target
        self.dbs_only = dbs_only
        self.on_commit = on_commit

    def check(self, pkg: Package, items: list[Item]) -> str | None:
        if self.dbs_only and pkg.shipping_type != "dbs":
            return "700009"
        if any(it.status == "canceled" for it in items):
            return "600002"
        if not items or any(it.status not in self.allowed for it in items):
            return "700000"
        return None

    def commit(self, pkg: Package, items: list[Item]) -> None:
        for it in items:
            self.world.set_status(it, self.target)
        if self.on_commit is not None:
            self.on_commit(pkg, items)


def _package_rows(ctx: Ctx, req_name: str, step: _Step) -> dict[str, Any]:
    req = wrapper(ctx, req_name)
    rows = []
    for pid in package_ids(req):
        pkg = ctx.world.find_package(pid)
        if pkg is None:
            rows.append(row("600001", package_id=pid))
            continue
        items = ctx.world.package_items(pkg)
        code = "700000" if not pkg.alive else step.check(pkg, items)
        if code is not None:
            ctx.world.count_refused(ctx.api, code)
        if code is None:
            code = forced_row(ctx) or "0"
            if code == "0":
                step.commit(pkg, items)
        rows.append(row(code, package_id=pid))
    return result({"packages": rows})


def recreate_package(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world

    def retire(pkg: Package, items: list[Item]) -> None:
        world.retire_package(pkg)

    return _package_rows(
        ctx, "rePackReq", _Step(world, frozenset({"packed"}), "repacked", on_commit=retire)
    )


def ready_to_ship(ctx: Ctx) -> dict[str, Any]:
    return _package_rows(
        ctx, "readyToShipReq", _Step(ctx.world, frozenset({"packed"}), "ready_to_ship")
    )


def dbs_delivered(ctx: Ctx) -> dict[str, Any]:
    step = _Step(ctx.world, frozenset({"ready_to_ship"}), "delivered", dbs_only=True)
    return _package_rows(ctx, "dbsDeliveryReq", step)


def dbs_failed(ctx: Ctx) -> dict[str, Any]:
    step = _Step(ctx.world, frozenset({"ready_to_ship"}), "failed_delivery", dbs_only=True)
    return _package_rows(ctx, "dbsFailedDeliveryReq", step)


def deliver_digital(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world
    req = wrapper(ctx, "digitalDeliveryReq")
    out = []
    for entry in batch_list(req, "orders"):
        if not isinstance(entry, dict):
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[]")
        oid = as_id(entry.get("order_id"))
        raw_items = entry.get("order_item_list")
        if oid is None:
            raise BatchFault("700004", "PARAM_ILLEGAL: orders[].order_id")
        if not isinstance(raw_items, list) or not raw_items:
            raise BatchFault("700017", "PARAM_IS_NULL: orders[].order_item_list")
        rows = []
        for raw in raw_items:
            iid = as_id(raw)
            item = world.find_item(iid) if iid is not None else None
            if item is None or item.order_id != oid or not item.is_digital:
                rows.append(row("700020", order_item_id=iid if iid is not None else raw))
                continue
            if item.status != "pending":
                rows.append(row("700000", order_item_id=iid))
                continue
            forced = forced_row(ctx)
            if forced is not None:
                rows.append(row(forced, order_item_id=iid))
                continue
            world.deliver_digital(item)
            rows.append(row("0", order_item_id=iid))
        out.append({"order_id": oid, "order_item_list": rows})
    return result({"orders": out})


def print_awb(ctx: Ctx) -> dict[str, Any]:
    world = ctx.world
    req = wrapper(ctx, "getDocumentReq")
    doc_type = req.get("doc_type")
    if not doc_type:
        raise BatchFault("700017", "PARAM_IS_NULL: doc_type")
    if doc_type not in ("PDF", "HTML"):
        raise BatchFault("700004", "PARAM_ILLEGAL: doc_type must be PDF or HTML")
    print_items = req.get("print_item_list", False)
    if not isinstance(print_items, bool):
        raise BatchFault("700004", "PARAM_ILLEGAL: print_item_list")
    pids = package_ids(req)
    packages: dict[str, Package] = {}
    for pid in pids:
        pkg = world.find_package(pid)
        if pkg is None:
            raise BatchFault("600001", f"package not found: {pid}")
        packages[pid] = pkg
        items = world.package_items(pkg)
        if (
            not pkg.alive
            or pkg.shipping_type == "dbs"
            or any(it.status not in PRINTABLE for it in items)
        ):
            raise BatchFault("700040")
    for pid in packages:
        world.count_label(pid)
    labels = [world.label_dict(pkg) for pkg in packages.values()]
    if doc_type == "HTML":
        page = html_labels(labels, print_item_list=print_items)
        return result({"doc_type": "HTML", "file": base64.b64encode(page.encode()).decode()})
    token = secrets.token_hex(16)
    expires = world.clock.now() + timedelta(seconds=world.pdf_url_ttl_s)
    world.store_doc(AwbDoc(token, list(packages), print_items, expires))
    path = f"/_emulator/awb/{token}.pdf"
    query = (
        f"?Expires={int(expires.timestamp())}&OSSAccessKeyId=LTAIemulator&Signature={token[:12]}"
    )
    iframe = f'<iframe src="{path}{query}" frameborder="0" width="100%" height="100%"></iframe>'
    return result(
        {
            "doc_type": "PDF",
            "file": base64.b64encode(iframe.encode()).decode(),
            "pdf_url": f"{ctx.origin}{path}{query}",
        }
    )


def html_labels(labels: list[dict[str, Any]], *, print_item_list: bool) -> str:
    pages = []
    for lab in labels:
        r = lab["recipient"]
        items = ""
        if print_item_list:
            lines = "".join(
                f"<li>{html.escape(i['sku'])} — {html.escape(i['name'])}"
                f" {html.escape(i['variation'])}</li>"
                for i in lab["items"]
            )
            items = f"<ol class='items'>{lines}</ol>"
        pages.append(
            "<section class='label' style='width:100mm;height:150mm;page-break-after:always'>"
            f"<h1>{html.escape(lab['shipment_provider'])}</h1>"
            f"<p class='tracking'>{html.escape(lab['tracking_number'])}</p>"
            f"<p>Package {html.escape(lab['package_id'])} · Order {lab['order_number']}</p>"
            f"<p>To: {html.escape(r['name'])}, {html.escape(r['phone'])}<br>"
            f"{html.escape(r['address'])}, {html.escape(r['country'])}</p>"
            f"{items}</section>"
        )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>AWB</title></head><body>"
        + "".join(pages)
        + "</body></html>"
    )
