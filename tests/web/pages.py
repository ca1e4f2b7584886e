"""What a trainee does on the page, as Playwright steps (run on the browser thread)."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

PASSWORD = "correct-horse-battery"


def sign_up(page: Any, base_url: str, name: str) -> None:
    """Open the page, create the account ``name`` and arrive in the lobby."""
    page.goto(base_url)
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Lobby")).to_be_visible()
    expect(page.get_by_text("Connected.")).to_be_visible()


def say(page: Any, text: str) -> None:
    box = page.get_by_label("Your message")
    box.fill(text)
    box.press("Enter")
    expect(box).to_have_value("")


def lines(page: Any) -> Any:
    """The spoken lines of the live chat, in order."""
    return page.locator("#chat-log .say .text")


def open_room(page: Any) -> int:
    """Open a room as the agent from the lobby; returns its number."""
    page.get_by_role("button", name="Open a room as the agent").click()
    heading = page.get_by_role("heading", name=re.compile(r"^Room \d+"))
    expect(heading).to_be_visible()
    return int(re.search(r"Room (\d+)", heading.inner_text()).group(1))
