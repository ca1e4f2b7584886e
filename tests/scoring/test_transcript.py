"""Reading transcripts, and errors that name the line."""

from __future__ import annotations

import pytest

from scoring.transcript import Transcript, TranscriptError, Turn, from_data, parse


def test_json_form() -> None:
    t = parse('{"scenario": "late-parcel", "turns": [{"speaker": "customer", "text": "Hi",'
              ' "at": 1.5}, {"speaker": "Agent", "text": "Hello"}]}')
    assert t == Transcript("late-parcel", (Turn("customer", "Hi", 1.5), Turn("agent", "Hello")))


def test_plain_form_with_continuation_and_comments() -> None:
    t = parse("# a comment\nCustomer: Where is it?\n  It was due Monday.\n\nAgent: Let me check.\n")
    assert t.turns == (Turn("customer", "Where is it? It was due Monday."),
                       Turn("agent", "Let me check."))
    assert t.scenario is None


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("Agent: hi\nManager: hello\n", 2, "expected 'Agent: …'"),
        ('{"turns": [\n{"speaker": "agent", "text": "hi"},\n]}', 3, "invalid JSON"),
    ],
)
def test_errors_name_the_line(source: str, line: int, words: str) -> None:
    with pytest.raises(TranscriptError) as e:
        parse(source)
    assert e.value.line == line
    assert f"line {line}" in str(e.value) and words in str(e.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "JSON object"),
        ({"turns": "x"}, "'turns' must be a list"),
        ({"turns": [{"speaker": "bot", "text": "x"}]}, "turn 1: 'speaker'"),
        ({"turns": [{"speaker": "agent", "text": 3}]}, "'text' must be a string"),
        ({"turns": [{"speaker": "agent", "text": "x", "at": "soon"}]}, "'at' must be"),
        ({"scenario": 3, "turns": []}, "'scenario'"),
    ],
)
def test_bad_data(data: object, words: str) -> None:
    with pytest.raises(TranscriptError, match=words):
        from_data(data, line=7)
