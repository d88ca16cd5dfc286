"""Hostile form definitions are refused with a located problem, within a hard ceiling of time and memory.

Each input is built to blow past one limit of docs/forms.md, "Limits": the YAML reader's (document size,
nesting, values after alias expansion) or the expression language's (characters, tokens, nesting). Each runs
`jicpa forms check DIR` in a child process limited to 1 GiB of address space and a timeout: the check must end
with exit code 1, the located refusal, and no traceback. The code before these limits expanded every alias
(minutes, gigabytes), recursed once per nesting level of YAML and once per `or`/`and`/`+` term (a
RecursionError traceback), so it fails here.

The same inputs, carried as a package's form snapshot, are refused by the import in
tests/handover/test_hostile_snapshots.py.
"""

from __future__ import annotations

import inspect
import re
import resource
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from jicpa_desktop.domain.form_model import FormDefinition
from jicpa_desktop.forms_engine import ResponseState
from jicpa_desktop.forms_engine.evaluation import evaluate
from jicpa_desktop.forms_engine.expression_ast import walk
from jicpa_desktop.forms_engine.expressions import compile_expression
from jicpa_desktop.forms_engine.loader import load_form_text

from .conftest import FIXTURES, form_yaml

MEMORY_CEILING = 1024**3  # bytes of address space for the child process
TIME_CEILING = 60  # seconds; the limited code answers in about one


@dataclass(frozen=True)
class Hostile:
    """A way of spoiling a good form's text, and the words of the refusal it must get."""

    name: str
    spoil: Callable[[str], str]
    refusal: str
    located: bool = True  # the refusal names a line


def _append(extra: str) -> Callable[[str], str]:
    return lambda text: text.rstrip("\n") + "\n" + extra + "\n"


def _rule(expression: str) -> Callable[[str], str]:
    """Replace the form's first `relevant` rule with `expression` (double-quoted YAML; no " inside)."""

    def spoil(text: str) -> str:
        spoiled, count = re.subn(
            r"^(\s+)relevant: .*$", lambda m: f'{m.group(1)}relevant: "{expression}"', text, count=1, flags=re.M
        )
        assert count == 1, "the form has no relevant rule to spoil"
        return spoiled

    return spoil


def _billion_laughs() -> str:
    lines = ["laughs:", "  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"  l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, 10)]
    return "\n".join(lines)  # about 600 bytes that expand to 9^10 (3.5 billion) values


def _one_alias_many_times() -> str:
    anchor = "wide_anchor: &w [" + ", ".join(["x"] * 100) + "]"
    return anchor + "\nwide: [" + ", ".join(["*w"] * 200_000) + "]"  # 800 KB that expand to 20 million values


def _deep_block_maps() -> str:
    return "deep:\n" + "".join("  " * (level + 1) + f"k{level}:\n" for level in range(200)) + "  " * 201 + "end"


HUGE = 2 * 1024 * 1024 + 1  # past the 1 MiB document limit

HOSTILE = [
    Hostile("nested aliases (billion laughs)", _append(_billion_laughs()), "once its aliases (*name) are expanded"),
    Hostile("one alias used many times", _append(_one_alias_many_times()), "once its aliases (*name) are expanded"),
    Hostile("deep flow nesting, no aliases", _append("deep: " + "[" * 900 + "]" * 900), "nested more than 32 levels"),
    Hostile("deep block nesting, no aliases", _append(_deep_block_maps()), "nested more than 32 levels"),
    Hostile("huge document", _append("huge: '" + "x" * HUGE + "'"), "form files larger than", located=False),
    Hostile("long or chain", _rule(" or ".join(["1 == 1"] * 5000)), "characters long"),
    Hostile("long and chain", _rule(" and ".join(["1 == 1"] * 5000)), "characters long"),
    Hostile("long + chain", _rule(" + ".join(["1"] * 5000) + " > 0"), "characters long"),
    Hostile("long * and - chain", _rule(" - ".join(["2 * 3"] * 5000) + " < 0"), "characters long"),
    Hostile("long list", _rule("1 in [" + ", ".join(["1"] * 5000) + "]"), "characters long"),
    Hostile("many short terms", _rule(" and ".join(["true"] * 440)), "tokens; rules of more than"),
    Hostile("deep parentheses", _rule("(" * 1500 + "true" + ")" * 1500), "nested too deeply"),
    Hostile("deep not", _rule("not " * 900 + "true"), "nested too deeply"),
]
IDS = [h.name for h in HOSTILE]


