"""The scheduled jobs: ingest, analyse, brief. Each calls the stages in order and nothing else.

Every job records its run in the store and catches its own errors, so one bad feed or one unreachable
channel never stops the loop or the other sources and destinations.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.analyse.batch import analyse_article
from bot.analyse.developments import cluster_developments
from bot.briefing import load_brief
from bot.compose import BriefLimits
from bot.ingest.collect import Collected
from bot.ingest.errors import SourceError
from bot.models import Article, ArticleFacts, Brief, DeliveryReceipt, MissionSpec, RenderedMessage, Reply
from bot.models import MessageFormat as Format
from bot.settings import Destination, SourceSettings
from bot.store import Delivery, Store
from bot.transports.base import Transport

log = logging.getLogger(__name__)

Collect = Callable[[SourceSettings], Collected]
Render = Callable[[Reply, Format], RenderedMessage]
MAX_DELIVERY_ATTEMPTS = 5


@dataclass
class IngestReport:
    new_articles: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class Pipeline:
    store: Store
    collect: Collect
    render: Render
    transports: Mapping[str, Transport]
    clock: Callable[[], datetime]
    tracked: Sequence[MissionSpec] = ()
    limits: BriefLimits = BriefLimits()
    lookback: timedelta = timedelta(hours=24)
    cluster_window: timedelta = timedelta(days=7)
    analyse_batch_size: int = 500

    @contextmanager
    def _job(self, name: str) -> Iterator[list[str]]:
        """Record a job run; the caller appends what it did to the yielded list. Errors are recorded and
        re-raised for the scheduler to log, so a failed run is visible in the store too."""
        run = self.store.jobs.start(name, self.clock())
        detail: list[str] = []
        try:
            yield detail
        except Exception as error:
            self.store.jobs.finish(run, False, f"{type(error).__name__}: {error}", self.clock())
            raise
        self.store.jobs.finish(run, not any(d.startswith("failed") for d in detail), "; ".join(detail), self.clock())

    # ------------------------------------------------------------------------------------------ ingest
    def ingest(self, sources: Sequence[SourceSettings]) -> IngestReport:
        report = IngestReport()
        for source in sources:
            with self._job(f"ingest:{source.name}") as detail:
                try:
                    collected = self.collect(source)
                except Exception as error:  # one source's failure must not stop the others
                    message = str(error) if isinstance(error, SourceError) else f"{source.name}: {error!r}"
                    log.warning("ingest of %s failed: %s", source.name, message)
                    report.failures.append(message)
                    detail.append(f"failed: {error}")
                    continue
                self.store.articles.ensure_source(source.name, source.kind, source.location, self.clock())
                added = self.store.articles.add(collected.articles)
                report.new_articles += len(added)
                report.failures.extend(collected.skipped)
                detail.append(f"{len(collected.articles)} fetched, {len(added)} new, {len(collected.skipped)} skipped")
        return report

    # ----------------------------------------------------------------------------------------- analyse
    def analyse_pending(self) -> int:
        """Analyse every stored article not analysed yet, then file them into stories."""
        with self._job("analyse") as detail:
            done = 0
            while batch := self.store.articles.unanalysed(self.analyse_batch_size):
                for article in batch:
                    self.store.facts.save(self._facts(article), self.clock())
                self._file_into_stories(batch)
                done += len(batch)
            detail.append(f"{done} articles analysed")
        return done

    def _file_into_stories(self, batch: Sequence[Article]) -> None:
        """Cluster a batch with the stories of the last days, one batch at a time so memory stays bounded."""
        members = self.store.developments.members_since(self.clock() - self.cluster_window)
        existing = {cluster: self.store.articles.get(ids) for cluster, ids in members.items()}
        self.store.developments.save(cluster_developments(batch, existing), self.clock())

    def _facts(self, article: Article) -> ArticleFacts:
        try:
            return analyse_article(article, self.tracked)
        except Exception:  # a bug in analysis must not hold back the rest; the article is still briefed
            log.exception("analysis failed for article %s (%s)", article.id, article.title[:80])
            return ArticleFacts(article_id=article.id)

    # ------------------------------------------------------------------------------------------- brief
    def brief_for(self, destination: Destination, window_start: datetime | None, window_end: datetime) -> Brief:
        return load_brief(
            self.store, destination=destination.name, window_start=window_start, window_end=window_end,
            source_names=destination.sources, tracked=self.tracked, limits=self.limits,
        )

    def deliver(self, destination: Destination, slot: str, *, force: bool = False) -> DeliveryReceipt | None:
        """Send the brief for `slot` to `destination` at most once. None when there was nothing to send.

        Deliveries a crash left unsent are retried first, with their own window, so nothing is lost or
        doubled. `force` sends even an empty brief (a person asked for it).
        """
        with self._job(f"brief:{destination.name}") as detail:
            for stale in self.store.deliveries.pending(destination.name):
                if stale.slot != slot and stale.attempts < MAX_DELIVERY_ATTEMPTS:
                    self._send(destination, stale)
            now = self.clock()
            window_start = self.store.deliveries.next_window_start(destination.name) or now - self.lookback
            brief = self.brief_for(destination, window_start, now)
            if brief.is_empty and not (force or destination.post_when_empty):
                detail.append("nothing new: no brief sent")
                return None
            delivery = self.store.deliveries.claim(destination.name, slot, window_start, now, now)
            if delivery is None:
                detail.append(f"slot {slot} already delivered")
                return None
            receipt = self._send(destination, delivery, brief if delivery.window_end == now else None)
            detail.append(f"sent ({slot})" if receipt.ok else f"failed: {receipt.error}")
            return receipt

    def _send(self, destination: Destination, delivery: Delivery, brief: Brief | None = None) -> DeliveryReceipt:
        transport = self.transports.get(destination.transport)
        if transport is None:
            error = f"no {destination.transport} transport is configured"
            self.store.deliveries.mark_failed(delivery.id, error)
            return DeliveryReceipt(delivery_id=delivery.id, destination=destination.name, ok=False, error=error)
        brief = brief or self.brief_for(destination, delivery.window_start, delivery.window_end)
        message = self.render(brief, transport.format)
        receipt = transport.send(destination.target, message, delivery.id, destination.name)
        if receipt.ok:
            self.store.deliveries.mark_sent(delivery.id, receipt.remote_id, self.clock())
        else:
            log.warning("delivery to %s failed: %s", destination.name, receipt.error)
            self.store.deliveries.mark_failed(delivery.id, receipt.error or "unknown error")
        return receipt
