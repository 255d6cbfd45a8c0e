"""What every transport offers the pipeline: send one rendered message to one target, idempotently."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.models import DeliveryReceipt, MessageFormat, RenderedMessage


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


@runtime_checkable
class FrontEnd(Protocol):
    """Something that listens for commands (Slack, Matrix sync) while `briefbot serve` runs.

    `start` returns at once (the front end runs in its own thread or loop); `stop` is idempotent and
    returns within a bounded time.
    """

    name: str

    def start(self) -> None:
        ...

    def stop(self) -> None:
        ...
