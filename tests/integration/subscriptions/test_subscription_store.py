"""The subscriptions table on SQLite and PostgreSQL: config rows follow the configuration, command rows
never change what it declares, and sources named only by commands are the ones to poll."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.models import Subscription, Topics
from bot.store import Store

NOW = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)


def config(destination: str, source: str | None, filter_text: str | None = None,
           **topics: tuple[str, ...]) -> Subscription:
    return Subscription(destination=destination, source=source, filter=filter_text, topics=Topics(**topics))


def command(destination: str, source: str | None, filter_text: str | None = None,
            **topics: tuple[str, ...]) -> Subscription:
    return Subscription(destination=destination, source=source, filter=filter_text, topics=Topics(**topics),
                        origin="command", created_by="@alice")


def rows(store: Store, destination: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.source, s.filter, s.origin) for s in store.subscriptions.for_destination(destination)]


def test_config_rows_follow_the_configuration(store: Store) -> None:
    repo = store.subscriptions
    repo.sync_config({"ops": [config("ops", None, "iran", missions=("UNIFIL",))],
                      "desk": [config("desk", "wire"), config("desk", "agency")]}, NOW)
    assert rows(store, "ops") == [(None, "iran", "config")]
    assert store.subscriptions.for_destination("ops")[0].topics == Topics(missions=("UNIFIL",))
    assert rows(store, "desk") == [("agency", None, "config"), ("wire", None, "config")]

    assert repo.subscribe(command("desk", "blog", "harbour"), NOW) == "subscribed"
    repo.sync_config({"ops": [config("ops", None, "iraq")], "desk": [config("desk", "wire", "storm")]}, NOW)
    assert rows(store, "ops") == [(None, "iraq", "config")]  # changed in place
    assert rows(store, "desk") == [("blog", "harbour", "command"), ("wire", "storm", "config")]

    repo.sync_config({"desk": [config("desk", "wire", "storm"), config("desk", "blog")]}, NOW)
    assert rows(store, "desk") == [("blog", None, "config"), ("wire", "storm", "config")]  # config wins
    assert rows(store, "ops") == []  # a destination no longer configured keeps no config rows

    repo.sync_config({"desk": [config("desk", "wire", "storm"), config("desk", "blog")]}, NOW)  # idempotent
    assert len(repo.all()) == 2


def test_commands_add_and_remove_their_own_rows_only(store: Store) -> None:
    repo = store.subscriptions
    repo.sync_config({"ops": [config("ops", "wire")]}, NOW)
    assert repo.subscribe(command("ops", "wire", "x"), NOW) == "config"
    assert repo.unsubscribe("ops", "wire") == "config"
    assert rows(store, "ops") == [("wire", None, "config")]

    assert repo.subscribe(command("ops", None, "storm"), NOW) == "subscribed"
    assert repo.subscribe(command("ops", None, "storm OR flood", people=("Okafor",)), NOW) == "updated"
    assert rows(store, "ops") == [(None, "storm OR flood", "command"), ("wire", None, "config")]  # one row for all
    added = repo.get("ops", None)
    assert added is not None and added.topics.people == ("Okafor",) and added.created_by == "@alice"
    assert added.created_at == NOW

    assert repo.unsubscribe("ops", None) == "unsubscribed"
    assert repo.unsubscribe("ops", None) == "missing"
    assert repo.unsubscribe("elsewhere", "wire") == "missing"
    assert rows(store, "ops") == [("wire", None, "config")]


def test_sources_named_only_by_commands_are_polled_while_one_names_them(store: Store) -> None:
    repo = store.subscriptions
    for name in ("wire", "feed-a", "feed-b"):
        store.sources.sync(name, "feed", f"https://{name}.example/rss", NOW)
    repo.sync_config({"ops": [config("ops", "wire")]}, NOW)
    repo.subscribe(command("ops", "feed-a"), NOW)
    repo.subscribe(command("desk", "feed-a", "storm"), NOW)
    repo.subscribe(command("desk", "wire"), NOW)
    repo.subscribe(command("desk", "feed-b"), NOW)
    repo.subscribe(command("desk", None), NOW)

    assert [(s.name, s.location) for s in repo.command_sources(["wire"])] == [
        ("feed-a", "https://feed-a.example/rss"), ("feed-b", "https://feed-b.example/rss")]
    repo.unsubscribe("ops", "feed-a")
    assert [s.name for s in repo.command_sources(["wire"])] == ["feed-a", "feed-b"]  # desk still has it
    repo.unsubscribe("desk", "feed-a")
    assert [s.name for s in repo.command_sources(["wire"])] == ["feed-b"]
    assert [s.name for s in repo.command_sources([])] == ["feed-b", "wire"]  # wire, once no longer configured
