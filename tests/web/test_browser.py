"""The web page in a real Chromium against a real server: playing a scenario to its
debrief and replay, a web user and a telnet user in one room, typed HTML staying text,
and a dropped websocket coming back with the lines it missed."""

from __future__ import annotations

import contextlib
import os
import re
from typing import Any

import pytest
import pytest_twisted

from tests.web.conftest import REQUIRE_BROWSER, BrowserRun, web_url

if not os.environ.get(REQUIRE_BROWSER):
    pytest.importorskip("playwright", reason="browser tests need the playwright package")

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from roles.engine import Pace
from sessions import cohorts
from sessions.records import Role
from tests.cohort_fixtures import cohort, database, people, sign_in
from tests.helpers import port_of
from tests.telnet_client import signed_in
from tests.web.pages import PASSWORD, lines, open_room, say, sign_up

SCENARIO = "broken-on-arrival"
XSS = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'


@pytest_twisted.ensureDeferred
async def test_play_a_scenario_to_the_debrief_and_replay_it(web_server, browser) -> None:
    service = await web_server()
    base = web_url(service)
    title = service.app.library.get(SCENARIO).title

    def script(run: BrowserRun) -> None:
        page = run.context.new_page()
        sign_up(page, base, "trainee1")
        card = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=title))
        expect(card).to_contain_text("Difficulty: easy")
        expect(card.get_by_role("list", name="Tags")).to_contain_text("angry")
        card.get_by_role("button", name=f"Briefing: {title}").click()
        expect(card.locator("pre")).to_contain_text("The situation:")
        run.screenshot(page, "lobby")

        card.get_by_role("button", name=f"Play {title}").click()
        expect(page.get_by_role("heading", name=re.compile("chat with"))).to_be_visible()
        customer = page.locator("#chat-log .say.customer")
        expect(customer.first).to_be_visible()
        first_reply_count = customer.count()
        say(page, "I'm so sorry about that, that sounds really frustrating. "
                  "What do you need it for?")
        expect(customer).not_to_have_count(first_reply_count)
        expect(page.locator("#chat-log .say.agent")).to_contain_text("You (Agent)")
        # Input history: Up brings the last line back.
        box = page.get_by_label("Your message")
        box.press("ArrowUp")
        expect(box).to_have_value(re.compile("^I'm so sorry"))
        box.press("ArrowDown")
        expect(box).to_have_value("")
        run.screenshot(page, "chat")
        page.set_viewport_size({"width": 390, "height": 844})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        run.screenshot(page, "chat-phone")
        page.set_viewport_size({"width": 1100, "height": 900})

        say(page, "I can send you a free replacement by express courier; "
                  "it arrives in 2 working days.")
        # End it ourselves unless the customer already ended it.
        end = page.get_by_role("button", name="End the session")
        debrief = page.get_by_role("heading", name=re.compile("^Debrief"))
        expect(end.or_(debrief)).to_be_visible()
        if end.is_visible():
            # the customer may end it between our look and our click
            with contextlib.suppress(PlaywrightTimeout):
                end.click(timeout=5000)
        expect(debrief).to_be_visible()
        scores = page.locator("#scores .score-card")
        expect(scores).to_have_count(3)
        expect(scores.locator("dt")).to_have_text(["Calmness", "Boundaries", "Resolution"])
        expect(page.locator("#debrief-verdict")).to_contain_text("Overall")
        chart = page.get_by_role("img", name=re.compile("Customer anger went from"))
        expect(chart).to_be_visible()
        expect(chart.locator("polyline")).to_have_count(1)
        expect(chart.locator(".move").first).to_be_attached()  # the agent's moves, marked
        expect(page.locator("#strengths li, #changes li").first).to_be_visible()
        run.screenshot(page, "debrief")

        page.get_by_role("button", name="Replay this session").click()
        expect(page.get_by_role("heading", name=re.compile("^Replay"))).to_be_visible()
        turns = page.get_by_role("list", name="Timeline: jump to a turn").get_by_role("button")
        expect(turns.first).to_be_visible()
        turns.nth(1).click()  # jump to the second turn: everything up to it is shown
        replayed = page.locator("#replay-log .say")
        expect(replayed).to_have_count(2)
        page.get_by_label("Speed").select_option("16")
        page.get_by_role("button", name="Play").click()
        total = page.get_by_label("Position").get_attribute("max")
        expect(page.locator("#replay-where")).to_have_text(f"{total} of {total} lines")
        expect(page.get_by_role("button", name="Play")).to_have_attribute("aria-pressed", "false")
        expect(page.locator("#replay-log")).to_contain_text("Session ended")
        run.screenshot(page, "replay")

        # The recorded session is listed in the lobby, with its debrief and replay.
        page.get_by_role("button", name="Back to the lobby").last.click()
        expect(page.get_by_role("button", name=re.compile(r"^Replay session \d+"))).to_be_visible()

    await browser(script)


