"""Seeded, deterministic shop data: a catalogue with EAN-13 barcodes and realistic orders.

Same seed, region and clock → same catalogue, same orders, same ids. Fast enough for
10,000 orders in well under a second: no per-order regex, no deep copies.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from lazpack.emulator.model import Item, Order, Product, Region

_PRODUCTS: tuple[tuple[str, str, tuple[str, ...], float], ...] = (
    # (sku stem, name, variations, price factor)
    (
        "TSHIRT",
        "Cotton Crew T-Shirt",
        ("Color:Black,Size:M", "Color:White,Size:L", "Color:Navy,Size:S"),
        1.2,
    ),
    ("MUG", "Ceramic Coffee Mug 350ml", ("Color:White", "Color:Sage"), 0.8),
    ("CABLE-USBC", "USB-C Cable 1m Braided", ("Length:1m", "Length:2m"), 0.6),
    ("PWRBANK", "Power Bank 10000mAh", ("Color:Black", "Color:Blue"), 2.5),
    ("SOCKS", "Bamboo Ankle Socks 3-Pack", ("Size:Free",), 0.5),
    ("LUNCHBOX", "Stainless Lunch Box 2-Tier", ("Color:Silver",), 1.6),
    ("EARBUDS", "Wireless Earbuds TWS", ("Color:Black", "Color:White"), 3.0),
    ("CASE-IP15", "Phone Case iPhone 15 Clear", ("Model:iPhone 15", "Model:iPhone 15 Pro"), 0.7),
    ("NOTEBOOK", "A5 Dotted Notebook", ("Pages:160",), 0.4),
    ("BOTTLE", "Insulated Water Bottle 750ml", ("Color:Teal", "Color:Black"), 1.8),
    ("TOWEL", "Microfiber Bath Towel", ("Color:Grey", "Color:Pink"), 1.1),
    ("LAMP", "LED Desk Lamp Dimmable", ("Color:White",), 2.9),
    ("SHAMPOO", "Herbal Shampoo 400ml", ("Scent:Aloe", "Scent:Tea Tree"), 0.9),
    ("BACKPACK", "Laptop Backpack 15.6in", ("Color:Black", "Color:Grey"), 4.0),
    ("MOUSE", "Silent Wireless Mouse", ("Color:Black",), 1.4),
    ("SLIPPERS", "Indoor Slippers", ("Size:40-41", "Size:42-43"), 0.9),
)
_DIGITAL: tuple[tuple[str, str, float], ...] = (
    ("EVOUCHER-50", "e-Voucher 50", 4.0),
    ("TOPUP-10", "Mobile Top-up 10", 0.8),
)


def ean13(prefix: str, body: int) -> str:
    """A valid EAN-13: GS1 country prefix, 9 more digits, check digit."""
    digits = (prefix + f"{body:09d}")[:12]
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def build_catalogue(region: Region, seed: int) -> list[Product]:
    rng = random.Random(f"catalogue:{region.code}:{seed}")
    products: list[Product] = []
    product_id = 2_000_000_000 + rng.randrange(100_000_000)
    sku_id = 10_000_000_000 + rng.randrange(1_000_000_000)
    for stem, name, variations, factor in _PRODUCTS:
        product_id += rng.randrange(1, 5000)
        for var in variations:
            sku_id += rng.randrange(1, 500)
            suffix = "-".join(v.split(":", 1)[1].upper().replace(" ", "") for v in var.split(","))
            sku = f"{stem}-{suffix}"[:40]
            price = round(region.price_scale * factor * rng.uniform(0.8, 1.4), region.decimals)
            products.append(
                Product(
                    sku=sku,
                    name=name,
                    variation=var,
                    ean=ean13(region.ean_prefix, rng.randrange(10**9)),
                    price=price,
                    product_id=product_id,
                    sku_id=sku_id,
                    shop_sku=f"{product_id}_{region.code.upper()}-{sku_id}",
                    color=(rng.randrange(40, 230), rng.randrange(40, 230), rng.randrange(40, 230)),
                )
            )
    for stem, name, factor in _DIGITAL:
        product_id += rng.randrange(1, 5000)
        sku_id += rng.randrange(1, 500)
        products.append(
            Product(
                sku=stem,
                name=name,
                variation="",
                ean=None,  # vouchers have nothing to scan
                price=round(region.price_scale * factor, region.decimals),
                product_id=product_id,
                sku_id=sku_id,
                shop_sku=f"{product_id}_{region.code.upper()}-{sku_id}",
                digital=True,
                color=(250, 200, 60),
            )
        )
    return products


def mask(text: str) -> str:
    """Lazada masks PII as first char + *** + last char (``"น***ต"``)."""
    if len(text) <= 2:
        return text[:1] + "*"
    return f"{text[0]}***{text[-1]}"


class OrderFactory:
    """Makes orders; keeps the id counters so later ``add_orders`` continue the sequence."""

    def __init__(self, region: Region, seed: int, catalogue: list[Product]) -> None:
        self.region = region
        self.rng = random.Random(f"orders:{region.code}:{seed}")
        self.physical = [p for p in catalogue if not p.digital]
        self.digital = [p for p in catalogue if p.digital]
        # Lazada order ids are 15-digit numbers; item ids share the space.
        self._next_id = 300_000_000_000_000 + self.rng.randrange(10**12)

    def _id(self) -> int:
        self._next_id += self.rng.randrange(1, 90)
        return self._next_id

    def _address(self) -> tuple[str, dict[str, str]]:
        rng, r = self.rng, self.region
        first = rng.choice(r.first_names)
        last = rng.choice(r.last_names)
        state, city, post = rng.choice(r.cities)
        street = rng.choice(r.streets)
        number = rng.randrange(1, 400)
        phone = f"{r.phone_cc}{rng.randrange(10**7, 10**8)}{rng.randrange(10, 99)}"
        masked_phone = phone[:2] + "*" * (len(phone) - 4) + phone[-2:]
        full = f"{first} {last}"
        addr = {
            "first_name": mask(first) + " " + mask(last),
            "last_name": "",
            "phone": masked_phone,
            "phone2": "",
            "address1": mask(f"{number} {street}"),
            "address2": "",
            "address3": mask(state),
            "address4": mask(city),
            "address5": mask(post),
            "city": city,
            "post_code": post,
            "country": r.country,
            "customer_email": "",
            # Unmasked copy for the label only; never served by the read APIs.
            "_label_name": full,
            "_label_address": f"{number} {street}, {city} {post}",
        }
        return mask(first), addr

    def make(
        self,
        created_at: datetime,
        *,
        status: str | None = None,
        payment_method: str | None = None,
        dbs: bool | None = None,
        digital: bool | None = None,
        cross_border: bool | None = None,
        skus: list[str] | None = None,
        mixed_shipping: bool | None = None,
    ) -> Order:
        rng, region = self.rng, self.region
        roll = rng.random()
        if digital is None:
            digital = roll < 0.03
        if dbs is None:
            dbs = not digital and 0.03 <= roll < 0.12
        if cross_border is None:
            cross_border = not digital and not dbs and 0.12 <= roll < 0.22
        if mixed_shipping is None:
            mixed_shipping = not digital and not dbs and 0.22 <= roll < 0.27
        if payment_method is None:
            # Cash on delivery is never "unpaid": those orders start at pending.
            cod_allowed = not digital and status != "unpaid"
            payment_method = (
                "COD"
                if cod_allowed and rng.random() < 0.4
                else rng.choice(("MIXEDCARD", "MIXEDCARD", "LAZADAWALLET", "PAYNOW"))
            )
        if status is None:
            s = rng.random()
            if s < 0.62:
                status = "pending"
            elif s < 0.70:
                status = "unpaid" if payment_method != "COD" else "pending"
            elif s < 0.75:
                status = "canceled"
            elif s < 0.85:
                status = "packed"
            elif s < 0.93:
                status = "ready_to_ship"
            elif s < 0.97:
                status = "shipped"
            else:
                status = "delivered"
            if digital and status in ("packed", "ready_to_ship", "shipped"):
                status = "pending"
        order_id = self._id()
        first, addr = self._address()
        pool = self.digital if digital else self.physical
        if skus:
            by_sku = {p.sku: p for p in self.physical + self.digital}
            lines = [(by_sku[s], 1) for s in skus]
        else:
            n_lines = 1 if rng.random() < 0.55 else rng.randrange(2, 5)
            chosen = rng.sample(pool, min(n_lines, len(pool)))
            lines = [(p, 1 if rng.random() < 0.75 else rng.randrange(2, 4)) for p in chosen]
        shipping_fee = 0.0 if digital else round(region.price_scale * 0.15, region.decimals)
        voucher_seller = (
            round(region.price_scale * 0.1, region.decimals) if rng.random() < 0.15 else 0.0
        )
        order = Order(
            order_id=order_id,
            order_number=order_id,
            created_at=created_at,
            updated_at=created_at,
            payment_method=payment_method,
            customer_first_name=first,
            address=addr,
            shipping_fee=shipping_fee,
            voucher_platform=0.0,
            voucher_seller=voucher_seller,
            cross_border=cross_border,
            remarks="Please call before delivery" if rng.random() < 0.05 else "",
            gift_option=rng.random() < 0.03,
        )
        units = sum(q for _, q in lines)
        per_unit_ship = round(shipping_fee / units, region.decimals) if units else 0.0
        per_unit_voucher = round(voucher_seller / units, region.decimals) if units else 0.0
        paid_ms = int(created_at.timestamp() * 1000) + 60_000
        for line_no, (product, qty) in enumerate(lines):
            if product.digital:
                ptype = "digital"
            elif dbs:
                ptype = "seller_own_fleet"
            elif mixed_shipping and line_no % 2 == 1:
                ptype = "express"
            else:
                ptype = "standard"
            for _ in range(qty):
                order.items.append(
                    Item(
                        order_item_id=self._id(),
                        order_id=order_id,
                        product=product,
                        status=status,
                        created_at=created_at,
                        updated_at=created_at,
                        item_price=product.price,
                        paid_price=round(product.price - per_unit_voucher, region.decimals),
                        voucher=per_unit_voucher,
                        shipping_amount=per_unit_ship,
                        shipping_provider_type=ptype,
                        delivery_option_sof=1 if dbs else 0,
                        is_digital=1 if product.digital else 0,
                        payment_time=0 if status == "unpaid" else paid_ms,
                        reason="Change of mind" if status == "canceled" else "",
                        cancel_return_initiator="cancellation-customer"
                        if status == "canceled"
                        else "",
                    )
                )
        return order


def spread(now: datetime, count: int, rng: random.Random, days: int = 30) -> Iterator[datetime]:
    """``count`` creation times over the last ``days``, oldest first, whole seconds."""
    span = days * 86400
    offsets = sorted((rng.randrange(span) for _ in range(count)), reverse=True)
    base = now.replace(microsecond=0)
    for off in offsets:
        yield base - timedelta(seconds=off + 60)
