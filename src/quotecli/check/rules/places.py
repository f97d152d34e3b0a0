"""QC104 place-spelling: a place, street, team or organisation spelt two ways.

The same blocking-and-compare machinery as QC101 name-spelling, over the
places, streets, teams and organisations of ``extract/places.py`` (told apart
from people by how the text uses them, no gazetteer). Names of places are
often near one another for real (Iran/Iraq, Slovenia/Slovakia, Austin/Austen),
so the rule asks for more than QC101 does: one edit only, words of six letters
or more, a form used at least ``MIN_MAJORITY`` times and ``MIN_RATIO`` times as
often as the rare one, and the two forms in one article or in articles that
share a story. On a digest page (``quotecli.stories``: several short stories in
one file, each closed by a "Source:" line) each story counts as an article of
its own: two stories of one page are two outlets' items.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Hashable, Iterator

from ...document import Document
from ...names import deletion_keys, name_tokens, spelling_blocks, spelling_distance
from ...records import Extraction
from ...stories import story_index, story_spans, story_text
from ..model import Finding, Location
from ..registry import register
from .name_evidence import kept_apart, same_story

if TYPE_CHECKING:  # the extractor is imported where it runs: a warm ``check`` never needs it
    from ...extract.places import PlaceMention

MIN_MAJORITY = 2
MIN_RATIO = 2
MIN_LETTERS = 5        # a single-word place shorter than this is not compared (Iran/Iraq, Mali/Bali)
LONG_WORD = 8          # letters from which a changed letter in a one-word place is a typo
MAX_FORMS = 200
MAX_RELATED = 5


@dataclass(frozen=True, eq=False)
class PlaceItem:
    document: Document
    mention: PlaceMention
    tokens: tuple[str, ...]
    people: frozenset[str] = frozenset()

    def location(self) -> Location:
        return Location.of(self.document, self.mention.start, self.mention.end)

    def order(self) -> tuple:
        return (self.document.path, self.document.id, self.mention.start)

    @property
    def story(self) -> tuple[str, int]:
        """The article, and the story of a digest page, the place stands in (``quotecli.stories``)."""
        return (self.document.id, story_index(self.document.text, self.mention.start))


@dataclass(frozen=True)
class _Story:
    """One story of an article as the name-evidence tests read one (an ``id`` and a ``text``)."""

    id: tuple[str, int]
    text: str


@dataclass(frozen=True)
class _StoryItem:
    document: _Story
    people: frozenset[str]


def _stories(items: list[PlaceItem]) -> list[_StoryItem]:
    """The items seen as stories: an article is its own story, a digest page's story its part of the page."""
    return [_StoryItem(_Story(i.story, story_text(i.document.text, i.mention.start)), i.people) for i in items]


def places_map(extraction: Extraction) -> Iterator[tuple[Hashable, PlaceItem]]:
    from ...extract.places import extract_places

    text = extraction.document.text
    spans = story_spans(text)
    people_of: dict[int, frozenset[str]] = defaultdict(frozenset)
    for m in extraction.people:
        t = name_tokens(m.name)
        if t and len(t[-1]) > 1:
            index = story_index(text, m.start) if len(spans) > 1 else 0
            people_of[index] = people_of[index] | {t[-1]}
    for mention in extract_places(extraction.document, extraction.people):
        tokens = name_tokens(mention.text)
        if not tokens:
            continue
        index = story_index(text, mention.start) if len(spans) > 1 else 0
        item = PlaceItem(extraction.document, mention, tokens, people_of[index])
        if len(tokens) == 1:
            if len(tokens[0]) >= MIN_LETTERS:
                for key in deletion_keys(tokens[0]):
                    yield ("place-word", key), item
        else:
            for key in spelling_blocks(tokens):
                yield ("place", key), item


def places_compare(key: Hashable, items: list[PlaceItem]) -> Iterator[Finding]:
    forms: dict[tuple[str, ...], list[PlaceItem]] = defaultdict(list)
    for item in items:
        forms[item.tokens].append(item)
    if len(forms) < 2 or len(forms) > MAX_FORMS:
        return
    for rare in sorted(forms):
        mine = forms[rare]
        candidates = [common for common in forms if common != rare and _misspelt(rare, common, mine, forms[common])]
        if not candidates:
            continue
        common = max(candidates, key=lambda c: (len(forms[c]), c))
        theirs = forms[common]
        written = _written(theirs)
        if kept_apart(rare, common, [i.document for i in _stories(mine)], [i.document for i in _stories(theirs)]):
            yield from _transliterations(mine, theirs, written)
            continue
        for document, here in _by_document(mine):
            primary = here[0]
            yield PLACES.finding(
                f"'{primary.mention.text}' ({primary.mention.kind}) is one letter away from '{written}', "
                f"the spelling used {_where(theirs)}",
                [primary.location(), *_related(document, theirs)],
                suggestion=f"write '{written}'",
                confidence="medium" if len(theirs) < 2 * MIN_MAJORITY else "high",
                confidence_reason=f"the other form is used {len(theirs)} times in the same story",
            )


def _related(document, theirs: list[PlaceItem]) -> list:
    """The other form's places to cite, this article's own first."""
    return [i.location() for i in sorted(theirs, key=lambda i: (i.document is not document, i.order()))[:MAX_RELATED]]


