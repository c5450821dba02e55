"""Extract, merge and compile lazpack's translations (issue 17, design.md §9b).

    .venv/bin/python packaging/translations.py update    # lupdate: sources -> resources/translations/*.ts
    .venv/bin/python packaging/translations.py release   # lrelease: *.ts -> *.qm (committed)

``update`` scans every module under ``lazpack/`` with ``pyside6-lupdate`` (it finds
``QCoreApplication.translate``, :func:`lazpack.i18n.translate` and ``QT_TRANSLATE_NOOP`` by
name), keeps the translations already written, drops vanished messages (``-no-obsolete``) and
writes no source locations (line numbers would churn every diff). Translators edit the .ts
files (Qt Linguist, or any XML editor) following ``glossary.md``; ``release`` then compiles
them. The .qm files are committed so a source checkout, an editable install and the
PyInstaller bundle all run translated without a build step; ``tests/unit/test_translations.py``
fails when a .qm is older than its .ts or a message is missing, untranslated or obsolete.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
#: .ts language codes (English is the source language: it has no .ts of its own)
LANGUAGES = ("th", "vi", "id", "ms", "fil", "zh_CN")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "lazpack").rglob("*.py") if "emulator" not in p.parts)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"lazpack_{lang}.ts"


def update(ts_files: list[Path] | None = None, *, extra: list[str] | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = ts_files or [ts_path(lang) for lang in LANGUAGES]
    for ts in files:
        lang = ts.stem.removeprefix("lazpack_")
        cmd = [
            _tool("lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            *(extra or []),
            *map(str, sources()),
            "-ts",
            str(ts),
        ]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)  # noqa: S603


def release(ts_files: list[Path] | None = None, out_dir: Path | None = None) -> list[Path]:
    out = []
    for ts in ts_files or [ts_path(lang) for lang in LANGUAGES]:
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run(  # noqa: S603
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
    elif argv[1:] == ["release"]:
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
