"""Persistence: SQLAlchemy 2 on SQLite (the embedded default) or PostgreSQL, migrated by Alembic."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine

from bot.store.articles import ArticleRepository
from bot.store.db import StoreError, create_engine, upgrade
from bot.store.deliveries import Delivery, DeliveryRepository, DestinationRecord
from bot.store.developments import DevelopmentRepository
from bot.store.facts import FactRepository
from bot.store.jobs import JobRunRepository
from bot.store.leases import LeaseRepository
from bot.store.matrix_sessions import MatrixSession, MatrixSessionRepository
from bot.store.realtime import RealtimeRepository
from bot.store.retention import Pruned, RetentionRepository
from bot.store.sources import SourceRepository, SourceState
from bot.store.story_members import StoryMemberRepository
from bot.store.subscriptions import CommandSource, SubscriptionRepository


@dataclass(frozen=True)
class Store:
    """The repositories over one database; each repository owns its tables and hands out bot.models."""

    engine: Engine
    articles: ArticleRepository
    facts: FactRepository
    developments: DevelopmentRepository
    story_members: StoryMemberRepository
    deliveries: DeliveryRepository
    jobs: JobRunRepository
    sources: SourceRepository
    leases: LeaseRepository
    retention: RetentionRepository
    subscriptions: SubscriptionRepository
    realtime: RealtimeRepository
    matrix_sessions: MatrixSessionRepository

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Connect to `url` and (by default) apply pending migrations, as every start of the bot does."""
    engine = create_engine(url)
    if migrate:
        upgrade(engine)
    return Store(
        engine=engine,
        articles=ArticleRepository(engine),
        facts=FactRepository(engine),
        developments=DevelopmentRepository(engine),
        story_members=StoryMemberRepository(engine),
        deliveries=DeliveryRepository(engine),
        jobs=JobRunRepository(engine),
        sources=SourceRepository(engine),
        leases=LeaseRepository(engine),
        retention=RetentionRepository(engine),
        subscriptions=SubscriptionRepository(engine),
        realtime=RealtimeRepository(engine),
        matrix_sessions=MatrixSessionRepository(engine),
    )


__all__ = [
    "CommandSource", "Delivery", "DestinationRecord", "MatrixSession", "MatrixSessionRepository", "Pruned",
    "SourceState", "Store", "StoreError", "open_store",
]
