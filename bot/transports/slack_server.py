"""The two ways Slack reaches the bot, as front ends of `briefbot serve` (bot.transports.base.FrontEnd):

- HTTP: the Bolt app behind waitress (a production WSGI server: a thread pool, bounded request sizes, no
  debug mode), on slack.http.host:port, path /slack/events; Slack signs every request.
- Socket Mode (when slack.app_token is set): the app opens a WebSocket to Slack itself, so an install
  without a public URL works; slack_sdk's built-in client, no extra dependency.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.errors import SlackApiError, SlackClientError
from waitress import wasyncore
from waitress.server import create_server

from bot.transports.base import FrontEndError

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"
STOP_TIMEOUT = 5.0
_POLL_SECONDS = 0.2


class SlackHttpFrontEnd:
    """Serves the Bolt app over HTTP until stopped. `port` 0 picks a free port (`bound_port` says which)."""

    name = "slack-http"

    def __init__(self, app: App, executor: ThreadPoolExecutor, *, host: str, port: int, threads: int) -> None:
        self._app = app
        self._executor = executor
        self._host, self._port, self._threads = host, port, threads
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self.bound_port: int | None = None

    def start(self) -> None:
        try:
            server = create_server(SlackRequestHandler(self._app, path=EVENTS_PATH), host=self._host,
                                   port=self._port, threads=self._threads, ident="briefbot",
                                   clear_untrusted_proxy_headers=True)
        except OSError as error:
            raise FrontEndError(f"slack: cannot listen on {self._host}:{self._port}: {error.strerror or error}") \
                from None
        self.bound_port = int(server.effective_port)
        self._thread = threading.Thread(target=self._serve, args=(server,), name="slack-http", daemon=True)
        self._thread.start()
        log.info("slack: listening for slash commands on http://%s:%s%s", self._host, self.bound_port, EVENTS_PATH)

    def _serve(self, server: object) -> None:
        """waitress's loop, stepped here so a stop is seen within _POLL_SECONDS; everything on this thread,
        so closing the sockets never races the loop."""
        socket_map = server._map  # type: ignore[attr-defined]
        try:
            while not self._stopping.is_set():
                wasyncore.loop(timeout=_POLL_SECONDS, map=socket_map, count=1)
        finally:
            server.close()  # type: ignore[attr-defined]
            server.task_dispatcher.shutdown(timeout=STOP_TIMEOUT)  # type: ignore[attr-defined]
            for channel in list(socket_map.values()):
                channel.close()

    def stop(self) -> None:
        """Stop listening, let requests in progress finish (bounded), then the look-ups still running."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT + 2 * _POLL_SECONDS)
            self._thread = None
        finish_look_ups(self._executor)


def finish_look_ups(executor: ThreadPoolExecutor, timeout: float = STOP_TIMEOUT) -> None:
    """Drop the look-ups not started yet, give the running ones `timeout` seconds to answer: the store they
    read is closed once `serve` returns."""
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + timeout
    for thread in list(executor._threads):
        thread.join(max(deadline - time.monotonic(), 0))
        if thread.is_alive():
            log.warning("slack: a command still running after %.0f s is left unanswered", timeout)
            return


class SlackSocketModeFrontEnd:
    """Receives slash commands over Socket Mode (apps.connections.open, then a WebSocket Slack keeps open)."""

    name = "slack-socket-mode"

    def __init__(self, app: App, executor: ThreadPoolExecutor, app_token: str) -> None:
        self._handler = SocketModeHandler(app, app_token=app_token, logger=log)
        self._executor = executor
        self._stopped = False

    def start(self) -> None:
        try:
            self._handler.connect()  # type: ignore[no-untyped-call]
        except SlackApiError as error:
            raise FrontEndError(f"slack: Socket Mode refused (apps.connections.open: "
                                f"{error.response.get('error')}): check BRIEFBOT_SLACK__APP_TOKEN (xapp-…, with "
                                "the connections:write scope)") from None
        except (SlackClientError, OSError) as error:
            raise FrontEndError(f"slack: cannot open the Socket Mode connection: {error}") from None
        log.info("slack: connected in Socket Mode")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:
            self._handler.close()  # type: ignore[no-untyped-call]
        except Exception:  # closing a half-open WebSocket may fail; stopping must not
            log.debug("slack: error closing the Socket Mode connection", exc_info=True)
        finish_look_ups(self._executor)
