"""A seller's own Lazada app on the emulator, and the station's clients reaching it in-process
(the shops tests and the warehouse tests authorize real shops this way)."""

from __future__ import annotations

from lazpack.api import LazadaClient
from lazpack.domain.ports import TokenProvider
from lazpack.emulator import Emulator
from lazpack.station_wiring import ClientFactory

APP_KEY = "123456"
APP_SECRET = "SellerOwnAppSecretXq81Lm0Zt"
REDIRECT = "https://seller.example.com/lazpack/callback"


def register_app(emu: Emulator) -> None:
    """The seller's app, registered in the (emulated) App Console."""
    emu.apps[APP_KEY] = APP_SECRET
    emu.registered_redirect_uri = REDIRECT


def emulator_clients(emu: Emulator) -> ClientFactory:
    """The station's ``ClientFactory``: every shop's client reaches ``emu`` in-process."""

    def make(
        *,
        app_key: str,
        app_secret: str,
        region: str,
        base_url: str,
        token_provider: TokenProvider | None = None,
    ) -> LazadaClient:
        return LazadaClient(
            app_key=app_key,
            app_secret=app_secret,
            base_url=base_url or None,
            asgi_app=emu.app,
            token_provider=token_provider,
        )

    return make