def limit_child() -> None:
    """preexec_fn of the child process: a hard ceiling on its memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))


def run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=TIME_CEILING,
            preexec_fn=limit_child,  # only setrlimit runs in the child before exec
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {TIME_CEILING} s: the work is not bounded")


def test_the_demo_form_has_a_rule_to_spoil() -> None:
    text = (FIXTURES / "demo.yaml").read_text(encoding="utf-8")
    for hostile in HOSTILE:
        assert hostile.spoil(text) != text


@pytest.mark.parametrize("hostile", HOSTILE, ids=IDS)
def test_forms_check_refuses_a_hostile_form_within_the_ceiling(tmp_path: Path, hostile: Hostile) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(FIXTURES / "_standard.yaml", folder / "_standard.yaml")
    text = (FIXTURES / "demo.yaml").read_text(encoding="utf-8")
    (folder / "demo.yaml").write_text(hostile.spoil(text), encoding="utf-8")
    script = "import sys; from jicpa_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = run_limited(["-c", script, "forms", "check", str(folder)], tmp_path)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 1, result.stderr[-3000:]
    assert hostile.refusal in result.stderr, result.stderr[-3000:]
    where = re.escape(str(folder / "demo.yaml")) + (r":\d+: " if hostile.located else ": ")
    assert re.search(where + ".*" + re.escape(hostile.refusal), result.stderr), result.stderr[-3000:]
    assert len(result.stderr) < 20_000, "a refusal quotes a long rule in full"


def test_a_form_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(FIXTURES / "_standard.yaml", folder / "_standard.yaml")
    with (folder / "demo.yaml").open("w", encoding="utf-8") as file:
        file.write("# " + "x" * (64 * 1024 * 1024) + "\n")  # 64 MiB: more than the child could read twice
    script = "import sys; from jicpa_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    result = run_limited(["-c", script, "forms", "check", str(folder)], tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "form files larger than" in result.stderr
    assert "the file is empty" not in result.stderr  # refused once, not blamed twice


# ---- within the limits: long chains are fine, and nothing recurses per term -------------------------------


def test_a_long_chain_within_the_limits_parses_and_evaluates_in_loops() -> None:
    rule = compile_expression(" or ".join(["q == 'no'"] * 120) + " or q == 'yes'")  # 483 tokens: within the limit
    sums = compile_expression(" + ".join(["1"] * 240) + " == 240")

    class Env:
        value = None

        def lookup(self, name: str) -> object:
            return "yes"

        def row_count(self, group_id: str) -> int | None:
            return None

        def any_limiting_no(self) -> bool:
            return False

        def today(self) -> object:
            raise AssertionError

    assert rule.names == frozenset({"q"})
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 60)  # a recursion per term would need 120 levels and more
    try:
        assert rule.is_true(Env())  # type: ignore[arg-type]
        assert sums.is_true(Env())  # type: ignore[arg-type]
        assert len(list(walk(rule.tree))) == 1 + 121 * 3
    finally:
        sys.setrecursionlimit(limit)


def _chain_form(length: int) -> str:
    """Question n is shown only when question n-1 is answered Yes: a chain of skip logic `length` long.

    Written last link first, so that evaluating in form order starts at the far end of the chain.
    """
    questions = [
        f"- {{id: c{i}, type: ynp, label: {{en: Q, cy: C}}, relevant: \"c{i - 1} == 'yes'\"}}"
        for i in reversed(range(1, length))
    ]
    questions.append("- {id: c0, type: ynp, label: {en: Q, cy: C}}")
    return form_yaml("\n".join(questions), form_id="chain")


def test_a_long_chain_of_skip_logic_evaluates_without_recursion_per_link() -> None:
    form: FormDefinition = load_form_text(_chain_form(2000), "chain.yaml", None)
    all_yes = ResponseState(answers={f"c{i}": "yes" for i in range(2000)})
    result = evaluate(form, all_yes)
    assert result.is_relevant("c1999") and result.relevant_count == 2000
    broken = ResponseState(answers={**all_yes.answers, "c1000": "no"})
    result = evaluate(form, broken)
    assert result.is_relevant("c1000") and not result.is_relevant("c1001") and not result.is_relevant("c1999")
    assert result.relevant_count == 1001
