"""Score review in the lobby: trainers comment on turns and override a dimension's score
with a reason, the agent disputes; all of it goes into the session's event log. Also
the debrief's review section, which shows the machine's and the trainer's scores."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from scoring.scorecard import DIMENSIONS
from server.commands import Handler, number
from server.home import Home
from sessions.access import Reader, may_dispute, may_review
from sessions.events import Event, EventKind
from sessions.records import SessionInfo, SessionStatus
from sessions.review import Review, turn_seq
from sessions.viewpoint import ReadPath

OVERRIDE_USAGE = "override SESSION_ID calmness|boundary_setting|resolution SCORE REASON"


def dimension_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


class ReviewCommands:
    def __init__(self, lobby: Home) -> None:
        self.lobby = lobby

    def register(self, add: Callable[[str, str, str, Handler], None]) -> None:
        add("comment", "comment SESSION_ID TURN TEXT",
            "trainers: comment on a turn of your trainee's session", self.comment)
        add("override", "override SESSION_ID DIMENSION SCORE WHY",
            "trainers: your score (0-100) for calmness, boundary_setting or resolution, "
            "with the reason", self.override)
        add("dispute", "dispute SESSION_ID TEXT",
            "the agent: dispute the scores of your session, with a note", self.dispute)

    def _show(self, text: str) -> None:
        self.lobby.screen.show(text)

    async def _session(
        self, args: list[str], usage: str, rule: Callable[[Reader, SessionInfo], bool], who: str
    ) -> tuple[SessionInfo, list[Event], Event] | None:
        """The scored session ``args[0]`` with its events and its SCORE event, when ``rule``
        lets the reader."""
        found = await self.lobby.open_recording(args, usage, ReadPath.DEBRIEF)
        if found is None:
            return None
        info = found.info
        if not rule(found.reader, info):
            self._show(f"Only {who} may do that to session {info.id}; you may read it.")
            return None
        if info.status is not SessionStatus.ENDED:
            self._show(f"Session {info.id} is still open: review it after it has ended.")
            return None
        if found.score is None:
            self._show(f"Session {info.id} has no scores to review: the agent said nothing. "
                       "Type \"sessions\" to pick another.")
            return None
        return info, list(found.events), found.score

    async def _append(self, info: SessionInfo, kind: EventKind, text: str,
                      data: dict | None = None) -> None:
        actor = self.lobby.client.account.name
        await self.lobby.client.app.store.append_review(info.id, kind, actor, text, data)

    async def comment(self, args: list[str]) -> None:
        usage = "comment SESSION_ID TURN TEXT"
        turn = number(args[1]) if len(args) >= 3 else None
        if turn is None:
            self._show(f"Usage: {usage}, e.g. \"comment 12 3 Good apology.\"; TURN is the "
                       "turn number the debrief uses.")
            return
        found = await self._session(args, usage, may_review,
                                    "the agent's cohort trainers and admins")
        if found is None:
            return
        info, events, _score = found
        seq = turn_seq(events, turn)
        if seq is None:
            turns = sum(1 for e in events if e.kind is EventKind.SAY)
            self._show(f"Session {info.id} has no turn {args[1]}: it has turns 1 to {turns}.")
            return
        await self._append(info, EventKind.COMMENT, " ".join(args[2:]), {"turn": seq})
        self._show(f"Your comment on turn {args[1]} of session {info.id} is saved.")

    async def override(self, args: list[str]) -> None:
        given = number(args[2], most=100) if len(args) >= 4 else None
        if given is None or args[1].lower().replace("-", "_") not in DIMENSIONS:
            self._show(f"Usage: {OVERRIDE_USAGE}. SCORE is 0 to 100; REASON is why, in as many "
                       "words as it takes.")
            return
        found = await self._session(args, OVERRIDE_USAGE, may_review,
                                    "the agent's cohort trainers and admins")
        if found is None:
            return
        info, _events, score = found
        dimension = args[1].lower().replace("-", "_")
        machine = score.data["scorecard"][dimension]["score"]
        await self._append(info, EventKind.OVERRIDE, " ".join(args[3:]),
                           {"dimension": dimension, "score": given, "machine": machine})
        self._show(f"{dimension_label(dimension)} for session {info.id}: machine "
                   f"{figure(machine)}, yours {given}. The agent sees both.")

    async def dispute(self, args: list[str]) -> None:
        usage = "dispute SESSION_ID TEXT, e.g. \"dispute 12 I did set a boundary at turn 4.\""
        if len(args) < 2:
            self._show(f"Usage: {usage}.")
            return
        found = await self._session(args, usage, may_dispute, "the agent of the session")
        if found is None:
            return
        info, _events, _score = found
        await self._append(info, EventKind.DISPUTE, " ".join(args[1:]))
        self._show(f"Your dispute of session {info.id} is saved; your trainers see it in "
                   "the debrief.")


def figure(value: int | None) -> str:
    return "n/a" if value is None else str(value)


def _at_turn(turn: int | None) -> str:
    return f"at turn {turn}" if turn else "before the first turn"


def _when(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC).strftime("%Y-%m-%d %H:%M")


def review_text(review: Review | None) -> str | None:
    """The debrief's review section; None when nobody has reviewed or coached."""
    if review is None:
        return None
    lines = []
    for name, override in review.latest_overrides().items():
        lines.append(f"  {dimension_label(name)}: machine {figure(review.machine[name])}, "
                     f"trainer {override.score} ({override.by}: {override.reason})")
    if review.overrides:
        lines.append(f"  Overall: machine {figure(review.machine_overall)}, after review "
                     f"{figure(review.overall)}")
    lines += [f"  Turn {c.turn}, comment by {c.by} ({_when(c.at)}): {c.text}"
              for c in review.comments]
    lines += [f"  Disputed by {d.by} ({_when(d.at)}): {d.text}" for d in review.disputes]
    lines += [f"  Coached {_at_turn(w.turn)} by {w.by}: {w.text}" for w in review.whispers]
    return "Review:\n" + "\n".join(lines) if lines else None
