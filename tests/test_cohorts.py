"""Cohorts over telnet: admins make them, trainers assign scenarios and read the cohort
table, trainees see their assignments with the pass rule applied."""

from __future__ import annotations

import datetime

import pytest_twisted

from server.cli import main
from sessions import cohorts
from sessions.cohorts import Assignment, PassRule
from sessions.records import Role
from tests.cohort_fixtures import (
    START,
    cohort,
    database,
    flat,
    people,
    scored_session,
    sign_in,
)
from tests.helpers import port_of

LATER = "2099-12-31"
PASSING = {"calmness": 80, "boundary_setting": 75, "resolution": 85, "overall": 80}
FAILING = {"calmness": 50, "boundary_setting": 55, "resolution": 40, "overall": 48}


@pytest_twisted.ensureDeferred
async def test_admins_make_cohorts_and_add_people(reactor, server_factory, sqlite_url):
    with database(sqlite_url) as engine:
        people(engine, root=Role.ADMIN, tara=Role.TRAINER, uma=Role.TRAINEE)
    service = await server_factory(sqlite_url)
    port = port_of(service)
    uma = await sign_in(reactor, port, "uma")
    uma.send("cohort create north")
    await uma.expect("Only admins make cohorts and add people to them; ask an admin.")
    uma.send("cohorts")
    await uma.expect("You are in no cohort yet")
    root = await sign_in(reactor, port, "root")
    for line, answer in (
        ("cohort create north", "Cohort north created."),
        ("cohort create north", "There is already a cohort named north: choose another name."),
        ("cohort create 9x", "'9x' is not a valid name"),
        ("cohort add north tara trainer", "tara is a trainer in cohort north"),
        ("cohort add north uma trainee", "uma is a trainee in cohort north: 1 trainer(s), "
                                         "1 trainee(s)."),
        ("cohort add north uma trainer", "uma is a trainee account; only trainer or admin"),
        ("cohort add north nobody trainee", "There is no account named nobody"),
        ("cohort add south uma trainee", "There is no cohort named south."),
        ("cohort add north uma boss", "Usage: cohort add NAME USER trainer|trainee"),
        ("cohort", "Usage: cohort NAME, cohort create NAME"),
    ):
        root.send(line)
        await root.expect(answer)
    uma.send("cohorts")
    await uma.expect("north: trainers tara; 1 trainee(s)")
    for client in (uma, root):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_trainers_assign_scenarios_to_their_own_cohorts(reactor, server_factory,
                                                              sqlite_url):
    with database(sqlite_url) as engine:
        people(engine, tara=Role.TRAINER, otto=Role.TRAINER, uma=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma",))
        cohort(engine, "south", trainers=("otto",))
    service = await server_factory(sqlite_url)
    port = port_of(service)
    otto = await sign_in(reactor, port, "otto")
    otto.send(f"assign north broken-on-arrival {LATER}")
    await otto.expect("You do not train cohort north")
    tara = await sign_in(reactor, port, "tara")
    for line, answer in (
        ("assign north", "Usage: assign COHORT SCENARIO_ID DUE"),
        ("assign north broken-on-arrival 31/12/2099", "\"31/12/2099\" is not a date"),
        ("assign north broken-on-arrival 2001-01-01", "2001-01-01 has passed"),
        (f"assign north no-such-scenario {LATER}", "There is no scenario \"no-such-scenario\""),
        (f"assign north broken-on-arrival {LATER} overall>200", "is not a pass rule"),
        (f"assign north broken-on-arrival {LATER} overall>=70 seeds=0", "seeds=1 or more"),
        (f"assign west broken-on-arrival {LATER}", "There is no cohort named west."),
        (f"assign north broken-on-arrival {LATER} overall>=70 seeds=2",
         f"Assigned broken-on-arrival to cohort north, due {LATER}: overall>=70 on 2"),
    ):
        tara.send(line)
        await tara.expect(answer)
    uma = await sign_in(reactor, port, "uma")
    uma.send("assignments")
    await uma.expect(f"broken-on-arrival, due {LATER}: pending")
    for client in (otto, tara, uma):
        await client.close()


@pytest_twisted.ensureDeferred
async def test_the_cohort_table_and_assignment_status(reactor, server_factory, db_url):
    """The pass rule counts the trainee's scored sessions of the scenario with distinct
    seeds; an override counts; an unpassed assignment past its date is overdue."""
    with database(db_url) as engine:
        people(engine, tara=Role.TRAINER, uma=Role.TRAINEE, vic=Role.TRAINEE,
               wes=Role.TRAINEE)
        cohort(engine, "north", trainers=("tara",), trainees=("uma", "vic", "wes"))
        rule = PassRule(min_overall=70, seeds=2)
        for scenario, due in (("broken-on-arrival", datetime.date(2099, 12, 31)),
                              ("over-the-line", datetime.date(2020, 1, 1))):
            cohorts.assign(engine, Assignment("north", scenario, due, rule, "tara", START))
        scored_session(engine, "uma", seed=1, **PASSING)
        scored_session(engine, "uma", seed=2, **PASSING)
        scored_session(engine, "vic", seed=1, **PASSING)
        scored_session(engine, "vic", seed=1, **PASSING)  # the same seed again
        failed = scored_session(engine, "wes", seed=3, **FAILING)
        scored_session(engine, "wes", seed=4, **PASSING)
    service = await server_factory(db_url)
    port = port_of(service)
    tara = await sign_in(reactor, port, "tara")
    # 0.3*80 + 0.3*75 + 0.4*85 = 80.5: the override lifts wes's first attempt to a pass.
    tara.send(f"override {failed} resolution 85 The refund was the right call.")
    await tara.expect("yours 85")
    tara.send(f"override {failed} calmness 80 Calm enough.")
    await tara.expect("yours 80")
    tara.send(f"override {failed} boundary_setting 75 Held the policy.")
    await tara.expect("yours 75")
    tara.send("cohort north")
    table = await tara.expect("Behind (an assignment overdue):")
    await tara.expect("\n")
    rows = {line.split()[0]: line.split() for line in tara.text.splitlines()
            if line.split()[:1] in (["uma"], ["vic"], ["wes"])}
    assert "1. over-the-line, due 2020-01-01" in table  # soonest due first
    assert "2. broken-on-arrival, due 2099-12-31, overall>=70 on 2 different seeds" in table
    assert rows["uma"] == ["uma", "2", "80", "80", "75", "85", "overdue", "passed", "BEHIND"]
    assert rows["vic"] == ["vic", "2", "80", "80", "75", "85", "overdue", "pending", "BEHIND"]
    assert rows["wes"] == ["wes", "2", "80", "80", "75", "85", "overdue", "passed", "BEHIND"]
    assert "Behind (an assignment overdue): uma, vic, wes." in tara.text
    uma = await sign_in(reactor, port, "uma")
    uma.send("assignments")
    await uma.expect("broken-on-arrival, due 2099-12-31: passed")
    await uma.expect("cohort north)")
    assert "seeds; 2 of 2 done;" in flat(uma.text)
    vic = await sign_in(reactor, port, "vic")
    vic.send("assignments")
    await vic.expect("over-the-line, due 2020-01-01: overdue")
    assert "broken-on-arrival, due 2099-12-31: pending" in flat(vic.text)
    assert "1 of 2 done" in flat(vic.text)
    uma.send("cohort north")
    await uma.expect("You do not train cohort north")
    for client in (tara, uma, vic):
        await client.close()


def test_operators_manage_cohorts_from_the_command_line(sqlite_url, capsys):
    with database(sqlite_url) as engine:
        people(engine, tara=Role.TRAINER, uma=Role.TRAINEE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["cohort", *argv, "--db", sqlite_url])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("list")[:2] == (0, "No cohorts yet: \"sparring cohort create NAME\" makes one.\n")
    assert run("create", "north")[:2] == (0, "Cohort north created.\n")
    code, _, err = run("create", "north")
    assert code == 2 and "There is already a cohort named north" in err
    assert run("add", "north", "tara", "trainer")[0] == 0
    code, _, err = run("add", "north", "uma", "trainer")
    assert code == 2 and "uma is a trainee account" in err
    assert run("add", "north", "uma", "trainee")[1] == (
        "uma is a trainee in cohort north: 1 trainer(s), 1 trainee(s).\n")
    assert run("list")[1].split() == ["north", "trainers:", "tara;", "trainees:", "uma"]
