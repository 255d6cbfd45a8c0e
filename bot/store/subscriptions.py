"""Subscriptions: which sources each destination receives, with its keyword filter and topics.

Rows of origin "config" mirror the configuration and are rewritten on every start (`sync_config`); rows
of origin "command" come from subscribe / unsubscribe. Config wins for what it declares: a command never
changes or removes a config row, and a config row declared later replaces a command row for the same
(destination, source). A source named only by command rows (a feed URL someone subscribed to) is polled
for as long as one names it (`command_sources`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.models import Subscription, Topics
from bot.store.tables import sources, subscriptions

SubscribeOutcome = Literal["subscribed", "updated", "config"]
UnsubscribeOutcome = Literal["unsubscribed", "config", "missing"]


@dataclass(frozen=True, slots=True)
class CommandSource:
    """A source that exists because a command subscribed to it: polled like a configured feed."""

    name: str
    kind: str
    location: str


def _subscription(row: Any) -> Subscription:
    topics = row.topics or {}
    return Subscription(
        destination=row.destination, source=row.source, filter=row.filter,
        topics=Topics(missions=tuple(topics.get("missions", ())), people=tuple(topics.get("people", ()))),
        origin=row.origin, created_by=row.created_by, created_at=row.created_at,
    )


def _topics(topics: Topics) -> dict[str, list[str]]:
    return {"missions": list(topics.missions), "people": list(topics.people)}


def _for(destination: str, source: str | None) -> sa.ColumnElement[bool]:
    same_source = subscriptions.c.source.is_(None) if source is None else subscriptions.c.source == source
    return sa.and_(subscriptions.c.destination == destination, same_source)


_ORDER = (subscriptions.c.destination, subscriptions.c.source.is_not(None), subscriptions.c.source,
          subscriptions.c.id)


class SubscriptionRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def sync_config(self, declared: Mapping[str, Sequence[Subscription]], now: datetime) -> None:
        """Make the config rows match `declared` (destination name → its config subscriptions): rows no
        longer declared go, changed ones are updated, a command row for a declared (destination, source)
        becomes the config row. Config rows of destinations no longer configured are removed."""
        with self._engine.begin() as connection:
            for destination, wanted_list in declared.items():
                wanted = {s.source: s for s in wanted_list}
                rows = connection.execute(
                    sa.select(subscriptions).where(subscriptions.c.destination == destination)
                    .order_by(subscriptions.c.id)
                ).all()
                for row in rows:
                    spec = wanted.pop(row.source, None)
                    if spec is not None:
                        values = {"filter": spec.filter, "topics": _topics(spec.topics), "origin": "config"}
                        if {"filter": row.filter, "topics": row.topics, "origin": row.origin} != values:
                            connection.execute(
                                subscriptions.update().where(subscriptions.c.id == row.id).values(values))
                    elif row.origin == "config" or row.source in {s.source for s in wanted_list}:
                        connection.execute(subscriptions.delete().where(subscriptions.c.id == row.id))
                for spec in wanted.values():
                    connection.execute(subscriptions.insert().values(
                        destination=destination, source=spec.source, filter=spec.filter,
                        topics=_topics(spec.topics), origin="config", created_at=now,
                    ))
            connection.execute(subscriptions.delete().where(
                subscriptions.c.origin == "config", subscriptions.c.destination.not_in(list(declared))))

    def for_destination(self, destination: str) -> list[Subscription]:
        query = sa.select(subscriptions).where(subscriptions.c.destination == destination).order_by(*_ORDER)
        with self._engine.connect() as connection:
            return [_subscription(row) for row in connection.execute(query)]

    def all(self) -> list[Subscription]:
        with self._engine.connect() as connection:
            return [_subscription(row) for row in connection.execute(sa.select(subscriptions).order_by(*_ORDER))]

    def get(self, destination: str, source: str | None) -> Subscription | None:
        with self._engine.connect() as connection:
            row = connection.execute(sa.select(subscriptions).where(_for(destination, source))).first()
        return None if row is None else _subscription(row)

    def subscribe(self, subscription: Subscription, now: datetime) -> SubscribeOutcome:
        """Add or replace the command row for (destination, source); "config" (and nothing changed) when
        the configuration declares that subscription."""
        where = _for(subscription.destination, subscription.source)
        values = {"filter": subscription.filter, "topics": _topics(subscription.topics),
                  "created_by": subscription.created_by}
        with self._engine.begin() as connection:
            row = connection.execute(sa.select(subscriptions).where(where).with_for_update()).first()
            if row is not None and row.origin == "config":
                return "config"
            if row is not None:
                connection.execute(subscriptions.update().where(subscriptions.c.id == row.id).values(values))
                return "updated"
            connection.execute(subscriptions.insert().values(
                destination=subscription.destination, source=subscription.source, origin="command",
                created_at=now, **values,
            ))
        return "subscribed"

    def unsubscribe(self, destination: str, source: str | None) -> UnsubscribeOutcome:
        with self._engine.begin() as connection:
            rows = connection.execute(sa.select(subscriptions.c.origin).where(_for(destination, source))).all()
            if any(row.origin == "config" for row in rows):
                return "config"
            if not rows:
                return "missing"
            connection.execute(subscriptions.delete().where(_for(destination, source)))
        return "unsubscribed"

    def command_sources(self, configured: Collection[str]) -> list[CommandSource]:
        """Sources named by a command subscription that the configuration does not declare, oldest first."""
        named = sa.select(subscriptions.c.source).where(
            subscriptions.c.origin == "command", subscriptions.c.source.is_not(None))
        query = (
            sa.select(sources.c.name, sources.c.kind, sources.c.location)
            .where(sources.c.name.in_(named), sources.c.name.not_in(list(configured)))
            .order_by(sources.c.created_at, sources.c.name)
        )
        with self._engine.connect() as connection:
            return [CommandSource(row.name, row.kind, row.location) for row in connection.execute(query)]
