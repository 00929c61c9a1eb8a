"""A relative clause between a subject and its speech verb: 'The report, released Tuesday,
said …', 'The ministry, which runs the port, said …', 'The nurse who sued Ruiz said …'."""

from __future__ import annotations

import pytest

from tests.engine.helpers import check, table_cases

# -- a clause reduced to its participle ('released', 'written') between commas --
REDUCED = [
    (("The report, released Tuesday, said the bridge would open in May.",),
     {"the bridge would open": "the report"}),
    (("The statement, issued late on Friday by the port, said the ferry would stop in June.",),
     {"the ferry would stop": "the statement"}),
    (("The lawsuit, filed in federal court on Monday, says the port broke the law.",),
     {"the port broke the": "the lawsuit"}),
    (("The union, asked about the strike, said the ferry would run on Sunday.",),
     {"the ferry would run": "the union"}),
    (("The letter, written by three engineers, warned that the bridge was unsafe.",),
     {"the bridge was unsafe.": "the letter"}),
]

# -- a full relative clause ('which …', 'who …') between commas --
WHICH = [
    (("The ministry, which runs the port, said the bridge would open in May.",),
     {"the bridge would open": "the ministry"}),
    # 'who' after a description: the person described is the speaker
    (("A witness, who asked not to be named, told the Star she heard shouting at the pier.",),
     {"she heard shouting at": "a witness"}),
    (("The neighbour, who lives by the pier, said the ferry had hit the dock.",),
     {"the ferry had hit": "the neighbour"}),
    # near miss: the described noun is an object, the sentence's subject speaks
    (("The mayor met the witness, who lives nearby, and said the ferry would run all winter.",),
     {"the ferry would run": "the mayor"}),
]

# -- not the subject of the verb: the noun before the clause is an object, or nothing is said --
NOT_SUBJECT = [
    (("Voters who read the report, released Tuesday, said the bridge would open in May.",),
     {"the bridge would open": None}),
]

# -- a relative clause without commas: its object is not the speaker, the noun before it is --
OBJECT_IN_CLAUSE = [
    (("The nurse who sued Ana Ruiz said the clinic had closed its doors.",),
     {"the clinic had closed": "the nurse"}),
    (("The nurse who filed the complaint said the clinic had closed its doors.",),
     {"the clinic had closed": "the nurse"}),
    (("The union which filed the lawsuit says the port broke the law.",),
     {"the port broke the": "the union"}),
    (("Ms Ruiz, who presents The Morning Show tells Cockerell that she despaired at the plan.",),
     {"she despaired at the": "Ruiz"}),
    (("Cases in which workers were fired for what they said on their blogs are rare.",),
     {"their blogs are rare.": None}),
]

# -- near misses: the speech verb is inside the clause, or the clause is set off by commas --
CLAUSE_SPEAKS = [
    (("The nurse who said the clinic was closed left early, Ana Ruiz told reporters.",),
     {"The nurse who said": "Ana Ruiz"}),
    (("Ana Ruiz, who said the clinic was closed, left early.",),
     {"the clinic was closed": "Ana Ruiz"}),
    # 'NAME, ROLE, who says': the name the role describes is the speaker, not the role's noun
    (('Jordan Feinberg, press secretary for the mayor, who says she is celebrating "with a '
      'pizza and a spreadsheet."',),
     {"with a pizza and": "Jordan Feinberg"}),
    (('Tom Alder, spokesman for Mayor Ana Ruiz, who says the crossing was "rough all the way '
      'over."',),
     {'the crossing was "rough': "Tom Alder"}),
    # near misses: a place before the comma, a role naming its own person
    (('In Halifax, a spokesman for the port, who says the crossing was "rough all the way '
      'over."',),
     {'the crossing was "rough': "a spokesman for the port"}),
    (('In Halifax, spokesman Tom Alder, who says the crossing was "rough all the way over."',),
     {'the crossing was "rough': "Tom Alder"}),
]

TABLES = {"reduced": REDUCED, "which": WHICH, "not_subject": NOT_SUBJECT,
          "object_in_clause": OBJECT_IN_CLAUSE, "clause_speaks": CLAUSE_SPEAKS}


@pytest.mark.parametrize(("paragraphs", "expected"), table_cases(TABLES))
def test_who_said_it(paragraphs, expected):
    check(paragraphs, expected)
