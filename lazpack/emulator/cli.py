"""``lazpack-emulator``: the emulator on loopback for manual tests, demos and other tools."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

import lazpack
from lazpack.emulator.core import DEMO_ACCESS_TOKEN, DEMO_APP_KEY, DEMO_APP_SECRET, Emulator
from lazpack.emulator.model import REGIONS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lazpack-emulator",
        description="A local Lazada Open Platform with a seeded demo shop (no credentials).",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {lazpack.__version__}")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--orders", type=int, default=200, help="orders to generate (200)")
    p.add_argument("--seed", type=int, default=1, help="random seed for the shop data (1)")
    p.add_argument("--region", default="sg", choices=sorted(REGIONS), help="venture (sg)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="added to every API answer")
    p.add_argument("--jitter-ms", type=float, default=0.0, help="random extra latency, 0..N ms")
    p.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of calls failing (5xx/timeout)"
    )
    p.add_argument("--qps-limit", type=int, default=50, help="calls/s per API before ban; 0=off")
    p.add_argument(
        "--new-order-every",
        type=float,
        default=0.0,
        metavar="S",
        help="demo mode: a new pending order every S seconds (0 = off)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.orders < 0:
        print("lazpack-emulator: --orders must be >= 0", file=sys.stderr)
        return 2
    if not 0.0 <= args.fault_rate <= 1.0:
        print("lazpack-emulator: --fault-rate must be between 0 and 1", file=sys.stderr)
        return 2
    from lazpack.emulator.server import bind, make_config, origin_of

    try:
        sock = bind(args.host, args.port)
    except OSError as err:
        print(f"lazpack-emulator: cannot listen on {args.host}:{args.port}: {err}", file=sys.stderr)
        return 1
    emu = Emulator(
        orders=args.orders,
        seed=args.seed,
        region=args.region,
        latency_ms=args.latency_ms,
        jitter_ms=args.jitter_ms,
        fault_rate=args.fault_rate,
        qps_limit=args.qps_limit or None,
    )
    origin = origin_of(sock, args.host)
    emu.public_origin = origin
    print(f"emulator listening on {origin}/rest")
    print(f"app_key={DEMO_APP_KEY}")
    print(f"app_secret={DEMO_APP_SECRET}")
    print(f"access_token={DEMO_ACCESS_TOKEN}", flush=True)
    if args.new_order_every > 0:
        emu.start_order_feed(args.new_order_every)
    import uvicorn

    server = uvicorn.Server(make_config(emu.app))
    try:
        asyncio.run(server.serve(sockets=[sock]))
    except KeyboardInterrupt:
        pass
    finally:
        emu.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
