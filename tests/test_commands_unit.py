"""The command layer's small parsers, without a connection."""

from __future__ import annotations

import pytest

from server.commands import MOST, number


@pytest.mark.parametrize(("text", "expected"), [
    ("0", 0), ("12", 12), ("007", 7), (str(MOST), MOST),
    (str(MOST + 1), None), ("9" * 20, None), ("", None), ("-1", None), ("+3", None),
    ("1.5", None), ("²", None), ("١٢", None), ("\uff11\uff12", None), (" 1", None),
])
def test_number_takes_plain_ascii_digits_within_range(text, expected):
    assert number(text) == expected


def test_number_has_a_ceiling():
    assert number("100", most=100) == 100
    assert number("101", most=100) is None
