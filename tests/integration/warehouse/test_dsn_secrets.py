"""A database address never shows its secrets: not in messages, not in the log."""

from __future__ import annotations

import logging
import socket

import pytest

from lazpack import log
from lazpack.errors import DatabaseUnavailableError
from lazpack.storage.pg import PgRunner, safe_dsn

SECRETS = ("hunter2", "sslpw-9876", "/home/ana/.pgpass", "/keys/client.key")


@pytest.mark.parametrize(
    ("dsn", "shown"),
    [
        ("postgresql://ana:hunter2@db.local:5432/wh", "postgresql://ana@db.local:5432/wh"),
        ("postgresql://ana@db.local/wh?password=hunter2", "postgresql://ana@db.local/wh"),
        (
            "postgres://ana@db.local/wh?sslmode=require&sslpassword=sslpw-9876",
            "postgres://ana@db.local/wh?sslmode=require",
        ),
        (
            "postgresql://db.local/wh?user=ana&passfile=/home/ana/.pgpass&sslkey=/keys/client.key",
            "postgresql://db.local/wh?user=ana",
        ),
        (
            "postgresql://ana:hunter2@h1,h2:5433/wh?PASSWORD=hunter2",
            "postgresql://ana@h1,h2:5433/wh",
        ),
        ("host=db.local user=ana password=hunter2 dbname=wh", "host=db.local user=ana dbname=wh"),
    ],
)
def test_safe_dsn_drops_the_password_wherever_it_is_written(dsn: str, shown: str) -> None:
    out = safe_dsn(dsn)
    assert out == shown
    for secret in SECRETS:
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    [
        "connect postgresql://ana@h/wh?sslpassword=sslpw-9876&sslmode=require",
        "postgresql://ana@h/wh?password=hunter2",
        "passfile=/home/ana/.pgpass",
    ],
)
def test_the_log_redaction_masks_database_secrets(text: str) -> None:
    out = log.redact(text)
    for secret in SECRETS:
        assert secret not in out
    assert log.REDACTED in out


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_database_message_and_log_carry_no_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = _closed_port()
    dsn = f"postgresql://ana@127.0.0.1:{port}/wh?password=hunter2&sslpassword=sslpw-9876"
    runner = PgRunner(dsn, connect_timeout=2.0)
    with (
        caplog.at_level(logging.DEBUG, logger="lazpack"),
        pytest.raises(DatabaseUnavailableError) as refused,
    ):
        runner.start()
    text = f"{refused.value} {refused.value.user_message} {refused.value.hint} {caplog.text}"
    assert f"postgresql://ana@127.0.0.1:{port}/wh" in str(refused.value)
    for secret in SECRETS:
        assert secret not in text
