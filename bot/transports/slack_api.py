"""Briefs to Slack channels through the Web API (`chat.postMessage`): a parent message and, for a long brief,
its thread.

Slack's answers become delivery receipts, never exceptions: a channel the bot is not in, an unknown channel
or a refused token is a failed delivery with a log line that says what to fix. A 429 is waited out as its
`Retry-After` says (bounded in total, and cut short by `close`), so a rate-limit storm delays briefs but
neither drops nor doubles them: the outbox (bot.store.deliveries) calls `send` once per brief, and a post
is only repeated after Slack answered 429, which means it was not accepted.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.models import DeliveryReceipt, MessageFormat, RenderedMessage

log = logging.getLogger(__name__)
MAX_RATE_LIMIT_WAIT = 300.0
"""Seconds a send may spend waiting out 429s, in total: less than the outbox's in-flight time (ten minutes),
so no other process takes the delivery over while this one still waits to post it."""
DEFAULT_RETRY_AFTER = 1.0

_HINTS = {
    "not_in_channel": "the bot is not a member of {target}: invite it there (/invite @briefbot)",
    "channel_not_found": "no channel {target} that the bot can see: use the channel's id (C…) and invite the bot",
    "is_archived": "channel {target} is archived",
    "invalid_auth": "Slack refused the bot token: check BRIEFBOT_SLACK__BOT_TOKEN (xoxb-…)",
    "not_authed": "no bot token was sent: set BRIEFBOT_SLACK__BOT_TOKEN (xoxb-…)",
    "token_revoked": "the bot token was revoked: reinstall the app and update BRIEFBOT_SLACK__BOT_TOKEN",
    "account_inactive": "the bot token belongs to a deleted app or user: reinstall the app",
    "missing_scope": "the app lacks a scope it needs (chat:write): add it and reinstall the app",
    "msg_too_long": "the message is longer than Slack accepts",
    "invalid_blocks": "Slack refused the message's blocks (a template override produced invalid Block Kit?)",
}


class SlackPostError(Exception):
    """A post Slack did not accept; `code` is Slack's error code (or "network", "rate_limited")."""

    def __init__(self, code: str, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after = retry_after


class SlackSender:
    """The Slack transport for scheduled briefs, realtime items and alerts (bot.transports.base.Transport)."""

    name: str = "slack"
    format: MessageFormat = "slack"

    def __init__(self, client: WebClient, *, max_rate_limit_wait: float = MAX_RATE_LIMIT_WAIT) -> None:
        self._client = client
        self._max_wait = max_rate_limit_wait
        self._closing = threading.Event()

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        """Post `message` to channel `target`, then its thread replies under it."""
        try:
            parent = self._post(target, message, thread_ts=None)
        except SlackPostError as error:
            log.warning("slack: brief for %s not posted to %s: %s", destination, target, error)
            return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=False,
                                   error=f"slack {error.code}: {error}", retry_after_seconds=error.retry_after)
        for number, reply in enumerate(message.thread, start=1):
            try:
                self._post(target, reply, thread_ts=parent)
            except SlackPostError as error:
                # The parent is in the channel: the brief counts as delivered (sending it again would
                # post it twice); what is missing is said in the log and the receipt.
                log.warning("slack: brief for %s posted to %s, but thread reply %d of %d was not: %s",
                            destination, target, number, len(message.thread), error)
                return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=True, remote_id=parent,
                                       error=f"thread incomplete: slack {error.code}: {error}")
        return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=True, remote_id=parent)

    def _post(self, target: str, message: RenderedMessage, thread_ts: str | None) -> str:
        """The posted message's ts; waits out 429s within the budget."""
        arguments: dict[str, Any] = {"channel": target, "text": message.text, "unfurl_links": False,
                                     "unfurl_media": False}
        if message.blocks:
            arguments["blocks"] = list(message.blocks)
        if thread_ts:
            arguments["thread_ts"] = thread_ts
        deadline = time.monotonic() + self._max_wait
        while True:
            try:
                response = self._client.chat_postMessage(**arguments)
            except SlackApiError as error:
                if error.response.status_code != 429:
                    raise _api_error(error, target) from None
                wait = _retry_after(error.response.headers)
                if self._closing.is_set() or time.monotonic() + wait > deadline:
                    raise SlackPostError("rate_limited", f"still rate limited after waiting {self._max_wait:.0f} s "
                                         "in total (or the bot is stopping)", retry_after=wait) from None
                log.info("slack: rate limited posting to %s; retrying in %.1f s as Retry-After says", target, wait)
                self._closing.wait(wait)
                continue
            except (SlackClientError, OSError) as error:
                raise SlackPostError("network", f"cannot reach Slack's Web API: {error}") from None
            return str(response["ts"])

    def close(self) -> None:
        """Stop waiting out rate limits: a send in progress gives up at its next 429."""
        self._closing.set()


def _api_error(error: SlackApiError, target: str) -> SlackPostError:
    code = str(error.response.get("error") or f"http_{error.response.status_code}")
    hint = _HINTS.get(code, "Slack answered with an error").format(target=target)
    if code == "missing_scope" and error.response.get("needed"):
        hint += f" (needed: {error.response.get('needed')})"
    return SlackPostError(code, hint)


def _retry_after(headers: Mapping[str, Any]) -> float:
    """Slack's Retry-After in seconds (an integer by Slack's rules; anything unreadable counts as one)."""
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return max(float(value), 0.0) if value is not None else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER
