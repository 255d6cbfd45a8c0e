"""People that a title, an office or "the latter" refers to when the article names them close by: in the
next sentence ("The commanding officer of the base said …" then "Lt.-Col. Anne X told reporters"), as the
delegate of the body the office belongs to ("The representative of the Russian Federation said …" then
"IVAN X (Russian Federation) said …"), or as one of the two people just named.
"""

from __future__ import annotations

from bot.analyse.speech_lexicon import TITLE_MODIFIERS
from bot.analyse.speech_registry import Entity, Registry
from bot.analyse.speech_titles import holds

# words that grade a post rather than name it: "the top officer", "the deputy minister"
_RANK_ADJECTIVES = frozenset({"top", "senior", "chief", "former", "acting", "interim", "deputy", "vice"})


def named_next(registry: Registry, head: str, unit: int, said: str) -> Entity | None:
    """The one person holding the title `head` whom the sentence after `unit` introduces, with every office
    word the phrase gives ("finance minister" is not the Interior Minister). An officer is known by rank, so the
    words of the post ("commanding", "top") say nothing of the rank."""
    first = registry.first_mention
    office = set() if head == "officer" else {w for w in said.lower().split() if w in TITLE_MODIFIERS} - (
        _RANK_ADJECTIVES)

    def fits(person: Entity) -> bool:
        return office <= set(" ".join(filter(None, (person.title, *person.titles))).lower().split())

    named = [p for p in registry.persons if first.get(id(p)) == unit + 1 and holds(p, head) and fits(p)]
    return named[0] if len(named) == 1 else None


def untitled_next(registry: Registry, head: str, unit: int) -> Entity | None:
    """"…, the Defence Minister announced today." then '"…," said Amadeu X.': in a story's first paragraph
    (the caller knows), an office nobody in the article holds is the one person the next sentence introduces
    with no title of their own."""
    if any(holds(p, head) for p in registry.persons):
        return None
    first = registry.first_mention
    named = [p for p in registry.persons if first.get(id(p)) == unit + 1]
    return named[0] if len(named) == 1 and not named[0].title and not named[0].titles and (
        not named[0].org) and len(named[0].words) > 1 else None


def delegate_next(registry: Registry, owner: Entity, unit: int) -> Entity | None:
    """The one person of the body `owner` whom this or the next sentence introduces."""
    first = registry.first_mention
    body = owner.name.lower().removeprefix("the ")
    named = [p for p in registry.persons if first.get(id(p)) in (unit, unit + 1)
             and (p.org or "").lower().removeprefix("the ") == body]
    return named[0] if len(named) == 1 else None


def one_of_two(registry: Registry, unit: int, latter: bool) -> Entity | None:
    """"Both Mr X and Ms Y had asked …; the latter argued": the second (or first) of the two people named
    last, in this sentence or the one before."""
    people: list[Entity] = []
    for back in (unit, unit - 1):
        for entity in reversed(registry.mentions.get(back, [])):
            if entity.kind == "person" and all(entity is not p for p in people):
                people.append(entity)
        if len(people) >= 2:
            break
    if len(people) < 2:
        return None
    return people[0] if latter else people[1]
