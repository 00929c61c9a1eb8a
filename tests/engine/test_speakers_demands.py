"""A demand reported with 'call for' and 'call on … to', and a label given with 'call X a Y':
speech, what was demanded or what X was called its content."""

from __future__ import annotations

import pytest

from tests.engine.helpers import said

DEMANDS = {
    "called-for": ("Ana Ruiz called for steep new tariffs on goods from the mainland.",
                   {"Ana Ruiz": ["steep new tariffs on goods from the mainland."]}),
    "called-for-calm": ("Ana Ruiz called for calm on Friday after the vote.",
                        {"Ana Ruiz": ["calm on Friday after the vote."]}),
    "has-called-for": ("Ruiz has called for the complete repeal of the ferry tax.",
                       {"Ruiz": ["the complete repeal of the ferry tax."]}),
    "is-calling-for": ("The union is calling for a process to pick a new harbour master.",
                       {"the union": ["a process to pick a new harbour master."]}),
    "called-on-to": ("Ana Ruiz called on the minister to apologize for the remarks about the port.",
                     {"Ana Ruiz": ["the minister to apologize for the remarks about the port."]}),
    "calls-on-name-to": ("Ana Ruiz calls on Tom Long to resign from the harbour board at once.",
                         {"Ana Ruiz": ["Tom Long to resign from the harbour board at once."]}),
    "participle": ("Ana Ruiz wrote to the minister, calling for an inquiry into the ferry crash.",
                   {"Ana Ruiz": ["an inquiry into the ferry crash."]}),
    "label-name": ("One of the doctors called Dr Osei a quack, a fake and a charlatan.",
                   {"one of the doctors": ["Dr Osei a quack, a fake and a charlatan."]}),
    "label-pronoun": ("Ruiz called it a common ailment during long campaigns for office.",
                      {"Ruiz": ["it a common ailment during long campaigns for office."]}),
    "label-long-object": ("Ana Ruiz called her vote for the ferry plan a mistake.",
                          {"Ana Ruiz": ["her vote for the ferry plan a mistake."]}),
}

# near misses: 'call for' that summons or fetches, 'call on' that visits or names a day, a
# subject that demands nothing, a passive, 'call' with no 'for' and no label ('called the plan
# reckless': an adjective, too loose to tell from 'called the police early'), 'called a
# meeting', a time or a count after 'a' ('a few minutes', 'a second time'), 'called it a day'
NOT_DEMANDS = [
    "Ana Ruiz called for help when the ferry began to sink off the point.",
    "Ana Ruiz called for an ambulance after the crash on the harbour road.",
    "Ana Ruiz called for the police after the crash on the harbour road.",
    "Ana Ruiz called on Monday to ask about the ferry timetable.",
    "Ana Ruiz called on the families of the crew at their homes in the town.",
    "The new plan calls for a second bridge over the bay by next year.",
    "The forecast calls for heavy rain on the island all weekend.",
    "The repairs, as called for in the harbour plan, will take a year.",
    "Ana Ruiz called the plan reckless and unfair to the fishing towns.",
    "Ana Ruiz called a meeting of the harbour board for Monday.",
    "Ana Ruiz called the police a few minutes after the crash.",
    "Ana Ruiz called it a day after twelve hours on the ferry.",
    "Ana Ruiz called it a career after twelve years on the ferry.",
    "Ana Ruiz called the union for a second time on Monday.",
    "A man called Joe runs the ferry from the harbour.",
]


@pytest.mark.parametrize(("sentence", "expected"), DEMANDS.values(), ids=DEMANDS.keys())
def test_a_demand_is_reported_speech(sentence, expected):
    assert said(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DEMANDS)
def test_other_senses_of_call_report_nothing(sentence):
    assert said(sentence) == {}