async def _telnet_user(reactor: Any, service: Any, name: str):
    return await signed_in(reactor, port_of(service), name)


def _pair(run: BrowserRun, reactor: Any, service: Any, base: str, web: str, telnet: str):
    """A web agent and a telnet customer in one live room: (page, telnet client, room)."""
    page = run.context.new_page()
    sign_up(page, base, web)
    client = run.call(_telnet_user, reactor, service, telnet)
    room = open_room(page)
    client.send(f"join {room}")
    run.call(client.expect, "The session is live.")
    expect(page.locator("#chat-log")).to_contain_text("The session is live.")
    expect(page.get_by_role("heading", name=f"Room {room}: chat with {telnet}")).to_be_visible()
    return page, client, room


@pytest_twisted.ensureDeferred
async def test_a_web_user_and_a_telnet_user_see_each_others_lines_in_order(
    reactor, web_server, browser
) -> None:
    service = await web_server()
    base = web_url(service)

    def script(run: BrowserRun) -> Any:
        page, client, _room = _pair(run, reactor, service, base, "wendy", "tom")
        for index in range(3):
            say(page, f"web line {index}")
            run.call(client.expect, f"wendy (agent): web line {index}")
            client.send(f"telnet line {index}")
            expect(lines(page).last).to_have_text(f"telnet line {index}")
        expect(lines(page)).to_have_text(
            [text for i in range(3) for text in (f"web line {i}", f"telnet line {i}")]
        )
        expect(page.locator("#chat-log .say.customer .who").first).to_have_text("tom (Customer)")
        return client

    client = await browser(script)
    await client.close()


@pytest_twisted.ensureDeferred
async def test_html_typed_in_chat_is_shown_as_text(reactor, web_server, browser) -> None:
    service = await web_server()
    base = web_url(service)

    def script(run: BrowserRun) -> Any:
        page, client, _room = _pair(run, reactor, service, base, "walter", "mallory")
        client.send(XSS)
        expect(lines(page).last).to_have_text(XSS)
        say(page, XSS)
        run.call(client.expect, "walter (agent): <img src=x")  # telnet wraps the rest
        expect(lines(page)).to_have_text([XSS, XSS])
        assert page.locator("#chat-log img, #chat-log script").count() == 0
        assert page.title() == "Sparring"
        return client

    client = await browser(script)
    await client.close()


@pytest_twisted.ensureDeferred
async def test_a_dropped_websocket_reconnects_and_shows_the_missed_lines(
    reactor, web_server, browser
) -> None:
    service = await web_server()
    base = web_url(service)

    def drop(name: str) -> None:
        # What a network drop looks like to the server: the TCP connection just ends.
        service.app.online[name].screen.transport.abortConnection()

    def script(run: BrowserRun) -> Any:
        page, client, _room = _pair(run, reactor, service, base, "wilma", "terry")
        say(page, "before the drop")
        run.call(client.expect, "wilma (agent): before the drop")
        run.call(drop, "wilma")
        run.call(client.expect, "wilma dropped out")
        client.send("said while you were away")
        client.send("and this too")
        expect(lines(page)).to_have_text(
            ["before the drop", "said while you were away", "and this too"]
        )
        expect(page.get_by_role("status")).to_have_text("Connected.")
        say(page, "back again")
        run.call(client.expect, "wilma (agent): back again")
        expect(lines(page)).to_have_text(
            ["before the drop", "said while you were away", "and this too", "back again"]
        )
        return client

    client = await browser(script)
    await client.close()


@pytest_twisted.ensureDeferred
async def test_the_page_works_by_keyboard_alone(web_server, browser) -> None:
    service = await web_server()
    base = web_url(service)
    title = service.app.library.get(SCENARIO).title

    def focused(page: Any) -> str:
        return page.evaluate(
            """() => {
                const e = document.activeElement;
                return e.getAttribute("aria-label") || e.labels?.[0]?.textContent
                    || e.textContent;
            }"""
        )

    def tab_to(page: Any, name: str, limit: int = 80) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if focused(page).strip() == name:
                return
        raise AssertionError(f"Tab never reached {name!r}")

    def script(run: BrowserRun) -> None:
        page = run.context.new_page()
        page.goto(base)
        expect(page.get_by_role("heading", name="Sign in")).to_be_focused()
        page.keyboard.press("Tab")  # the skip link
        tab_to(page, "Name")  # labels give the inputs their names
        page.keyboard.type("keys")
        page.keyboard.press("Tab")
        page.keyboard.type(PASSWORD)
        tab_to(page, "Create account")
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Lobby")).to_be_focused()
        expect(page.get_by_text("Connected.")).to_be_visible()
        tab_to(page, f"Play {title}")
        page.keyboard.press("Enter")
        box = page.get_by_label("Your message")
        expect(box).to_be_focused()
        expect(page.locator("#chat-log .say.customer").first).to_be_visible()
        page.keyboard.type("Hello, I am here to help.")
        page.keyboard.press("Enter")
        expect(page.locator("#chat-log .say.agent .text")).to_have_text(
            ["Hello, I am here to help."]
        )

    await browser(script)


