"""Reading a command's arguments: words, "quoted words", and the usage error every command raises.

Commands arrive as one line of text (a Slack slash command, a Matrix `!command`, or the CLI's arguments
joined), so a name with spaces is written in double quotes: `subscribe "night desk" wire`.
"""

from __future__ import annotations

_OPENING = frozenset('"“')
_CLOSING = frozenset('"”')


class UsageError(ValueError):
    """The user's input cannot be understood; the message says what would be."""


def take_word(text: str) -> tuple[str, str]:
    """The first word of `text` (a "quoted" one without its quotes) and the rest, both stripped."""
    text = text.strip()
    if not text:
        return "", ""
    if text[0] in _OPENING:
        end = next((i for i in range(1, len(text)) if text[i] in _CLOSING), None)
        if end is None:
            raise UsageError(f"a quotation mark is never closed in {text!r}")
        return text[1:end].strip(), text[end + 1 :].strip()
    parts = text.split(maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def quote_word(word: str) -> str:
    """`word` as `take_word` reads it back: quoted when it holds spaces or starts with a quotation mark."""
    return f'"{word}"' if not word or any(ch.isspace() for ch in word) or word[0] in _OPENING else word


def take_prefixed(text: str, prefixes: tuple[str, ...]) -> tuple[str, str, str] | None:
    """`mission:UNIFIL rest` → ("mission", "UNIFIL", "rest") for prefix "mission"; also `person:"A B"`.
    None when `text` does not start with one of the prefixes and a colon."""
    head = text.lstrip()
    for prefix in prefixes:
        if head[: len(prefix) + 1].lower() == f"{prefix}:":
            value, rest = take_word(head[len(prefix) + 1 :])
            if not value:
                raise UsageError(f"{prefix}: needs a name after it, e.g. {prefix}:\"Name with spaces\"")
            return prefix, value, rest
    return None
