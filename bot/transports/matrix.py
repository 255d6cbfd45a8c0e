"""Matrix through matrix-nio: briefs posted as formatted `m.notice`s and `!commands` answered in rooms.

The pieces: matrix_payload (pure: contents, splitting, transaction ids, command parsing, invite rules, power
levels), matrix_loop (the asyncio thread), matrix_connection (login and session), matrix_sender (the
Transport), matrix_sync (the FrontEnd). Encrypted rooms are refused: the bot says so in the room and leaves.

This module is what the composition root calls. It imports matrix-nio only when Matrix is configured:
matrix-nio (with aiohttp) takes about half a second to import, which every CLI command would pay.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.models import CommandRequest, RenderedMessage
from bot.settings import MatrixSettings
from bot.store.matrix_sessions import MatrixSessionRepository
from bot.transports.base import FrontEnd, Transport

Answer = Callable[[CommandRequest], RenderedMessage]
"""A command's reply rendered for Matrix (bot.app wires the command core and the renderer)."""


def matrix_transport(settings: MatrixSettings, sessions: MatrixSessionRepository) -> Transport:
    """The Transport for `transport: matrix` destinations; it connects on first use, not here."""
    from bot.transports.matrix_connection import MatrixConnection
    from bot.transports.matrix_sender import MatrixTransport

    return MatrixTransport(MatrixConnection(settings, sessions))


def matrix_front_end(transport: Transport, answer: Answer, commands: frozenset[str]) -> FrontEnd | None:
    """The sync loop answering `commands` in rooms, on `transport`'s connection (None if it is no Matrix
    transport)."""
    from bot.transports.matrix_sender import MatrixTransport
    from bot.transports.matrix_sync import MatrixFrontEnd

    if not isinstance(transport, MatrixTransport):
        return None
    return MatrixFrontEnd(transport.connection, answer, commands)
