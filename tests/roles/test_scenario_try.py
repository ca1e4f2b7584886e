"""`sparring scenarios try FILE`: a trainer plays a scenario and sees why each answer came."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from roles.library import load_library
from server.scenario_try import play

LIBRARY = Path(__file__).resolve().parents[2] / "roles" / "library"


def test_each_answer_comes_with_its_reasons() -> None:
    scenario = load_library()[0].get("broken-on-arrival")
    out = io.StringIO()
    play(scenario, 1, ["I'm so sorry, Dana, that sounds awful.", "/wait 60",
                       "I'll send a replacement by express, it arrives by Thursday."], out)
    text = out.getvalue()
    assert text.startswith("Dana Whitfield: ")
    assert 'read: apologise ("I\'m so sorry", pattern' in text
    assert "taken in: " in text and "reaction: " in text and "state anger" in text
    assert "s of silence] beat nudge" in text
    assert 'time: "' in text and "(specific)" in text
    assert text.rstrip().splitlines()[-1].startswith("-- ")


def test_a_stuffed_line_said_again_is_taken_in_as_nothing() -> None:
    scenario = load_library()[0].get("broken-on-arrival")
    out = io.StringIO()
    line = "I understand, I'm sorry, let me help."
    play(scenario, 1, [line, line], out)
    assert "says again turn 2; taken in: nothing" in out.getvalue()


def test_the_command_reads_a_pipe_and_refuses_a_broken_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "server", "scenarios", "try", str(LIBRARY / "bad-day.yaml"),
         "--seed", "7"],
        input="Of course, I can change that for you right now.\n/quit\n",
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "reaction: " in done.stdout and done.stdout.rstrip().splitlines()[-1].startswith(
        "-- ")
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\n")
    done = subprocess.run([sys.executable, "-m", "server", "scenarios", "try", str(broken)],
                          input="", capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1 and "broken.yaml:" in done.stderr
    missing = subprocess.run([sys.executable, "-m", "server", "scenarios", "try",
                              str(tmp_path / "nope.yaml")], input="", capture_output=True,
                             text=True, timeout=120, check=False)
    assert missing.returncode == 2 and "sparring scenarios try:" in missing.stderr
