"""What the command layer needs from a front end's connection."""

from __future__ import annotations

from typing import Protocol

from sessions.events import Event


class Screen(Protocol):
    width: int
    peer: str  # the remote address, for throttling and logs

    def show(self, text: str) -> None:
        """Write text (one or more lines), wrapped to the screen's width."""

    def show_event(self, event: Event, viewer: str | None) -> None:
        """Show one session event; ``viewer`` is the display name of the person looking."""

    def prompt(self, text: str) -> None:
        """Write text without a line end, for the user to type after."""

    def hide_input(self, hidden: bool) -> None:
        """Stop (or restart) showing what the user types: for passwords."""

    def close(self, farewell: str | None = None) -> None:
        """Say goodbye and disconnect."""
