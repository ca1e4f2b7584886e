"""The web front end: the chat page, its websocket and the JSON API it reads.

Thin like telnet: a websocket drives a ``Client`` through a ``Screen``; the API reads
the store and the library and asks ``sessions.access`` before showing any session.
"""
