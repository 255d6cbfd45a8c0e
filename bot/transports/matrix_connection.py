"""One logged-in matrix-nio client on its own event loop thread, shared by the sender (briefs, replies) and
the sync front end (commands, invites).

Login: the configured access token, or the token and device id a password login stored in the database, or
a password login now (stored for next time). The client never retries on its own (`max_timeouts=0`,
`max_limit_exceeded=0`): the sender and the sync loop decide how long to wait, so every wait is bounded.
"""

from __future__ import annotations

import asyncio
import logging

from nio import AsyncClient, AsyncClientConfig, LoginResponse, WhoamiResponse

from bot.settings import MatrixSettings
from bot.store.matrix_sessions import MatrixSessionRepository
from bot.transports.matrix_loop import LoopThread

log = logging.getLogger(__name__)


class MatrixError(Exception):
    """The homeserver refused something for good (bad token, forbidden); retrying the same will not help."""


class MatrixConnection:
    def __init__(self, settings: MatrixSettings, sessions: MatrixSessionRepository) -> None:
        if not settings.homeserver:
            raise ValueError("matrix.homeserver is not set")
        self.settings = settings
        self.homeserver: str = settings.homeserver
        self.sessions = sessions
        self.loop = LoopThread("matrix-nio")
        self._client: AsyncClient | None = None
        self._logging_in: asyncio.Lock | None = None

    @property
    def user_id(self) -> str:
        """The bot's user id (known once logged in, or from the settings)."""
        if self._client is not None and self._client.user_id:
            return str(self._client.user_id)
        return self.settings.user_id or ""

    async def client(self) -> AsyncClient:
        """The logged-in client; logs in on first use. Connection errors propagate (the caller retries)."""
        if self._logging_in is None:
            self._logging_in = asyncio.Lock()
        async with self._logging_in:
            if self._client is None:
                self._client = await self._login()
            return self._client

    async def _login(self) -> AsyncClient:
        settings = self.settings
        config = AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0, request_timeout=30,
                                   encryption_enabled=False, store_sync_tokens=False)
        client = AsyncClient(self.homeserver, settings.user_id or "", config=config)
        try:
            if settings.access_token is not None:
                await self._use_token(client, settings.access_token.get_secret_value(), None)
                return client
            if settings.password is None or not settings.user_id:
                raise MatrixError("set BRIEFBOT_MATRIX__ACCESS_TOKEN, or matrix.user_id and BRIEFBOT_MATRIX__PASSWORD")
            stored = await asyncio.to_thread(self.sessions.load, self.homeserver, settings.user_id)
            if stored is not None and stored.access_token:
                try:
                    await self._use_token(client, stored.access_token, stored.device_id)
                    return client
                except MatrixError as error:
                    log.warning("the stored Matrix token no longer works (%s): logging in again", error)
            response = await client.login(settings.password.get_secret_value(), device_name=settings.device_name)
            if not isinstance(response, LoginResponse):
                raise MatrixError(f"Matrix login as {settings.user_id} failed: {response}")
            await asyncio.to_thread(self.sessions.save_login, self.homeserver, settings.user_id, response.access_token,
                                    response.device_id)
            log.info("logged in to %s as %s (device %s)", self.homeserver, response.user_id, response.device_id)
            return client
        except BaseException:
            await client.close()
            raise

    @staticmethod
    async def _use_token(client: AsyncClient, token: str, device_id: str | None) -> None:
        client.access_token = token
        response = await client.whoami()
        if not isinstance(response, WhoamiResponse):
            raise MatrixError(f"the Matrix access token is not accepted: {response}")
        client.user_id = response.user_id
        client.device_id = response.device_id or device_id

    async def reset(self) -> None:
        """Forget the client (its token was refused); the next use logs in again."""
        client, self._client = self._client, None
        if client is not None:
            await client.close()

    def close(self) -> None:
        """Close the client's HTTP session and stop the loop thread; idempotent and bounded."""
        client, self._client = self._client, None
        if client is not None:
            try:
                self.loop.run(client.close(), timeout=5)
            except (TimeoutError, RuntimeError) as error:
                log.warning("closing the Matrix client: %s", error)
        self.loop.stop()
