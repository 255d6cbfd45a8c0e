"""The Bolt app: slash commands answered through the shared command core.

Slack gives a slash command three seconds. Every command is acknowledged at once on the HTTP worker thread
(`process_before_response`: the acknowledgement never waits behind other work), and the look-up itself runs
afterwards as a lazy listener on a separate pool, answering through the command's response_url. So a slow
look-up (fetching a URL for /summarize, a long brief) never costs an acknowledgement.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.models import CommandRequest
from bot.settings import SlackSettings
from bot.transports.base import CommandHandler, FrontEndError
from bot.transports.slack_payloads import failure_payload, response_payloads, umbrella_command
from bot.transports.slack_replay import ReplayGuard

log = logging.getLogger(__name__)


def build_app(settings: SlackSettings, client: WebClient, handle: CommandHandler, executor: Executor, *,
              socket_mode: bool) -> App:
    """The Bolt app with every configured command. Bolt checks the token with auth.test (at the configured
    api_base_url) here; a refused token or an unreachable API is a FrontEndError saying what to fix."""
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    secret = settings.signing_secret.get_secret_value() if settings.signing_secret else ""
    if not token:
        raise FrontEndError("slack: set BRIEFBOT_SLACK__BOT_TOKEN (the app's Bot User OAuth Token, xoxb-…)")
    if not socket_mode and not secret:
        raise FrontEndError("slack: set BRIEFBOT_SLACK__SIGNING_SECRET (Basic Information → Signing Secret), or "
                            "BRIEFBOT_SLACK__APP_TOKEN for Socket Mode")
    try:
        app = App(
            client=client, token=token, signing_secret=secret, process_before_response=True,
            listener_executor=executor, request_verification_enabled=not socket_mode,
            before_authorize=ReplayGuard().middleware, logger=log,
        )
    except BoltError as error:
        raise FrontEndError(f"slack: auth.test at {settings.api_base_url} refused the bot token "
                            f"({_error_code(error)}): check BRIEFBOT_SLACK__BOT_TOKEN") from None
    except SlackApiError as error:
        raise FrontEndError(f"slack: auth.test at {settings.api_base_url} failed: {error.response.get('error')}") \
            from None
    except (SlackClientError, OSError) as error:
        raise FrontEndError(f"slack: cannot reach Slack's Web API at {settings.api_base_url}: {error}") from None
    for lookup, slash in settings.commands.lookups():
        app.command(slash)(ack=_acknowledge, lazy=[_lookup(lookup, handle, settings)])
    if settings.commands.umbrella:
        app.command(settings.commands.umbrella)(ack=_acknowledge, lazy=[_lookup(None, handle, settings)])
    return app


def _acknowledge(ack: Ack) -> None:
    ack()


def _lookup(command: str | None, handle: CommandHandler, settings: SlackSettings) -> Any:
    """The lazy listener for one command (None: the umbrella command, whose first word names the look-up)."""

    def answer(body: dict[str, Any], respond: Respond) -> None:
        text = str(body.get("text") or "")
        name, args = umbrella_command(text) if command is None else (command, text)
        request = CommandRequest(command=name, args=args, user=body.get("user_id"), transport="slack",
                                 channel=body.get("channel_id"))
        try:
            payloads = response_payloads(handle(request), settings.reply_visibility)
        except Exception:
            log.exception("slack: %s %r by %s failed", body.get("command"), text[:200], body.get("user_id"))
            payloads = [failure_payload()]
        for payload in payloads:
            response = respond(**payload)
            if response.status_code != 200:
                log.warning("slack: answering %s through response_url failed: HTTP %s %s", body.get("command"),
                            response.status_code, response.body[:200])
                return

    answer.__name__ = f"answer_{command or 'umbrella'}"
    return answer


def _error_code(error: BoltError) -> str:
    """Slack's error code from Bolt's auth.test failure (Bolt raises it while handling the API error)."""
    cause = error.__context__
    if isinstance(cause, SlackApiError) and cause.response.get("error"):
        return str(cause.response["error"])
    return str(error)[:200]
