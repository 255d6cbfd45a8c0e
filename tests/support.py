"""Helpers the tests share (importable as `support`: pyproject puts tests/ on the path)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.models import DeliveryReceipt, MessageFormat, RenderedMessage

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "kurdistan24-coalition-combat-role-ends.txt"


class FakeClock:
    """A clock the test moves by hand, so nothing in the tests sleeps."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2024, 5, 6, 7, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now




@dataclass
class RecordingTransport:
    """A real implementation of the Transport protocol that keeps what it sends, with switches to fail the
    way real channels fail."""

    name: str = "console"
    format: MessageFormat = "text"
    sent: list[tuple[str, str, RenderedMessage]] = field(default_factory=list)
    refuse_with: str | None = None
    crash_next: bool = False

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        if self.crash_next:  # the process dies between claiming a delivery and marking it sent
            self.crash_next = False
            raise SystemError("simulated crash mid-send")
        if self.refuse_with:
            return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=False, error=self.refuse_with)
        self.sent.append((target, delivery_id, message))
        remote_id = f"m{len(self.sent)}"
        return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=True, remote_id=remote_id)

    def close(self) -> None:
        pass
