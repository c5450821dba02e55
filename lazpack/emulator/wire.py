"""The wire forms of the world's objects: GetOrders/GetOrder orders, GetOrderItems rows and
what an AWB label prints (lazada-api.md §3, §1.6 for the value types)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

from lazpack.emulator.model import Item, Order, Package, Region


def fmt_time(when: datetime, region: Region) -> str:
    return _fmt_time(when, region.utc_offset_h)


@lru_cache(maxsize=1 << 16)
def _fmt_time(when: datetime, utc_offset_h: int) -> str:
    # Every GetOrderItems row formats three timestamps that rarely change: formatting was
    # most of the emulator's time per answer, which a benchmark's concurrent calls queue on.
    tz = timezone(timedelta(hours=utc_offset_h))
    return when.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S %z")


def money(value: float, region: Region) -> float:
    return round(value, region.decimals)


def order_dict(order: Order, region: Region) -> dict[str, Any]:
    price = sum(it.item_price for it in order.items)
    voucher = order.voucher_platform + order.voucher_seller
    address = {k: v for k, v in order.address.items() if not k.startswith("_")}
    district = dict(address)
    district["addressDsitrict"] = ""
    return {
        "order_id": order.order_id,
        "order_number": order.order_number,
        "created_at": fmt_time(order.created_at, region),
        "updated_at": fmt_time(order.updated_at, region),
        "address_updated_at": fmt_time(order.created_at, region),
        "statuses": list(order.statuses),
        "items_count": len(order.items),
        "price": f"{price:.2f}",
        "shipping_fee": money(order.shipping_fee, region),
        "shipping_fee_original": money(order.shipping_fee, region),
        "shipping_fee_discount_seller": 0,
        "shipping_fee_discount_platform": 0,
        "voucher": money(voucher, region),
        "voucher_platform": money(order.voucher_platform, region),
        "voucher_seller": money(order.voucher_seller, region),
        "voucher_code": "",
        "payment_method": order.payment_method,
        "customer_first_name": order.customer_first_name,
        "customer_last_name": "",
        "address_billing": address,
        "address_shipping": district,
        "gift_option": order.gift_option,
        "gift_message": order.gift_message,
        "remarks": order.remarks,
        "delivery_info": "",
        "promised_shipping_times": "",
        "national_registration_number": "",
        "tax_code": "",
        "branch_number": "",
        "extra_attributes": '{"TaxInvoiceRequested":false}',
        "warehouse_code": order.warehouse_code,
        "buyer_note": "",
        "recipient_info": {"passport_no": "", "identify_no": "", "detail_address": ""},
        "need_cancel_confirm": False,
        "is_cancel_pending": False,
        "shipping_fee_currency": region.currency,
    }


def item_key(
    it: Item, order: Order, region: Region, shop_name: str, origin: str
) -> tuple[Any, ...]:
    """Everything ``item_dict`` reads."""
    p = it.product
    return (
        it.order_item_id, it.order_id, it.status, it.created_at, it.updated_at,
        it.item_price, it.paid_price, it.voucher, it.shipping_amount,
        it.shipping_provider_type, it.delivery_option_sof, it.is_digital, it.package_id,
        it.tracking_code, it.shipment_provider, it.reason, it.cancel_return_initiator,
        it.digital_delivery_info, it.payment_time,
        p.name, p.sku, p.shop_sku, p.variation, p.sku_id, p.product_id,
        order.warehouse_code, order.cross_border, region, shop_name, origin,
    )  # fmt: skip


def item_dict(
    it: Item, order: Order, region: Region, shop_name: str, origin: str
) -> dict[str, Any]:
    p = it.product
    return {
        "order_item_id": it.order_item_id,
        "order_id": it.order_id,
        "purchase_order_id": "",
        "purchase_order_number": "",
        "reverse_order_id": 0,
        "buyer_id": 100_000_000 + it.order_id % 900_000_000,
        "sku_id": p.sku_id,
        "product_id": p.product_id,
        "name": p.name,
        "sku": p.sku,
        "shop_sku": p.shop_sku,
        "variation": p.variation,
        "product_main_image": f"{origin}/_emulator/images/{p.sku}.png",
        "product_detail_url": f"{origin}/_emulator/products/{p.product_id}.html",
        "shop_id": shop_name,
        "status": it.status,
        "return_status": "",
        "reason": it.reason,
        "reason_detail": "",
        "cancel_return_initiator": it.cancel_return_initiator,
        "need_cancel_confirm": False,
        "is_cancel_pending": False,
        "package_id": it.package_id,
        "tracking_code": it.tracking_code,
        "tracking_code_pre": "",
        "shipment_provider": it.shipment_provider,
        "shipping_provider_type": it.shipping_provider_type,
        "shipping_type": "Dropshipping",
        "delivery_option_sof": it.delivery_option_sof,
        "is_fbl": 0,
        "is_reroute": 0,
        "warehouse_code": order.warehouse_code,
        "promised_shipping_time": "",
        "sla_time_stamp": (it.created_at + timedelta(days=2)).astimezone(region.tz).isoformat(),
        "item_price": money(it.item_price, region),
        "paid_price": money(it.paid_price, region),
        "tax_amount": 0.0,
        "shipping_amount": money(it.shipping_amount, region),
        "shipping_service_cost": 0,
        "voucher_amount": money(it.voucher, region),
        "voucher_seller": money(it.voucher, region),
        "voucher_platform": 0,
        "voucher_code": "",
        "wallet_credits": 0.0,
        "shipping_fee_original": money(it.shipping_amount, region),
        "shipping_fee_discount_seller": 0,
        "shipping_fee_discount_platform": 0,
        "currency": region.currency,
        "is_digital": it.is_digital,
        "digital_delivery_info": it.digital_delivery_info,
        "invoice_number": "",
        "order_type": "Normal",
        "order_flag": "GLOBAL_COLLECTION" if order.cross_border else "NORMAL",
        "payment_time": it.payment_time,
        "extra_attributes": "",
        "created_at": fmt_time(it.created_at, region),
        "updated_at": fmt_time(it.updated_at, region),
    }


def label_dict(
    pkg: Package, order: Order, items: list[Item], region: Region, shop_name: str
) -> dict[str, Any]:
    cod = None
    if order.payment_method == "COD":
        total = sum(it.paid_price + it.shipping_amount for it in items)
        cod = f"{region.currency} {total:.{region.decimals}f}"
    return {
        "package_id": pkg.package_id,
        "tracking_number": pkg.tracking_number,
        "shipment_provider": pkg.shipment_provider,
        "order_number": order.order_number,
        "recipient": {
            "name": order.address["_label_name"],
            "phone": order.address["phone"],
            "address": order.address["_label_address"],
            "country": order.address["country"],
        },
        "sender": shop_name,
        "cod_amount": cod,
        "items": [
            {"name": it.product.name, "sku": it.product.sku, "variation": it.product.variation}
            for it in items
        ],
    }
