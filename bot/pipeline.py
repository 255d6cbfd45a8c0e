"""The scheduled jobs: ingest, analyse, brief. Each calls the stages in order and nothing else.

Every job records its run in the store and catches its own errors, so one bad feed or one unreachable
channel never stops the loop or the other sources and destinations.
"""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.analyse.batch import analyse_article
from bot.analyse.developments import cluster_stories
from bot.analyse.story_members import member_of
from bot.briefing import load_brief, receives, subscriptions_of
from bot.compose import BriefLimits
from bot.ingest.backoff import poll_delay
from bot.ingest.errors import SourceError
from bot.ingest.poll import Polled, Validators, newest
from bot.models import (
    Article,
    ArticleFacts,
    Brief,
    DeliveryReceipt,
    MissionSpec,
    Notice,
    RenderedMessage,
    Reply,
    StoryMember,
)
from bot.models import MessageFormat as Format
from bot.settings import Destination, SourceSettings
from bot.store import Delivery, Pruned, SourceState, Store
from bot.transports.base import Transport

log = logging.getLogger(__name__)

Collect = Callable[[SourceSettings, Validators], Polled]
Render = Callable[[Reply, Format], RenderedMessage]
MAX_DELIVERY_ATTEMPTS = 5
BACKFILL_CHUNK = 100
"""Stored articles read at once to make their story members (after an upgrade from a store without them)."""
DUE_TOLERANCE = 0.1
"""A source is due this fraction of its interval early, so a scheduler that fires a moment before the
stored time (it measures from its own start) does not skip a whole interval."""


@dataclass
class IngestReport:
    new_articles: int = 0
    edited_articles: int = 0
    failures: list[str] = field(default_factory=list)
    not_due: list[str] = field(default_factory=list)
    """Sources left alone because their next poll (interval or backoff) is still ahead."""


