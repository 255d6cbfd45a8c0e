"""The errors ingest raises for a whole source.

One base class so the CLI and the scheduler can catch both kinds and print `str(e)`, which is always a
single line that names the file or URL and the cause.
"""

from __future__ import annotations


class SourceError(Exception):
    """A source (file, directory, feed or page) could not be turned into articles."""


class IngestError(SourceError):
    """The content was read but is unusable: empty, binary, undecodable, not a feed, no article text."""


class FetchError(SourceError):
    """An HTTP fetch failed or was refused (address policy, size, time, status, redirects)."""