@pytest_twisted.ensureDeferred
async def test_the_customer_is_shown_typing_until_the_line_arrives(web_server, browser) -> None:
    # A slow typist, so the indicator is there long enough to be seen.
    service = await web_server(customer_pace=Pace(think=2.0, chars_per_second=20.0, longest=4.0))
    base = web_url(service)
    title = service.app.library.get(SCENARIO).title
    name = service.app.library.get(SCENARIO).persona.name

    def script(run: BrowserRun) -> None:
        page = run.context.new_page()
        sign_up(page, base, "typist1")
        card = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=title))
        card.get_by_role("button", name=f"Play {title}").click()
        indicator = page.locator("#typing")
        expect(indicator).to_have_text(f"{name} is typing…")
        expect(page.locator("#chat-log .say.customer").first).to_be_visible()
        expect(indicator).to_have_text("")

    await browser(script)


@pytest_twisted.ensureDeferred
async def test_a_person_typing_on_the_page_is_shown_to_the_other_seat(
    web_server, browser
) -> None:
    service = await web_server()
    base = web_url(service)

    def script(run: BrowserRun) -> None:
        agent = run.context.new_page()
        sign_up(agent, base, "typer-a")
        room = open_room(agent)
        other = run.context.browser.new_context()  # a second person: their own cookie
        try:
            customer = other.new_page()
            sign_up(customer, base, "typer-b")
            command = customer.get_by_label(re.compile("^Command"))
            command.fill(f"join {room}")
            command.press("Enter")
            expect(customer.locator("#chat-log")).to_contain_text("The session is live.")
            agent.get_by_label("Your message").press_sequentially("Let me check")
            expect(customer.locator("#typing")).to_have_text("typer-a is typing…")
            agent.get_by_label("Your message").press("Enter")
            expect(lines(customer).last).to_have_text("Let me check")
            expect(customer.locator("#typing")).to_have_text("")
        finally:
            other.close()

    await browser(script)


@pytest_twisted.ensureDeferred
async def test_a_trainer_on_telnet_coaches_a_trainee_on_the_page(
    reactor, web_server, browser, sqlite_url
) -> None:
    service = await web_server()
    base = web_url(service)
    with database(sqlite_url) as engine:
        people(engine, coach1=Role.TRAINER)
        cohort(engine, "floor-a", trainers=("coach1",))
    title = service.app.library.get(SCENARIO).title

    def script(run: BrowserRun) -> Any:
        page = run.context.new_page()
        sign_up(page, base, "wanda")
        run.call(_add_trainee, sqlite_url, "floor-a", "wanda")
        card = page.get_by_role("listitem").filter(has=page.get_by_role("heading", name=title))
        card.get_by_role("button", name=f"Play {title}").click()
        heading = page.get_by_role("heading", name=re.compile(r"^Room \d+"))
        expect(heading).to_be_visible()
        room = int(re.search(r"Room (\d+)", heading.inner_text()).group(1))
        trainer = run.call(sign_in, reactor, port_of(service), "coach1")
        trainer.send(f"watch {room}")
        run.call(trainer.expect, "You are watching.")
        expect(page.locator("#chat-log")).to_contain_text("coach1 is watching.")
        trainer.send("/whisper Name the feeling before you fix anything.")
        expect(page.locator("#chat-log")).to_contain_text(
            "[coach coach1] Name the feeling before you fix anything."
        )
        page.get_by_label("Your message").fill("/pause")
        page.get_by_label("Your message").press("Enter")
        run.call(trainer.expect, "* wanda paused the session.")
        return trainer

    trainer = await browser(script)
    await trainer.close()


def _add_trainee(url: str, name: str, trainee: str) -> None:
    with database(url) as engine:
        cohorts.add_member(engine, name, trainee, cohorts.CohortRole.TRAINEE)
