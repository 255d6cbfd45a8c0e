"""Ingest: turn local files, feeds and web pages into `bot.models.Article`s.

Entry point: `bot.ingest.collect.collect`. Every URL goes through `bot.ingest.fetch.Fetcher`, which refuses
private addresses, caps size and time, and follows redirects itself. Errors for a whole source are
`bot.ingest.errors.SourceError`s whose `str()` is one line fit for a terminal or a log.
"""
