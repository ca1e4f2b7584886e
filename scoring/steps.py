"""Resolution steps in the agent's own words that are not moves: instructions, information
and steering back to the issue.

The recogniser sees what the agent will do ("I'll send a replacement"); the craft also counts
what the agent tells the customer to do and what they explain: "propose practical
solutions", "communicate the steps that will be taken", "be transparent: provide clear
information about the situation", "stay solution-oriented" (seed articles). These marks read
the agent's turns only, never the customer's reaction, so a customer's closing "thanks"
cannot earn them.
"""

from __future__ import annotations

import re

from scoring.patterns import compile_phrase
from scoring.tone import TONE_PATTERNS, Mark, MarkTable
from scoring.weights import RESOLUTION_GAIN, TONE_MARKS

_SENTENCE_START = r"(?:(?<=^)|(?<=[.!?:;]\s)|(?<=[.!?:;]\s\s)|(?<=\n))"
_STEP_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a concrete step the customer can take now (not "DM us" or "call us": that hands over)
    ("instruct", re.compile(
        _SENTENCE_START + r"(?:(?:please|just|simply|first|then|now|next|also),?\s+)*"
        r"(?:try|go\s+to|click|tap|select|open|restart|reboot|reinstall|update|clear|visit|"
        r"log\s+(?:in|out)|sign\s+(?:in|out)|turn\s+(?:it\s+)?(?:off|on)|reset|unplug|"
        r"navigate|enter|download|install|uninstall|disable|enable|head\s+to|delete|remove|"
        r"switch|choose|follow\s+(?:the|these|this)|make\s+sure|double-check|put|slide|"
        r"scroll|press|swipe|hold|type|drag|pull|push|plug|keep\s+(?:going|sliding|scrolling)|"
        r"look\s+(?:for|at|under)|find|fill\s+in|tick|untick|copy|paste)\b",
        re.IGNORECASE,
    )),
    ("instruct", compile_phrase(
        r"you (?:can|could|may|'ll need to|will need to|need to|should be able to) (?:now |also "
        r"|simply |just )?(?:find|change|update|download|install|reset|select|request|apply|"
        r"use|access|manage|check|track|cancel|turn|switch|set|view|see|log in|sign in|"
        r"restart|reinstall|clear|enable|disable|tap|click|go to)"
    )),
    # back to the issue after a side-track: "stay solution-oriented"
    ("redirect", compile_phrase(
        r"let's (?:keep|focus|get back|stick|stay|talk|try|not|move|look)|get back to|"
        r"back on (?:track|topic)|focus on|it(?:'s| is) (?:important|better|more helpful|"
        r"worth|best) to|(?:would|could|might) be (?:more )?(?:helpful|productive|"
        r"constructive|useful) to"
    )),
    # clear information about the situation: its cause, its status, what is being done
    ("inform", compile_phrase(
        r"(?:is|are|was|were|has been|have been|will be|should be) (?:now |currently |already "
        r"|back |fully |being )?(?:available|back up|restored|fixed|resolved|working|live|up "
        r"and running|scheduled|expected|delivered|shipped|dispatched|released|refunded|"
        r"credited|processed|active|investigated|worked on)|(?:is|was|were|are) (?:caused by|"
        r"due to)|the (?:reason|cause) (?:is|was|for)|(?:we're|we are|our team is|the team is|"
        r"engineers are) (?:aware|working on|investigating|looking into|currently)"
    )),
)

# One pass over an agent's turn finds both its tone marks and its steps.
_AGENT_MARKS = MarkTable(TONE_PATTERNS + _STEP_PATTERNS, {**TONE_MARKS, **RESOLUTION_GAIN})


def agent_marks(text: str) -> tuple[tuple[Mark, ...], tuple[Mark, ...]]:
    """(tone marks, steps) of an agent's ``text``: the tone marks are ``tone_marks(text)``."""
    found = _AGENT_MARKS.find(text)
    return (tuple(m for m in found if m.check in TONE_MARKS),
            tuple(m for m in found if m.check not in TONE_MARKS))
