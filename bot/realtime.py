"""Realtime destinations (`mode: realtime`): new articles posted as they arrive, a burst as one digest.

After every poll and its analysis, each realtime destination gets the articles first analysed since its
last post that its subscriptions admit: one message each, unless that would make more than
`burst_limit` messages within `burst_window_minutes` (counting those already posted in the window);
then the whole batch is one digest: how many from each source, and the top headlines. A digest of a
single article is never sent: that article is posted as itself.

Everything goes through the outbox: an item is claimed once per (destination, article), a digest once
per batch, all claims before any send; so a restart or a second run never posts anything twice, and a
post that failed or was cut short by a crash is retried, as its own message, at the next poll.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.briefing import admitted, subscriptions_of
from bot.compose import compose_digest, compose_item
from bot.models import DeliveryReceipt, MessageFormat, MissionSpec, RenderedMessage, Reply, Subscription
from bot.pipeline import MAX_DELIVERY_ATTEMPTS
from bot.settings import Destination
from bot.store import Delivery, Store
from bot.transports.base import Transport

log = logging.getLogger(__name__)

Render = Callable[[Reply, MessageFormat], RenderedMessage]
ITEM, DIGEST = "item", "digest"


@dataclass
class Realtime:
    store: Store
    render: Render
    transports: Mapping[str, Transport]
    clock: Callable[[], datetime]
    destinations: Sequence[Destination] = ()
    tracked: Sequence[MissionSpec] = ()

    def post_new(self) -> list[str]:
        """Post what is new to every realtime destination; one line per post that failed (each is retried
        at the next call). One destination's failure never stops the others."""
        failures: list[str] = []
        for destination in self.destinations:
            if destination.mode != "realtime":
                continue
            try:
                failures.extend(self._post(destination))
            except Exception as error:  # a broken destination must not stop the poll or the others
                log.exception("realtime posting to %s failed", destination.name)
                failures.append(f"{destination.name}: {type(error).__name__}: {error}")
        return failures

    def _post(self, destination: Destination) -> list[str]:
        transport = self.transports.get(destination.transport)
        if transport is None:
            return [f"{destination.name}: no {destination.transport} transport is configured"]
        subscriptions = subscriptions_of(self.store, destination)
        failures: list[str] = []
        for stale in self.store.realtime.unsent(destination.name):
            if stale.attempts >= MAX_DELIVERY_ATTEMPTS:
                continue
            kind = DIGEST if stale.slot.startswith(f"{DIGEST}:") else ITEM
            retry = self.store.deliveries.claim(destination.name, stale.slot, stale.window_start, stale.window_end,
                                                self.clock(), kind=kind)
            if retry is not None:
                failures += self._send(destination, transport, retry, self._rebuild(destination, subscriptions, retry))
        now = self.clock()
        start = self.store.realtime.cursor(destination.name) or now - destination.burst_window
        fresh = self._fresh(subscriptions, start, now)
        if not fresh:
            return failures
        recent = self.store.realtime.messages_since(destination.name, now - destination.burst_window)
        if len(fresh) > 1 and recent + len(fresh) > destination.burst_limit:
            slot = f"{DIGEST}:{hashlib.sha256(' '.join(fresh).encode()).hexdigest()[:32]}"
            claims: list[tuple[Delivery | None, Reply | None]] = [
                (self.store.deliveries.claim(destination.name, slot, start, now, now, kind=DIGEST),
                 self._digest(destination, fresh, start, now))]
            log.info("%d new articles for %s within %s: one digest", len(fresh), destination.name,
                     destination.burst_window)
        else:
            claims = [(self.store.deliveries.claim(destination.name, f"{ITEM}:{article_id}", start, now, now,
                                                   kind=ITEM), self._item(destination, article_id))
                      for article_id in fresh]
        for delivery, reply in claims:
            if delivery is not None:
                failures += self._send(destination, transport, delivery, reply)
        return failures

    def _fresh(self, subscriptions: Sequence[Subscription], start: datetime | None, end: datetime) -> list[str]:
        ids = self.store.realtime.analysed_between(start, end)
        return admitted(self.store, ids, subscriptions, tracked=self.tracked)

    def _item(self, destination: Destination, article_id: str) -> Reply | None:
        found = self.store.articles.get([article_id])
        refs = self.store.articles.refs([article_id])
        if not found or article_id not in refs:
            return None
        return compose_item(destination.name, found[0], refs[article_id])

    def _digest(self, destination: Destination, ids: Sequence[str], start: datetime | None, end: datetime) -> Reply:
        refs = self.store.articles.refs(ids)
        return compose_digest(
            destination=destination.name, window_start=start, window_end=end,
            articles=[refs[i] for i in ids if i in refs], developments=self.store.developments.containing(ids),
        )

    def _rebuild(
        self, destination: Destination, subscriptions: Sequence[Subscription], delivery: Delivery
    ) -> Reply | None:
        """The message an unsent delivery was claimed for, from its row: the article of an item, the window
        of a digest (the articles analysed in it that the subscriptions admit)."""
        kind, _, key = delivery.slot.partition(":")
        if kind == ITEM:
            return self._item(destination, key)
        ids = self._fresh(subscriptions, delivery.window_start, delivery.window_end)
        return self._digest(destination, ids, delivery.window_start, delivery.window_end) if ids else None

    def _send(
        self, destination: Destination, transport: Transport, delivery: Delivery, reply: Reply | None
    ) -> list[str]:
        if reply is None:
            self.store.deliveries.mark_failed(delivery.id, "its articles are no longer stored")
            return []
        try:
            message = self.render(reply, transport.format)
            receipt = transport.send(destination.target, message, delivery.id, destination.name)
        except Exception as error:  # rendering or a transport bug: recorded, retried at the next poll
            receipt = DeliveryReceipt(delivery_id=delivery.id, destination=destination.name, ok=False,
                                      error=f"{type(error).__name__}: {error}")
        if receipt.ok:
            self.store.deliveries.mark_sent(delivery.id, receipt.remote_id, self.clock())
            return []
        log.warning("realtime post to %s failed: %s", destination.name, receipt.error)
        self.store.deliveries.mark_failed(delivery.id, receipt.error or "unknown error")
        return [f"{destination.name}: {receipt.error}"]
