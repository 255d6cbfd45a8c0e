"""subscribe / unsubscribe through the command core of the composed bot: a URL served on 127.0.0.1 becomes
a polled source, the SSRF guard refuses private addresses by default, the configuration wins, and a chat
command acts on the channel it came from."""

from __future__ import annotations

import sqlalchemy as sa
from integration.ingest.ingest_fixture_server import FixtureServer
from integration.sources.sources_support import serve_feed
from subscriptions_support import T0, ask, make_bot, stories
from support import FakeClock, RecordingTransport

from bot.app import ScheduledJobs, ingest_and_analyse, polled_sources
from bot.commands import CommandCore
from bot.models import CommandRequest, Notice, SourcesResult, SubscriptionChange
from bot.settings import SlackDestination, SourceSettings
from bot.store import Store, open_store
from bot.store.tables import deliveries

OPS = {"name": "ops", "transport": "console", "sources": []}


def test_a_url_becomes_a_polled_source_and_briefs_keep_to_the_filter(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget", "storm"))
    clock.now = T0
    bot = make_bot(database_url, clock, destinations=[OPS])

    reply = ask(bot, "subscribe", f'ops {url} storm OR "harbour reopens"')

    assert isinstance(reply, SubscriptionChange) and reply.action == "subscribed" and reply.new_source
    name = f"127.0.0.1:{server.port}/coast.xml"
    assert (reply.subscription.source, reply.subscription.filter, reply.location) == (
        name, 'storm OR "harbour reopens"', url)
    assert reply.note is not None and "A feed with 3 items" in reply.note
    assert [s.name for s in polled_sources(bot)] == [name]
    clock.advance(minutes=1)
    assert ingest_and_analyse(bot).new_articles == 3
    brief = bot.pipeline.brief_for(bot.settings.destinations[0], None, clock.now)
    assert sorted(d.headline for d in brief.developments) == ["Harbour reopens after the storm",
                                                              "Storm damage bill tops a million"]

    again = ask(bot, "subscribe", f"ops {url} budget")  # the same URL again: the same source, a new filter
    assert isinstance(again, SubscriptionChange) and again.action == "updated" and not again.new_source
    assert again.subscription.source == name and len(server.seen) == 2  # one validation fetch, one poll
    sources = ask(bot, "sources")
    assert isinstance(sources, SourcesResult)
    assert [s.name for s in sources.sources] == [name]
    assert [(s.source, s.filter, s.origin) for s in sources.subscriptions] == [(name, "budget", "command")]

    gone = ask(bot, "unsubscribe", f"ops {name}")
    assert isinstance(gone, SubscriptionChange) and gone.action == "unsubscribed"
    assert gone.note == f"Nothing subscribes to {name} any more: it is no longer polled."
    assert polled_sources(bot) == []
    missing = ask(bot, "unsubscribe", f"ops {url}")
    assert isinstance(missing, Notice) and missing.text == f"ops has no subscription to {name} to remove."
    bot.close()


def test_the_default_policy_refuses_private_addresses_and_nothing_is_stored(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = serve_feed(server, "/coast.xml", stories("harbour"))
    bot = make_bot(database_url, clock, destinations=[OPS], fetch={})
    for target, reason in [(url, "127.0.0.1 is a loopback address"),
                           ("http://10.1.2.3/feed.xml", "10.1.2.3 is a private address"),
                           ("http://[::ffff:192.168.0.1]/rss", "::ffff:192.168.0.1 is a private address")]:
        reply = ask(bot, "subscribe", f"ops {target}")
        assert isinstance(reply, Notice) and reply.is_error
        assert reply.text.startswith("Cannot subscribe: ") and f"refused: {reason}" in reply.text
        assert "fetch.allow_private" in reply.text
    assert server.seen == []  # refused before connecting
    assert bot.store.subscriptions.all() == [] and bot.store.sources.all() == []
    unreadable = make_bot(database_url, clock, destinations=[OPS])
    server.routes.pop("/coast.xml")
    reply = ask(unreadable, "subscribe", f"ops {url}")
    assert isinstance(reply, Notice) and reply.is_error and "HTTP 404" in reply.text
    bad = ask(unreadable, "subscribe", "ops ftp://example.org/feed")
    assert isinstance(bad, Notice) and "only http and https" in bad.text
    bot.close()
    unreadable.close()


def test_the_configuration_wins_for_what_it_declares(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = serve_feed(server, "/coast.xml", stories("harbour"))
    sources = [{"name": "wire", "location": url, "kind": "feed"}]
    bot = make_bot(database_url, clock, sources=sources,
                   destinations=[{"name": "ops", "transport": "console", "sources": ["wire"], "filter": "storm"},
                                 {"name": "all", "transport": "console"}])

    for command, args in [("subscribe", "ops wire harbour"), ("unsubscribe", "ops wire"),
                          ("subscribe", f"ops {url} harbour"), ("unsubscribe", "all *")]:
        reply = ask(bot, command, args)
        assert isinstance(reply, Notice) and reply.is_error, (command, args)
        assert "by its configuration, which a command cannot change" in reply.text
    assert [(s.destination, s.source, s.filter, s.origin) for s in bot.store.subscriptions.all()] == [
        ("all", None, None, "config"), ("ops", "wire", "storm", "config")]

    widened = ask(bot, "subscribe", "ops * budget")  # adding to what the configuration declares is allowed
    assert isinstance(widened, SubscriptionChange) and widened.subscription.source is None
    noted = ask(bot, "subscribe", "all wire")
    assert isinstance(noted, SubscriptionChange) and noted.note is not None
    assert "already receives every source, unfiltered, by its configuration" in noted.note
    bot.close()

    # a later configuration that declares a command's subscription takes it over
    again = make_bot(database_url, clock, sources=sources,
                     destinations=[{"name": "ops", "transport": "console", "sources": ["wire"], "filter": "storm"},
                                   {"name": "all", "transport": "console", "sources": ["wire"]}])
    assert [(s.source, s.origin) for s in again.store.subscriptions.for_destination("all")] == [("wire", "config")]
    again.close()


def test_a_chat_command_acts_on_its_own_channel(database_url: str, clock: FakeClock) -> None:
    store: Store = open_store(database_url)
    wire = SourceSettings(name="wire", location="https://wire.example/rss", kind="feed")
    newsroom = SlackDestination(name="newsroom", transport="slack", channel="C024BE91L", sources=[])
    core = CommandCore(store=store, clock=clock, sources=[wire], destinations=[newsroom])

    reply = core.handle(CommandRequest(command="/subscribe", args='wire person:"Maria Okafor" mission:UNIFIL port',
                                       transport="slack", channel="C024BE91L", user="U12345"))

    assert isinstance(reply, SubscriptionChange)
    added = reply.subscription
    assert (added.destination, added.source, added.filter, added.created_by) == ("newsroom", "wire", "port", "U12345")
    assert (added.topics.people, added.topics.missions) == (("Maria Okafor",), ("UNIFIL",))
    elsewhere = core.handle(CommandRequest(command="subscribe", args="wire", transport="slack", channel="C999"))
    assert isinstance(elsewhere, Notice) and elsewhere.is_error and "no briefbot destination" in elsewhere.text
    listed = core.handle(CommandRequest(command="sources", transport="slack", channel="C024BE91L"))
    assert isinstance(listed, SourcesResult) and [s.destination for s in listed.subscriptions] == ["newsroom"]
    unknown = core.handle(CommandRequest(command="subscribe", args="nowhere wire"))
    assert isinstance(unknown, Notice) and "No destination named 'nowhere' (destinations: newsroom)" in unknown.text
    no_such = core.handle(CommandRequest(command="subscribe", args="newsroom nosuchsource"))
    assert isinstance(no_such, Notice) and "No source named 'nosuchsource'" in no_such.text
    bad_filter = core.handle(CommandRequest(command="subscribe", args="newsroom wire (port"))
    assert isinstance(bad_filter, Notice) and "'(' is never closed (at position 1)" in bad_filter.text
    store.close()


def test_the_scheduler_polls_added_sources_when_they_are_due(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = serve_feed(server, "/coast.xml", stories("harbour", "budget"))
    bot = make_bot(database_url, clock, destinations=[OPS])
    assert isinstance(ask(bot, "subscribe", f"ops {url}"), SubscriptionChange)
    jobs = ScheduledJobs(bot)

    jobs.poll_added()
    assert len(server.seen) == 2 and bot.store.articles.count() == 2  # the validation fetch, then the poll
    assert bot.store.articles.unanalysed() == []
    runs = len(bot.store.jobs.recent(100))
    clock.advance(minutes=10)
    jobs.poll_added()  # not due (30-minute interval): nothing fetched, nothing analysed, nothing recorded
    assert len(server.seen) == 2 and len(bot.store.jobs.recent(100)) == runs
    clock.advance(minutes=25)
    jobs.poll_added()
    assert len(server.seen) == 3
    bot.close()


def test_an_added_source_that_keeps_failing_is_reported_to_its_subscribers_only(
    server: FixtureServer, database_url: str, clock: FakeClock
) -> None:
    url = serve_feed(server, "/coast.xml", stories("harbour"))
    transport = RecordingTransport()
    bot = make_bot(database_url, clock, transport, destinations=[OPS, {"name": "other", "transport": "console",
                                                                       "sources": []}])
    assert isinstance(ask(bot, "subscribe", f"ops {url}"), SubscriptionChange)
    server.routes.pop("/coast.xml")  # it answers 404 from now on
    for _ in range(3):
        ingest_and_analyse(bot, force=True)
        clock.advance(hours=4)
    [(_, _, alert)] = transport.sent
    assert alert.text.startswith(f"Source 127.0.0.1:{server.port}/coast.xml has been failing since ")
    with bot.store.engine.connect() as connection:
        alerted = connection.execute(sa.select(deliveries.c.destination).where(deliveries.c.kind == "alert")).all()
    assert [row.destination for row in alerted] == ["ops"]
    bot.close()
