"""Compound reports: one speech act told with two verbs of one subject — 'called the answers "a masterclass
in saying nothing" and said his party would demand a debate', 'wrote that the wording "reads like a
contract" and urged customers to "judge the company"'. The quoted fragment is a partial quote of its own;
the whole, from the first verb (or the start of its reported clause) to the end of the second report, is
recorded too, as one indirect quote, since that is the statement the reader is told about.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analyse.speech_attrib import Found
from bot.analyse.speech_clauses import clause_end
from bot.analyse.speech_lexicon import FRAGMENT_VERBS, SAY_VERBS
from bot.analyse.speech_tokens import Token, Unit

_APPEALS = frozenset({"asked", "appealed", "invited", "encouraged", "challenged", "pressed"})  # "… and asked the EU to"
_VERB_REACH = 14  # tokens between the first verb and the quotation ("described the new rules as")


def compound_reports(units: Sequence[Unit], found: Sequence[Found], text: str) -> list[Found]:
    """One indirect quote per partial quote that the same subject's second report continues."""
    wholes: list[Found] = []
    for partial in found:
        if partial.kind != "partial":
            continue
        tokens = units[partial.unit].tokens
        quote = next((i for i, t in enumerate(tokens) if t.kind == "q" and t.start <= partial.start < t.end), None)
        if quote is None:
            continue
        span = _whole(tokens, quote, text)
        if span is not None:
            wholes.append(Found(partial.speaker, "indirect", span[0], span[1], partial.medium, partial.unit))
    return wholes


def _whole(tokens: Sequence[Token], quote: int, text: str) -> tuple[int, int] | None:
    follow = quote + 1
    while follow < len(tokens) and tokens[follow].text == ",":
        follow += 1
    verb = follow + 1
    if verb >= len(tokens) or tokens[follow].low != "and" or not (
            _reporting(tokens[verb]) or tokens[verb].low in _APPEALS):
        return None
    first = next((i for i in range(quote - 1, max(-1, quote - _VERB_REACH), -1) if _reporting(tokens[i])), None)
    if first is None or any(t.kind == "q" for t in tokens[first + 1:quote]):
        return None
    if tokens[first].low in FRAGMENT_VERBS:
        begin = first  # 'described the mission as "…"': the verb is part of what is reported
    else:
        begin = first + 2 if first + 1 < quote and tokens[first + 1].low == "that" else first + 1
    second = verb + 2 if verb + 1 < len(tokens) and tokens[verb + 1].low == "that" else verb + 1
    if second >= len(tokens) or begin >= quote:
        return None
    end = clause_end(tokens, second, text)
    return (tokens[begin].start, tokens[end - 1].end) if end > second else None


def _reporting(token: Token) -> bool:
    return token.kind == "w" and token.text.islower() and (token.low in SAY_VERBS or token.low in FRAGMENT_VERBS)
