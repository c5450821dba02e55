"""The test suite's own rules, checked on its source (AST), so a new test cannot quietly
break them:

* a test module imports shared code from ``tests.helpers`` only: never from another test
  module or a conftest, and never a private (``_name``) name of another ``tests`` module;
* no assertion that passes either way (in tests, their helpers and tests/helpers): no
  ``assert a or b`` and no ``assert x in (a, b)`` over a literal of alternatives;
* every test asserts something: an ``assert``, a ``pytest.raises``/``warns``, or a call of a
  helper whose name says it checks (``assert_*``, ``check_*``, ``expect_*``, ``wait_*``,
  ``until``, ``qtbot.wait*``).

``ALLOWED`` lists the justified exceptions, each with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent

#: (path relative to tests/, test function, rule) -> why it is fine there
ALLOWED: dict[tuple[str, str, str], str] = {
    ("integration/test_recovery_emulator.py", "_reconcile", "either-way"): (
        "a guard in the test's stand-in workflow: DONE and RESEND are both decisions it can "
        "act on (anything else is a bug); each test then asserts what the shop ended up with"
    ),
}

_CHECKING_CALLS = ("assert", "check", "expect", "wait", "until", "verify")


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(TESTS.rglob("*.py")):
        rel = path.relative_to(TESTS).as_posix()
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _is_test_module(rel: str) -> bool:
    return Path(rel).name.startswith("test_")


def _import_problems(rel: str, tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            mod, names = node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            mod, names = "", [a.name for a in node.names]
            for name in names:
                if name.startswith("tests.") and not name.startswith("tests.helpers"):
                    yield f"{rel}:{node.lineno}: imports test module {name}"
            continue
        else:
            continue
        if not (mod == "tests" or mod.startswith("tests.")):
            continue
        if not mod.startswith("tests.helpers"):
            yield f"{rel}:{node.lineno}: imports from {mod} (shared code belongs in tests.helpers)"
        for name in names:
            if name.startswith("_"):
                yield f"{rel}:{node.lineno}: imports the private name {name} from {mod}"


def _tests(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
            "test_"
        ):
            yield node


def _call_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _checks_something(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            name = _call_name(node).lower().lstrip("_")
            if name in ("raises", "warns", "fail") or name.startswith(_CHECKING_CALLS):
                return True
    return False


def _either_way(test: ast.expr) -> str | None:
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return "assert ... or ...: passes if either branch does"
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.In)
        and isinstance(test.comparators[0], ast.Tuple | ast.List | ast.Set)
        and len(test.comparators[0].elts) > 1
    ):
        return "assert x in (a, b): accepts either outcome"
    return None


def _assertion_problems(rel: str, tree: ast.Module) -> Iterator[tuple[tuple[str, str, str], str]]:
    if _is_test_module(rel):
        for fn in _tests(tree):
            if not _checks_something(fn):
                yield (rel, fn.name, "no-assert"), f"{rel}:{fn.lineno}: {fn.name} asserts nothing"
    # either-way assertions anywhere: tests, their helpers, tests/helpers, conftests
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.Assert):
                why = _either_way(node.test)
                if why is not None:
                    where = f"{rel}:{node.lineno}: {func.name}: {why}"
                    yield (rel, func.name, "either-way"), where


def test_test_modules_share_code_only_through_tests_helpers() -> None:
    problems = [p for rel, tree in _modules() for p in _import_problems(rel, tree)]
    assert problems == []


def test_every_test_can_fail_and_no_assertion_passes_either_way() -> None:
    found = [
        (key, text) for rel, tree in _modules() for key, text in _assertion_problems(rel, tree)
    ]
    assert [text for key, text in found if key not in ALLOWED] == []
    # an allow-list entry that no longer matches anything is stale: drop it
    assert sorted(set(ALLOWED) - {key for key, _ in found}) == []
