"""The summarize command: a mini-brief of one article, now, without storing anything.

    summarize URL_OR_TEXT

A URL is fetched through the SSRF-guarded fetcher (a feed is refused: it is many articles, not one);
anything else is the pasted article itself, its first line the headline. The article is analysed on its
own and answered with the brief's three sections, titled "Summary: <headline>".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.analyse.batch import analyse_batch
from bot.command_args import UsageError
from bot.compose import BriefLimits, compose_summary
from bot.ingest.collect import is_url
from bot.ingest.errors import SourceError
from bot.ingest.fetch import Fetcher
from bot.ingest.normalise import article_id_for_text, clean_text, one_line
from bot.ingest.poll import poll
from bot.models import Article, CommandRequest, MissionSpec, Notice, Reply

MAX_PASTED_CHARS = 100_000
PASTED_SOURCE = "pasted text"


@dataclass
class Summarizer:
    clock: Callable[[], datetime]
    fetcher: Fetcher | None = None
    tracked: Sequence[MissionSpec] = ()
    limits: BriefLimits = BriefLimits()

    def summarize(self, args: str, request: CommandRequest) -> Reply:
        text = args.strip()
        if not text:
            raise UsageError("What should I summarize? Give an article's URL, or paste its text (first line: "
                             "the headline).")
        found = self._fetched(text) if is_url(text) and len(text.split()) == 1 else pasted(text, self.clock())
        if isinstance(found, Notice):
            return found
        return compose_summary(analyse_batch([found], self.tracked), destination=request.channel or request.transport,
                               now=self.clock(), limits=self.limits)

    def _fetched(self, url: str) -> Article | Notice:
        if self.fetcher is None:
            return Notice(text="Summarizing a URL needs the fetcher, which is not available here.", is_error=True)
        try:
            polled = poll(url, kind="auto", fetcher=self.fetcher, now=self.clock)
        except SourceError as error:
            return Notice(text=f"Cannot summarize it: {error}", is_error=True)
        if polled.origin != "page" or len(polled.articles) != 1:
            return Notice(text=f"{url} is a feed of {len(polled.articles)} articles, not one article: subscribe to "
                               "it, or summarize one of its articles.", is_error=True)
        return polled.articles[0]


def pasted(text: str, now: datetime) -> Article:
    """An article from pasted text: the first line is its headline, the whole text its body."""
    if len(text) > MAX_PASTED_CHARS:
        raise UsageError(f"The text is too long to summarize ({len(text)} characters; at most {MAX_PASTED_CHARS}).")
    body = clean_text(text)
    title = one_line(body.split("\n", 1)[0])
    if not title:
        raise UsageError("The pasted text has no words to summarize.")
    return Article(id=article_id_for_text(title, body), source=PASTED_SOURCE, title=title, text=body,
                   fetched_at=now)
