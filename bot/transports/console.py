"""The console channel: briefs on standard output (rich in a terminal, plain when piped), optionally
appended to a file, so the bot is useful with no chat account at all."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.rule import Rule

from bot.models import DeliveryReceipt, MessageFormat, RenderedMessage


class ConsoleTransport:
    name: str = "console"
    format: MessageFormat = "text"

    def __init__(self, stream: TextIO | None = None, *, force_plain: bool = False) -> None:
        self._stream = stream or sys.stdout
        plain = force_plain or not self._stream.isatty()
        self._console = None if plain else Console(file=self._stream, highlight=False, soft_wrap=True)

    def send(self, target: str, message: RenderedMessage, delivery_id: str, destination: str) -> DeliveryReceipt:
        """Print the text rendering; `target` is a file path to append to as well, or "-" for none."""
        try:
            if target != "-":
                path = Path(target)
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as file:
                    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
                    file.write(f"===== {destination} · {stamp} · {delivery_id}\n{message.text}\n\n")
            self._print(message.text)
        except OSError as error:
            return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=False, error=str(error))
        return DeliveryReceipt(delivery_id=delivery_id, destination=destination, ok=True, remote_id=target)

    def _print(self, text: str) -> None:
        if self._console is None:
            self._stream.write(text.rstrip("\n") + "\n")
            self._stream.flush()
            return
        # markup=False: article text such as "[bold]" or "[link=…]" must print as written.
        self._console.print(Rule(style="dim"))
        self._console.print(text, markup=False, emoji=False)

    def close(self) -> None:
        self._stream.flush()
