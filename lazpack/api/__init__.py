"""Lazada Open Platform client: the only place that imports httpx (design.md §1)."""

from lazpack.api.client import LazadaClient, RetryPolicy, StaticTokenProvider
from lazpack.api.signing import AUTH_URL, GATEWAYS, sign

__all__ = ["AUTH_URL", "GATEWAYS", "LazadaClient", "RetryPolicy", "StaticTokenProvider", "sign"]
