"""`sparring scenarios lint [PATH…]`: check scenario files and print file:line problems."""

from __future__ import annotations

import argparse

from roles.library import load_library


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


def run(args: argparse.Namespace) -> int:
    """Exit code 0 when every file is clean, 1 when any has problems."""
    library, problems = load_library(args.paths, shipped=not args.paths)
    for problem in problems:
        print(problem)
    checked = len(library.list())
    print(f"{checked} scenario(s) clean, {len(problems)} problem(s).")
    return 1 if problems else 0
