"""The typed Lazada API of one shop (design.md §5): orders, fulfilment writes, tokens.

``LazadaClient`` adds Lazada's methods to ``SignedTransport`` (``lazpack.api.transport``),
which signs, retries, keeps the call budget and maps errors; here each method builds its
request, splits batches into Lazada's limit of 20 and decodes the answer into domain
models. A write's answer that does not say, for every unit sent, whether Lazada applied
it becomes ``OutcomeUnknownError``: the caller reconciles instead of re-sending.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from lazpack import turns
from lazpack.api import decode, wire
from lazpack.api.transport import (
    LOCK_FAILED,
    RetryPolicy,
    SignedTransport,
    StaticTokenProvider,
    off_loop,
)
from lazpack.domain.batching import BATCH_LIMIT, chunks
from lazpack.domain.models import (
    AwbDocument,
    BatchResult,
    Order,
    OrderItem,
    OrdersPage,
    RowResult,
    ShipmentProviders,
    TokenSet,
)
from lazpack.domain.ports import AuthPort, LazadaPort
from lazpack.errors import (
    ApiError,
    BatchFailedError,
    BusinessError,
    MalformedResponseError,
    OutcomeUnknownError,
)
from lazpack.log import get_logger, register_secret

log = get_logger("api")

T = TypeVar("T")

#: Lazada requires created_after or update_after; Lazada did not exist before this date.
EARLIEST = datetime(2012, 1, 1, tzinfo=UTC)
#: Pages of at least this many orders are decoded on a worker thread (see ``off_loop``).
OFFLOAD_ROWS = 20
MULTI_ITEMS_SIZE = 50
PACK_PATH = "/order/fulfill/pack"


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("Lazada dates must be timezone-aware (got a naive datetime)")
    return dt.isoformat(timespec="seconds")


def _compact(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


class LazadaClient(SignedTransport):
    """Async client for one shop; satisfies ``LazadaPort`` and ``AuthPort``.

    Construct with ``region`` (``sg my th ph id vn``) or ``base_url``; ``asgi_app`` runs
    an ASGI app (the emulator) in-process. Use ``async with`` or call ``aclose()``.
    """

    # ------------------------------------------------------------ reads
    async def get_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        created_before: datetime | None = None,
        update_after: datetime | None = None,
        update_before: datetime | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        offset: int = 0,
        limit: int = 100,
        on_total: Callable[[int | None], object] | None = None,
    ) -> OrdersPage:
        """One page of GetOrders. ``on_total`` gets the answer's ``countTotal`` as soon as
        its JSON is read, before the orders are converted (``wire.orders_page_steps``)."""
        if created_after is None and update_after is None:
            created_after = EARLIEST
        if not 1 <= limit <= 100:
            raise ValueError("limit must be between 1 and 100")
        if offset < 0:
            raise ValueError("offset must not be negative")
        params = {
            "status": status,
            "created_after": _iso(created_after) if created_after else None,
            "created_before": _iso(created_before) if created_before else None,
            "update_after": _iso(update_after) if update_after else None,
            "update_before": _iso(update_before) if update_before else None,
            "sort_by": sort_by,
            "sort_direction": sort_direction,
            "offset": offset,
            "limit": limit,
        }

        def fast(raw: bytes) -> turns.Steps[OrdersPage | None]:
            return wire.orders_page_steps(raw, on_total)

        page, body = await self.read_fast("/orders/get", params, fast)
        if page is not None:
            return page
        assert body is not None
        data = decode.data_of(body, "/orders/get")
        rows = data.get("orders") if isinstance(data, dict) else None
        if isinstance(rows, list) and len(rows) >= OFFLOAD_ROWS:
            return await off_loop(decode.decode_orders_page, data)
        return decode.decode_orders_page(data)

    async def iter_orders(
        self,
        *,
        status: str | None = None,
        created_after: datetime | None = None,
        update_after: datetime | None = None,
    ) -> AsyncIterator[Order]:
        """Every matching order, once, oldest first.

        Pages of one window are fetched concurrently (bounded by ``max_concurrency``) once
        ``countTotal`` is known, and orders are yielded page by page as they arrive, so a
        caller can ask for a page's items while later pages are in flight. When the window
        holds more than the offset cap allows, the next window starts as soon as this
        window's *last* page is in (it holds the newest timestamps), without waiting for
        the pages before it: at the newest timestamp on that page minus a second (Lazada's
        ``after`` may be exclusive and timestamps have 1 s resolution); the overlap is
        de-duplicated.
        """
        by_update = update_after is not None
        start = update_after if by_update else (created_after or EARLIEST)
        assert start is not None
        limit = self.page_size
        last_offset = max(0, ((self.offset_cap - limit) // limit) * limit)
        seen: set[int] = set()

        async def page(
            window_start: datetime,
            offset: int,
            on_total: Callable[[int | None], object] | None = None,
        ) -> OrdersPage:
            kw: dict[str, Any] = {"update_after": window_start} if by_update else {}
            if not by_update:
                kw["created_after"] = window_start
            return await self.get_orders(
                status=status,
                sort_by="updated_at" if by_update else "created_at",
                sort_direction="ASC",
                offset=offset,
                limit=limit,
                on_total=on_total,
                **kw,
            )

        # A planner task schedules the pages; this generator yields them in order as they
        # arrive. The planner slides to the next window as soon as the current window's
        # *last* page is in (it holds the newest timestamps), not after the whole window.
        pages: asyncio.Queue[asyncio.Future[OrdersPage] | BaseException | None] = asyncio.Queue()
        spawned: list[asyncio.Future[OrdersPage]] = []

        def spawn(
            window_start: datetime,
            offset: int,
            on_total: Callable[[int | None], object] | None = None,
        ) -> asyncio.Future[OrdersPage]:
            fut = asyncio.ensure_future(page(window_start, offset, on_total))
            spawned.append(fut)
            pages.put_nowait(fut)
            return fut

        async def window_total(
            window_start: datetime,
        ) -> tuple[int | None, asyncio.Future[OrdersPage]]:
            """The window's first page asked for, and its ``countTotal`` as soon as the
            answer's JSON is read: the rest of the window goes out while the first page's
            orders are still being converted (they gate nothing but its own items)."""
            counted: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()

            def on_total(total: int | None) -> None:
                if not counted.done():
                    counted.set_result(total)

            first = spawn(window_start, 0, on_total)
            await asyncio.wait((first, counted), return_when=asyncio.FIRST_COMPLETED)
            if counted.done():
                return counted.result(), first
            # decoded the lenient way (or failed: raised here)
            return first.result().count_total, first

        async def plan() -> None:
            window_start = start
            try:
                while True:
                    total, first_fut = await window_total(window_start)
                    if total is None:
                        # No countTotal: walk sequentially until a short page.
                        offset, last = 0, await first_fut
                        while len(last.orders) == limit and offset < last_offset:
                            offset += limit
                            last = await spawn(window_start, offset)
                        capped = len(last.orders) == limit and offset >= last_offset
                    else:
                        end = min(total, last_offset + limit)
                        capped = total > last_offset + limit
                        rest = [spawn(window_start, off) for off in range(limit, end, limit)]
                        if capped:
                            last = await (rest[-1] if rest else first_fut)
                    if not capped:
                        return
                    newest = max(
                        (o.updated_at if by_update else o.created_at for o in last.orders),
                        default=window_start,
                    )
                    next_start = newest - timedelta(seconds=1)
                    if next_start <= window_start:
                        raise BusinessError(
                            f"More than {self.offset_cap} orders share one timestamp; "
                            "Lazada's paging cannot return them all.",
                            api_path="/orders/get",
                        )
                    log.info("orders window full; sliding to %s", next_start.isoformat())
                    window_start = next_start
            except asyncio.CancelledError:
                raise
            except BaseException as err:  # noqa: BLE001 - handed to the consumer below
                pages.put_nowait(err)
            finally:
                pages.put_nowait(None)

        planner = asyncio.ensure_future(plan())
        try:
            while (item := await pages.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                for order in (await item).orders:
                    if order.order_id in seen:
                        continue
                    seen.add(order.order_id)
                    yield order
            await planner
        finally:
            planner.cancel()
            for fut in spawned:
                fut.cancel()
            await asyncio.gather(planner, *spawned, return_exceptions=True)

    async def get_order(self, order_id: int) -> Order:
        body = await self.call("/order/get", {"order_id": int(order_id)}, write=False)
        return decode.decode_order(decode.data_of(body, "/order/get"))

    async def get_order_items(self, order_id: int) -> list[OrderItem]:
        body = await self.call("/order/items/get", {"order_id": int(order_id)}, write=False)
        return decode.decode_items(decode.data_of(body, "/order/items/get"))

    async def get_multiple_order_items(
        self, order_ids: Iterable[int]
    ) -> dict[int, list[OrderItem]]:
        ids = list(dict.fromkeys(int(i) for i in order_ids))

        async def chunk(part: Sequence[int]) -> dict[int, list[OrderItem]]:
            value = "[" + ",".join(str(i) for i in part) + "]"
            items, body = await self.read_fast(
                "/orders/items/get", {"order_ids": value}, wire.multiple_items_steps
            )
            if items is not None:
                return items
            assert body is not None
            data = decode.data_of(body, "/orders/items/get")
            if len(part) >= OFFLOAD_ROWS:
                return await off_loop(decode.decode_multiple_items, data)
            return decode.decode_multiple_items(data)

        out: dict[int, list[OrderItem]] = {}
        for part in await self.gather_bounded(chunk(c) for c in chunks(ids, MULTI_ITEMS_SIZE)):
            out.update(part)
        return out

    async def get_shipment_providers(
        self, orders: Mapping[int, Sequence[int]]
    ) -> ShipmentProviders:
        if not orders:
            raise ValueError("get_shipment_providers needs at least one order")
        if len(orders) > BATCH_LIMIT:
            raise ValueError(f"GetShipmentProvider takes at most {BATCH_LIMIT} orders per call")
        req = {
            "orders": [
                {"order_id": int(oid), "order_item_ids": [int(i) for i in items]}
                for oid, items in orders.items()
            ]
        }
        path = "/order/shipment/providers/get"
        body = await self.call(path, {"getShipmentProvidersReq": _compact(req)}, write=False)
        result = decode.result_of(body, path)
        if not decode.to_bool(result.get("success")):
            code, msg = decode.batch_error(result)
            raise decode.error_for_code(
                code,
                msg,
                code=code,
                api_path=path,
                request_id=decode.to_str(body.get("request_id")),
            )
        return decode.decode_providers(result.get("data"))

    # ------------------------------------------------------------ writes
    async def _batch(
        self,
        api_path: str,
        wrapper: str,
        units: Sequence[T],
        build: Callable[[Sequence[T]], dict[str, Any]],
        rows_of: Callable[[Any], list[RowResult]],
        expected: Callable[[Sequence[T]], list[RowResult]],
    ) -> BatchResult:
        """Split into ≤20, send concurrently, merge rows; never report failed rows as ok."""

        async def send(part: Sequence[T]) -> tuple[list[RowResult], str]:
            body = await self.call(
                api_path, {wrapper: _compact(build(part))}, write=True, retry_batch_lock=True
            )
            request_id = decode.to_str(body.get("request_id"))
            try:
                return _batch_rows(body, api_path, rows_of, expected(part)), request_id
            except MalformedResponseError as err:
                # One rule for writes: an answer that is not a well-formed Lazada answer
                # says nothing about what Lazada did. Unknown, reconciled by the caller.
                why = err.lazada_message
                raise OutcomeUnknownError(
                    f"the answer could not be read ({why})",
                    code="malformed",
                    request_id=request_id,
                    api_path=api_path,
                ) from err

        if not units:
            raise ValueError(f"{api_path}: nothing to send")
        parts = await self.gather_bounded(send(c) for c in chunks(units, BATCH_LIMIT))
        rows = tuple(r for part_rows, _ in parts for r in part_rows)
        result = BatchResult(rows=rows, request_ids=tuple(rid for _, rid in parts if rid))
        if result.outcome != "ok":
            log.warning(
                "%s: %s (%d of %d rows failed: %s)",
                api_path,
                result.outcome,
                len(result.failed),
                len(rows),
                ", ".join(sorted({r.err_code for r in result.failed})),
            )
        return result

    async def _order_batch(
        self,
        api_path: str,
        wrapper: str,
        list_field: str,
        orders: Mapping[int, Sequence[int]],
        extra: Mapping[str, Any],
        rows_of: Callable[[Any], list[RowResult]] | None = None,
    ) -> BatchResult:
        units = [(int(oid), tuple(int(i) for i in items)) for oid, items in orders.items()]
        for oid, items in units:
            if not items:
                raise ValueError(f"order {oid}: no order items given")
        return await self._batch(
            api_path,
            wrapper,
            units,
            lambda part: {
                list_field: [{"order_id": o, "order_item_list": list(i)} for o, i in part],
                **extra,
            },
            rows_of or (lambda data: decode.decode_order_rows(data, list_field)),
            lambda part: [
                RowResult(key=i, ok=False, err_code="", msg="", retry=False, order_id=o)
                for o, items in part
                for i in items
            ],
        )

    async def _package_batch(
        self, api_path: str, wrapper: str, package_ids: Sequence[str]
    ) -> BatchResult:
        ids = [str(p) for p in dict.fromkeys(package_ids)]
        if any(not p for p in ids):
            raise ValueError("empty package id")
        return await self._batch(
            api_path,
            wrapper,
            ids,
            lambda part: {"packages": [{"package_id": p} for p in part]},
            decode.decode_package_rows,
            lambda part: [
                RowResult(key=p, ok=False, err_code="", msg="", retry=False, package_id=p)
                for p in part
            ],
        )

    async def pack(
        self,
        orders: Mapping[int, Sequence[int]],
        *,
        shipping_allocate_type: str,
        shipment_provider_code: str | None = None,
        delivery_type: str = "dropship",
    ) -> BatchResult:
        extra: dict[str, Any] = {
            "delivery_type": delivery_type,
            "shipping_allocate_type": shipping_allocate_type,
        }
        if shipment_provider_code:
            extra["shipment_provider_code"] = shipment_provider_code
        return await self._order_batch(
            PACK_PATH,
            "packReq",
            "pack_order_list",
            orders,
            extra,
            lambda data: decode.decode_pack_rows(data, PACK_PATH),
        )

    async def recreate_package(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_batch("/order/package/repack", "rePackReq", package_ids)

    async def ready_to_ship(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_batch("/order/package/rts", "readyToShipReq", package_ids)

    async def confirm_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_batch(
            "/order/package/sof/delivered", "dbsDeliveryReq", package_ids
        )

    async def failed_delivery_dbs(self, package_ids: Sequence[str]) -> BatchResult:
        return await self._package_batch(
            "/order/package/sof/failed_delivery", "dbsFailedDeliveryReq", package_ids
        )

    async def deliver_digital(self, orders: Mapping[int, Sequence[int]]) -> BatchResult:
        return await self._order_batch(
            "/order/digital/delivered", "digitalDeliveryReq", "orders", orders, {}
        )

    async def print_awb(
        self, package_ids: Sequence[str], *, doc_type: str = "PDF", print_item_list: bool = False
    ) -> list[AwbDocument]:
        """One document per ≤20 packages (Lazada merges a call's packages into one)."""
        ids = [str(p) for p in dict.fromkeys(package_ids)]
        if not ids:
            raise ValueError("print_awb needs at least one package id")
        path = "/order/package/document/get"

        async def one(part: Sequence[str]) -> AwbDocument:
            req: dict[str, Any] = {
                "doc_type": doc_type,
                "packages": [{"package_id": p} for p in part],
            }
            if print_item_list:
                req["print_item_list"] = True
            # A read as far as Lazada's state goes: printing twice is harmless.
            body = await self.call(path, {"getDocumentReq": _compact(req)}, write=False)
            request_id = decode.to_str(body.get("request_id"))
            result = decode.result_of(body, path)
            if not decode.to_bool(result.get("success")):
                code, msg = decode.batch_error(result)
                raise BatchFailedError(msg, code=code, api_path=path, request_id=request_id)
            return decode.decode_awb(result.get("data"), part, request_id)

        return await self.gather_bounded(one(c) for c in chunks(ids, BATCH_LIMIT))

    # ------------------------------------------------------------ tokens
    async def create_token(self, code: str) -> TokenSet:
        if not code:
            raise ValueError("an authorization code is required")
        register_secret(code)
        body = await self.call("/auth/token/create", {"code": code}, write=True, auth_api=True)
        return self._tokens_from(body)

    async def refresh_token(self, refresh_token: str) -> TokenSet:
        if not refresh_token:
            raise ValueError("a refresh token is required")
        register_secret(refresh_token)
        body = await self.call(
            "/auth/token/refresh", {"refresh_token": refresh_token}, write=True, auth_api=True
        )
        return self._tokens_from(body)

    def _tokens_from(self, body: decode.Json) -> TokenSet:
        tokens = decode.decode_tokens(body, self.server_now())
        register_secret(tokens.access_token)
        register_secret(tokens.refresh_token)
        return tokens


def _batch_rows(
    body: decode.Json,
    api_path: str,
    rows_of: Callable[[Any], list[RowResult]],
    placeholders: list[RowResult],
) -> list[RowResult]:
    """The rows of a write's answer, or ``MalformedResponseError`` when the answer does not
    say, for every unit sent, whether Lazada applied it."""
    result = decode.result_of(body, api_path)
    if not decode.strict_bool(result.get("success"), "success", api_path):
        code, msg = decode.batch_error(result)
        if not code:
            raise MalformedResponseError("a refused batch without an error code", api_path=api_path)
        return [
            _replace_row(
                r, ok=False, err_code=code, msg=msg, retry=code == LOCK_FAILED, whole_call=True
            )
            for r in placeholders
        ]
    data = result.get("data")
    if not isinstance(data, dict):
        raise MalformedResponseError("a batch answer without data", api_path=api_path)
    rows = rows_of(data)
    returned = {(r.order_id, r.key) for r in rows} | {(None, r.key) for r in rows}
    missing = [
        r
        for r in placeholders
        if (r.order_id, r.key) not in returned and (None, r.key) not in returned
    ]
    if missing:
        raise MalformedResponseError(
            f"the answer has no row for {len(missing)} of {len(placeholders)} sent",
            api_path=api_path,
        )
    for r in rows:
        if r.err_code == "?":
            raise MalformedResponseError(
                f"a row without item_err_code ({r.key})", api_path=api_path
            )
    return rows


def _replace_row(
    row: RowResult, *, ok: bool, err_code: str, msg: str, retry: bool, whole_call: bool = False
) -> RowResult:
    return RowResult(
        key=row.key,
        ok=ok,
        err_code=err_code,
        msg=msg,
        retry=retry,
        order_id=row.order_id,
        package_id=row.package_id,
        whole_call=whole_call,
    )


__all__ = [
    "EARLIEST",
    "ApiError",
    "LazadaClient",
    "RetryPolicy",
    "StaticTokenProvider",
]


def _conforms(client: LazadaClient) -> tuple[LazadaPort, AuthPort]:
    """mypy proves here that the client satisfies both ports exactly."""
    return client, client
