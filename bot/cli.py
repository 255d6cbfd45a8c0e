"""The command line. Exit codes: 0 done, 1 some input or delivery failed (the rest went on), 2 invalid
configuration or usage. This is the only module that exits the process."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from bot.settings import DEFAULT_CONFIG_PATH, ConfigError, Settings, SourceSettings, load_settings

if TYPE_CHECKING:
    from bot.app import BriefBot
    from bot.models import Article
    from bot.pipeline import IngestReport

app = typer.Typer(
    name="briefbot", no_args_is_help=True, add_completion=False, rich_markup_mode=None,
    pretty_exceptions_show_locals=False,  # locals may hold tokens; a bug report needs the stack, not them
    help="News briefs for Slack, Matrix and the console: key developments, mission status, who said what.",
)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")
err = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class State:
    config: Path | None
    log_level: str | None

    def settings(self) -> Settings:
        try:
            if self.config is None and not DEFAULT_CONFIG_PATH.exists():
                settings = Settings()
            else:
                settings = load_settings(self.config)
        except ConfigError as error:
            for problem in error.problems:
                err.print(f"[red]error:[/red] {problem}", markup=True)
            raise typer.Exit(2) from None
        _configure_logging(self.log_level or settings.log_level)
        return settings


def _configure_logging(level: str) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if level != "DEBUG":  # a migration on start is routine; say so only when asked for detail
        logging.getLogger("alembic").setLevel(logging.WARNING)


@app.callback()
def main_options(
    ctx: typer.Context,
    config: Annotated[Path | None, typer.Option("--config", "-c", help="YAML settings file [default: "
                      "$BRIEFBOT_CONFIG or config/briefbot.yaml]", envvar="BRIEFBOT_CONFIG")] = None,
    log_level: Annotated[str | None, typer.Option(help="DEBUG, INFO, WARNING or ERROR")] = None,
) -> None:
    ctx.obj = State(config, log_level.upper() if log_level else None)


def _fail(messages: list[str]) -> None:
    for message in messages:
        err.print(f"error: {message}", markup=False)


@app.command()
def run(ctx: typer.Context, once: Annotated[bool, typer.Option(help="One full cycle now, then exit.")] = False) -> None:
    """Ingest, analyse and brief on schedule until stopped (Ctrl-C); --once runs one cycle now."""
    from bot import app as composition

    settings = ctx.obj.settings()
    with _bot(settings) as bot:
        if once:
            report = composition.run_once(bot)
            _fail(report.failures)
            raise typer.Exit(1 if report.failures else 0)
        composition.run_forever(bot)


@app.command()
def serve(ctx: typer.Context) -> None:
    """Run the scheduler and answer chat commands (Slack over HTTP or Socket Mode) until stopped (Ctrl-C,
    SIGTERM). Exit code 2 when a front end cannot start (a refused token, a port in use)."""
    from bot import app as composition
    from bot.serve import serve as serve_all
    from bot.transports.base import FrontEndError

    settings = ctx.obj.settings()
    with _bot(settings) as bot:
        try:
            front_ends = composition.build_front_ends(settings, bot)
            if not front_ends:
                err.print("no chat front end is configured (set BRIEFBOT_SLACK__BOT_TOKEN for Slack): running the "
                          "scheduler only", markup=False)
            serve_all(front_ends, lambda stop: composition.run_forever(bot, stop))
        except FrontEndError as error:
            _fail([str(error)])
            raise typer.Exit(2) from None


@app.command()
def ingest(
    ctx: typer.Context,
    targets: Annotated[list[str] | None, typer.Argument(help="Files, folders, feed or page URLs "
                                                         "[default: the configured sources]")] = None,
    kind: Annotated[str, typer.Option(help="auto, files, feed or page")] = "auto",
) -> None:
    """Fetch and store articles now (even sources not due yet), then analyse what is new (and post it to
    realtime destinations). Storing the same article twice adds nothing; an article edited upstream is
    updated and analysed again."""
    settings = ctx.obj.settings()
    if kind not in {"auto", "files", "feed", "page"}:
        _fail([f"--kind {kind!r}: use auto, files, feed or page"])
        raise typer.Exit(2)
    from bot.app import analyse_and_post, polled_sources

    with _bot(settings) as bot:
        sources = (
            [SourceSettings.model_validate({"name": t, "location": t, "kind": kind}) for t in targets]
            if targets else polled_sources(bot)
        )
        report = _ingest_all(bot, sources)
        analysed = analyse_and_post(bot, report)
    _fail(report.failures)
    err.print(f"{report.new_articles} new articles, {analysed} analysed, {len(report.failures)} failed",
              markup=False)
    raise typer.Exit(1 if report.failures else 0)


@app.command()
def analyze(
    ctx: typer.Context,
    targets: Annotated[list[str], typer.Argument(help="Files, folders, feed or page URLs, analysed as one batch")],
    output: Annotated[str, typer.Option("--format", "-f", help="json (the analysis contract) or text")] = "text",
) -> None:
    """Analyse articles without storing them: who said what, mission status, key developments."""
    from bot.analyse.batch import analyse_batch
    from bot.analyse.contract import to_contract
    from bot.analysis_text import analysis_as_text
    from bot.ingest.collect import collect_detailed
    from bot.ingest.errors import SourceError
    from bot.ingest.fetch import Fetcher

    if output not in {"json", "text"}:
        _fail([f"--format {output!r}: use json or text"])
        raise typer.Exit(2)
    settings = ctx.obj.settings()
    articles: list[Article] = []
    failures: list[str] = []
    with Fetcher(settings.fetch) as fetcher:
        for target in targets:
            try:
                collected = collect_detailed(target, source=target, kind="auto", fetcher=fetcher)
            except SourceError as error:
                failures.append(str(error))
                continue
            articles.extend(collected.articles)
            failures.extend(collected.skipped)
    analysis = analyse_batch(articles, settings.missions)
    if output == "json":
        typer.echo(json.dumps(to_contract(analysis), ensure_ascii=False, indent=2))
    else:
        typer.echo(analysis_as_text(analysis))
    _fail(failures)
    raise typer.Exit(1 if failures else 0)


@app.command()
def brief(
    ctx: typer.Context,
    destination: Annotated[str | None, typer.Option(help="Brief as this destination would get it")] = None,
    since: Annotated[str | None, typer.Option(help="6h, 2d, 1w or a date [default: the destination's last "
                                                   "brief, or the lookback]")] = None,
    send: Annotated[bool, typer.Option(help="Deliver it to the destination (through the outbox)")] = False,
) -> None:
    """Print the brief for a time window, or with --send deliver it to a destination."""
    from bot.command_args import UsageError
    from bot.commands import parse_since
    from bot.settings import ConsoleDestination

    settings = ctx.obj.settings()
    chosen = next((d for d in settings.destinations if d.name == destination), None)
    if destination and chosen is None:
        _fail([f"--destination {destination!r}: no such destination in the configuration"])
        raise typer.Exit(2)
    if send and (chosen is None or since):
        _fail(["--send needs --destination, and sends what is new since that destination's last brief"])
        raise typer.Exit(2)
    with _bot(settings) as bot:
        now = bot.clock()
        if send and chosen is not None:
            receipt = bot.pipeline.deliver(chosen, f"manual:{now.isoformat(timespec='seconds')}", force=True)
            if receipt is not None and not receipt.ok:
                _fail([f"{chosen.name}: {receipt.error}"])
                raise typer.Exit(1)
            return
        try:
            start = parse_since(since, now) if since else None
        except UsageError as error:
            _fail([str(error)])
            raise typer.Exit(2) from None
        if start is None and chosen is not None:
            start = bot.store.deliveries.next_window_start(chosen.name)
        target = chosen or ConsoleDestination(name="preview")
        result = bot.pipeline.brief_for(target, start or now - bot.pipeline.lookback, now)
        typer.echo(bot.renderer.render(result, "text").text)


def _lookup(ctx: typer.Context, command: str, args: str) -> None:
    from bot.models import CommandRequest, Notice

    settings = ctx.obj.settings()
    with _bot(settings) as bot:
        reply = bot.commands.handle(CommandRequest(command=command, args=args, transport="cli"))
        typer.echo(bot.renderer.render(reply, "text").text)
    if isinstance(reply, Notice) and reply.is_error:
        raise typer.Exit(2)


@app.command()
def who(ctx: typer.Context, name: Annotated[list[str], typer.Argument(help="A name or surname")]) -> None:
    """Everything a person (or organisation) said, newest first, with sources."""
    _lookup(ctx, "who", " ".join(name))


@app.command()
def status(ctx: typer.Context, mission: Annotated[list[str] | None, typer.Argument()] = None) -> None:
    """The current status of every mission, or of one."""
    _lookup(ctx, "status", " ".join(mission or []))


@app.command()
def quotes(ctx: typer.Context, query: Annotated[list[str] | None, typer.Argument()] = None) -> None:
    """Recent quotes, optionally about a topic or by a speaker."""
    _lookup(ctx, "quotes", " ".join(query or []))


@app.command()
def sources(ctx: typer.Context, name: Annotated[list[str] | None, typer.Argument()] = None) -> None:
    """Every source's health: ok, or failing since when and backing off until when; items and articles."""
    _lookup(ctx, "sources", " ".join(name or []))


