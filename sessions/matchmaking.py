"""The practice queue: trainees wait for a partner to play the customer.

First come, first served on both sides: the longest-waiting trainee gets the
longest-waiting partner (a peer who volunteered, or a trainer on duty). A trainee
nobody takes within ``wait`` seconds gets the scripted customer. Leaving, or
disconnecting, takes a person out of the queue; nothing is left half-paired.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

import attrs
from twisted.internet.interfaces import IDelayedCall, IReactorTime

DEFAULT_WAIT = 60.0


class PartnerKind(enum.StrEnum):
    PEER = "peer"  # a trainee who volunteered to play customers
    TRAINER = "trainer"  # a trainer on duty


@attrs.define(eq=False)
class Seeker:
    account: str
    wanted: str | None  # a scenario id or a tag, or None for any
    since: float
    timer: IDelayedCall | None = None


@attrs.define(eq=False)
class Partner:
    account: str
    kind: PartnerKind
    since: float


@attrs.frozen
class Match:
    seeker: Seeker
    partner: Partner | None  # None: the scripted customer
    reason: str  # told to the trainee: who they got and why


class Matchmaker:
    def __init__(
        self, clock: IReactorTime, matched: Callable[[Match], object], wait: float = DEFAULT_WAIT
    ) -> None:
        self._clock = clock
        self._matched = matched
        self.wait = wait
        self._seekers: list[Seeker] = []
        self._partners: list[Partner] = []

    def seek(self, account: str, wanted: str | None = None) -> int:
        """Queue a trainee; returns their place (1 = next), or 0 if matched at once."""
        self.withdraw(account)
        seeker = Seeker(account, wanted, self._clock.seconds())
        self._seekers.append(seeker)
        seeker.timer = self._clock.callLater(self.wait, self._fall_back, seeker)
        self._pair()
        return self._seekers.index(seeker) + 1 if seeker in self._seekers else 0

    def offer(self, account: str, kind: PartnerKind) -> int:
        """Queue someone willing to play the customer; returns their place, or 0."""
        self.withdraw(account)
        partner = Partner(account, kind, self._clock.seconds())
        self._partners.append(partner)
        self._pair()
        return self._partners.index(partner) + 1 if partner in self._partners else 0

    def withdraw(self, account: str) -> bool:
        """Take ``account`` out of the queue on either side; True if it was there."""
        found = False
        for seeker in [s for s in self._seekers if s.account == account]:
            self._drop_seeker(seeker)
            found = True
        before = len(self._partners)
        self._partners = [p for p in self._partners if p.account != account]
        return found or len(self._partners) != before

    def waiting(self) -> tuple[list[Seeker], list[Partner]]:
        return list(self._seekers), list(self._partners)

    def _drop_seeker(self, seeker: Seeker) -> None:
        self._seekers.remove(seeker)
        if seeker.timer is not None and seeker.timer.active():
            seeker.timer.cancel()

    def _pair(self) -> None:
        while self._seekers and self._partners:
            seeker, partner = self._seekers[0], self._partners.pop(0)
            self._drop_seeker(seeker)
            who = "a trainer on duty" if partner.kind is PartnerKind.TRAINER else "a fellow trainee"
            self._matched(Match(seeker, partner, f"{partner.account} ({who}) plays the customer."))

    def _fall_back(self, seeker: Seeker) -> None:
        seeker.timer = None
        if seeker in self._seekers:
            self._drop_seeker(seeker)
            self._matched(Match(
                seeker, None,
                f"Nobody was free to play the customer within {self.wait:g} seconds, so the "
                "scripted customer plays it.",
            ))
