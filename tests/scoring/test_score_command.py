"""``sparring score``: files in, scores out, errors named by line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from scoring.facts import ScenarioFacts
from server.score_command import register

PLAIN = "Customer: You idiots lost my parcel!\nAgent: I'm sorry. I'll send a new one by Friday.\n"


def run(argv: list[str], **extra: object) -> int:
    parser = argparse.ArgumentParser(prog="sparring")
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    for k, v in extra.items():
        setattr(args, k, v)
    return args.func(args)


def test_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text(PLAIN)
    assert run(["score", str(f), "--width", "60"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Debrief:") and all(len(x) <= 60 for x in out.splitlines())


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.json"
    reply = "Hello! Sorry about that, I will send a new one today."
    f.write_text(json.dumps({"turns": [{"speaker": "customer", "text": "Hi"},
                                       {"speaker": "agent", "text": reply}]}))
    assert run(["score", str(f), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"calmness", "boundary_setting", "resolution", "overall", "passed", "turns"} <= set(
        data)
    assert set(data["calmness"]) >= {"score", "evidence"}
    assert data["boundary_setting"]["score"] is None
    assert data["turns"][1]["moves"][0].keys() >= {"label", "span", "strength"}


def test_bad_file_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text("Agent: hi\nnonsense\n")
    assert run(["score", str(f)]) == 1
    assert "line 2" in capsys.readouterr().err


def test_jsonl_scores_every_line_and_names_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"turns": [{"speaker": "agent", "text": "Hello"}]})
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join([good, "{oops", good, '{"turns": 1}']) + "\n")
    assert run(["score", str(f)]) == 1
    results = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r.get("line") for r in results] == [None, 2, None, 4]
    assert "line 2" in results[1]["error"] and "overall" in results[2]


def test_an_unknown_scenario_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text(PLAIN)
    assert run(["score", str(f), "--scenario", "late-parcel"]) == 2
    assert "there is no scenario 'late-parcel'" in capsys.readouterr().err


def test_scenario_lookup_is_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "t.txt"
    f.write_text(PLAIN)
    asked = []

    def lookup(scenario_id: str, transcript: object) -> ScenarioFacts:
        asked.append(scenario_id)
        return ScenarioFacts(goal=("escalate",))

    assert run(["score", str(f), "--scenario", "late", "--format", "json"],
               scenario_facts=lookup) == 0
    assert set(asked) == {"late"}
    checks = [e["check"] for e in json.loads(capsys.readouterr().out)["resolution"]["evidence"]]
    assert "goal_missed_escalate" in checks
