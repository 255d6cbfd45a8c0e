"""What every transport offers the pipeline (send one rendered message to one target, idempotently), and what
every front end offers `briefbot serve` (listen for commands until stopped)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from bot.models import CommandRequest, DeliveryReceipt, MessageFormat, RenderedMessage


@runtime_checkable
class Transport(Protocol):
    """A way to reach people (console, Slack, Matrix).

    `send` must not raise for delivery problems (unknown channel, rate limit, auth): it returns a receipt
    with ok=False and the reason, so one bad destination never stops the others. `delivery_id` is stable
    across retries of the same brief, for transports that can deduplicate (Matrix transaction ids).
    """

    name: str
    format: MessageFormat

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        ...

    def close(self) -> None:
        ...


@dataclass(frozen=True)
class CommandAnswer:
    """A command's reply, rendered for the front end that asked. `private`: shown only to the person who
    asked (help, usage, errors), whatever the front end's default visibility."""

    message: RenderedMessage
    private: bool = False


CommandHandler = Callable[[CommandRequest], CommandAnswer]
"""How a front end runs a command: the composition root binds the command core and the renderer, so
transports never import either."""


@runtime_checkable
class FrontEnd(Protocol):
    """Something that listens for people (Slack HTTP or Socket Mode, Matrix sync) while `briefbot serve`
    runs. `start` returns at once (the front end runs on its own threads) and raises FrontEndError when it
    cannot start; `stop` may be called more than once and returns within a few seconds."""

    name: str

    def start(self) -> None:
        ...

    def stop(self) -> None:
        ...


class FrontEndError(Exception):
    """A front end cannot start (wrong token, port in use, API unreachable); the text says what to fix."""
