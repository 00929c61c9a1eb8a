"""A quotation whose speaker is told by the sentence before it or by an attribution after it."""

from __future__ import annotations

import pytest

from desktop.engine.speakers import UNATTRIBUTED
from desktop.engine.speakers.leads import _surname
from tests.engine.helpers import check, said, table_cases

# -- a quotation with no speech verb, after the sentence about its speaker --
LEADS = [
    (("Coach Erik Lind was blunt after the loss.", '"We stopped skating in the third period."'),
     {"We stopped skating in": "Erik Lind"}),
    (("Maria Costa runs the bakery on Main Street.", "She shook her head.",
      '"The rent has doubled since the spring."'),
     {"The rent has doubled": "Maria Costa"}),
    (("Ana Ruiz, the union president, did not hold back.",
      '"This is the worst contract we have seen. Our members deserve better."'),
     {"This is the worst": "Ana Ruiz"}),
    (("Tom Bell sells bread at the market.", "Bell, 61, has seen worse winters.",
      '"The flour costs twice what it did. Nobody buys the big loaves now."',
      '"I bake half as many as I did last year."'),
     {"The flour costs twice": "Tom Bell", "I bake half as": "Tom Bell"}),
    (("Erik Lind joined the club in May.", "His coach, Ana Ruiz, agreed with him.",
      '"He is right about that week and the next."'),
     {"He is right about": "Ana Ruiz"}),
    (("Erik Lind joined the club in May.", "The team doctor, Ana Ruiz, was more cautious.",
      '"He needs rest before he plays again."'),
     {"He needs rest before": "Ana Ruiz"}),
    (("Erik Lind joined the club in May.",
      'Lind has a simple message for the fans: "Be patient with us this winter."'),
     {"Be patient with us": "Erik Lind"}),
    (("Erik Lind joined the club in May.", 'Lind has one thing on his mind: "the cup."'),
     {"the cup.": None}),
    (("Erik Lind joined the club in May.", "The team lost again on Friday.",
      '"We stopped skating in the third period." Lind shook his head.'),
     {"We stopped skating in": "Erik Lind"}),
    # a role written before the name, the way 'Harbour master Ines Dube said' is read
    (("The ferry sailed again on Monday.", "Harbour master Ines Dube shook her head.",
      '"The wharf was never built for storms like these."'),
     {"The wharf was never": "Ines Dube"}),
    (("The ferry sailed again on Monday.", "Veteran deckhand Tom Alder was blunt.",
      '"Nobody listened until the wharf was under water."'),
     {"Nobody listened until the": "Tom Alder"}),
    (("The ferry sailed again on Monday.", "Ana Ruiz and Tom Bell were blunt.",
      '"Nobody listened until the wharf was under water."'),
     {"Nobody listened until the": "Ana Ruiz"}),
    (("The ferry sailed again on Monday.", "Harbour officials were blunt on Monday night.",
      '"Nobody listened until the wharf was under water."'),
     {"Nobody listened until the": UNATTRIBUTED}),
    # not a person: an organisation, a town, a possessive, 'it'; and a quotation said by another
    (("The council voted five to four on Monday.", '"This is a disaster for the whole town."'),
     {"This is a disaster": UNATTRIBUTED}),
    (("Halifax lost power on Monday. Halifax stayed dark all night.",
      '"This is a disaster for the whole town."'),
     {"This is a disaster": UNATTRIBUTED}),
    (("Tom Bell sells bread.", "Bell's landlord raised the rent.",
      '"The flour costs twice what it did."'),
     {"The flour costs twice": UNATTRIBUTED}),
    (("Tom Bell sells bread.", "It was a long winter.", '"The flour costs twice what it did."'),
     {"The flour costs twice": UNATTRIBUTED}),
    (("Tom Bell sells bread.", '"The flour costs twice what it did," said Ana Ruiz.'),
     {"The flour costs twice": "Ana Ruiz"}),
]

# -- a role before 'was blunter:' or 'was more direct:' is the speaker of the quotation after --
MANNER = [
    (("The council voted on Monday to close the bridge.",
      'A city adviser, granted anonymity to speak freely, was blunter: "The deck will not '
      'last the winter. Nobody will fix it."'),
     {"The deck will not": "a city adviser"}),
    (("The council voted on Monday to close the bridge.",
      'Her spokeswoman was more direct: "We have no money left for repairs."'),
     {"We have no money": "her spokeswoman"}),
    # near misses: not how plainly anyone spoke, not a person, no colon
    (("The council voted on Monday to close the bridge.",
      'A city adviser was worried: "The deck will not last the winter."'),
     {"The deck will not": UNATTRIBUTED}),
    (("The council voted on Monday to close the bridge.",
      'The ferry schedule was more direct: "Closed until spring, with no crossings."'),
     {"Closed until spring, with": UNATTRIBUTED}),
    (("The council voted on Monday to close the bridge.", "A city adviser was blunter.",
      '"The deck will not last the winter."'),
     {"The deck will not": UNATTRIBUTED}),
]

# -- a quotation whose attribution follows it is not the previous speaker's follow-on --
ATTRIBUTED_LATER = [
    (("Council members said the budget was on the line.",
      '"We cannot cut the ferry again. The town needs it," councillor Tom Alder said. '
      '"Nobody voted for this."'),
     {"We cannot cut the": "Tom Alder", "Nobody voted for this.": "Tom Alder",
      "the budget was on": "council members"}),
    (('"The ferry runs on time," Ana Ruiz said.',
      '"It did not run once in May. Not once," said Tom Alder.'),
     {"The ferry runs on": "Ana Ruiz", "It did not run": "Tom Alder"}),
]

TABLES = {"leads": LEADS, "manner": MANNER, "attributed_later": ATTRIBUTED_LATER}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)


def test_a_quotation_attributed_after_it_is_not_the_speaker_before_too():
    quotes = said("Council members said the budget was on the line.",
                  '"We cannot cut the ferry again. The town needs it," councillor Tom Alder '
                  'said. "Nobody voted for this."')
    assert quotes["council members"] == ["the budget was on the line."]
    assert quotes["Tom Alder"][0].startswith("We cannot cut the ferry again.")


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Erik Lind joined. Lind", 17, True),  # a full name before the lone word
    ("Mr. Lind joined. Lind", 16, True),  # a title with its stop
    ("Halifax lost power. Lind", 19, False),  # the word is never written after a capital
    ("Erik Lindqvist joined. Lind", 22, False),  # a longer word, not the surname
    ("The club. Erik Lind", 9, False),  # written after a capital only past `end`
    ("o'Hara-Lind joined. Lind", 19, False),  # no capital opening the word before
    ("McNeil-O'Hara\tLind came", 23, True),  # any capital after a mark inside it, a tab
])
def test_a_lone_word_is_a_surname_when_a_capitalised_word_comes_right_before_it(
        text, end, expected):
    assert _surname(text, "Lind", end) is expected