@dataclass
class _Stored:
    """What one poll stored: ids new and edited, how many articles it read, and the items it left out."""

    new: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)
    fetched: int = 0
    skipped: list[str] = field(default_factory=list)


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
    destinations: Sequence[Destination] = ()
    """Where a source's failure (and its recovery) is reported: the destinations that receive it."""
    rand: Callable[[], float] = random.random
    """The backoff jitter's random source."""

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
    def ingest(self, sources: Sequence[SourceSettings], *, force: bool = False) -> IngestReport:
        """Poll every source that is due (with `force`, every source): store what is new, update what was
        edited upstream, and keep each source's validators, backoff and health."""
        report = IngestReport()
        for source in sources:
            now = self.clock()
            state = self.store.sources.sync(source.name, source.kind, source.location, now)
            if not (force or _due(state, source, now)):
                report.not_due.append(source.name)
                self._report_if_failing_long(source, state, now)
                continue
            with self._job(f"ingest:{source.name}") as detail:
                self._poll(source, state, report, detail)
        return report

    def _poll(self, source: SourceSettings, state: SourceState, report: IngestReport, detail: list[str]) -> None:
        now = self.clock()
        try:
            polled = self.collect(source, Validators(state.etag, state.last_modified))
            stored = None if polled.not_modified else self._store_polled(source, state, polled, now)
        except Exception as error:  # one source's failure must not stop the others
            message = _failure_line(source, error)
            log.warning("ingest of %s failed: %s", source.name, message)
            log.debug("ingest of %s failed", source.name, exc_info=True)
            report.failures.append(message)
            detail.append(f"failed: {message}")
            delay = poll_delay(source.interval, state.consecutive_failures + 1, rand=self.rand)
            failing = self.store.sources.record_failure(source.name, now, message, next_poll_at=now + delay)
            self._report_if_failing_long(source, failing, now)
            return
        self.store.sources.record_success(
            source.name, now, next_poll_at=now + source.interval, etag=polled.validators.etag,
            last_modified=polled.validators.last_modified, items_seen=None if stored is None else stored.fetched,
        )
        if stored is None:
            detail.append("not modified")
        else:
            report.new_articles += len(stored.new)
            report.edited_articles += len(stored.edited)
            report.failures.extend(stored.skipped)
            detail.append(f"{stored.fetched} fetched, {len(stored.new)} new, {len(stored.edited)} edited, "
                          f"{len(stored.skipped)} skipped")
        if state.failure_reported_at is not None:
            self._report_recovery(source, state)

    def _store_polled(self, source: SourceSettings, state: SourceState, polled: Polled, now: datetime) -> _Stored:
        """A feed's first poll records its back catalogue but announces only its newest items; a folder's
        first ingest announces everything (its files were put there to be briefed). A folder is read and
        stored a chunk at a time, so a large one is never held at once."""
        muted: set[str] = set()
        if not state.primed and polled.origin != "files":
            muted = {a.id for a in polled.articles} - newest(polled.articles, source.first_poll_limit)
        stored = _Stored()
        for chunk in polled.chunks():
            upserted = self.store.articles.upsert(chunk.articles, now, muted=muted)
            stored.new.extend(upserted.new)
            stored.edited.extend(upserted.edited)
            stored.fetched += len(chunk.articles)
            stored.skipped.extend(chunk.skipped)
        return stored

    def _report_if_failing_long(self, source: SourceSettings, state: SourceState, now: datetime) -> None:
        """Tell the source's destinations once per run of failures, when it has lasted the threshold."""
        threshold, since = source.failure_alert_after, state.failing_since
        if threshold is None or since is None or state.failure_reported_at is not None or now - since < threshold:
            return
        retry = f" Next try: {state.next_poll_at:%Y-%m-%d %H:%M} UTC." if state.next_poll_at else ""
        text = (f"Source {source.name} has been failing since {since:%Y-%m-%d %H:%M} UTC "
                f"({state.consecutive_failures} failed polls): {state.last_error}{retry}")
        if self._notify(source.name, _alert_slot("source-failing", source.name, since), text):
            self.store.sources.mark_reported(source.name, now)

    def _report_recovery(self, source: SourceSettings, state: SourceState) -> None:
        since = state.last_error_at or state.failure_reported_at or self.clock()
        text = f"Source {source.name} is working again (it had been failing since {since:%Y-%m-%d %H:%M} UTC)."
        if self._notify(source.name, _alert_slot("source-recovered", source.name, since), text):
            self.store.sources.mark_reported(source.name, None)

    def _notify(self, source_name: str, slot: str, text: str) -> bool:
        """Send a notice through the outbox to every destination that receives `source_name`, at most once
        per slot. True when every one has it (or was given up on after MAX_DELIVERY_ATTEMPTS)."""
        done = True
        for destination in self.destinations:
            transport = self.transports.get(destination.transport)
            if transport is None or not receives(subscriptions_of(self.store, destination), source_name):
                continue
            now = self.clock()
            delivery = self.store.deliveries.claim(destination.name, slot, None, now, now, kind="alert")
            if delivery is None or delivery.attempts > MAX_DELIVERY_ATTEMPTS:
                continue
            try:
                message = self.render(Notice(text=text), transport.format)
                receipt = transport.send(destination.target, message, delivery.id, destination.name)
            except Exception as error:  # a notice must not fail the poll that triggered it
                receipt = DeliveryReceipt(delivery_id=delivery.id, destination=destination.name, ok=False,
                                          error=f"{type(error).__name__}: {error}")
            if receipt.ok:
                self.store.deliveries.mark_sent(delivery.id, receipt.remote_id, self.clock())
            else:
                log.warning("notice about %s to %s failed: %s", source_name, destination.name, receipt.error)
                self.store.deliveries.mark_failed(delivery.id, receipt.error or "unknown error")
                done = False
        return done

    # ----------------------------------------------------------------------------------------- analyse
    def analyse_pending(self) -> int:
        """Analyse every stored article not analysed yet, then file them into stories."""
        with self._job("analyse") as detail:
            done = 0
            while batch := self.store.articles.unanalysed(self.analyse_batch_size):
                self.store.facts.save_many([self._facts(article) for article in batch], self.clock())
                self._file_into_stories(batch)
                done += len(batch)
            detail.append(f"{done} articles analysed")
        return done

    def _file_into_stories(self, batch: Sequence[Article]) -> None:
        """Cluster a batch with the stories of the last days, one batch at a time so memory stays bounded.
        The stories come as what clustering stored of their members, not as their texts."""
        members = self.store.developments.members_since(self.clock() - self.cluster_window)
        stored = self._stored_members([i for ids in members.values() for i in ids])
        existing = {story: [stored[i] for i in ids if i in stored] for story, ids in members.items()}
        clustered = cluster_stories(batch, existing, self.store.articles.get)
        self.store.story_members.save(clustered.members)
        self.store.developments.save(clustered.developments, self.clock())

    def _stored_members(self, ids: Sequence[str]) -> dict[str, StoryMember]:
        """What clustering stored of `ids`; members filed before it was stored are made from their texts
        once (a few at a time) and stored, so a store upgraded from an older version keeps its stories."""
        found = self.store.story_members.get(ids)
        missing = [i for i in ids if i not in found]
        for start in range(0, len(missing), BACKFILL_CHUNK):
            made = [member_of(article) for article in self.store.articles.get(missing[start:start + BACKFILL_CHUNK])]
            self.store.story_members.save(made)
            found.update((m.article_id, m) for m in made)
        return found

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
            subscriptions=subscriptions_of(self.store, destination), tracked=self.tracked, limits=self.limits,
        )

    def deliver(self, destination: Destination, slot: str, *, force: bool = False) -> DeliveryReceipt | None:
        """Send the brief for `slot` to `destination` at most once. None when there was nothing to send.

        Deliveries a crash left unsent are retried first, with their own window, so nothing is lost or
        doubled. `force` sends even an empty brief (a person asked for it).
        """
        with self._job(f"brief:{destination.name}") as detail:
            for stale in self.store.deliveries.pending(destination.name, self.clock()):
                if stale.slot == slot or stale.attempts >= MAX_DELIVERY_ATTEMPTS:
                    continue
                # claim it again: of two processes that found it stale, only one retries it
                retry = self.store.deliveries.claim(
                    destination.name, stale.slot, stale.window_start, stale.window_end, self.clock())
                if retry is not None:
                    self._send(destination, retry)
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

    def last_brief_run(self, destination: Destination) -> datetime | None:
        """When the latest finished brief run for `destination` (a `deliver`) started: what the scheduler
        compares with the schedule to tell a missed brief."""
        return self.store.jobs.last_finished(f"brief:{destination.name}")

    # --------------------------------------------------------------------------------------- retention
    def prune(self, older_than: timedelta, configured_sources: Collection[str]) -> Pruned:
        """Prune what was stored more than `older_than` ago (bot.store.retention says what that spares)."""
        with self._job("retention") as detail:
            pruned = self.store.retention.prune(self.clock() - older_than, configured_sources)
            detail.append(str(pruned))
        return pruned


def _failure_line(source: SourceSettings, error: Exception) -> str:
    """A source error says which URL or file and why; anything else is named with its source."""
    text = str(error) if isinstance(error, SourceError) else f"{source.name}: {type(error).__name__}: {error}"
    return " ".join(text.split())


def _due(state: SourceState, source: SourceSettings, now: datetime) -> bool:
    return state.next_poll_at is None or state.next_poll_at <= now + source.interval * DUE_TOLERANCE


def _alert_slot(kind: str, source_name: str, episode: datetime) -> str:
    """Unique per source and run of failures (which began at `episode`), within the 100-character slot."""
    digest = hashlib.sha256(source_name.encode()).hexdigest()[:12]
    return f"{kind}:{digest}:{episode:%Y%m%dT%H%M%S%f}"
