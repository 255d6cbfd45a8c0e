"""Posting to a Matrix room: the Transport the pipeline delivers briefs with, and the coroutine the sync
front end answers commands with.

Every event is sent with a transaction id derived from the delivery id, so a send retried after a crash or a
lost answer is dropped by the homeserver instead of posted twice. `M_LIMIT_EXCEEDED` waits the
`retry_after_ms` the homeserver asks for; an unreachable homeserver is retried with backoff; both only
until the send's deadline, after which the receipt says why and when to retry.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import ClientConnectionError
from nio import ErrorResponse, RoomSendResponse

from bot.models import DeliveryReceipt, MessageFormat, RenderedMessage
from bot.transports.matrix_connection import MatrixConnection, MatrixError
from bot.transports.matrix_payload import message_contents, transaction_id

log = logging.getLogger(__name__)
_TOKEN_ERRORS = frozenset({"M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"})


class SendDelayed(Exception):
    """The homeserver is down or rate-limiting past the deadline; worth retrying after `retry_after`."""

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def backoff(attempt: int) -> float:
    """0.25 s, 0.5 s, 1 s … at most 5 s between tries to reach a homeserver that is down."""
    return float(min(0.25 * 2 ** attempt, 5.0))


async def send_event(
    connection: MatrixConnection, room_id: str, content: dict[str, Any], txn_id: str, deadline: float
) -> str:
    """The event id of `content` posted to `room_id` with `txn_id`."""
    loop = asyncio.get_running_loop()
    attempt = 0
    while True:
        try:
            client = await connection.client()
            response = await client.room_send(room_id, "m.room.message", content, tx_id=txn_id,
                                              ignore_unverified_devices=True)
        except (ClientConnectionError, TimeoutError, OSError) as error:
            problem, wait = f"homeserver unreachable ({type(error).__name__}: {error})", backoff(attempt)
        else:
            if isinstance(response, RoomSendResponse):
                return str(response.event_id)
            assert isinstance(response, ErrorResponse)
            if response.status_code in _TOKEN_ERRORS:
                await connection.reset()
                raise MatrixError(f"the homeserver refused the bot's token: {response}")
            if response.status_code != "M_LIMIT_EXCEEDED":
                raise MatrixError(f"{room_id}: {response}")
            problem, wait = "rate-limited by the homeserver", (response.retry_after_ms or 1000) / 1000
        attempt += 1
        if loop.time() + wait > deadline:
            raise SendDelayed(f"{room_id}: {problem}", wait)
        log.info("%s: %s; trying again in %.2f s", room_id, problem, wait)
        await asyncio.sleep(wait)


async def post_message(
    connection: MatrixConnection, room_id: str, message: RenderedMessage, delivery_id: str, timeout: float
) -> list[str]:
    """Post every part of `message` in order; the event ids."""
    deadline = asyncio.get_running_loop().time() + timeout
    return [
        await send_event(connection, room_id, content, transaction_id(delivery_id, part), deadline)
        for part, content in enumerate(message_contents(message))
    ]


class MatrixTransport:
    """The Transport for `transport: matrix` destinations (target: a room id)."""

    name: str = "matrix"
    format: MessageFormat = "matrix"

    def __init__(self, connection: MatrixConnection) -> None:
        self.connection = connection
        self.timeout = connection.settings.send_timeout_seconds

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        def failed(error: str, retry_after: float | None = None) -> DeliveryReceipt:
            return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=False, error=error,
                                   retry_after_seconds=retry_after)

        if self.connection.loop.in_loop():
            return failed("MatrixTransport.send was called from the Matrix event loop; use post_message")
        coroutine = post_message(self.connection, target, message, delivery_id, self.timeout)
        try:
            event_ids = self.connection.loop.run(coroutine, timeout=self.timeout + 10)
        except SendDelayed as error:
            return failed(str(error), error.retry_after)
        except (MatrixError, TimeoutError) as error:
            return failed(str(error))
        except (ClientConnectionError, OSError) as error:  # the login itself could not reach the homeserver
            return failed(f"homeserver unreachable: {error}", backoff(0))
        return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=True, remote_id=event_ids[0])

    def close(self) -> None:
        self.connection.close()
