"""lazpack.qt is the one Qt import point: its workarounds are in place before any Qt use,
whichever lazpack module is imported first."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import lazpack

ROOT = Path(lazpack.__file__).parent
# Packages whose __init__ imports lazpack.qt, so every module inside is covered. (printing is
# not one: its label store is Qt-free and the station core imports it with Qt absent.)
COVERED_PACKAGES = ("ui",)


def _imports_pyside(node: ast.AST) -> bool:
    if isinstance(node, ast.ImportFrom):
        return (node.module or "").split(".")[0] in ("PySide6", "shiboken6")
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] in ("PySide6", "shiboken6") for a in node.names)
    return False


def _imports_qt_point(node: ast.AST) -> bool:
    if isinstance(node, ast.Import):
        return any(a.name == "lazpack.qt" for a in node.names)
    if isinstance(node, ast.ImportFrom):
        return node.module == "lazpack.qt" or (
            node.module == "lazpack" and any(a.name == "qt" for a in node.names)
        )
    return False


def _uncovered_pyside_imports(path: Path) -> list[int]:
    """Line numbers of PySide6 imports not preceded by ``import lazpack.qt`` in their scope."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad: list[int] = []

    def walk(body: list[ast.stmt], covered: bool) -> None:
        # Order inside one import block does not matter (isort puts PySide6 first): importing
        # PySide6 is not using it; the scope's code runs only after all its imports.
        covered = covered or any(_imports_qt_point(s) for s in body)
        for stmt in body:
            if _imports_pyside(stmt) and not covered:
                bad.append(stmt.lineno)
            elif isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                walk(stmt.body, covered)
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    for child in getattr(stmt, field, []) or []:
                        walk(getattr(child, "body", None) or [child], covered)

    walk(tree.body, False)
    return bad


def test_the_covered_package_imports_the_qt_point() -> None:
    for pkg in COVERED_PACKAGES:
        init = ROOT / pkg / "__init__.py"
        tree = ast.parse(init.read_text(encoding="utf-8"))
        assert any(_imports_qt_point(s) for s in tree.body), f"{init} must import lazpack.qt"
        assert not any(_imports_pyside(s) for s in ast.walk(tree))


def test_every_other_pyside_import_is_preceded_by_the_qt_point() -> None:
    offenders: dict[str, list[int]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in COVERED_PACKAGES or rel == Path("qt.py"):
            continue
        bad = _uncovered_pyside_imports(path)
        if bad:
            offenders[str(rel)] = bad
    assert offenders == {}


def test_the_checker_catches_a_bare_pyside_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text(
        "def f():\n    from PySide6.QtCore import Qt\n\n"
        "def g():\n    from PySide6.QtCore import Qt\n    import lazpack.qt\n",
        encoding="utf-8",
    )
    assert _uncovered_pyside_imports(sample) == [2]


def test_importing_the_printer_adapter_first_applies_the_workaround() -> None:
    # A fresh interpreter where lazpack.ui is never imported: the printing adapter alone
    # must still bring the workaround in before its own Qt imports run.
    code = (
        "import sys\n"
        "import lazpack.printing.printer\n"
        "import lazpack.qt as q\n"
        "assert 'lazpack.ui' not in sys.modules, 'lazpack.ui was imported'\n"
        "leaky = sys.version_info < (3, 12) and sys.implementation.name == 'cpython'\n"
        "print('applied' if q._applied else 'not-needed', leaky)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert out.returncode == 0, out.stderr
    state, leaky = out.stdout.split()
    # On a CPython < 3.12 with this PySide6 the probe leaks and the fix must be applied.
    if leaky == "True":
        assert state == "applied"
    else:
        assert state == "not-needed"
