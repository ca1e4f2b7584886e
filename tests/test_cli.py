"""The operator's command line, against a real SQLite file."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
import pytest_twisted

from server.cli import SIGPIPE_EXIT, main
from tests.helpers import live_room, port_of
from tests.telnet_client import connect


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_user_add_and_list(tmp_path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    password = tmp_path / "password"
    password.write_text("a long enough password\n")
    assert run(capsys, "user", "add", "tara", "--role", "trainer", "--password-file",
               str(password), "--db", db)[:2] == (0, "Added trainer tara.\n")
    code, _, err = run(capsys, "user", "add", "tara", "--password-file", str(password),
                       "--db", db)
    assert code == 2 and "already an account named tara" in err
    code, _, err = run(capsys, "user", "add", "1bad", "--password-file", str(password),
                       "--db", db)
    assert code == 2 and "is not a valid name" in err
    short = tmp_path / "short"
    short.write_text("abc\n")
    code, _, err = run(capsys, "user", "add", "uma", "--password-file", str(short), "--db", db)
    assert code == 2 and "too short" in err
    code, out, _ = run(capsys, "user", "list", "--db", db)
    assert code == 0 and out.split()[:2] == ["tara", "trainer"]


@pytest_twisted.ensureDeferred
async def test_an_account_made_by_the_cli_signs_in_over_telnet(
    reactor, server_factory, tmp_path, capsys
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    password = tmp_path / "password"
    password.write_text("trainer password\n")
    assert main(["user", "add", "vera", "--role", "admin", "--password-file", str(password),
                 "--db", db]) == 0
    service = await server_factory(db)
    client = await connect(reactor, port_of(service))
    client.send("connect vera trainer password")
    await client.expect("If your password has spaces")
    client.send("connect vera")
    await client.expect("Password: ")
    client.send("trainer password")
    await client.expect("Hello, vera (admin)")
    await client.close()


@pytest_twisted.ensureDeferred
async def test_sessions_and_transcript_for_operators(reactor, server_factory, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    service = await server_factory(db)
    agent, customer, room_id = await live_room(reactor, port_of(service), "walt", "xena")
    agent.send("Thanks for waiting, Xena. What happened?")
    await customer.expect("What happened?")
    customer.send("The parcel came \"crushed\".")
    await agent.expect("crushed")
    agent.send("/end")
    await customer.expect("back in the lobby")
    await service.app.store.flushed()

    code, out, _ = run(capsys, "sessions", "--db", db, "--user", "xena")
    assert code == 0 and str(room_id) in out and "customer: xena" in out
    code, out, _ = run(capsys, "sessions", "--db", db, "--user", "nobody")
    assert code == 0 and out == ""
    code, out, _ = run(capsys, "transcript", str(room_id), "--format", "json", "--db", db)
    document = json.loads(out)
    assert [(t["speaker"], t["text"]) for t in document["turns"]] == [
        ("agent", "Thanks for waiting, Xena. What happened?"),
        ("customer", "The parcel came \"crushed\"."),
    ]
    assert all(turn["at"] >= 0 for turn in document["turns"])
    code, out, _ = run(capsys, "transcript", str(room_id), "--db", db)
    assert "xena (customer): The parcel came \"crushed\"." in out
    code, _, err = run(capsys, "transcript", "999", "--db", db)
    assert code == 2 and "There is no session 999" in err
    await agent.close()
    await customer.close()


def test_score_looks_the_scenario_up_in_the_library(tmp_path, capsys) -> None:
    transcript = tmp_path / "chat.txt"
    transcript.write_text(
        "Customer: My kettle arrived smashed and I want my money back.\n"
        "Agent: I'm so sorry, Dana. I'll send a replacement today; it arrives Thursday.\n"
        "Customer: OK, that works.\n"
    )
    code, out, _ = run(capsys, "score", str(transcript), "--scenario", "broken-on-arrival",
                       "--format", "json")
    assert code == 0 and json.loads(out)["resolution"]["score"] is not None


def _serve(*argv: str) -> subprocess.CompletedProcess[str]:
    """``sparring serve`` in a process of its own (it runs the reactor), bounded."""
    return subprocess.run([sys.executable, "-m", "server", "serve", *argv],
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(("why", "argv", "says"), [
    ("the database's folder does not exist",
     ("--db", "sqlite:////nonexistent/folder/x.sqlite"), "cannot open the database"),
    ("the database refuses connections",
     ("--db", "postgresql://nobody@127.0.0.1:1/x"), "cannot open the database"),
    ("the listen address is malformed", ("--telnet", "tcp:notaport"), "bad listen address"),
])
def test_a_failed_start_exits_non_zero_with_one_clear_line(why, argv, says, tmp_path):
    argv = ("--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "--telnet",
            "tcp:0:interface=127.0.0.1", *argv)  # later options win
    result = _serve(*argv)
    assert result.returncode == 1, (why, result.stderr)
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("sparring serve: ") and says in line, line
    assert "Traceback" not in result.stdout


def test_a_port_in_use_is_named(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve("--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "--telnet",
                        f"tcp:{port}:interface=127.0.0.1")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"sparring serve: cannot listen on 127.0.0.1:{port}: Address already in use")


def test_a_reader_that_stops_early_ends_the_output_quietly(tmp_path):
    line = json.dumps({"turns": [{"speaker": "customer", "text": "My parcel is lost!"},
                                 {"speaker": "agent", "text": "I'm sorry. I'll trace it."}]})
    many = tmp_path / "many.jsonl"
    many.write_text((line + "\n") * 400)  # far more output than a pipe holds
    scoring = subprocess.Popen([sys.executable, "-m", "server", "score", str(many)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert scoring.stdout is not None and scoring.stderr is not None
    assert scoring.stdout.readline().startswith(b"{")  # like "| head -1"
    scoring.stdout.close()
    errors = scoring.stderr.read().decode()
    assert scoring.wait(timeout=120) == SIGPIPE_EXIT
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors


def test_json_logs_are_one_object_a_line(tmp_path):
    result = _serve("--db", f"sqlite:///{tmp_path / 'x.sqlite'}", "--telnet", "tcp:notaport",
                    "--log-format", "json")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines and all(json.loads(line)["log_namespace"] for line in lines)
    assert "\x1e" not in result.stdout
