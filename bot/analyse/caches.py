"""One call that empties every per-text cache of the per-article analysis.

The caches keep results keyed by the article text (or by pieces of it) because several extractors ask for
the same work; benchmarks clear them between repeats so they time real work, not cache hits. Results never
depend on what is cached, so clearing is always safe.
"""

from __future__ import annotations

from bot.analyse import (
    cluster_vectors,
    dates,
    mission_catalogue,
    mission_cues,
    mission_names,
    mission_patterns,
    people_names,
    sentences,
    speech_tokens,
)


def clear_caches() -> None:
    """Forget everything the analysis cached about texts it has seen."""
    sentences.clear_cache()
    speech_tokens.clear_cache()
    cluster_vectors.stem.cache_clear()
    dates.article_date.cache_clear()
    mission_names._tracked.cache_clear()
    mission_cues._clause_start.cache_clear()
    mission_patterns.military.cache_clear()
    mission_catalogue.name_key.cache_clear()
    mission_catalogue.organisations_of.cache_clear()
    for cached in (people_names._split_name, people_names.fold, people_names.name_words, people_names.initials):
        cached.cache_clear()