def _transliterations(mine: list[PlaceItem], theirs: list[PlaceItem], written: str) -> Iterator[Finding]:
    """A place transliterated two ways, each article keeping its own ("Hormozgan" /
    "Hormuzgan", ``name_evidence.kept_apart``): a house style to settle, not a slip (info)."""
    for document, here in _by_document(mine):
        primary = here[0]
        yield PLACES.finding(
            f"'{primary.mention.text}' ({primary.mention.kind}) and '{written}' ({_where(theirs)}) are one "
            f"name transliterated two ways, each article keeping its own",
            [primary.location(), *_related(document, theirs)],
            severity="info", confidence="low",
            confidence_reason="transliteration variant: each article keeps its own form",
        )


def _misspelt(rare: tuple[str, ...], common: tuple[str, ...], mine: list[PlaceItem], theirs: list[PlaceItem]) -> bool:
    if len(theirs) < MIN_MAJORITY or len(theirs) < MIN_RATIO * len(mine):
        return False
    if spelling_distance(rare, common) != 1:
        return False
    if _derived(rare, common) and not (_changed_letter(rare, common) and _crowded_out(mine, theirs)):
        return False
    if {i.story for i in mine} & {i.story for i in theirs}:
        return True
    own = set(rare) | set(common)
    return same_story(_stories(mine), _stories(theirs), own) is not False   # None: too short to tell, as QC101


def _derived(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two real words rather than one misspelt: a changed last letter or an added ending
    (America/American, Somalia/Somali, Germany/Germans, Falkland/Falklands: demonyms and
    plurals), or, for a one-word place shorter than ``LONG_WORD``, a changed letter
    (Boston/Bolton, Iran/Iraq: real places one letter apart are common; typos drop,
    double or swap letters more often; Albequerque is long enough to be a typo)."""
    for x, y in zip(a, b):
        if x == y:
            continue
        short, long = sorted((x, y), key=len)
        if len(long) == len(short) + 1 and long == short + short[-1]:
            continue    # a doubled last letter is a slip ("Texass", "Congres"), no ending
        if x.startswith(y) or y.startswith(x) or x[:-1] == y[:-1]:
            return True
        if len(a) == 1 and len(x) == len(y) < LONG_WORD and sorted(x) != sorted(y):
            return True
    return False


CROWD = 3     # uses of the right form in the rare form's own article that outweigh a changed letter


def _changed_letter(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A one-word place with one inner letter changed ("Viecnam"), not its last (a demonym)."""
    return len(a) == 1 and len(a[0]) == len(b[0]) >= MIN_LETTERS and a[0][:-1] != b[0][:-1]


def _crowded_out(mine: list[PlaceItem], theirs: list[PlaceItem]) -> bool:
    """The rare form written once in an article that writes the other form ``CROWD`` times
    or more: one place, misspelt once ("Alaboma" among three "Alabama"), not two towns."""
    if len(mine) != 1:
        return False
    here = mine[0].story
    return sum(1 for i in theirs if i.story == here) >= CROWD


def _written(items: list[PlaceItem]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.mention.text] += 1
    return min(counts, key=lambda w: (-counts[w], w))


def _where(items: list[PlaceItem]) -> str:
    docs = len({i.document.id for i in items})
    return f"{len(items)} times in {docs} article{'s' if docs != 1 else ''}"


def _by_document(items: list[PlaceItem]) -> list[tuple[Document, list[PlaceItem]]]:
    grouped: dict[tuple[str, str], list[PlaceItem]] = defaultdict(list)
    for item in sorted(items, key=PlaceItem.order):
        grouped[(item.document.path, item.document.id)].append(item)
    return [(mine[0].document, mine) for mine in grouped.values()]


PLACES = register(
    "QC104", "place-spelling", "warning",
    map=places_map, compare=places_compare, min_group=2,
    explanation="""
    A place, street, team or organisation is spelt one letter away from a form used more often.

    Places are found by how the text uses them, with no gazetteer: a
    capitalised run after "in", "at", "from" or "near" ("in Albequerque"), or
    ending in a street word ("Elmswood Avenue"), a team word ("Bolton FC") or
    an organisation word ("the Labour Party", "Harbour Council"); runs the
    people extractor takes for a person are left out. Because real places are
    often one letter apart (Iran and Iraq, Boston and Bolton), the rule asks
    for more than QC101: one edit only (a transposition counts as one), single
    words of six letters or more, a form used at least twice and twice as
    often, and both forms in one article or in articles that share a story.
    On a digest page (several short stories in one file, each closed by a
    line such as "Source:" or "Via: ...": ``lexicon/digest_closers.txt``),
    each story counts as an article of its own.
    A changed or added last letter is a demonym or a plural (America and
    American, Falkland and Falklands), and a one-word place of fewer than
    eight letters with one letter changed is another place: neither is a
    finding, unless the rare form is written once in an article that writes
    the other three times or more ("Alaboma" among the "Alabama"s). A doubled
    last letter is a slip ("Havanaa"), and a misspelt street, team or
    organisation word still counts ("Tea Paryt"). Two transliterations of a
    foreign place, each article keeping its own ("Hormozgan" and "Hormuzgan":
    ``lexicon/name_transliterations.tsv``), are an info. Fix the rare form, or
    silence the rule with ``--ignore QC104``.
    """,
    example_bad="""
    a.txt: The mayor of Albuquerque spoke in Albequerque on Monday. Crews in Albuquerque cleared Elmwood Avenue.
    b.txt: Residents of Elmswood Avenue in Albuquerque met the mayor. Elmwood Avenue reopened.
    """,
    example_good="""
    a.txt: The mayor of Albuquerque spoke in Albuquerque on Monday. Crews in Albuquerque cleared Elmwood Avenue.
    b.txt: Residents of Elmwood Avenue in Albuquerque met the mayor. Elmwood Avenue reopened.
    """,
)

__all__ = ["PLACES", "PlaceItem"]
