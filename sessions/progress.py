"""How a cohort is doing: scored attempts, assignment status under the pass rule, and
the trainer's table. Pure functions of values read by ``sessions.cohorts``."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Mapping, Sequence

import attrs

from scoring.scorecard import DIMENSIONS
from sessions.cohorts import Assignment, Cohort
from sessions.events import Event
from sessions.records import SessionInfo
from sessions.review import Review, read_review


class Status(enum.StrEnum):
    PASSED = "passed"
    PENDING = "pending"
    OVERDUE = "overdue"


@attrs.frozen
class Attempt:
    """A scored session and the account that played the agent in it."""

    agent: str
    session: SessionInfo
    review: Review


@attrs.frozen
class Progress:
    assignment: Assignment
    status: Status
    seeds_passed: int  # distinct seeds on which the rule's overall was reached


@attrs.frozen
class TraineeRow:
    trainee: str
    attempts: int
    best_overall: int | None
    dimensions: Mapping[str, int | None]  # mean reviewed score per dimension
    progress: tuple[Progress, ...]

    @property
    def behind(self) -> bool:
        return any(p.status is Status.OVERDUE for p in self.progress)


def attempts_from(
    sessions: Iterable[SessionInfo], events: Mapping[int, Sequence[Event]]
) -> list[Attempt]:
    """The scored sessions among ``sessions``, one attempt per agent."""
    found = []
    for info in sessions:
        review = read_review(events.get(info.id, ()))
        if review is not None:
            found.extend(Attempt(agent, info, review) for agent in sorted(info.agents()))
    return found


def progress_of(
    assignment: Assignment, attempts: Iterable[Attempt], today: datetime.date
) -> Progress:
    """Passed once the trainee's scored sessions of the scenario reach the rule's overall
    on enough different seeds; otherwise pending until the due date, then overdue."""
    rule = assignment.rule
    seeds = {
        attempt.session.seed
        for attempt in attempts
        if attempt.session.scenario_id == assignment.scenario_id
        and attempt.review.overall is not None
        and attempt.review.overall >= rule.min_overall
    }
    if len(seeds) >= rule.seeds:
        status = Status.PASSED
    else:
        status = Status.OVERDUE if today > assignment.due else Status.PENDING
    return Progress(assignment, status, len(seeds))


def _mean(values: list[int]) -> int | None:
    return round(sum(values) / len(values)) if values else None


def trainee_row(
    trainee: str, assignments: Sequence[Assignment], attempts: Sequence[Attempt],
    today: datetime.date,
) -> TraineeRow:
    mine = [attempt for attempt in attempts if attempt.agent == trainee]
    overalls = [a.review.overall for a in mine if a.review.overall is not None]
    return TraineeRow(
        trainee=trainee,
        attempts=len(mine),
        best_overall=max(overalls, default=None),
        dimensions={
            name: _mean([s for a in mine if (s := a.review.score(name)) is not None])
            for name in DIMENSIONS
        },
        progress=tuple(progress_of(assignment, mine, today) for assignment in assignments),
    )


def cohort_table(
    cohort: Cohort, assignments: Sequence[Assignment], attempts: Sequence[Attempt],
    today: datetime.date,
) -> list[TraineeRow]:
    """One row per trainee of ``cohort``, in name order."""
    return [trainee_row(name, assignments, attempts, today) for name in cohort.trainees]
