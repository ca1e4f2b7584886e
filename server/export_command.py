"""``sparring export --cohort NAME``: a cohort's sessions, scores and reviews for a
learning platform or a spreadsheet.

JSON: one document with the cohort, its assignments and every session its trainees
played as the agent, each with machine scores, reviewed scores, overrides, comments and
disputes. CSV: ``--what sessions`` (the default) gives one row per session with flat
score columns and counts of overrides, comments and disputes; ``--what review`` gives one
row per override, comment or dispute, keyed by session id.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy.engine import Engine

from scoring.scorecard import DIMENSIONS
from sessions import cohorts, queries
from sessions.events import Event, EventKind
from sessions.records import SessionInfo
from sessions.review import Review, read_review
from sessions.viewpoint import ReadPath, Vantage, shown

INFO_COLUMNS = (
    "session_id", "agent", "scenario", "scenario_version", "seed", "started", "ended", "outcome",
)
SESSION_COLUMNS = (
    *INFO_COLUMNS, *DIMENSIONS, "overall", "passed", *(f"reviewed_{d}" for d in DIMENSIONS),
    "reviewed_overall", "overrides", "comments", "disputes",
)
REVIEW_COLUMNS = (
    "session_id", "agent", "kind", "by", "at", "dimension", "score", "machine", "turn", "text",
)


def register(
    subparsers: argparse._SubParsersAction,
    add_db_option: Callable[[argparse.ArgumentParser], None],
    open_db: Callable[[argparse.Namespace], Engine],
) -> None:
    p = subparsers.add_parser(
        "export", help="write a cohort's sessions, scores and reviews as CSV or JSON",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--cohort", required=True, metavar="NAME")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--what", choices=("sessions", "review"), default="sessions",
                   help="CSV only: one row per session, or per override/comment/dispute")
    p.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    add_db_option(p)
    p.set_defaults(func=lambda args: run(args, open_db(args)))


def run(args: argparse.Namespace, engine: Engine) -> int:
    """Exit code 0 when written, 2 when the cohort does not exist or FILE cannot be."""
    cohort = cohorts.get_cohort(engine, args.cohort)
    if cohort is None:
        print(f"sparring export: there is no cohort named {args.cohort}; admins make one "
              "with \"cohort create NAME\" over telnet.", file=sys.stderr)
        return 2
    sessions = queries.sessions_played_by(engine, cohort.trainees)
    events = queries.read_events_of(engine, [info.id for info in sessions])
    # What the cohort's trainers would see of each session: the export is theirs.
    records = [_record(info, shown(Vantage.COACH, ReadPath.EXPORT, events[info.id]))
               for info in sessions]
    assigned = cohorts.assignments_of(engine, [cohort.name])
    try:
        with _opened(args.output) as out:
            if args.format == "json":
                json.dump(_document(cohort, assigned, records), out, ensure_ascii=False,
                          indent=2)
                out.write("\n")
            elif args.what == "review":
                _write_csv(out, REVIEW_COLUMNS, (row for r in records for row in _review_rows(r)))
            else:
                _write_csv(out, SESSION_COLUMNS, (_session_row(r) for r in records))
    except OSError as error:
        print(f"sparring export: cannot write {args.output}: {error.strerror}.", file=sys.stderr)
        return 2
    if args.output:
        print(f"Wrote {len(records)} session(s) of cohort {cohort.name} to {Path(args.output)}.")
    return 0


@contextlib.contextmanager
def _opened(path: str | None) -> Iterator[IO[str]]:
    """FILE opened for writing, or standard output (left open) when there is none."""
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        yield out


def _iso(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).isoformat(timespec="seconds")


def _record(info: SessionInfo, events: Sequence[Event]) -> dict[str, Any]:
    """One session as plain data: the JSON export's element, flattened for CSV."""
    end = next((e for e in reversed(events) if e.kind is EventKind.END), None)
    review = read_review(events)
    return {
        "session_id": info.id,
        "agent": ", ".join(sorted(info.agents())),
        "scenario": info.scenario_id,
        "scenario_version": info.scenario_version,
        "seed": info.seed,
        "started": _iso(info.created_at),
        "ended": _iso(info.ended_at),
        "outcome": end.data.get("outcome") if end else None,
        **_scores(review),
    }


def _scores(review: Review | None) -> dict[str, Any]:
    if review is None:
        return {"machine": None, "reviewed": None, "overrides": [], "comments": [],
                "disputes": []}
    return {
        "machine": {**review.machine, "overall": review.machine_overall,
                    "passed": review.machine_passed},
        "reviewed": {**{d: review.score(d) for d in DIMENSIONS}, "overall": review.overall},
        "overrides": [
            {"by": o.by, "at": _iso(o.at), "dimension": o.dimension, "score": o.score,
             "machine": o.machine, "reason": o.reason}
            for o in review.overrides
        ],
        "comments": [{"by": c.by, "at": _iso(c.at), "turn": c.turn, "text": c.text}
                     for c in review.comments],
        "disputes": [{"by": d.by, "at": _iso(d.at), "text": d.text} for d in review.disputes],
    }


def _document(cohort: cohorts.Cohort, assigned: list[cohorts.Assignment],
              records: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "cohort": cohort.name,
        "trainers": list(cohort.trainers),
        "trainees": list(cohort.trainees),
        "assignments": [
            {"scenario": a.scenario_id, "due": a.due.isoformat(),
             "min_overall": a.rule.min_overall, "seeds": a.rule.seeds, "assigned_by": a.assigned_by}
            for a in assigned
        ],
        "sessions": records,
    }


def _session_row(record: dict[str, Any]) -> dict[str, Any]:
    machine = record["machine"] or {}
    reviewed = record["reviewed"] or {}
    return {
        **{key: record[key] for key in INFO_COLUMNS},
        **{d: machine.get(d) for d in (*DIMENSIONS, "overall", "passed")},
        **{f"reviewed_{d}": reviewed.get(d) for d in (*DIMENSIONS, "overall")},
        **{key: len(record[key]) for key in ("overrides", "comments", "disputes")},
    }


def _review_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    key = {"session_id": record["session_id"], "agent": record["agent"]}
    for o in record["overrides"]:
        yield {**key, "kind": "override", "by": o["by"], "at": o["at"],
               "dimension": o["dimension"], "score": o["score"], "machine": o["machine"],
               "text": o["reason"]}
    for kind in ("comments", "disputes"):
        for item in record[kind]:
            yield {**key, "kind": kind[:-1], "by": item["by"], "at": item["at"],
                   "turn": item.get("turn"), "text": item["text"]}


def _write_csv(out: IO[str], columns: Sequence[str], rows: Iterator[dict[str, Any]]) -> None:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
