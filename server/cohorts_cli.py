"""``sparring cohort create|add|list``: the operator's way to the admins' cohort commands."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

from sqlalchemy.engine import Engine

from server.accounts import name_problem
from sessions import cohorts
from sessions.cohorts import CohortError, CohortRole
from sessions.records import Account, Role

OPERATOR = "operator"  # recorded as the creator of cohorts made from the command line


def register(
    subparsers: argparse._SubParsersAction,
    add_db_option: Callable[[argparse.ArgumentParser], None],
    open_db: Callable[[argparse.Namespace], Engine],
) -> None:
    cohort = subparsers.add_parser("cohort", help="manage cohorts of trainees and trainers")
    actions = cohort.add_subparsers(dest="cohort_action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a cohort")
    create.add_argument("name")
    add = actions.add_parser("add", help="add an account to a cohort as trainer or trainee")
    add.add_argument("name")
    add.add_argument("user")
    add.add_argument("role", choices=[role.value for role in CohortRole])
    listing = actions.add_parser("list", help="list cohorts with their people")
    for parser, action in ((create, _create), (add, _add), (listing, _list)):
        add_db_option(parser)
        parser.set_defaults(func=lambda args, action=action: _run(action, args, open_db(args)))


def _run(action: Callable[[argparse.Namespace, Engine], str], args: argparse.Namespace,
         engine: Engine) -> int:
    """Print what ``action`` did; a CohortError is printed as the reason, exit code 2."""
    try:
        print(action(args, engine))
    except CohortError as error:
        print(f"sparring cohort: {error}", file=sys.stderr)
        return 2
    return 0


def _create(args: argparse.Namespace, engine: Engine) -> str:
    problem = name_problem(args.name)
    if problem:
        raise CohortError(problem)
    cohorts.create_cohort(engine, args.name, OPERATOR, time.time())
    return f"Cohort {args.name} created."


def _add(args: argparse.Namespace, engine: Engine) -> str:
    cohort = cohorts.add_member(engine, args.name, args.user, CohortRole(args.role))
    return (f"{args.user} is a {args.role} in cohort {args.name}: "
            f"{len(cohort.trainers)} trainer(s), {len(cohort.trainees)} trainee(s).")


def _list(args: argparse.Namespace, engine: Engine) -> str:
    everyone = Account(OPERATOR, Role.ADMIN, password_hash="", created_at=0.0)
    lines = [f"{c.name:<24} trainers: {', '.join(c.trainers) or '-'}; "
             f"trainees: {', '.join(c.trainees) or '-'}"
             for c in cohorts.cohorts_of(engine, everyone)]
    return "\n".join(lines) or "No cohorts yet: \"sparring cohort create NAME\" makes one."