@app.command()
def subscribe(
    ctx: typer.Context,
    destination: Annotated[str, typer.Argument(help="A configured destination")],
    source: Annotated[str, typer.Argument(help="A source's name, a feed URL (becomes a new source), or * for "
                                               "every source")],
    keywords: Annotated[list[str] | None, typer.Argument(
        metavar="[FILTER]", help="Keyword filter, quoted as one argument: "
                                 "'iran AND (\"nuclear deal\" OR sanction*) -rumour'")] = None,
    *,
    mission: Annotated[list[str] | None, typer.Option(help="Only articles on this mission (name or alias); "
                                                           "repeatable")] = None,
    person: Annotated[list[str] | None, typer.Option(help="Only articles quoting this person; repeatable")] = None,
) -> None:
    """Have DESTINATION receive SOURCE, optionally only what passes FILTER and is on the --mission / --person
    topics. A URL that is no source yet is fetched once (through the SSRF guard) and polled from then on."""
    from bot.command_args import quote_word

    topics = [f"mission:{quote_word(m)}" for m in mission or []] + [f"person:{quote_word(p)}" for p in person or []]
    _lookup(ctx, "subscribe", " ".join([quote_word(destination), quote_word(source), *topics, *(keywords or [])]))


@app.command()
def unsubscribe(
    ctx: typer.Context,
    destination: Annotated[str, typer.Argument(help="A configured destination")],
    source: Annotated[str, typer.Argument(help="The source's name or URL, or *")],
) -> None:
    """Stop DESTINATION receiving SOURCE (a subscription added by subscribe; the configuration's stay)."""
    from bot.command_args import quote_word

    _lookup(ctx, "unsubscribe", f"{quote_word(destination)} {quote_word(source)}")


