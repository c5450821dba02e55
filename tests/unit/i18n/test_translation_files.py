"""The .ts/.qm files in resources/translations/ match the code (issue 17, design.md §9b).

* every message the code marks is in every .ts, and no .ts keeps a message the code dropped;
* every .qm is what lrelease makes of its .ts today (they are committed: no build step);
* the English file gives every plural message its singular and plural.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "translations_tool", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)

ALL = ("en", *tool.LANGUAGES)

Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            out[key] = msg
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """The messages lupdate finds in today's code (one run: every language has the same)."""
    copy = tmp_path_factory.mktemp("ts") / "lazpack_th.ts"
    shutil.copy(tool.ts_path("th"), copy)
    tool.update([copy])
    return set(messages(copy))


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_every_marked_message_is_in_the_ts_and_nothing_stale(
    lang: str, extracted: set[Key]
) -> None:
    committed = set(messages(tool.ts_path(lang)))
    fresh = extracted
    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing, f"run packaging/translations.py update; new messages: {missing[:5]}"
    assert not stale, f"run packaging/translations.py update; gone from the code: {stale[:5]}"
    assert len(fresh) > 700  # the whole UI, not a handful


@pytest.mark.parametrize("lang", ALL)
def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(lang: str, tmp_path: Path) -> None:
    ts = tool.ts_path(lang)
    (built,) = tool.release([ts], out_dir=tmp_path)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run translations.py release"
    assert built.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is older than {ts.name}: run packaging/translations.py release"
    )


def test_english_plurals_have_a_singular_and_a_plural() -> None:
    msgs = messages(tool.ts_path("en"))
    assert len(msgs) > 20
    for (ctx, source, _), msg in msgs.items():
        assert msg.get("numerus") == "yes", (ctx, source)
        forms = [f.text or "" for f in msg.iter("numerusform")]
        assert len(forms) == 2, (ctx, source)
        assert all("%n" in f and "(s)" not in f for f in forms), (ctx, source, forms)
    one, many = (f.text for f in msgs[("HistoryView", "%n line(s)", "")].iter("numerusform"))
    assert (one, many) == ("%n line", "%n lines")


_PLACEHOLDER = re.compile(r"%(?:\d|n|v|m)|\{\w*\}")


def _accelerators(text: str) -> list[str]:
    """The mnemonic letters of ``text`` (``&&`` is a literal ampersand, not a mnemonic)."""
    return re.findall(r"&(\S)", text.replace("&&", ""))


def _texts(msg: ET.Element) -> list[str]:
    tr = msg.find("translation")
    assert tr is not None
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms or [tr.text or ""]


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    problems = []
    for (ctx, source, _), msg in messages(tool.ts_path(lang)).items():
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{ctx}: {source!r} is {tr.get('type')}")
            continue
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for text in _texts(msg):
            if not text.strip():
                problems.append(f"{ctx}: {source!r} has an empty translation")
            elif sorted(set(_PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{ctx}: {source!r} -> {text!r} changes the placeholders")
            if len(_accelerators(source)) != len(_accelerators(text)):
                problems.append(f"{ctx}: {source!r} -> {text!r} loses or adds an & accelerator")
            # a fragment appended to a sentence keeps its joining space (Chinese has none)
            if lang != "zh_CN" and text.startswith(" ") != source.startswith(" "):
                problems.append(f"{ctx}: {source!r} -> {text!r} drops the joining space")
    assert not problems, f"{len(problems)} problem(s) in lazpack_{lang}.ts:\n" + "\n".join(
        problems[:20]
    )


@pytest.mark.parametrize("lang", tool.LANGUAGES)
def test_accelerators_within_a_menu_do_not_collide(lang: str) -> None:
    """The top-level menus of the main window each get their own mnemonic letter."""
    msgs = messages(tool.ts_path(lang))
    menus = ["&Station", "&Packing", "&View", "&Go", "&Help"]
    letters = []
    for source in menus:
        (text,) = _texts(msgs[("MainWindow", source, "")])
        (letter,) = _accelerators(text)
        letters.append(letter.lower())
    assert len(set(letters)) == len(letters), letters
