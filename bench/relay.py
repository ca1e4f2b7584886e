"""Throughput and latency of chat through the real server: telnet in, group commit, telnet out.

Runs the server in-process on an SQLite file (or --db URL), connects PAIRS pairs of
telnet clients on 127.0.0.1, puts each pair in a room, and has every agent send LINES
lines as fast as the server takes them (one outstanding line per client: send, wait for
the partner to see it, send the next). Prints lines/s, receipt latency p50/p99, and how
far the commit lagged. Every line is checked to be in the database afterwards.

    python bench/relay.py --pairs 50 --lines 200
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

from twisted.internet import defer, task
from twisted.internet.endpoints import TCP4ClientEndpoint, connectProtocol
from twisted.internet.protocol import Protocol

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from server.service import Settings, SparringService
from sessions.events import EventKind

RUN = f"{os.getpid() % 10000}"
WAIT = 30.0  # seconds any one step may take before the run gives up


class BenchClient(Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.waiting: tuple[bytes, defer.Deferred] | None = None

    def dataReceived(self, data: bytes) -> None:
        self.buffer += data
        if self.waiting and self.waiting[0] in self.buffer:
            marker, waiter = self.waiting
            self.waiting = None
            self.buffer = self.buffer[self.buffer.index(marker) + len(marker):]
            waiter.callback(None)

    def wait_for(self, marker: bytes) -> defer.Deferred:
        waiter: defer.Deferred = defer.Deferred()
        self.waiting = (marker, waiter)
        self.dataReceived(b"")
        return waiter

    def send(self, line: str) -> None:
        self.transport.write(line.encode() + b"\r\n")


async def pair(reactor, port: int, number: int) -> tuple[BenchClient, BenchClient, int]:
    clients = []
    for role in ("agent", "customer"):
        client = BenchClient()
        await connectProtocol(TCP4ClientEndpoint(reactor, "127.0.0.1", port), client)
        waiting = client.wait_for(b"Hello,")
        # Names unique to this run, so a reused database does not refuse them.
        client.send(f"create b{RUN}{role[0]}{number} benchmark-password")
        await waiting.addTimeout(WAIT, reactor)
        clients.append(client)
    agent, customer = clients
    waiting = agent.wait_for(b"is open")
    agent.send("open")
    await waiting.addTimeout(WAIT, reactor)
    room_id = int(agent.buffer.split(b'"join ')[1].split(b'"')[0])
    live = customer.wait_for(b"The session is live.")
    customer.send(f"join {room_id}")
    await live.addTimeout(WAIT, reactor)
    return agent, customer, room_id


async def converse(reactor, agent: BenchClient, customer: BenchClient, lines: int,
                   latencies: list[float]) -> None:
    for n in range(lines):
        marker = f"line {n} end".encode()
        seen = customer.wait_for(marker)
        sent = time.perf_counter()
        agent.send(marker.decode())
        await seen.addTimeout(WAIT, reactor)
        latencies.append(time.perf_counter() - sent)


async def start_server(reactor, db: str | None) -> tuple[SparringService, str, int]:
    """The server in this process on 127.0.0.1 (a new SQLite file unless ``db``): the
    service, its database URL and its telnet port."""
    db_url = db or f"sqlite:///{tempfile.mkdtemp(prefix='sparring-bench-')}/bench.sqlite"
    service = SparringService(Settings(db_url=db_url, telnet="tcp:0:interface=127.0.0.1",
                                       idle_timeout=0, keepalive=0), reactor)
    service.startService()
    await service.ready
    return service, db_url, service.telnet_port.getHost().port


async def run(reactor, options: argparse.Namespace) -> None:
    service, db_url, port = await start_server(reactor, options.db)
    pairs = [await pair(reactor, port, n) for n in range(options.pairs)]
    latencies: list[float] = []
    started = time.perf_counter()
    await defer.gatherResults([
        defer.Deferred.fromCoroutine(converse(reactor, a, c, options.lines, latencies))
        for a, c, _ in pairs
    ])
    elapsed = time.perf_counter() - started
    flush_started = time.perf_counter()
    await service.app.store.flushed()
    flush_lag = time.perf_counter() - flush_started
    saved = 0
    for _, _, room_id in pairs:
        events = await service.app.store.read_session(room_id)
        saved += sum(1 for e in events if e.kind is EventKind.SAY)
    total = options.pairs * options.lines
    latencies.sort()
    print(f"database: {db_url.split(':')[0]}; pairs: {options.pairs}; lines per pair: "
          f"{options.lines}")
    print(f"relayed {total} lines in {elapsed:.2f} s: {total / elapsed:,.0f} lines/s")
    print(f"latency send->partner sees it (includes commit): p50 "
          f"{statistics.median(latencies) * 1000:.2f} ms, "
          f"p99 {latencies[int(len(latencies) * 0.99) - 1] * 1000:.2f} ms")
    print(f"saved {saved}/{total} lines; pending after the last line: {flush_lag * 1000:.1f} ms")
    for agent, customer, _ in pairs:
        agent.transport.loseConnection()
        customer.transport.loseConnection()
    await service.stopService()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--db", help="SQLAlchemy URL (default: a new SQLite file)")
    task.react(lambda reactor: defer.Deferred.fromCoroutine(run(reactor, parser.parse_args())))


if __name__ == "__main__":
    main()
