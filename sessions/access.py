"""Who may read, coach, review and dispute a recorded session: the one place the rules live.

Every path that shows a recording goes through ``sessions.reading``, which asks
``may_read`` (and ``sessions.viewpoint`` for what the reader then sees); the live
coaching commands ask ``may_coach``; comments and overrides ask ``may_review``; disputes
ask ``may_dispute``. The functions are pure: ``SqlStore.reader_for`` gathers what they
need from the cohort tables.
"""

from __future__ import annotations

import attrs

from sessions.records import Account, Role, SessionInfo


@attrs.frozen
class Reader:
    """An account with what its cohorts give it."""

    account: Account
    coached: frozenset[str] = frozenset()  # trainees in cohorts where account is a trainer
    shared: frozenset[int] = frozenset()  # session ids shared with a cohort account is in


def may_read(reader: Reader, session: SessionInfo) -> bool:
    """Admins; the session's participants; a trainer of a participant; a member of a
    cohort the session was shared with."""
    members = session.member_accounts()
    return (
        reader.account.role is Role.ADMIN
        or reader.account.name in members
        or not reader.coached.isdisjoint(members)
        or session.id in reader.shared
    )


def may_coach(reader: Reader, trainee: str) -> bool:
    """Admins, and trainers of a cohort ``trainee`` is in (watch, whisper, take over)."""
    return reader.account.role is Role.ADMIN or trainee in reader.coached


def may_review(reader: Reader, session: SessionInfo) -> bool:
    """Comment on turns and override scores: admins and the agent's cohort trainers."""
    return any(may_coach(reader, agent) for agent in session.agents())


def may_dispute(reader: Reader, session: SessionInfo) -> bool:
    """Dispute a score: only the agent who was scored."""
    return reader.account.name in session.agents()
