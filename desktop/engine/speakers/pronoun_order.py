"""Whom a "he" or "she" may stand for, in the order a pronoun tries them."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator

from desktop.engine.article import Article
from desktop.engine.furniture import reach_start
from desktop.engine.speakers.antecedents import latest_first
from desktop.engine.speakers.clauses import opens_clause
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.sexes import Sexes

_UNMARKED_REACH = 200  # name runs back in which an unmarked name may take a pronoun
SPEAKER_REACH = 2  # paragraphs back in which a quoted person is preferred for "he"/"she"
TOLD = (None, None)  # in the order of whom "he"/"she" may stand for: a subject described by
# a noun of that sex ('His mother was in the stands'), tried before anyone of unknown sex
People = list[tuple[int, str]]  # (position, name), sorted


def candidates(article: Article, found: Found, kind: str, people: tuple[People, People],
               speaking: set[int], alone: set[str], sexes: Sexes
               ) -> Iterator[tuple[Iterator | None, set]]:
    """(persons latest first, sexes wanted) of `people` (titled or quoted persons, name runs) in
    the order the pronoun of `found`, of `kind`, tries them: "she": a titled or quoted person
    who is the subject of its sentence or the last, unless told a man (a sex filters, not
    outranks), then a woman named within SPEAKER_REACH paragraphs, then any woman named before;
    "he": the nearest titled or quoted man or person of unknown sex (news names men more often,
    so an unmarked name, one of `alone`, is a fair guess), then any man named before; then
    (None) a subject described by a noun of that sex ('His mother was in the stands'); then an
    unmarked name. The sorted lists are read back lazily, never copied: a long article names
    thousands, and each of its sentences may hold a pronoun."""
    at, (all_persons, all_runs) = found.mention.start, people
    near = reach_start(article, article.sentences[found.sentence].paragraph, SPEAKER_REACH)
    last = article.sentences[max(0, found.sentence - 1)].start
    (p_near, p_at), (r_near, r_at) = _stretch(all_persons, near, at), _stretch(
        all_runs, near, at)
    persons, near_runs = (all_persons, p_near, p_at), (all_runs, r_near, r_at)
    before, runs = (all_persons, 0, p_at), (all_runs, 0, r_at)
    unmarked = (p for p in latest_first(all_runs, max(0, r_at - _UNMARKED_REACH), r_at)
                if p[1] in alone)
    subjects = _subjects(article, speaking, latest_first(*persons), latest_first(*near_runs))
    if kind == "female":
        p_last = min(max(bisect.bisect_left(all_persons, (last, "")), p_near), p_at)
        recent = _subjects(article, speaking, latest_first(all_persons, p_last, p_at), iter(()))
        first = ((recent, {kind, None}), (subjects, {kind}))
        stretches = ((persons, {kind}), (near_runs, {kind}), (before, {kind}),
                     (runs, {kind}), TOLD, (persons, {None}))
    else:
        first = ((subjects, {kind, None}),)
        stretches = ((persons, {kind, None}), (near_runs, {kind}), (before, {kind}),
                     (runs, {kind}), TOLD)
    told = sexes.known() | {None}  # a sex that no name has is not looked for
    yield from ((group, wanted) for group, wanted in first if not wanted.isdisjoint(told))
    for stretch, wanted in stretches:
        if stretch is None:
            yield None, set()
        elif not wanted.isdisjoint(told):
            yield latest_first(*stretch), wanted
    yield unmarked, {None}


def _subjects(article: Article, speaking: set[int], persons: Iterator[tuple[int, str]],
              runs: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The quoted persons (starting at a position in `speaking`) and sentence subjects of
    `persons` and `runs` (each latest first), latest first; a titled or quoted person of that
    sex further back outranks a name run further back ('Mr. Ban' before 'Al Qaeda', whose
    first word is also a given name)."""
    return ((p, n) for p, n in heapq.merge(persons, runs, reverse=True)
            if p in speaking or opens_clause(article, p))


def _stretch(people: list[tuple[int, str]], start: int, end: int) -> tuple[int, int]:
    """(lo, hi): the indexes of the sorted (position, name) `people` from `start` to before
    `end` (lo is hi when `start` lies past `end`)."""
    hi = bisect.bisect_left(people, (end, ""))
    return min(bisect.bisect_left(people, (start, "")), hi), hi
