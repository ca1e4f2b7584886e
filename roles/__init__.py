"""Who plays whom: the scenario format, its linter, the library and the scripted customer.

Entry points: ``roles.library.load_library`` (library and lint problems),
``roles.render`` (briefing, persona card), ``roles.engine.CustomerEngine`` and
``roles.customer.ScriptedCustomer`` (the bot in a room's customer seat).
"""
