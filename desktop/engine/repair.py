"""Repair of words run together by scraping ("Jinpingdeclared" -> "Jinping declared")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from desktop.engine.article import Repair
from desktop.engine.word_frequency import zipf_english
from desktop.paths import word_list

# A candidate: a run of letters not glued to digits, URLs, handles or hashtags.
_TOKEN = re.compile(r"(?<![\w@#/.])[^\W\d_]{5,}(?![\w@/]|\.\w)")
_WORD = re.compile(r"[^\W\d_]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
KNOWN = 1.0  # zipf frequency above which a whole word is left alone (wordfreq's scale)
COMMON = 3.0  # zipf frequency from which a part counts as a word on its own
SHORT_COMMON = 5.5  # parts of one or two letters must be very common ("a", "by", "to")
NAME_LIKE = 3.5  # below this a word is rare as a common word: a name ("Jinping", "Kazakh")
SOLID = 4.0  # a part glued to a name must be a solid word ("declared")
# Longer runs of letters are not two words glued together (the longest English words glued in
# pairs stay under this); trying every cut of them would take time quadratic in their length.
LONGEST_REPAIR = 40


@lru_cache(maxsize=1)
def _protected() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("repair_keep.txt"))


@lru_cache(maxsize=1)
def _glue() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("glue_words.txt"))


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    return zipf_english(word)


def load_word_frequencies() -> None:
    """Load the English frequency list now (the first repair would load it anyway)."""
    _zipf("the")


def article_vocabulary(paragraphs: list[str]) -> Counter:
    """Word counts over all paragraphs, lower-cased, plus capitalised forms as written."""
    written = Counter(_WORD.findall("\n".join(paragraphs)))  # a line break joins no words
    counts: Counter = Counter()
    for word, n in written.items():  # each distinct word once, not each of its mentions
        counts[word.lower()] += n
    for word, n in written.items():
        if word[:1].isupper():
            counts[word] += n
    return counts


def _part_ok(part: str, vocabulary: Counter) -> bool:
    low = part.lower()
    if len(low) == 1:
        return low in ("a", "i")
    if len(low) == 2:
        return _zipf(low) >= SHORT_COMMON
    return vocabulary[low] > 0 or _zipf(low) >= COMMON


def _part_score(part: str, vocabulary: Counter) -> float:
    return _zipf(part.lower()) + (2.0 if vocabulary[part.lower()] else 0.0)


def _strong(word: str, left: str, right: str, vocabulary: Counter) -> bool:
    """Evidence beyond 'both parts are words', which brand names and compounds also meet.

    A glue word ("a", "by", "the", "and") beside a solid word, or a name written on its own in
    this article ("Jinping", "Kazakh") followed by a word; compounds ("chatshow"), surnames
    ("Southan") and brands ("RealArcade") have neither.
    """
    capital = word[:1].isupper()
    name_seen = vocabulary[left[:1].upper() + left[1:]] > 0 and _zipf(left.lower()) < NAME_LIKE
    if _CAMEL.search(word):
        if not capital:  # "protestersJune": the next sentence glued on
            return vocabulary[left.lower()] > 0 or vocabulary[right.lower()] > 0
        return name_seen
    for glue, other in ((left, right), (right, left)):
        if glue.lower() in _glue() and _zipf(other.lower()) >= SOLID:
            if not capital or (glue is left and len(other) >= 4) or name_seen:
                return True
    return name_seen and _zipf(right.lower()) >= SOLID


def split_word(word: str, vocabulary: Counter) -> str | None:
    """The two words `word` was glued from, joined by a space, or None when the evidence is weak.

    Evidence: the whole is unknown (not in wordfreq's English list, not elsewhere in the article)
    and both parts are common words or occur on their own in the article.
    """
    if len(word) > LONGEST_REPAIR:
        return None
    low = word.lower()
    if low in _protected() or vocabulary[low] > 1 or _zipf(low) >= KNOWN:
        return None
    camel = [m.start() for m in _CAMEL.finditer(word)]
    if len(camel) > 1:  # "TiVoToGo", "GordonGChang": a name written so on purpose
        return None
    if camel:
        cuts = [c for c in camel if c >= 3 and len(word) - c >= 3]
    elif word[1:].islower():
        cuts = list(range(1, len(word)))
    else:
        return None
    best, best_score = None, 0.0
    for cut in cuts:
        left, right = word[:cut], word[cut:]
        if not (_part_ok(left, vocabulary) and _part_ok(right, vocabulary)):
            continue
        if not _strong(word, left, right, vocabulary):
            continue
        score = min(_part_score(left, vocabulary), _part_score(right, vocabulary))
        if score > best_score:
            best, best_score = f"{left} {right}", score
    return best


def repair_paragraph(paragraph: str, vocabulary: Counter,
                     splits: dict[str, str | None] | None = None) -> tuple[str, list[Repair]]:
    """Repaired paragraph and its repairs, with spans into the repaired paragraph.

    `splits`: what `split_word` made of each word already seen with this `vocabulary` (filled
    here; one dict for all the paragraphs of an article saves trying the same words again).
    """
    pieces, repairs, last, shift = [], [], 0, 0
    splits = {} if splits is None else splits
    candidates = _TOKEN.findall(paragraph)
    for word in set(candidates).difference(splits):
        splits[word] = split_word(word, vocabulary)
    if not any(map(splits.__getitem__, candidates)):
        return paragraph, []  # most paragraphs: nothing to repair
    for match in _TOKEN.finditer(paragraph):
        replacement = splits[match.group()]
        if replacement is None:
            continue
        start = match.start() + shift
        repairs.append(Repair(start, start + len(replacement), match.group(), replacement))
        pieces += [paragraph[last : match.start()], replacement]
        last = match.end()
        shift += len(replacement) - len(match.group())
    pieces.append(paragraph[last:])
    return "".join(pieces), repairs
