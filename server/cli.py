"""The ``sparring`` command: serve, manage accounts, read recorded sessions."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Engine

from server import cohorts_cli, export_command, scenarios_command, score_command
from server.accounts import hash_password, name_problem, password_problem
from server.config import default_db_url
from server.render import transcript_lines
from sessions import queries
from sessions.dbpool import make_engine
from sessions.records import Role
from sessions.transcript import transcript_json


class CommandError(Exception):
    """A problem the operator can fix; printed without a traceback."""


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $SPARRING_DB, else an SQLite file in "
        "$SPARRING_HOME or ~/.local/share/sparring)",
    )


def _engine(args: argparse.Namespace) -> Engine:
    engine, _threads = make_engine(args.db or default_db_url())
    queries.migrate(engine)
    return engine


# -- serve --------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> int:
    from twisted.internet import reactor
    from twisted.logger import globalLogBeginner, jsonFileLogObserver, textFileLogObserver

    from roles.engine import INSTANT, Pace
    from server.service import Settings, SparringService

    observer = (
        # One JSON object a line (NDJSON), not RFC 7464's record separators, which
        # line-based tools (jq -c, grep, log shippers) reject.
        jsonFileLogObserver(sys.stdout, recordSeparator="") if args.log_format == "json"
        else textFileLogObserver(sys.stdout)
    )
    globalLogBeginner.beginLoggingTo([observer], redirectStandardIO=False)
    settings = Settings(
        db_url=args.db or default_db_url(),
        scenario_paths=tuple(args.scenarios),
        customer_pace=INSTANT if args.instant_customers else Pace(),
        match_wait=args.match_wait,
        telnet=args.telnet,
        web=None if args.web.lower() in ("", "none", "off") else args.web,
        web_origins=tuple(args.web_origin),
        open_registration=not args.no_registration,
        idle_timeout=args.idle_timeout,
        keepalive=args.keepalive,
    )
    service = SparringService(settings, reactor)
    # The reactor stops on SIGINT/SIGTERM; "before shutdown" waits for the Deferred
    # stopService returns, so pending events are flushed and the DB threads stopped.
    reactor.callWhenRunning(service.startService)
    reactor.addSystemEventTrigger("before", "shutdown", service.stopService)
    reactor.run()
    if service.failure is not None:
        print(f"sparring serve: {service.failure}", file=sys.stderr)
        return 1
    return 0


# -- accounts -----------------------------------------------------------------------


def _read_password(args: argparse.Namespace) -> str:
    if args.password_file:
        try:
            lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise CommandError(f"Cannot read the password file: {error.strerror}.") from None
        if not lines:
            raise CommandError("The password file is empty: put the password on its first line.")
        return lines[0]
    if not sys.stdin.isatty():
        raise CommandError("No terminal to ask for a password: use --password-file FILE.")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise CommandError("The two passwords differ; nothing was changed.")
    return first


def user_add(args: argparse.Namespace) -> int:
    problem = name_problem(args.name)
    if problem:
        raise CommandError(problem)
    password = _read_password(args)
    problem = password_problem(password)
    if problem:
        raise CommandError(problem)
    try:
        queries.add_account(
            _engine(args), args.name, hash_password(password), Role(args.role), time.time()
        )
    except queries.AccountExists:
        raise CommandError(f"There is already an account named {args.name}.") from None
    print(f"Added {args.role} {args.name}.")
    return 0


def user_list(args: argparse.Namespace) -> int:
    for account in queries.list_accounts(_engine(args)):
        created = time.strftime("%Y-%m-%d", time.gmtime(account.created_at))
        print(f"{account.name:<24} {account.role:<8} since {created}")
    return 0


# -- recorded sessions ---------------------------------------------------------------


def sessions_list(args: argparse.Namespace) -> int:
    for info in queries.list_sessions(_engine(args), args.user):
        started = time.strftime("%Y-%m-%d %H:%M", time.gmtime(info.created_at))
        people = ", ".join(f"{m.seat}: {m.account}" for m in info.members) or "-"
        scenario = info.scenario_id or "-"
        print(f"{info.id:>6}  {started}  {info.status:<7}  {scenario:<24}  {people}")
    return 0


def transcript(args: argparse.Namespace) -> int:
    engine = _engine(args)
    info = queries.get_session(engine, args.session_id)
    if info is None:
        raise CommandError(f"There is no session {args.session_id}; see \"sparring sessions\".")
    events = queries.read_events(engine, info.id)
    if args.format == "json":
        json.dump(transcript_json(info, events), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(transcript_lines(events)))
    return 0


# -- the parser ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sparring", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("serve", help="run the server")
    _add_db_option(run)
    run.add_argument(
        "--telnet",
        default="tcp:4000:interface=127.0.0.1",
        metavar="ENDPOINT",
        help="Twisted endpoint string to listen on for telnet (default: %(default)s)",
    )
    run.add_argument(
        "--web",
        default="tcp:8080:interface=127.0.0.1",
        metavar="ENDPOINT",
        help="Twisted endpoint string for the web page and its websocket, or \"none\" "
        "(default: %(default)s)",
    )
    run.add_argument(
        "--web-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="page origin allowed to use the websocket and API, e.g. "
        "https://sparring.example.com (repeatable; default: the page's own origin, "
        "compared with the Host header)",
    )
    run.add_argument("--no-registration", action="store_true",
                     help="refuse \"create\" at the login screen: admins add accounts")
    run.add_argument("--idle-timeout", type=float, default=3600.0, metavar="SECONDS",
                     help="drop telnet users idle this long; 0 never (default: %(default)s)")
    run.add_argument("--keepalive", type=float, default=300.0, metavar="SECONDS",
                     help="send IAC NOP this often; 0 never (default: %(default)s)")
    run.add_argument("--scenarios", action="append", default=[], metavar="PATH",
                     help="extra scenario file or folder (repeatable); broken files are "
                     "refused with file:line messages, the rest load")
    run.add_argument("--instant-customers", action="store_true",
                     help="scripted customers answer without a typing delay (demos, tests)")
    run.add_argument("--match-wait", type=float, default=60.0, metavar="SECONDS",
                     help="how long a trainee in the practice queue waits for a human "
                     "customer before the scripted one plays (default: %(default)s)")
    run.add_argument("--log-format", choices=("text", "json"), default="text")
    run.set_defaults(func=serve)

    user = commands.add_parser("user", help="manage accounts")
    user_commands = user.add_subparsers(dest="user_command", required=True, metavar="ACTION")
    add = user_commands.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", choices=[role.value for role in Role], default="trainee")
    add.add_argument("--password-file", metavar="FILE",
                     help="read the password from the first line of FILE instead of a prompt")
    _add_db_option(add)
    add.set_defaults(func=user_add)
    listing = user_commands.add_parser("list", help="list accounts")
    _add_db_option(listing)
    listing.set_defaults(func=user_list)

    recorded = commands.add_parser("sessions", help="list recorded sessions")
    recorded.add_argument("--user", metavar="NAME", help="only sessions NAME took part in")
    _add_db_option(recorded)
    recorded.set_defaults(func=sessions_list)

    show = commands.add_parser("transcript", help="print one recorded session")
    show.add_argument("session_id", type=int, metavar="SESSION_ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    _add_db_option(show)
    show.set_defaults(func=transcript)

    score_command.register(commands)
    scenarios_command.register(commands)
    export_command.register(commands, _add_db_option, _engine)
    cohorts_cli.register(commands, _add_db_option, _engine)
    return parser


#: What a shell reports for a command the reader of its output stopped early.
SIGPIPE_EXIT = 128 + signal.SIGPIPE


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as error:
        print(f"sparring: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away ("sparring score ... | head"): stop quietly, as a tool
        # killed by SIGPIPE does, and keep the interpreter from failing at exit too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return SIGPIPE_EXIT


if __name__ == "__main__":
    sys.exit(main())
