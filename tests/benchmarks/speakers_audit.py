"""Speakers listed on unannotated dev news, for an editor to read against the text (on demand).

    PYTHONPATH=. python tests/benchmarks/speakers_audit.py [--set cnndm|bbc|wikinews] [--limit N]

Prints, per article, each speaker (kind, name, role) and its quotations: the mention as written,
the cue, and the first 80 characters of the quotation. No gold exists for these articles: the
listing is read by a person, who tallies the error kinds (wrong speaker, a name that is not a
person, people merged or split, stray punctuation in a role, a pronoun of the wrong gender).
Sets: all 75 cnndm-dev articles; BBC News Summary dev (number not divisible by 5), the first 30
of politics and of business, and (bbc-more, round 8) the first 20 of sport, of entertainment and
of tech; the 43 gum-wikinews documents.

Audit of 2026-11-28 (round 6) on the 178 articles (1,405 quotations listed before, 1,442 after
the merge with round 7's direct quotations):
errors found by reading, before -> after the round's rules (PolNeAR figures unchanged):
    organisation's name split into a role and a name ('Audit Office', role 'National')  11 -> 2
    a role's 'of'/'to' complement joined to the person's name                             7 -> 5
    capitalised role words kept in the name ('Trooper …', 'X's …')                        8 -> 3
    no name taken for a speaker (a sentence's opening word, a caption's label)           14 -> 10
    a descriptor joined to the word before it ('Halifax the woman')                       2 -> 0
    'he'/'she' given to a place, a body or a word that is no name                        10 -> 3
    'he'/'she' given to the wrong person                                                 11 -> 7
    'he'/'she' given to a person of the other sex                                         3 -> 1
    'it' given to the wrong body                                                          5 -> 4
    the speaker of a clause or an apposition taken wrongly                                5 -> 5
    one person or body split in two                                                       3 -> 1
    stray punctuation or a time word in a name or role                                    4 -> 3
    all                                                                                  83 -> 44
Not tallied above: companies, media and places listed with the kind 'person' (shown only in a
tooltip): 40 -> 37.

Audit of round 8 (s4-names): bbc-more, 60 articles not read before (316 quotations listed),
errors read before -> after the round's rules (PolNeAR figures unchanged or higher):
    a speech verb form that is a noun read as the verb ('Baltic|states have to')         4 -> 2
    a nationality kept in the name ('Dutchman …', 'Russian …' before a runner's name)    2 -> 2
    'he' given to a book or a body (a novel's title, a product's name)                   3 -> 3
    'he' given to the wrong person (the man named last, not the one answering)           1 -> 1
    quotations with no cue given to a body (a theatre's name for an actor's words)       1 -> 1
    all                                                                                  11 -> 9
and the 'noun before its verb' rule fixed 4 listings of the round 6 sets ('The … report
said', '… state said', 'Recent reports have revealed'). Companies listed with the kind
'person': 10 -> 8 (a firm and a company named by their role now organisations).

Session 5 round 3 (s5-intro-roles: a person's role where the article first named them, when
their quotes give none): 22 roles added on the four sets (cnndm 12, bbc 3, bbc-more 4, wikinews
3), none wrong by reading (five are ages, '69'; one is a firm's, Mittal Steel, listed as a
person before); nothing else in the listings changed. On 120 BBC dev articles not read before
(the next 30 of politics and business, 20 of sport, entertainment and tech): 9 added, none wrong.

Session 6 (s6-nouns), the four sets before -> after, every listing that changed read by hand:
    speech told by a noun ('The first minister's statement that …')        1 added, right
    a role in capitals kept ('Deputy Prime Minister', was 'deputy Prime …')   3 changed, 3 right
    an honorific ending a role goes with the name ('NAO head Sir' -> 'NAO head')  5 changed,
        4 right, 1 still wrong ('Court of Appeal Mr' -> 'Court of Appeal': a place)
    a place after 'from'/'in' never the speaker ('officials in Cojedes state')  2 changed, 2 right
    an aside set off by commas is no role (', speaking at the rally,')      10 changed, 9 right,
        1 neither (a place listed as a speaker loses its role 'in China')
    the mention of a noun's possessor as written ('Mr. Osei')                   0 changed
Roles still wrong by reading: a date as a source's role (4, wikinews), a name split from its
role ('Shadow Secretary of State for the Family, Theresa May': the role-before-name rule that
fixes it was dropped for a PolNeAR names artefact, see speakers_quality.py).
Session 6 round 2 (s6-tidy): a date or time is never a role; the four dates above gone
('CBC.ca (August 15, 2008)' -> 'CBC.ca'), nothing else in the four listings changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.engine.readers import read_bytes
from desktop.engine.speakers import find_speakers
from tests.benchmarks.corpus import BBC, CNNDM, WIKINEWS, read_text

BBC_FOLDERS = {"bbc": (("politics", "business"), 30),  # set -> (folders, articles per folder)
               "bbc-more": (("sport", "entertainment", "tech"), 20)}
SHOWN = 80  # characters of each quotation shown


def audit_files(which: str) -> list[Path]:
    """The articles of one audit set, in a fixed order."""
    if which == "cnndm":
        return sorted(CNNDM.glob("docs/*.txt"))
    if which == "wikinews":
        return sorted(WIKINEWS.glob("*.txt"))
    folders, per_folder = BBC_FOLDERS[which]
    out = []
    for folder in folders:
        dev = [p for p in sorted(BBC.glob(f"articles/{folder}/*.txt")) if int(p.stem) % 5]
        out += dev[:per_folder]
    return out


def listing(path: Path) -> list[str]:
    """The lines shown for one article: its speakers and their quotations."""
    article = read_bytes(read_text(path).encode("utf-8"), path.name)
    lines = [f"## {path.parent.name}/{path.name}"]
    for speaker in find_speakers(article):
        role = f" ({speaker.role})" if speaker.role else ""
        lines.append(f"  [{speaker.kind}] {speaker.name}{role}")
        for quote in speaker.quotes:
            text = " ".join(quote.text.split())[:SHOWN]
            mark = "D" if quote.direct else "R"
            lines.append(f"      {mark} <{quote.mention}|{quote.cue}> {text}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("cnndm", "bbc", "bbc-more", "wikinews"), action="append")
    parser.add_argument("--limit", type=int, default=0, help="articles per set (0: all)")
    args = parser.parse_args()
    if not CNNDM.exists():
        raise SystemExit(f"no corpus at {CNNDM.parent}")
    for which in args.set or ("cnndm", "bbc", "wikinews"):
        files = audit_files(which)
        for path in files[: args.limit or len(files)]:
            print("\n".join(listing(path)))


if __name__ == "__main__":
    main()
