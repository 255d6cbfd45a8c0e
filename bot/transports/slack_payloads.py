"""What briefbot sends to a slash command's response_url, and how a slash command's text is read.

Everything in a RenderedMessage is already escaped for Slack by bot.render (article text with `&`, `<`, `>`
as entities, so `<!channel>` or a spoofed link arrives as text); nothing here adds unescaped data.
"""

from __future__ import annotations

from typing import Any, Literal

from bot.transports.base import CommandAnswer

MAX_RESPONSES = 5
"""Slack accepts five messages per response_url (within 30 minutes)."""
Visibility = Literal["in_channel", "ephemeral"]


def response_payloads(answer: CommandAnswer, visibility: Visibility) -> list[dict[str, Any]]:
    """The messages to post to response_url: the answer, then what did not fit in it (as many as Slack
    allows). A private answer is ephemeral whatever `visibility` says."""
    response_type = "ephemeral" if answer.private else visibility
    pages = [answer.message, *answer.message.thread][:MAX_RESPONSES]
    return [
        {"text": page.text, "blocks": list(page.blocks or ()), "response_type": response_type,
         "unfurl_links": False, "unfurl_media": False}
        for page in pages
    ]


def umbrella_command(text: str) -> tuple[str, str]:
    """`/briefbot status UNIFIL` → ("status", "UNIFIL"); nothing at all asks for help."""
    parts = text.strip().split(maxsplit=1)
    if not parts:
        return "help", ""
    return parts[0].lower().lstrip("/"), parts[1] if len(parts) > 1 else ""


def failure_payload() -> dict[str, Any]:
    return {"text": "Sorry, that command failed; the details are in briefbot's log.", "response_type": "ephemeral"}
