"""Matrix through matrix-nio: briefs posted as formatted `m.notice`s and `!commands` answered in rooms.

The pieces: matrix_payload (pure: contents, splitting, transaction ids, command parsing, invite rules),
matrix_loop (the asyncio thread), matrix_connection (login and session), matrix_sender (the Transport),
matrix_sync (the FrontEnd). Encrypted rooms are refused: the bot says so in the room and leaves.
"""

from __future__ import annotations

from bot.transports.matrix_connection import MatrixConnection, MatrixError
from bot.transports.matrix_sender import MatrixTransport
from bot.transports.matrix_sync import Answer, MatrixFrontEnd

__all__ = ["Answer", "MatrixConnection", "MatrixError", "MatrixFrontEnd", "MatrixTransport"]
