"""`sparring scenarios lint`: the shipped library is clean, broken files fail at file:line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from roles.library import load_library, shipped_paths
from server.scenarios_command import register

GOOD = next(path for path in shipped_paths() if path.stem == "broken-on-arrival")


def lint_cli(*paths: str) -> int:
    parser = argparse.ArgumentParser(prog="sparring")
    register(parser.add_subparsers())
    args = parser.parse_args(["scenarios", "lint", *paths])
    return args.func(args)


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of a shipped scenario with one edit; the edit must apply."""
    text = GOOD.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_containing(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_the_shipped_library_lints_clean_and_has_ten_scenarios(capsys):
    assert lint_cli() == 0
    assert "0 problem(s)" in capsys.readouterr().out
    library, problems = load_library()
    assert problems == []
    assert len(library.list()) >= 10


def test_every_scenario_shows_two_ways_to_resolve_and_one_to_fail():
    library, _ = load_library()
    for scenario in library.list():
        outcomes = [sample.outcome for sample in scenario.samples]
        assert outcomes.count("resolved") >= 2, scenario.id
        assert {"walked_out", "escalated"} & set(outcomes), scenario.id


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("priority: 30\n", "priority: 30\n    prority: 2\n", "prority",
         "unknown key `prority` in a reaction — did you mean `priority`?"),
        ("on: [blame, defend", "on: [blaming, defend", "on: [blaming",
         "reaction `blamed` keys on unknown move `blaming`"),
        ("when: {anger: \">= 7\"}\n    priority: 20", "when: {anger: \">= 11\"}\n    priority: 20",
         "\">= 11\"", "reaction `too_soon` can never fire: `anger` is never >= 11"),
        ("when: {anger: 10}", "when: {anger: 10, stage: gone}", "stage: gone",
         "ending `stormed_off` can never fire: `stage` is never gone"),
        ("        expect: asked\n", "        expect: heard\n", "Could you tell me what's damaged",
         "produced asked, expected `heard`"),
        ("when: {anger: \"<= 3\"}", "when: {angry: \"<= 3\"}", "angry:",
         "unknown key `angry` in `when` of trigger `cooling` — did you mean `anger`?"),
        ("when: {anger: \">= 8\"}\n    priority: 15", "priority: 16", "- id: asked",
         "reaction `asked` can never fire: `asked_while_furious` fits whenever it does"),
        ("difficulty: easy", "difficulty: brutal", "difficulty:", "difficulty 'brutal'"),
        ("  - id: cooling\n    when:", "  - id: cooling\n    when: [anger]\n    x:",
         "when: [anger]", "should be a mapping"),
    ],
)
def test_a_broken_file_fails_with_file_line_and_a_fix(tmp_path, capsys, old, new, needle, message):
    path = broken_copy(tmp_path, old, new)
    assert lint_cli(str(path)) == 1
    out = capsys.readouterr().out
    line = line_containing(path, needle)
    matching = [row for row in out.splitlines() if message in row]
    assert matching, out
    # file:line: what — how to fix
    assert any(row.startswith(f"{path}:{line}: ") and " — " in row for row in matching), out


def test_invalid_yaml_names_the_line(tmp_path, capsys):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ntitle: [unclosed\nskill: y\n", encoding="utf-8")
    assert lint_cli(str(path)) == 1
    out = capsys.readouterr().out
    assert f"{path}:" in out and "not valid YAML" in out


def test_a_file_missing_most_things_lists_them_all(tmp_path, capsys):
    path = tmp_path / "thin.yaml"
    path.write_text("id: thin\ntitle: Thin\n", encoding="utf-8")
    assert lint_cli(str(path)) == 1
    out = capsys.readouterr().out
    for key in ("persona", "policy", "opening", "reactions", "endings", "samples"):
        assert f"{path}:1: " in out and f"`{key}`" in out, key


def test_broken_files_are_refused_and_good_ones_still_load(tmp_path):
    broken = broken_copy(tmp_path, "on: [blame, defend", "on: [blaming, defend")
    library, problems = load_library([broken])
    assert {p.path for p in problems} == {str(broken)}
    assert len(library.list()) >= 10  # the shipped copy of the same id still loads


def test_a_duplicate_id_from_another_file_is_refused(tmp_path):
    copy = tmp_path / "copy.yaml"
    copy.write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    _, problems = load_library([tmp_path])
    assert [p.path for p in problems] == [str(copy)]
    assert "already used" in problems[0].what


def test_a_scenario_that_one_word_answers_can_resolve_is_refused(tmp_path, capsys):
    """A resolving reaction keyed on nothing in particular lets "ok" ride to the end."""
    path = broken_copy(
        tmp_path,
        "  - id: offer_fits\n    on: [offer_solution, offer_alternative, set_expectation]\n"
        "    when: {need_found: true, anger: \"<= 6\"}\n",
        "  - id: offer_fits\n",
    )
    assert lint_cli(str(path)) == 1
    assert "a session of only one-word answers resolves it" in capsys.readouterr().out
