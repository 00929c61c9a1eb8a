"""A key sentence as read on its own: a quotation it opens or closes but the summary cuts off
gets the missing mark after an ellipsis, so what is shown and copied stays a quotation."""

from __future__ import annotations

import re

# Double marks only: a single ’ is an apostrophe as often as a closing mark.
_CLOSER_OF = {"“": "”", "„": "“", "«": "»", '"': '"'}
_OPENER_OF = {"”": "“", "»": "«", '"': '"'}
_MARK = re.compile(r'[“”„«»"]')
_OPENS_AFTER = " \t\n([{—–-/"  # a straight " after these (or first) opens a quotation


def balanced(lead_in: str, sentence: str) -> tuple[str, str]:
    """`lead_in` (the sentence shown before a key sentence, or '') and `sentence`, read as one
    passage, with an ellipsis and the missing mark added where the passage closes a quotation
    it did not open ('It was a disgrace," she said.' reads '"… It was a disgrace," she said.')
    or opens one it does not close ('"I waited.' reads '"I waited. …"'). Words never change.
    """
    passage = f"{lead_in} {sentence}" if lead_in else sentence
    unopened, unclosed = _unpaired(passage)
    if unopened:
        if lead_in:
            lead_in = f"{unopened}… {lead_in}"
        else:
            sentence = f"{unopened}… {sentence}"
    if unclosed:
        sentence = f"{sentence} …{unclosed}"
    return lead_in, sentence


def _unpaired(passage: str) -> tuple[str, str]:
    """(the opening mark a closing mark with none before it lacks, the closing mark an opening
    mark left open lacks); '' for none."""
    open_marks: list[str] = []
    unopened = ""
    for match in _MARK.finditer(passage):
        mark, at = match.group(), match.start()
        opens = mark in "“„«" or (mark == '"' and (at == 0 or passage[at - 1] in _OPENS_AFTER))
        if opens:
            open_marks.append(mark)
        elif open_marks:
            open_marks.pop()
        elif not unopened:
            unopened = _OPENER_OF[mark]
    return unopened, _CLOSER_OF[open_marks[0]] if open_marks else ""
