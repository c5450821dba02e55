"""Logging: named loggers, a redaction filter, a ring buffer for crash reports. Qt-free.

Every secret the station learns (app secret, access/refresh tokens) is registered with
``register_secret``; the filter replaces it in every record, whatever logger or format
produced it. Known parameter names (``access_token=…``, ``sign=…``) are masked by pattern
too, so a secret that was never registered still does not reach a log line.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import re
import threading
from collections.abc import Iterable
from pathlib import Path

REDACTED = "<redacted>"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_secret_re: re.Pattern[str] | None = None

_PARAM_RE = re.compile(
    r"(?P<k>\b(?:access_token|refresh_token|app_secret|client_secret|sign|code|password"
    r"|sslpassword|passfile|sslkey)"
    r"[\"']?\s*[=:]\s*[\"']?)(?P<v>[^&\s\"',;)}]+)",
    re.IGNORECASE,
)


def register_secret(value: str | None) -> None:
    """Never log this value. Short values are ignored (they would mask ordinary text)."""
    global _secret_re
    if not value or len(value) < 6:
        return
    with _secrets_lock:
        if value in _secrets:
            return
        _secrets.add(value)
        alts = sorted(_secrets, key=len, reverse=True)
        _secret_re = re.compile("|".join(re.escape(s) for s in alts))


def register_secrets(values: Iterable[str | None]) -> None:
    for v in values:
        register_secret(v)


def redact(text: str) -> str:
    """Remove every registered secret and every ``token=…``-style value from ``text``."""
    pattern = _secret_re
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    return _PARAM_RE.sub(lambda m: m.group("k") + REDACTED, text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not kill logging
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class RingBufferHandler(logging.Handler):
    """Keeps the last N formatted (already redacted) lines for a crash report."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # noqa: BLE001
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.lines)


ring_buffer = RingBufferHandler()
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def get_logger(name: str) -> logging.Logger:
    """``get_logger("api")`` → the ``lazpack.api`` logger."""
    return logging.getLogger(name if name.startswith("lazpack") else f"lazpack.{name}")


def setup(log_dir: Path | None = None, level: int = logging.INFO) -> None:
    """Install the redaction filter, the ring buffer and (optionally) a rotating file."""
    root = logging.getLogger("lazpack")
    root.setLevel(level)
    redactor = RedactingFilter()
    formatter = logging.Formatter(_FORMAT)
    handlers: list[logging.Handler] = [ring_buffer, logging.StreamHandler()]
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_dir / "lazpack.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    for h in handlers:
        if h in root.handlers:
            continue
        if type(h) is logging.StreamHandler and any(
            type(x) is logging.StreamHandler for x in root.handlers
        ):
            continue  # set up twice in one process (tests, a restarted station)
        h.setFormatter(formatter)
        h.addFilter(redactor)
        root.addHandler(h)
    # Third-party loggers (httpx logs full URLs at INFO) go through the same filter.
    for name in ("httpx", "httpcore", "uvicorn", "asyncio", "qasync"):
        lg = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in lg.filters):
            lg.addFilter(redactor)
    logging.getLogger("httpx").setLevel(logging.WARNING)
