"""Cohort commands in the lobby: admins make cohorts, trainers assign scenarios, share
recordings and read the cohort's table; trainees see their assignments.

Every rule is checked here on the server, against the cohort tables, whatever the
client shows."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from scoring.scorecard import DIMENSIONS
from server.accounts import name_problem
from server.app import App
from server.commands import Handler
from server.home import Home
from sessions import cohorts, queries
from sessions.cohorts import Assignment, Cohort, CohortError, CohortRole, PassRule
from sessions.progress import Progress, TraineeRow, cohort_table, progress_of
from sessions.records import Role

ASSIGN_USAGE = "assign COHORT SCENARIO_ID DUE [overall>=70] [seeds=1], DUE as YYYY-MM-DD"


def today(seconds: float) -> datetime.date:
    """The UTC date at ``seconds``: due dates are whole UTC days."""
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).date()


class CohortCommands:
    def __init__(self, lobby: Home) -> None:
        self.lobby = lobby

    def register(self, add: Callable[[str, str, str, Handler], None]) -> None:
        add("cohorts", "cohorts", "the cohorts you belong to", self.cohorts)
        add("cohort", "cohort [create|add] NAME [USER ROLE]",
            "trainers: \"cohort NAME\" shows its progress; admins: \"cohort create NAME\", "
            "\"cohort add NAME USER trainer|trainee\"", self.cohort)
        add("assign", "assign COHORT SCENARIO_ID DUE [RULE]",
            "trainers: assign a scenario, due YYYY-MM-DD; RULE e.g. overall>=70 seeds=2",
            self.assign)
        add("assignments", "assignments", "your scenario assignments and how you stand",
            self.assignments)
        add("share", "share SESSION_ID COHORT", "trainers: let a cohort replay a recording",
            self.share)

    @property
    def _app(self) -> App:
        return self.lobby.client.app

    def _show(self, text: str) -> None:
        self.lobby.screen.show(text)

    def _now(self) -> float:
        return self._app.clock.seconds()

    async def _trained_cohort(self, name: str) -> Cohort | None:
        """The cohort ``name`` when the signed-in account trains it (or is an admin)."""
        account = self.lobby.client.account
        found = await self._app.store.run(cohorts.get_cohort, name)
        if found is None:
            self._show(f"There is no cohort named {name}. Type \"cohorts\" to see yours.")
            return None
        if account.role is not Role.ADMIN and account.name not in found.trainers:
            self._show(f"You do not train cohort {name}: only its trainers and admins may do "
                       "that. Type \"cohorts\" to see yours.")
            return None
        return found

    # -- commands ---------------------------------------------------------------

    async def cohorts(self, args: list[str]) -> None:
        mine = await self._app.store.cohorts_of(self.lobby.client.account)
        if not mine:
            self._show("You are in no cohort yet; an admin adds you with \"cohort add\".")
            return
        lines = ["Your cohorts:"]
        for cohort in mine:
            trainers = ", ".join(cohort.trainers) or "none yet"
            lines.append(f"  {cohort.name}: trainers {trainers}; "
                         f"{len(cohort.trainees)} trainee(s)")
        self._show("\n".join(lines))

    async def cohort(self, args: list[str]) -> None:
        if len(args) == 2 and args[0].lower() == "create":
            await self._create(args[1])
        elif len(args) == 4 and args[0].lower() == "add":
            await self._add(args[1], args[2], args[3].lower())
        elif len(args) == 1 and args[0].lower() not in ("create", "add"):
            await self._table(args[0])
        else:
            self._show("Usage: cohort NAME, cohort create NAME, or "
                       "cohort add NAME USER trainer|trainee.")

    def _admin(self) -> bool:
        if self.lobby.client.account.role is Role.ADMIN:
            return True
        self._show("Only admins make cohorts and add people to them; ask an admin.")
        return False

    async def _create(self, name: str) -> None:
        if not self._admin():
            return
        problem = name_problem(name)
        if problem:
            self._show(problem)
            return
        try:
            await self._app.store.run(
                cohorts.create_cohort, name, self.lobby.client.account.name, self._now()
            )
        except CohortError as error:
            self._show(str(error))
            return
        self._show(f"Cohort {name} created. Add people with "
                   f"\"cohort add {name} USER trainer|trainee\".")

    async def _add(self, name: str, user: str, role: str) -> None:
        if not self._admin():
            return
        if role not in set(CohortRole):
            self._show("Usage: cohort add NAME USER trainer|trainee: the last word is the "
                       "person's role in this cohort.")
            return
        try:
            cohort = await self._app.store.run(cohorts.add_member, name, user, CohortRole(role))
        except CohortError as error:
            self._show(str(error))
            return
        self._show(f"{user} is a {role} in cohort {name}: {len(cohort.trainers)} trainer(s), "
                   f"{len(cohort.trainees)} trainee(s).")

    async def _table(self, name: str) -> None:
        cohort = await self._trained_cohort(name)
        if cohort is None:
            return
        store = self._app.store
        assignments = await store.run(cohorts.assignments_of, [cohort.name])
        attempts = await store.run(queries.attempts_by, cohort.trainees)
        rows = cohort_table(cohort, assignments, attempts, today(self._now()))
        self._show(render_table(cohort, assignments, rows))

    async def assign(self, args: list[str]) -> None:
        if len(args) < 3:
            self._show(f"Usage: {ASSIGN_USAGE}.")
            return
        name, scenario_id, due_text, *rule_words = args
        try:
            due = datetime.date.fromisoformat(due_text)
        except ValueError:
            self._show(f"\"{due_text[:20]}\" is not a date: write DUE as YYYY-MM-DD, "
                       "e.g. 2026-12-01.")
            return
        if due < today(self._now()):
            self._show(f"{due} has passed: choose today or a later due date.")
            return
        if self._app.library.get(scenario_id) is None:
            self._show(f"There is no scenario \"{scenario_id}\". Type \"scenarios\" for the list.")
            return
        try:
            rule = PassRule.parse(rule_words)
        except CohortError as error:
            self._show(str(error))
            return
        cohort = await self._trained_cohort(name)
        if cohort is None:
            return
        assignment = Assignment(
            cohort.name, scenario_id, due, rule, self.lobby.client.account.name, self._now()
        )
        await self._app.store.run(cohorts.assign, assignment)
        self._show(f"Assigned {scenario_id} to cohort {cohort.name}, due {due}: "
                   f"{rule.describe()}. Trainees see it with \"assignments\".")

    async def assignments(self, args: list[str]) -> None:
        account = self.lobby.client.account
        store = self._app.store
        mine = [c.name for c in await store.cohorts_of(account)
                if account.name in c.trainees]
        assigned = await store.run(cohorts.assignments_of, mine) if mine else []
        if not assigned:
            self._show("You have no assignments. Trainers see their cohorts with "
                       "\"cohort NAME\".")
            return
        attempts = await store.run(queries.attempts_by, [account.name])
        date = today(self._now())
        lines = ["Your assignments (soonest due first):"]
        lines += [progress_line(progress_of(a, attempts, date)) for a in assigned]
        self._show("\n".join(lines))

    async def share(self, args: list[str]) -> None:
        if len(args) != 2:
            self._show("Usage: share SESSION_ID COHORT. Type \"sessions\" to see the IDs.")
            return
        info = await self.lobby.readable_session(args[:1], "share SESSION_ID COHORT")
        if info is None:
            return
        cohort = await self._trained_cohort(args[1])
        if cohort is None:
            return
        await self._app.store.run(
            cohorts.share, info.id, cohort.name, self.lobby.client.account.name, self._now()
        )
        self._show(f"Session {info.id} is shared with cohort {cohort.name}: its members may "
                   f"read and replay it.")


# -- text -------------------------------------------------------------------------------


def progress_line(progress: Progress) -> str:
    a = progress.assignment
    done = f"{progress.seeds_passed} of {a.rule.seeds}"
    return (f"  {a.scenario_id}, due {a.due}: {progress.status} "
            f"({a.rule.describe()}; {done} done; cohort {a.cohort})")


def _figure(value: int | None) -> str:
    return "-" if value is None else str(value)


def render_table(cohort: Cohort, assignments: Sequence[Assignment],
                 rows: Sequence[TraineeRow]) -> str:
    """The trainer's view: per trainee attempts, best overall, mean score per dimension,
    each assignment's status, and who is behind."""
    lines = [f"Cohort {cohort.name}; trainers: {', '.join(cohort.trainers) or 'none'}."]
    if assignments:
        lines.append("Assignments:")
        lines += [f"  {i}. {a.scenario_id}, due {a.due}, {a.rule.describe()}"
                  for i, a in enumerate(assignments, start=1)]
    else:
        lines.append("No assignments yet: \"assign\" adds one.")
    if not rows:
        lines.append("No trainees yet: an admin adds them with \"cohort add\".")
        return "\n".join(lines)
    width = max(7, *(len(row.trainee) for row in rows))
    numbers = " ".join(f"{i:>7}" for i in range(1, len(assignments) + 1))
    means = " ".join(f"{label:>5}" for label in ("calm", "bound", "resol"))
    lines.append("Per trainee: scored attempts, best overall, mean score per dimension after "
                 "review, and the status of each assignment by number.")
    lines.append(f"{'trainee':<{width}}  tries  best {means}  {numbers}".rstrip())
    for row in rows:
        dims = " ".join(f"{_figure(row.dimensions[d]):>5}" for d in DIMENSIONS)
        marks = " ".join(f"{p.status:>7}" for p in row.progress)
        behind = "  BEHIND" if row.behind else ""
        lines.append(f"{row.trainee:<{width}}  {row.attempts:>5}  {_figure(row.best_overall):>4} "
                     f"{dims}  {marks}".rstrip() + behind)
    behind = [row.trainee for row in rows if row.behind]
    lines.append(f"Behind (an assignment overdue): {', '.join(behind)}." if behind
                 else "Nobody is behind.")
    return "\n".join(lines)
