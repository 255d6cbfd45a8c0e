"""The Matrix front end: a sync loop that joins rooms it is invited to (by allowed users, never encrypted
rooms) and answers `!commands` through the command core the composition root hands it.

The sync token is stored after each batch is handled, so a restart continues where the last run stopped:
old commands are not answered again and nothing sent while the bot was down is missed. A first start
(no token) answers nothing it finds in the rooms' history. Replies are sent with a transaction id made from
the command's event id, so one command never gets two answers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import html
import logging
import time
from collections.abc import Callable
from typing import Any

from aiohttp import ClientConnectionError
from nio import (
    AsyncClient,
    InviteInfo,
    InviteMemberEvent,
    JoinResponse,
    RoomEncryptionEvent,
    RoomGetStateEventResponse,
    RoomGetStateResponse,
    RoomMessagesResponse,
    RoomMessageText,
    SyncResponse,
)

from bot.models import CommandRequest, RenderedMessage
from bot.transports.matrix_connection import MatrixConnection, MatrixError
from bot.transports.matrix_payload import (
    ENCRYPTED_ROOM_REFUSAL,
    invite_allowed,
    parse_command,
    power_level,
)
from bot.transports.matrix_sender import SendDelayed, backoff, post_message

log = logging.getLogger(__name__)
SYNC_FILTER: dict[str, Any] = {"room": {"timeline": {"limit": 50}}}
GAP_PAGES, GAP_PAGE_SIZE = 20, 100
Answer = Callable[[CommandRequest], RenderedMessage]


def _notice(text: str) -> RenderedMessage:
    """The front end's own few words (refusals), formatted like the command core's notices."""
    return RenderedMessage(format="matrix", text=text, formatted=f"<p>{html.escape(text)}</p>")


class MatrixFrontEnd:
    name: str = "matrix"

    def __init__(
        self, connection: MatrixConnection, answer: Answer, commands: frozenset[str],
        guarded: frozenset[str] = frozenset({"subscribe", "unsubscribe"}),
    ) -> None:
        self.connection = connection
        self.settings = connection.settings
        self._answer = answer
        self._commands = commands
        self._guarded = guarded
        self._task: concurrent.futures.Future[None] | None = None
        self._answer_from_ms = 0
        """Messages older than this (ms since the epoch) are history, not commands: set on a first start,
        when even an incremental sync can bring old messages (Synapse answers a repeated sync request from
        its cache for two minutes, so a new process on the same device can be handed an old stream)."""
        self.synced = asyncio.Event()  # set (on the loop) after the first sync was handled; tests wait on it

    # ------------------------------------------------------------------------------------ start / stop
    def start(self) -> None:
        """Start syncing on the connection's loop thread and return at once."""
        if self._task is None or self._task.done():
            self._task = self.connection.loop.submit(self._run())

    def stop(self) -> None:
        """Stop syncing (idempotent; waits at most a few seconds). The connection stays open for sends."""
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        try:
            task.result(timeout=10)
        except (concurrent.futures.CancelledError, concurrent.futures.TimeoutError):
            pass
        except Exception:
            log.exception("the Matrix sync loop ended with an error")

    def wait_synced(self, timeout: float) -> bool:
        """Block until the first sync after start was handled (for callers outside the loop)."""
        async def wait() -> bool:
            try:
                await asyncio.wait_for(self.synced.wait(), timeout)
            except TimeoutError:
                return False
            return True
        return self.connection.loop.run(wait(), timeout + 5)

    # ------------------------------------------------------------------------------------------ the loop
    async def _run(self) -> None:
        connection = self.connection
        token: str | None = None
        loaded = False
        failures = 0
        while True:
            try:
                client = await connection.client()
                if not loaded:
                    stored = await asyncio.to_thread(connection.sessions.load, connection.homeserver,
                                                     connection.user_id)
                    token, loaded = (stored.sync_token if stored else None), True
                    if token is None:  # a first start: only what is said from now on is a command
                        self._answer_from_ms = int(time.time() * 1000)
                response = await client.sync(timeout=self.settings.sync_timeout_seconds * 1000, since=token,
                                             sync_filter=SYNC_FILTER)
                if not isinstance(response, SyncResponse):
                    if getattr(response, "status_code", None) in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
                        await connection.reset()
                    raise MatrixError(f"sync failed: {response}")
                await self._handle(client, response, since=token)
                token = response.next_batch
                await asyncio.to_thread(connection.sessions.save_sync_token, connection.homeserver,
                                        connection.user_id, token)
                self.synced.set()
                failures = 0
            except (ClientConnectionError, TimeoutError, OSError, MatrixError) as error:
                failures += 1
                wait = min(backoff(failures), 30.0) if not isinstance(error, MatrixError) else 30.0
                log.warning("Matrix sync: %s; trying again in %.1f s", error, wait)
                await asyncio.sleep(wait)
            except Exception:  # a bug must not end the loop; a batch handled twice posts nothing twice
                failures += 1
                log.exception("Matrix sync: handling a batch failed; trying again in 30 s")
                await asyncio.sleep(30.0)

    async def _handle(self, client: AsyncClient, response: SyncResponse, *, since: str | None) -> None:
        """Invites, then each joined room's new events in order. Without `since` (a first start) the
        timelines are history and answer nothing."""
        me = client.user_id
        for room_id, invite in response.rooms.invite.items():
            await self._invited(client, room_id, invite)
        for room_id, joined in response.rooms.join.items():
            events = list(joined.timeline.events)
            if since is not None and joined.timeline.limited and joined.timeline.prev_batch:
                events = await self._gap(client, room_id, joined.timeline.prev_batch, since) + events
            for event in events:
                if isinstance(event, RoomEncryptionEvent):
                    await self._refuse_encrypted(client, room_id, f"enc-{event.event_id}")
                    break
                if (since is not None and isinstance(event, RoomMessageText) and event.sender != me
                        and event.server_timestamp >= self._answer_from_ms):
                    await self._command(client, room_id, event)

    @staticmethod
    async def _gap(client: AsyncClient, room_id: str, prev_batch: str, since: str) -> list[Any]:
        """The events a limited timeline left out (more arrived than a sync returns, e.g. while the bot was
        down), oldest first: paged back from the timeline's start to the last sync, at most GAP_PAGES pages."""
        found: list[Any] = []
        start: str | None = prev_batch
        for _ in range(GAP_PAGES):
            page = await client.room_messages(room_id, start=start, end=since, limit=GAP_PAGE_SIZE)
            if not isinstance(page, RoomMessagesResponse):
                log.warning("could not read what was said in %s while the bot was away: %s", room_id, page)
                break
            found.extend(page.chunk)
            if not page.chunk or not page.end or page.end == start:
                break
            start = page.end
        return list(reversed(found))

    # ----------------------------------------------------------------------------------------- invites
    async def _invited(self, client: AsyncClient, room_id: str, invite: InviteInfo) -> None:
        inviter = next((e.sender for e in invite.invite_state if isinstance(e, InviteMemberEvent)
                        and e.state_key == client.user_id and e.membership == "invite"), None)
        if inviter is None:
            return
        if not invite_allowed(inviter, self.settings.allow_invites_from, client.user_id):
            log.warning("declined the invite of %s to %s (not in matrix.allow_invites_from)", inviter, room_id)
            await client.room_leave(room_id)
            return
        joined = await client.join(room_id)
        if not isinstance(joined, JoinResponse):
            log.warning("could not join %s: %s", room_id, joined)
            return
        encryption = await client.room_get_state_event(room_id, "m.room.encryption")
        if isinstance(encryption, RoomGetStateEventResponse) and encryption.content:
            await self._refuse_encrypted(client, room_id, f"enc-{room_id}")
            return
        log.info("joined %s on the invite of %s", room_id, inviter)

    async def _refuse_encrypted(self, client: AsyncClient, room_id: str, txn: str) -> None:
        """Say why (in the clear, so everyone can read it), then leave: briefs are never posted unencrypted
        into a room that asked for encryption."""
        log.warning("leaving %s: end-to-end encrypted rooms are not supported", room_id)
        try:
            await post_message(self.connection, room_id, _notice(ENCRYPTED_ROOM_REFUSAL), txn, 10)
        except (SendDelayed, MatrixError) as error:
            log.warning("could not tell %s why the bot leaves: %s", room_id, error)
        await client.room_leave(room_id)

    # ---------------------------------------------------------------------------------------- commands
    async def _command(self, client: AsyncClient, room_id: str, event: RoomMessageText) -> None:
        command = parse_command(event.body, self.settings.command_prefix, self._commands)
        if command is None:
            return
        if command.name in self._guarded and not await self._may_change(client, room_id, event.sender):
            level = self.settings.subscription_power_level
            message = _notice(f"Only members with power level {level} or more in this room can "
                              f"{command.name}; ask a moderator.")
        else:
            request = CommandRequest(command=command.name, args=command.args, user=event.sender, transport="matrix",
                                     channel=room_id)
            try:
                message = await asyncio.to_thread(self._answer, request)
            except Exception:
                log.exception("the %s command failed in %s", command.name, room_id)
                message = _notice(f"Sorry, {command.name} failed; the error is in the bot's log.")
        try:
            await post_message(self.connection, room_id, message, f"re-{event.event_id}",
                               self.settings.send_timeout_seconds)
        except (SendDelayed, MatrixError) as error:
            log.warning("could not answer %s in %s: %s", command.name, room_id, error)

    async def _may_change(self, client: AsyncClient, room_id: str, user_id: str) -> bool:
        """Asked of the homeserver each time, so a level changed a moment ago counts."""
        state = await client.room_get_state(room_id)
        events: list[dict[str, Any]] = state.events if isinstance(state, RoomGetStateResponse) else []
        return power_level(events, user_id) >= self.settings.subscription_power_level