@app.command()
def summarize(
    ctx: typer.Context,
    target: Annotated[list[str], typer.Argument(metavar="URL_OR_TEXT", help="An article's URL, its text (first "
                                                "line: the headline), or - to read the text from standard input")],
) -> None:
    """A mini-brief of one article now (developments, mission status, who said what); nothing is stored."""
    _lookup(ctx, "summarize", sys.stdin.read() if target == ["-"] else " ".join(target))


@app.command("check-config")
def check_config(ctx: typer.Context) -> None:
    """Validate the configuration and print it, secrets masked. Exit code 2 when it is invalid."""
    settings = ctx.obj.settings()
    from bot.app import build_renderer, build_transports

    try:
        build_transports(settings, None)
        build_renderer(settings)
    except ConfigError as error:
        _fail(error.problems)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(settings.model_dump(mode="json"), indent=2))
    err.print("configuration is valid", markup=False)


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Apply pending database migrations (every start of the bot does this too)."""
    from bot.store import StoreError, open_store

    settings = ctx.obj.settings()
    try:
        open_store(settings.database.url).close()
    except StoreError as error:
        _fail([str(error)])
        raise typer.Exit(1) from None
    err.print(f"database is up to date: {settings.database.url}", markup=False)


@contextmanager
def _bot(settings: Settings) -> Iterator[BriefBot]:
    from bot import app as composition
    from bot.store import StoreError

    try:
        bot = composition.bootstrap(settings)
    except ConfigError as error:
        _fail(error.problems)
        raise typer.Exit(2) from None
    except StoreError as error:
        _fail([str(error)])
        raise typer.Exit(2) from None
    try:
        yield bot
    finally:
        bot.close()


def _ingest_all(bot: BriefBot, sources: list[SourceSettings]) -> IngestReport:
    """One source at a time behind a progress bar when a person is watching, all at once otherwise."""
    if len(sources) < 2 or not sys.stdout.isatty():
        return bot.pipeline.ingest(sources, force=True)
    from rich.progress import Progress

    from bot.pipeline import IngestReport

    total = IngestReport()
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(sources))
        for source in sources:
            progress.update(task, description=source.name[:60])
            report = bot.pipeline.ingest([source], force=True)
            total.new_articles += report.new_articles
            total.edited_articles += report.edited_articles
            total.failures.extend(report.failures)
            progress.advance(task)
    return total


def main() -> None:
    app()

