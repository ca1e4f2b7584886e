"""The login screen (the MUD convention): connect, create, quit."""

from __future__ import annotations

from twisted.logger import Logger

from server.accounts import AccountError, name_problem
from server.client import Client
from server.lobby import Lobby
from server.screen import Screen
from server.signin import SignInRefused
from sessions.records import Account, Role

_log = Logger()

BANNER = """\
Welcome to Sparring: practise the hard conversations before they happen.

  connect NAME PASSWORD   sign in (or "connect NAME" to type the password hidden)
  create NAME PASSWORD    make a new trainee account
  quit                    leave"""


class Login:
    def __init__(self, client: Client) -> None:
        self.client = client
        self._awaiting_password_for: str | None = None

    @staticmethod
    def greet(screen: Screen, open_registration: bool) -> None:
        banner = BANNER if open_registration else BANNER.replace(
            "  create NAME PASSWORD    make a new trainee account\n", ""
        )
        screen.show(banner)

    def disconnected(self) -> None:
        pass

    def where(self) -> str:
        return "signing in"

    async def handle(self, line: str) -> None:
        screen = self.client.screen
        if self._awaiting_password_for is not None:
            name, self._awaiting_password_for = self._awaiting_password_for, None
            screen.hide_input(False)
            await self._connect(name, line)
            return
        words = line.split()
        if not words:
            return
        command, args = words[0].lower(), words[1:]
        if command == "connect" and len(args) == 1:
            self._awaiting_password_for = args[0]
            screen.prompt("Password: ")
            screen.hide_input(True)
        elif command == "connect" and len(args) == 2:
            await self._connect(*args)
        elif command == "create" and len(args) == 2:
            await self._create(*args)
        elif command in ("quit", "exit", "logout"):
            screen.close("Goodbye.")
        elif command == "connect":
            screen.show(
                "Usage: connect NAME PASSWORD. If your password has spaces, type "
                "\"connect NAME\" and then the password on its own line."
            )
        elif command == "create":
            screen.show("Usage: create NAME PASSWORD (the password without spaces).")
        else:
            screen.show(
                "You are not signed in yet. Type \"connect NAME PASSWORD\" to sign in"
                + (", or \"create NAME PASSWORD\" for a new account." if
                   self.client.app.open_registration else ".")
            )

    async def _connect(self, name: str, password: str) -> None:
        screen = self.client.screen
        try:
            account = await self.client.app.sign_in(name, password, screen.peer)
        except SignInRefused as refused:
            screen.show(str(refused))
            return
        await self.enter(account)

    async def _create(self, name: str, password: str) -> None:
        app, screen = self.client.app, self.client.screen
        if not app.open_registration:
            screen.show("New accounts are made by an administrator here: ask your trainer.")
            return
        problem = name_problem(name)
        if problem:
            screen.show(problem)
            return
        try:
            account = await app.accounts.create(name, password, Role.TRAINEE)
        except AccountError as error:
            screen.show(str(error))
            return
        _log.info("Account {name} created from {peer}", name=name, peer=screen.peer)
        await self.enter(account)

    async def enter(self, account: Account) -> None:
        """Sign ``account`` in on this connection: also for front ends that checked the
        password themselves (the web page's session cookie)."""

        client = self.client
        previous = client.app.online.get(account.name)
        if previous is not None and previous is not client:
            previous.screen.close("You signed in from somewhere else; this connection is closed.")
        client.account = account
        client.app.online[account.name] = client
        _log.info("{name} signed in from {peer}", name=account.name, peer=client.screen.peer)
        lobby = Lobby(client)
        client.switch(lobby)
        client.screen.show(f"Hello, {account.name} ({account.role}). Type \"help\" for commands.")
        await lobby.return_to_seat()
