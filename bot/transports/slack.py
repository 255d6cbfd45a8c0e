"""Slack: scheduled briefs posted with chat.postMessage (slack_api.SlackSender) and slash commands answered by a
Bolt app (slack_commands), served over HTTP or Socket Mode (slack_server). This module builds them from the
settings; the composition root (bot.app) hands in the command handler.

Every Web API call goes to `slack.api_base_url`, Bolt's start-up auth.test included, so tests and air-gapped
installs can answer them with a server of their own.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from slack_sdk import WebClient

from bot.settings import SlackSettings
from bot.transports.base import CommandHandler, FrontEnd
from bot.transports.slack_api import SlackSender
from bot.transports.slack_commands import build_app
from bot.transports.slack_server import SlackHttpFrontEnd, SlackSocketModeFrontEnd

__all__ = ["SlackSender", "slack_client", "slack_front_end"]
API_TIMEOUT = 15


def slack_client(settings: SlackSettings) -> WebClient:
    token = settings.bot_token.get_secret_value() if settings.bot_token else None
    return WebClient(token=token, base_url=settings.api_base_url, timeout=API_TIMEOUT)


def slack_front_end(settings: SlackSettings, handle: CommandHandler) -> FrontEnd:
    """Socket Mode when an app token is set, HTTP otherwise. Checks the bot token now (auth.test), so a
    wrong one stops `briefbot serve` at start with a FrontEndError instead of failing every command."""
    executor = ThreadPoolExecutor(max_workers=settings.http.workers, thread_name_prefix="slack-command")
    socket_mode = settings.app_token is not None
    try:
        app = build_app(settings, slack_client(settings), handle, executor, socket_mode=socket_mode)
    except BaseException:
        executor.shutdown(wait=False)
        raise
    if settings.app_token is not None:
        return SlackSocketModeFrontEnd(app, executor, settings.app_token.get_secret_value())
    return SlackHttpFrontEnd(app, executor, host=settings.http.host, port=settings.http.port,
                             threads=settings.http.threads)
