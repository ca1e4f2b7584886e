"""`sparring scenarios lint [PATH…]`: check scenario files and print file:line problems;
`sparring scenarios try FILE`: play one at the terminal (``server.scenario_try``)."""

from __future__ import annotations

import argparse

from roles.library import load_library
from server import scenario_try


def register(subparsers: argparse._SubParsersAction) -> None:
    scenarios = subparsers.add_parser("scenarios", help="work with scenario files")
    actions = scenarios.add_subparsers(dest="scenarios_action", required=True)
    lint = actions.add_parser(
        "lint",
        help="check scenario files (the shipped library when no PATH is given)",
        description="Report schema errors, unknown moves, unreachable reactions, endings "
        "that can never fire, and sample lines that do not produce their expected reaction.",
    )
    lint.add_argument("paths", nargs="*", metavar="PATH", help="scenario file or folder")
    lint.set_defaults(func=run)
    trial = actions.add_parser(
        "try",
        help="play a scenario's customer against your own lines, showing why it answers",
        description=scenario_try.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    trial.add_argument("file", help="a scenario file")
    trial.add_argument("--seed", type=int, default=1)
    trial.set_defaults(func=scenario_try.run)


def run(args: argparse.Namespace) -> int:
    """Exit code 0 when every file is clean, 1 when any has problems."""
    library, problems = load_library(args.paths, shipped=not args.paths)
    for problem in problems:
        print(problem)
    checked = len(library.list())
    print(f"{checked} scenario(s) clean, {len(problems)} problem(s).")
    return 1 if problems else 0
