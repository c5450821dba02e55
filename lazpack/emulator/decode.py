"""Total decoding of what a client sends: every byte string becomes text, JSON or an id, or a
``DecodeError`` that the gateway turns into Lazada's error envelope. Nothing here raises
anything else (no RecursionError, OverflowError, UnicodeError or a Python traceback).

The limits are the emulator's own (Lazada's are not documented); they are far above what any
of the implemented APIs needs (the largest request, a Pack of 20 orders, is a few KB).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.parse import unquote_to_bytes

#: Whole request body, and the query string, at most this many bytes.
MAX_BODY_BYTES = 1 << 20
MAX_QUERY_BYTES = 32 << 10
#: Parameters in one request (query + body together).
MAX_PARAMS = 200
#: JSON nesting (objects and arrays) in a body or a wrapper param; Lazada's go 4 deep.
MAX_JSON_DEPTH = 32
#: Digits of an id: Java's long has 19.
MAX_ID_DIGITS = 19

_ID_RE = re.compile(rf"[0-9]{{1,{MAX_ID_DIGITS}}}", re.ASCII)


class DecodeError(ValueError):
    """The request cannot be read; ``str(err)`` says what is wrong, for the client."""


def utf8(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DecodeError(f"{what} is not valid UTF-8 (byte {err.start})") from err


def urlencoded(raw: bytes, what: str) -> list[tuple[str, str]]:
    """``a=1&b=%E2%82%AC`` → pairs; percent-escapes must decode to valid UTF-8."""
    pairs: list[tuple[str, str]] = []
    for chunk in raw.split(b"&"):
        if not chunk:
            continue
        name, _, value = chunk.partition(b"=")
        key = utf8(unquote_to_bytes(name.replace(b"+", b" ")), f"a parameter name in {what}")
        text = utf8(unquote_to_bytes(value.replace(b"+", b" ")), f'parameter "{key}"')
        pairs.append((key, text))
        if len(pairs) > MAX_PARAMS:
            raise DecodeError(f"too many parameters (at most {MAX_PARAMS})")
    return pairs


def check_text(value: str, what: str) -> str:
    """Text that can be signed and echoed: no lone surrogates (``"\\ud800"`` in JSON)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise DecodeError(f"{what} holds an unpaired surrogate (position {err.start})") from err
    return value


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise DecodeError(f"number {text[:20]}… is out of range")
    return value


def _no_constant(text: str) -> Any:
    raise DecodeError(f"{text} is not a JSON number")


def loads(raw: str | bytes, what: str) -> Any:
    """Strict JSON: UTF-8, finite numbers (no NaN/Infinity), ints of at most 4300 digits,
    nesting of at most ``MAX_JSON_DEPTH``, no unpaired surrogates in keys or strings."""
    text = utf8(raw, what) if isinstance(raw, bytes) else raw
    try:
        value = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
    except RecursionError as err:
        raise DecodeError(f"{what} is nested too deeply (at most {MAX_JSON_DEPTH})") from err
    except DecodeError as err:
        raise DecodeError(f"{what} is not valid JSON: {err}") from err
    except ValueError as err:  # JSONDecodeError, and ints longer than 4300 digits
        raise DecodeError(f"{what} is not valid JSON") from err
    _check_tree(value, what)
    return value


def _check_tree(value: Any, what: str) -> None:
    """Depth and surrogates, iteratively (a recursive walk is what this guards against)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            check_text(node, what)
        elif isinstance(node, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise DecodeError(f"{what} is nested too deeply (at most {MAX_JSON_DEPTH})")
            if isinstance(node, dict):
                for key, child in node.items():
                    check_text(key, what)
                    stack.append((child, depth + 1))
            else:
                stack.extend((child, depth + 1) for child in node)


def dumps_scalar(value: Any) -> str:
    """A JSON body value as the string param it stands for (wrappers stay JSON text)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def id_text(raw: str) -> int | None:
    """An id written as ASCII digits (at most 19, like a Java long); None otherwise.
    ``str.isdigit`` is not enough: ``"²"`` and ``"١٢"`` are digits to it."""
    return int(raw) if _ID_RE.fullmatch(raw) else None


def as_id(value: Any) -> int | None:
    """Numbers as Lazada's Java side coerces them: a JSON integer or a digit string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return id_text(value)
    return None
