"""Translation hook for every layer, Qt-free (design.md §9b).

Strings the packer reads are produced in layers that must not import Qt (services, domain,
errors): the pack view's headline, next actions, error messages. They call
:func:`translate` with a literal context and source text, exactly like
``QCoreApplication.translate(context, text, disambiguation, n)``, so ``pyside6-lupdate``
extracts them by the function's name (positional arguments only: lupdate ignores keywords).
The composition root installs Qt's translate as the hook (:func:`install`); until then, and
in tests that never install it, the source English is returned with ``%n`` filled in, as
Qt does without a translator.

Tables built at import time (class attributes, module constants) mark their strings with
:func:`QT_TRANSLATE_NOOP` (found by lupdate, returns the text unchanged) and translate
at the moment they are shown, so a language switch reaches them too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: ``(context, source_text, disambiguation, n) -> translated text``
Translator = Callable[[str, str, "str | None", int], str]

#: The languages lazpack ships, as (code, name in that language). ``en`` is the source.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("th", "ไทย"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("ms", "Bahasa Melayu"),
    ("fil", "Filipino"),
    ("zh_CN", "简体中文"),
)
LANGUAGE_CODES = tuple(code for code, _ in LANGUAGES)


def _source(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """No translator: the English source, with ``%n`` replaced as Qt would."""
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


_hook: Translator = _source


def install(hook: Translator | None) -> None:
    """Route :func:`translate` through ``hook`` (``None``: back to the English source)."""
    global _hook
    _hook = hook if hook is not None else _source


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the station's language; ``%n`` becomes ``n`` (plural forms chosen by n)."""
    return _hook(context, text, disambiguation, n)


_ARG = re.compile(r"%(\d)")


def arg(text: str, *values: object) -> str:
    """Fill ``%1`` … ``%9`` in one pass (Qt's ``QString.arg``): a value that itself contains
    ``%2`` is never substituted again, and a translation may reorder the placeholders."""

    def one(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return str(values[i]) if 0 <= i < len(values) else m.group(0)

    return _ARG.sub(one, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate knows this name
    """Mark ``text`` for extraction without translating it now; translate it when shown."""
    del context
    return text


def match_language(locale_names: list[str] | tuple[str, ...]) -> str:
    """The shipped language for the first of ``locale_names`` we have (``th_TH`` → ``th``).

    Filipino is also reached through Tagalog (``tl``); Chinese of any script falls back
    to Simplified Chinese. Nothing matches: English.
    """
    for raw in locale_names:
        name = raw.replace("-", "_")
        lang = name.split("_", 1)[0].lower()
        if lang == "tl":
            lang = "fil"
        if lang == "zh":
            return "zh_CN"
        if lang in LANGUAGE_CODES:
            return lang
    return "en"
