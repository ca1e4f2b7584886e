"""Many sessions ending at once while others chat: do the bystanders notice?

Runs the server in-process on an SQLite file (or --db URL). BYSTANDERS pairs of telnet
clients chat on 127.0.0.1, one line in flight per pair, all through the run. ENDING other
pairs first hold a conversation of TURNS lines each (agent and customer in turn, service
talk of several kinds), then all type "/end" in the same instant, so that many finished
sessions are scored together. Prints the bystanders' send-to-partner latency p50/p99 in
the calm before the endings (the baseline, same run) and from the first "/end" until the
last debrief has arrived, the ratio of the two p99s, and how long the last debrief took.

    python bench/endings.py --ending 500 --bystanders 20
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from twisted.internet import defer, task

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.relay import WAIT, BenchClient, pair, start_server

AGENT = (
    "I'm sorry to hear that, {n}. Could you tell me the order number?",
    "I understand how frustrating this is. Let me look into it now.",
    "I can't offer a full refund, but I can send a replacement today.",
    "It should arrive within 3 working days; I'll email you the tracking number.",
    "Does that work for you?",
)
CUSTOMER = (
    "My order {n} still hasn't arrived and it's been ten days.",
    "This is the third time I've asked. I want my money back.",
    "Fine. When will it get here?",
    "OK, thanks.",
)


class Window:
    """Latencies, each filed under the phase it was measured in."""

    def __init__(self) -> None:
        self.phase = "calm"
        self.seen: dict[str, list[float]] = {"calm": [], "endings": [], "after": []}

    def add(self, seconds: float) -> None:
        self.seen[self.phase].append(seconds)


async def chat(reactor, agent: BenchClient, customer: BenchClient, window: Window,
               until: defer.Deferred) -> None:
    """One line in flight until ``until`` fires, each latency filed in ``window``."""
    n = 0
    while not until.called:
        marker = f"bystander line {n} end".encode()
        seen = customer.wait_for(marker)
        sent = time.perf_counter()
        agent.send(marker.decode())
        await seen.addTimeout(WAIT, reactor)
        window.add(time.perf_counter() - sent)
        n += 1


async def converse(reactor, agent: BenchClient, customer: BenchClient, turns: int,
                   number: int) -> None:
    """A conversation of ``turns`` lines, each waited for by the other side."""
    for turn in range(turns):
        speaker, listener, lines = ((customer, agent, CUSTOMER) if turn % 2 == 0
                                    else (agent, customer, AGENT))
        # The screen wraps long lines: wait for a short last word, which it never splits.
        mark = f"#{number}.{turn}"
        seen = listener.wait_for(mark.encode())
        speaker.send(lines[(turn // 2) % len(lines)].format(n=number) + " " + mark)
        await seen.addTimeout(WAIT, reactor)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * share) - 1)] * 1000


async def run(reactor, options: argparse.Namespace) -> None:
    service, db_url, port = await start_server(reactor, options.db)
    bystanders = [await pair(reactor, port, n) for n in range(options.bystanders)]
    ending = [await pair(reactor, port, options.bystanders + n) for n in range(options.ending)]
    for start in range(0, len(ending), 50):  # conversations in batches, like a busy floor
        await defer.gatherResults([
            defer.Deferred.fromCoroutine(converse(reactor, a, c, options.turns, n))
            for n, (a, c, _) in enumerate(ending[start:start + 50], start)
        ])
    window, stop = Window(), defer.Deferred()
    chats = defer.gatherResults([
        defer.Deferred.fromCoroutine(chat(reactor, a, c, window, stop))
        for a, c, _ in bystanders
    ])
    await task.deferLater(reactor, options.calm, lambda: None)
    debriefs = [agent.wait_for(b"Debrief:") for agent, _, _ in ending]
    window.phase = "endings"
    ended_at = time.perf_counter()
    for agent, _, _ in ending:
        agent.send("/end")
    await defer.gatherResults([d.addTimeout(WAIT * 4, reactor) for d in debriefs])
    last_debrief = time.perf_counter() - ended_at
    window.phase = "after"
    await task.deferLater(reactor, 1.0, lambda: None)
    stop.callback(None)
    await chats
    calm, busy = window.seen["calm"], window.seen["endings"]
    print(f"database: {db_url.split(':')[0]}; bystander pairs: {options.bystanders}; "
          f"sessions ending at once: {options.ending} of {options.turns} lines each")
    print(f"bystanders, calm:    {len(calm)} lines, p50 {percentile(calm, 0.5):.1f} ms, "
          f"p99 {percentile(calm, 0.99):.1f} ms")
    print(f"bystanders, endings: {len(busy)} lines, p50 {percentile(busy, 0.5):.1f} ms, "
          f"p99 {percentile(busy, 0.99):.1f} ms")
    print(f"p99 during the endings / calm p99: "
          f"{percentile(busy, 0.99) / percentile(calm, 0.99):.1f}x")
    print(f"all {options.ending} debriefs delivered {last_debrief:.2f} s after the /end "
          f"burst (median bystander line then: {statistics.median(busy) * 1000:.1f} ms)")
    for agent, customer, _ in [*bystanders, *ending]:
        agent.transport.loseConnection()
        customer.transport.loseConnection()
    await service.stopService()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bystanders", type=int, default=20)
    parser.add_argument("--ending", type=int, default=200)
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--calm", type=float, default=3.0,
                        help="seconds of chat measured before the endings")
    parser.add_argument("--db", help="SQLAlchemy URL (default: a new SQLite file)")
    task.react(lambda reactor: defer.Deferred.fromCoroutine(run(reactor, parser.parse_args())))


if __name__ == "__main__":
    main()
