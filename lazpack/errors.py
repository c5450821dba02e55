"""The one exception tree of lazpack (design.md §4).

Qt-free and dependency-free so every layer can raise and catch these. Two families
matter to the packer:

* ``KnownError`` — conditions with a message in the packer's words and a next step
  (``user_message`` / ``hint``); nothing is lost when they happen.
* anything else — a bug: logged with context and shown as "internal error".

Messages never contain secrets: API errors carry Lazada's ``code``, ``type``,
``message`` and ``request_id`` but never the request URL or its parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lazpack.i18n import QT_TRANSLATE_NOOP, arg, translate
from lazpack.log import redact


class LazpackError(Exception):
    """Root of every error lazpack raises on purpose."""


class KnownError(LazpackError):
    """A condition the packer can understand and act on."""

    #: Short, plain-language message for the status bar / banner.
    user_message: str = QT_TRANSLATE_NOOP("KnownError", "Something went wrong.")
    #: What to do next.
    hint: str = ""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        # str(err) keeps the English source for the log; the packer reads user_message and
        # hint, translated here from the class's marked text (a message or hint passed in
        # is translated by whoever wrote it). Redacted here, once: a gateway or proxy message
        # echoing the request URL must not carry the token, the signature or the app secret
        # to a screen or a report.
        message = redact(message) if message else message
        super().__init__(message or self.user_message)
        self.user_message = message or translate("KnownError", self.user_message)
        self.hint = (
            redact(hint)
            if hint is not None
            else translate("KnownError", self.hint)
            if self.hint
            else ""
        )


# --------------------------------------------------------------------------- API
class ApiError(KnownError):
    """Lazada answered with an error envelope (or something we could not use)."""

    user_message = QT_TRANSLATE_NOOP("KnownError", "Lazada refused the request.")

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "",
        type: str = "",  # Lazada's field name
        request_id: str = "",
        api_path: str = "",
        hint: str | None = None,
    ) -> None:
        self.code = redact(code)
        self.type = type
        self.lazada_message = redact(message)
        self.request_id = request_id
        self.api_path = api_path
        text = f"{api_path}: {self.code or 'error'}: {self.lazada_message}".strip(": ")
        if request_id:
            text += f" (request_id {request_id})"
        super().__init__(text, hint=hint)


class AuthError(ApiError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The shop's authorization is no longer valid.")
    hint = QT_TRANSLATE_NOOP("KnownError", "Reconnect the shop (Shops → Reconnect).")


class IllegalAccessTokenError(AuthError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The access token is invalid or expired.")


class IllegalRefreshTokenError(AuthError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "The refresh token is invalid or expired; the shop must be authorized again."
    )


class InvalidCodeError(AuthError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "The authorization code is invalid, used or expired (codes last 30 minutes)."
    )
    hint = QT_TRANSLATE_NOOP("KnownError", "Start the authorization again.")


class AuthTypeUnsupportedError(AuthError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "This app can only be authorized through the Service Market."
    )


class SignatureError(ApiError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "Lazada rejected the request signature.")
    hint = QT_TRANSLATE_NOOP("KnownError", "Check the app key and app secret in the shop settings.")


class MissingParameterError(ApiError):
    pass


class InvalidParameterError(ApiError):
    pass


class RateLimitError(ApiError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "Lazada is rate-limiting this app; waiting before trying again."
    )

    def __init__(self, message: str = "", *, ban_seconds: float = 1.0, **kw: Any) -> None:
        self.ban_seconds = ban_seconds
        super().__init__(message, **kw)


class TransientError(ApiError):
    """Lazada or the network failed in a way that may pass (ServiceTimeout, 5xx...)."""

    user_message = QT_TRANSLATE_NOOP("KnownError", "Lazada did not answer in time.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "lazpack retries automatically; check the network if this persists."
    )


class NetworkError(TransientError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "No connection to Lazada.")
    hint = QT_TRANSLATE_NOOP("KnownError", "Check the station's network connection.")


class MalformedResponseError(ApiError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "Lazada sent an answer lazpack cannot read.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Nothing was changed locally; try again. Report it if it keeps happening."
    )


class BusinessError(ApiError):
    """A business-rule rejection (``E0xx`` codes, ``7xxxxx`` batch errors)."""


class SellerNotActiveError(BusinessError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "Lazada says the seller account is not verified or not active."
    )


class OutcomeUnknownError(ApiError):
    """A write was sent but its answer was lost: it may or may not have been applied.

    Never re-send blindly; reconcile with GetOrderItems first.
    """

    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "Lazada may or may not have applied the last action."
    )
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "lazpack checks the order at Lazada before doing anything else."
    )


class BatchFailedError(BusinessError):
    """A fulfilment batch answered ``success: false`` as a whole."""


# ---------------------------------------------------------------------- station
class WorkflowError(KnownError):
    """An action that is not allowed in the current packing state."""


class IllegalTransitionError(WorkflowError):
    pass


class NothingSelectedError(WorkflowError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "Nothing selected.")
    hint = QT_TRANSLATE_NOOP("KnownError", "Select at least one package or order first.")


class ReasonRequiredError(WorkflowError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "A reason is required for a failed delivery.")
    hint = QT_TRANSLATE_NOOP("KnownError", "Pick a reason from the list or type one.")


class ReprintNotConfirmedError(WorkflowError):
    """Some labels were printed before and nobody confirmed printing them again."""

    user_message = QT_TRANSLATE_NOOP("KnownError", "These labels were printed already.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Confirm the reprint; a second label on a parcel confuses the courier."
    )

    def __init__(self, counts: Mapping[str, int]) -> None:
        self.counts = dict(counts)
        listed = ", ".join(f"{pid} ({n}×)" for pid, n in self.counts.items())
        super().__init__(arg(translate("KnownError", "Labels printed already: %1."), listed))


class VoidedLabelError(WorkflowError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "This label was voided (the package was re-created)."
    )
    hint = QT_TRANSLATE_NOOP("KnownError", "Print the label of the new package instead.")


class NoProviderError(KnownError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "Lazada offers no shipment provider for this order."
    )
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Check the order in Seller Center; it cannot be packed from the station yet."
    )


class LabelFileError(KnownError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The label file cannot be read.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Fetch the label again (Reprint); lazpack discards the damaged copy."
    )


class PrinterError(KnownError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The label printer is not available.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Check that it is switched on, or choose another printer."
    )


class CredentialStoreError(KnownError):
    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "The system keyring is not available, so shop secrets cannot be stored."
    )


class StorageError(KnownError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The local journal could not be written.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Check free disk space and permissions of the data folder."
    )


class JournalUnavailableError(StorageError):
    """The journal cannot be opened (folder in the way, read-only folder, ...); nothing on
    disk was changed. The message names the file, the hint the remedy."""

    user_message = QT_TRANSLATE_NOOP("KnownError", "The local journal cannot be opened.")


class JournalTooNewError(JournalUnavailableError):
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Update lazpack on this station, or start it with another --data-dir."
    )


class JournalLockedError(JournalUnavailableError):
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Close the other lazpack window or tool using this data folder and try again."
    )


class DatabaseUnavailableError(StorageError):
    """The warehouse database (PostgreSQL) cannot be reached or did not answer in time."""

    user_message = "The warehouse database cannot be reached."
    hint = "lazpack keeps trying; check the network and the database server."


class OrderClaimedError(WorkflowError):
    """Another station holds this order (the message names station, packer and age)."""


class DiskFullError(StorageError):
    user_message = QT_TRANSLATE_NOOP("KnownError", "The disk holding the local journal is full.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Free some disk space (or move the data folder), then try again."
    )


class ConfigError(KnownError):
    pass


class AuthorizationFlowError(KnownError):
    """The seller-consent round trip could not be completed (state mismatch, no code...)."""

    user_message = QT_TRANSLATE_NOOP("KnownError", "The shop authorization did not complete.")
    hint = QT_TRANSLATE_NOOP(
        "KnownError", "Click Authorize again and finish the consent page in the browser."
    )


class ShopDisconnectedError(IllegalRefreshTokenError):
    """A shop whose refresh token is gone (revoked, expired, never authorized).

    Raised by the shop's token provider without another call to Lazada; the other shops
    keep working.
    """

    user_message = QT_TRANSLATE_NOOP(
        "KnownError", "This shop is disconnected and must be authorized again."
    )

    def __init__(self, message: str = "", *, shop_id: str = "", hint: str | None = None) -> None:
        self.shop_id = shop_id
        self.code = "IllegalRefreshToken"
        self.type = ""
        self.lazada_message = redact(message)
        self.request_id = ""
        self.api_path = ""
        KnownError.__init__(self, message or None, hint=hint)
