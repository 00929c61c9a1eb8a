"""Introductions found once per noun equal a scan of the text before each mention."""

from __future__ import annotations

from desktop.engine.speakers.introductions import (
    Introductions,
    introduced_name,
    introduction_pattern,
)
from tests.engine.corpus import bbc_dev_articles

NOUNS = ("rookie", "defenceman", "president", "minister", "spokesman", "mayor", "the", "a")


def _same(text: str, noun: str) -> None:
    pattern = introduction_pattern(noun)
    found = Introductions(text, noun)
    ends = sorted({0, len(text), *range(0, len(text), 97), *(i for i, c in enumerate(text)
                                                              if c == "T")})
    for end in ends:
        assert found.before(end) == [introduced_name(m)
                                     for m in pattern.finditer(text[:end])], end


INVENTED = (
    "Rookie defenceman Erik Lind scored. The rookie defenceman said he was happy. Ann Holt, "
    "the long-serving club President, agreed; President Ann Holt, a former defenceman, "
    "added: \"Good.\" Joe Bloggs, an  able defenceman, and Sam Lee, the defenceman, left. "
    "defenceman\tMcDonald O'Neil-Smith Jr spoke. The defencemanship of Al Gore, the "
    "president, is unknown. PRESIDENT Bob Ray, the\nPresident. Xy Zed, the a b c president. "
    "The mayor of Port Reeve, Roy Tibo, and the minister of the ferry fleet, Ana Ruiz, met."
)


def test_same_names_before_every_cut_of_invented_text():
    for noun in NOUNS:
        _same(INVENTED, noun)
        _same(INVENTED * 30, noun)  # matches far before the cut come from the one scan
    _same("", "president")


def test_same_names_on_real_articles(corpus):
    articles = bbc_dev_articles(step=31, limit=40)
    assert articles
    text = "\n\n".join(p.read_bytes().decode("utf-8", errors="replace") for p in articles)
    for noun in ("chairman", "minister", "company"):
        _same(text, noun)


def test_letters_that_match_ascii_only_when_case_is_ignored_are_found_too():
    # Kelvin sign, long s, dotted and dotless i: the regex search takes over from str.find.
    text = ("\u212aing Al Bo spoke. Pre\u017fident Cy Do, the \u0130nspector\u0131 Ed Fi. "
            "president Gu Ha.")
    for noun in ("king", "president", "inspector", "president"):
        _same(text, noun)
    assert Introductions(text, "president").names == ["Cy Do", "Gu Ha"]


def test_same_names_when_the_cut_falls_inside_a_word():
    # A cut may end a word early: 'the spokesman to|day', 'the president|s', 'Ann Ho|lt'.
    text = ("Ann Holt, the spokesman today said so. Bo Li, the presidents agreed. spokesman "
            "Cy Do, the spokesman to Eve. Di Wu, a spokesman, left; president Ann Holt")
    for noun in ("spokesman", "president"):
        pattern, found = introduction_pattern(noun), Introductions(text, noun)
        for end in range(len(text) + 1):
            assert found.before(end) == [introduced_name(m)
                                         for m in pattern.finditer(text[:end])], end
