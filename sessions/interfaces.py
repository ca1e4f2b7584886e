"""The seams of the domain: the only interfaces the rest of the code relies on."""

from __future__ import annotations

from zope.interface import Attribute, Interface


class IParticipant(Interface):
    """Anything that sits in a room and is shown its events.

    A telnet user, a web user and a scripted customer all provide this; a room never
    knows which kind it holds (the twisted.words ``IChatClient`` pattern).
    """

    name = Attribute("Display name shown to the other people in the room.")
    account = Attribute("Account name of the person behind it, or None for a bot.")

    def deliver(event):
        """Show one committed event. Called on the reactor thread; must not raise."""


class IStore(Interface):
    """Where sessions and accounts live: an SQLite file or a PostgreSQL database."""

    def append(event):
        """Queue an event for the next group commit; the Deferred fires once it is durable."""

    def read_session(session_id, after_seq=0):
        """Deferred list of a session's events in order (those after ``after_seq``)."""

    def get_session(session_id):
        """Deferred ``SessionInfo``, or None when there is no such session."""

    def reader_for(account):
        """Deferred ``sessions.access.Reader``: the account with what its cohorts give it."""

    def sessions_visible_to(reader):
        """Deferred list of the sessions this ``sessions.access.Reader`` may read."""
