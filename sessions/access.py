"""Who may read or replay a recorded session.

Participants of the session and admins; cohort trainers join this rule with the cohorts
feature. Every path that shows a transcript (telnet, web, replay) asks here.
"""

from __future__ import annotations

from sessions.records import Account, Role, SessionInfo


def may_read(account: Account, session: SessionInfo) -> bool:
    return account.role is Role.ADMIN or account.name in session.member_accounts()
