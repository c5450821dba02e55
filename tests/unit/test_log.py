from __future__ import annotations

import logging

import pytest

from lazpack import log


def test_registered_secret_never_reaches_a_record(caplog: pytest.LogCaptureFixture) -> None:
    secret = "S3cr3t-app-secret-value"
    log.register_secret(secret)
    logger = log.get_logger("test.redact")
    logger.addFilter(log.RedactingFilter())
    with caplog.at_level(logging.INFO, logger="lazpack.test.redact"):
        logger.info("calling with %s and url ?x=1", secret)
    assert secret not in caplog.text
    assert log.REDACTED in caplog.text


@pytest.mark.parametrize(
    "text",
    [
        "https://api.lazada.sg/rest/orders/get?access_token=50000abcdef&sign=ABCDEF123",
        '{"refresh_token": "50001xyzxyz", "code": "0_1234_abcdefgh"}',
        "app_secret=hunter2hunter2",
    ],
)
def test_token_shaped_parameters_are_masked_even_unregistered(text: str) -> None:
    out = log.redact(text)
    for leaked in ("50000abcdef", "ABCDEF123", "50001xyzxyz", "abcdefgh", "hunter2hunter2"):
        assert leaked not in out


def test_exception_text_is_redacted() -> None:
    secret = "tok-0123456789-secret"
    log.register_secret(secret)
    record = logging.LogRecord("lazpack.x", logging.ERROR, __file__, 1, "boom", None, None)
    try:
        raise RuntimeError(f"failed with {secret}")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    log.RedactingFilter().filter(record)
    assert record.exc_text is not None
    assert secret not in record.exc_text
