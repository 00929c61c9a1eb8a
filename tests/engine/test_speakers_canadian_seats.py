"""Speaker shapes from invented Canadian probes of session 8 (a transit strike, a bail
hearing, a federal-provincial deal); each table one rule with the near misses it must leave
alone."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import find_speakers
from desktop.engine.text import sentence_spans
from tests.engine.helpers import article


def listed(text: str) -> list[tuple[str, str, str | None]]:
    return [(s.name, s.kind, s.role) for s in find_speakers(article(text))]


# -- a number inside a body's name stays in the role: 'Local 1505', 'CUPE 416' --
BODY_NUMBERS = [
    ("Harbour Transit Union Local 1505 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "Harbour Transit Union Local 1505 president")),
    ("CUPE 416 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "CUPE 416 president")),
    ("Unifor Local 444 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "Unifor Local 444 president")),
    ("Route 9 riders said the buses are late.", ("Route 9 riders", "unnamed", None)),
    # near misses: a year after a month or a preposition, a number counting people
    ("In March 2015 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "president")),
    ("Since 2015 president Ana Ruiz said the buses are late.",
     ("Ana Ruiz", "person", "president")),
    ("On May 12 officials said the buses are late.", ("12 officials", "unnamed", None)),
]


@pytest.mark.parametrize(("text", "who"), BODY_NUMBERS)
def test_a_number_in_a_body_name_stays_in_the_role(text, who):
    assert listed(text) == [who]


# -- a place's initials after 'a'/'an', or after 'The' opening the sentence, end no sentence --
ARTICLE_INITIALS = [
    ("A B.C. Supreme Court judge has denied bail to the man, saying he is a flight risk.",
     [("a B.C. Supreme Court judge", "unnamed", None)]),
    ("A B.C. judge has denied bail to the man, saying he is a flight risk.",
     [("a B.C. judge", "unnamed", None)]),
    ("An N.B. Power spokesperson said the crews were out all night.",
     [("an N.B. Power spokesperson", "unnamed", None)]),
    # near misses: the initials end a sentence after a place, or after 'the' inside it
    ("The man moved to Vancouver, B.C. The court said the law is clear.",
     [("the court", "unnamed", None)]),
    ("Ana Ruiz lives in Halifax, N.S. Police said the law is clear.",
     [("police", "unnamed", None)]),
    # a place's initials after 'the' or a verb modify the next word: one sentence, one body
    ("According to the B.C. Centre for Disease Control, four in five children are immunized.",
     [("B.C. Centre for Disease Control", "organisation", None)]),
    ("\"The ferry is safe,\" said B.C. Transport Minister Ana Ruiz.",
     [("Ana Ruiz", "person", "B.C. Transport Minister")]),
    # a body named with its place's initials keeps them when 'the centre' points back to it
    ("Dr. Ana Ruiz, an epidemiologist with the B.C. Centre for Disease Control, disagrees. "
     "According to the centre, four in five children are immunized.",
     [("B.C. Centre for Disease Control", "organisation", None)]),
]


@pytest.mark.parametrize(("text", "who"), ARTICLE_INITIALS)
def test_initials_after_an_article_go_on_the_sentence(text, who):
    assert listed(text) == who


SENTENCES = [
    ("A B.C. Supreme Court judge ruled. It was late.", 2),
    ("The U.K. Parliament voted. It was late.", 2),
    ("He bought an N.S. Power bond.", 1),
    ("She moved to Vancouver, B.C. The court ruled.", 2),
    ("She lives in Fredericton, N.B. A court ruled.", 2),
    # after a verb, 'by', a determiner or nothing, a place's initials modify the next word
    ("The cut was announced by B.C. Premier Ana Ruiz on Monday.", 1),
    ("Ottawa said P.E.I. Health Minister Tom Bell was wrong.", 1),
    ("She spoke to the N.S. Court of Appeal on Monday.", 1),
    ("A spokesperson for the B.C. Centre for Disease Control said no.", 1),
    ("It was late. B.C. Premier Ana Ruiz said so.", 2),
    # near misses: after a preposition, a coordinator or 'the' of a country, the place ends
    # the sentence
    ("Parents in B.C. Worry about fees.", 2),
    ("The rules differ in Alberta and B.C. Officials said so.", 2),
]


@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_sentences_after_initials(text, count):
    assert len(sentence_spans(text)) == count


# -- a capital or seat of government alone stands for the government: a body, not a person --
SEATS = [
    ("Ottawa, for its part, said the deal is fair.", [("Ottawa", "organisation", None)]),
    ("Queen's Park said the deal is fair.", [("Queen's Park", "organisation", None)]),
    ("Washington has said the deal is fair.", [("Washington", "organisation", None)]),
    ("On Monday, Downing Street said the deal is fair.",
     [("Downing Street", "organisation", None)]),
    # near misses: a person of or from the capital, a person whose surname it is
    ("Ottawa Mayor Ana Ruiz said the deal is fair.", [("Ana Ruiz", "person", "Ottawa Mayor")]),
    ("Ana Ruiz of Ottawa said the deal is fair.", [("Ana Ruiz", "person", "of Ottawa")]),
    ("Kenny Washington scored twice. Washington said the team played well.",
     [("Kenny Washington", "person", None)]),
]


@pytest.mark.parametrize(("text", "who"), SEATS)
def test_a_seat_of_government_is_a_body(text, who):
    assert listed(text) == who


# -- 'Statistics Canada said' opening a sentence is the agency's name, even where the article
# writes 'statistics' in lower case elsewhere (no word capitalised only to open the sentence) --
AGENCIES = [
    ("Statistics Canada said rents rose eight per cent last year. The statistics were clear.",
     [("Statistics Canada", "organisation", None)]),
    ("Elections Nova Scotia said turnout was 31 per cent. Three elections in four years will "
     "do that.", [("Elections Nova Scotia", "organisation", None)]),
    # near miss: a common word before a company's name is still its role
    ("Rival Harbourlink said the fares would rise next year. Its rival was late.",
     [("Harbourlink", "person", "rival")]),
]


@pytest.mark.parametrize(("text", "who"), AGENCIES)
def test_an_agency_named_for_its_country_keeps_its_first_word(text, who):
    assert listed(text) == who
