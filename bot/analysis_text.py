"""`briefbot analyze --format text`: the analysis contract laid out for people to read."""

from __future__ import annotations

from bot.models import Analysis


def analysis_as_text(analysis: Analysis) -> str:
    titles = {article.id: article.title for article in analysis.articles}
    lines = [f"{len(analysis.articles)} article(s)"]
    for facts in analysis.facts:
        date = facts.published.isoformat() if facts.published else "undated"
        lines.append(f"  [{facts.article_id}] {titles.get(facts.article_id, '')} ({date})")
    lines += ["", "KEY DEVELOPMENTS"]
    for development in analysis.developments:
        lines.append(f"* {development.headline} ({len(development.article_ids)} article(s))")
        lines += [f"    - {sentence.text} [{sentence.article_id}]" for sentence in development.summary]
    lines += ["", "MISSION STATUS"]
    for mission in analysis.missions:
        roles = f" ({', '.join(mission.roles)})" if mission.roles else ""
        since = f" since {mission.since.isoformat()}" if mission.since else ""
        before = f", previously {mission.previous_status}" if mission.previous_status else ""
        also = f" — also {', '.join(mission.aliases)}" if mission.aliases else ""
        lines.append(f"* {mission.mission}: {mission.status}{roles}{since}{before}{also}")
        lines += [f"    evidence [{e.article_id}]: {e.sentence}" for e in mission.evidence]
    if not analysis.missions:
        lines.append("  (none)")
    lines += ["", "WHO SAID WHAT"]
    for facts in analysis.facts:
        for quote in facts.quotes:
            who = ", ".join(part for part in (quote.speaker, quote.speaker_title, quote.speaker_org) if part)
            via = f" ({quote.medium})" if quote.medium else ""
            words = f"“{quote.text}”" if quote.kind != "indirect" else f"said that {quote.text}"
            lines.append(f"* {who}{via} [{quote.kind}, {quote.article_id}]: {words}")
    if not any(facts.quotes for facts in analysis.facts):
        lines.append("  (none)")
    return "\n".join(lines)
