"""``sparring export``: a cohort's sessions, scores and reviews as JSON and CSV, from a
real SQLite file."""

from __future__ import annotations

import csv
import datetime
import io
import json

import pytest

from server.cli import main
from sessions import cohorts, queries
from sessions.cohorts import Assignment, PassRule
from sessions.events import EventKind
from sessions.records import Role
from tests.cohort_fixtures import START, cohort, database, people, scored_session

SCORES = {"calmness": 62, "boundary_setting": 70, "resolution": 80, "overall": 72,
          "passed": True}


@pytest.fixture
def db(sqlite_url: str) -> str:
    """North: tara trains uma and vic. uma played twice (one reviewed), vic never; wes,
    in no cohort, played once."""
    with database(sqlite_url) as engine:
        people(engine, tara=Role.TRAINER, uma=Role.TRAINEE, vic=Role.TRAINEE, wes=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma", "vic"))
        cohorts.assign(engine, Assignment("north", "broken-on-arrival",
                                          datetime.date(2099, 12, 31), PassRule(70, 2), "tara",
                                          START))
        reviewed = scored_session(engine, "uma", seed=7, **SCORES)
        scored_session(engine, "uma", seed=8, **SCORES)
        scored_session(engine, "wes", **SCORES)
        turn_two = queries.read_events(engine, reviewed)[4].seq
        for kind, actor, text, data in (
            (EventKind.OVERRIDE, "tara", "Calm under fire.",
             {"dimension": "calmness", "score": 80, "machine": 62}),
            (EventKind.COMMENT, "tara", "Apology, then a remedy: good.", {"turn": turn_two}),
            (EventKind.DISPUTE, "uma", "Resolution deserves more.", {}),
        ):
            queries.append_after_end(engine, reviewed, kind, actor, text, data, START + 3600)
    return sqlite_url


def export(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_holds_sessions_scores_and_reviews(db, capsys):
    code, out, _ = export(capsys, "--cohort", "north", "--format", "json", "--db", db)
    assert code == 0
    document = json.loads(out)
    assert (document["cohort"], document["trainers"], document["trainees"]) == (
        "north", ["tara"], ["uma", "vic"])
    assert document["assignments"] == [{"scenario": "broken-on-arrival", "due": "2099-12-31",
                                        "min_overall": 70, "seeds": 2, "assigned_by": "tara"}]
    first, second = document["sessions"]  # wes is not in the cohort
    assert (first["agent"], first["scenario"], first["seed"], first["outcome"]) == (
        "uma", "broken-on-arrival", 7, "resolved")
    assert first["started"] == "2026-09-21T14:13:20+00:00"
    assert first["machine"] == {"calmness": 62, "boundary_setting": 70, "resolution": 80,
                                "overall": 72, "passed": True}
    assert first["reviewed"] == {"calmness": 80, "boundary_setting": 70, "resolution": 80,
                                 "overall": 77}
    assert first["overrides"] == [{"by": "tara", "at": "2026-09-21T15:13:20+00:00",
                                   "dimension": "calmness", "score": 80, "machine": 62,
                                   "reason": "Calm under fire."}]
    assert [(c["by"], c["turn"], c["text"]) for c in first["comments"]] == [
        ("tara", 2, "Apology, then a remedy: good.")]
    assert [(d["by"], d["text"]) for d in first["disputes"]] == [
        ("uma", "Resolution deserves more.")]
    assert (second["seed"], second["overrides"], second["reviewed"]["overall"]) == (8, [], 72)


def test_csv_has_a_row_per_session_and_a_review_table(db, capsys, tmp_path):
    code, out, _ = export(capsys, "--cohort", "north", "--db", db)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["seed"] for row in rows] == ["7", "8"]
    assert {k: rows[0][k] for k in ("agent", "calmness", "overall", "passed",
                                    "reviewed_calmness", "reviewed_overall", "overrides",
                                    "comments", "disputes")} == {
        "agent": "uma", "calmness": "62", "overall": "72", "passed": "True",
        "reviewed_calmness": "80", "reviewed_overall": "77", "overrides": "1",
        "comments": "1", "disputes": "1"}
    target = tmp_path / "review.csv"
    code, out, _ = export(capsys, "--cohort", "north", "--format", "csv", "--what", "review",
                          "--output", str(target), "--db", db)
    assert code == 0 and out == f"Wrote 2 session(s) of cohort north to {target}.\n"
    with target.open(newline="", encoding="utf-8") as f:
        review = list(csv.DictReader(f))
    assert [(r["kind"], r["by"], r["dimension"], r["score"], r["turn"], r["text"])
            for r in review] == [
        ("override", "tara", "calmness", "80", "", "Calm under fire."),
        ("comment", "tara", "", "", "2", "Apology, then a remedy: good."),
        ("dispute", "uma", "", "", "", "Resolution deserves more."),
    ]


def test_export_says_what_was_wrong(db, capsys, tmp_path):
    code, _, err = export(capsys, "--cohort", "south", "--db", db)
    assert code == 2 and "there is no cohort named south" in err
    code, _, err = export(capsys, "--cohort", "north", "--output",
                          str(tmp_path / "missing" / "x.csv"), "--db", db)
    assert code == 2 and "cannot write" in err
