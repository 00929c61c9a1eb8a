"""Two people as one subject, with a role or an age between them: 'Ana Ruiz and her husband,
Tom Bell, said', 'Ana Ruiz, 54, of Moncton, and her husband, Tom Bell, said', 'Ana Ruiz, 54,
and Tom Bell, 56, said', 'Ana Ruiz and her husband Tom Bell said' (listed_subjects.py reads
that subject whole), 'Premier Tom Bell and Mayor Ana Ruiz said'. Each speaks the quotation,
with their own role."""

from __future__ import annotations

import re

from desktop.engine.article import Article
from desktop.engine.speakers.found import Found
from desktop.engine.speakers.lexicon import given_name
from desktop.engine.speakers.mentions import split_role
from desktop.engine.speakers.tokenise import Mention

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+"
_NAME_AND = re.compile(rf"({_NAME}) and (.+)")  # role 'Ana Ruiz and her husband' of Tom Bell
_AND_NAME = re.compile(rf"([^,]+), and ({_NAME})(?:, (.+))?")  # role '54, and Tom Bell, 56'
_WITH_PARTNER = re.compile(rf"({_NAME}) and ((?:her|his|their) [a-z-]+) ({_NAME})")  # no commas
_TITLED_AND = re.compile(r"([A-Z][^,]*? [A-Z][\w'’-]+) and ([A-Z][^,]*? [A-Z][\w'’-]+)")
_OPENING = re.compile(rf"({_NAME}), [^\"“”]*?, $")  # 'Ana Ruiz, 54, of Moncton, ' before 'and'


def partners(article: Article, found: Found) -> tuple[Found, list[Found]]:
    """`found` with its own role, and the person named with it as one subject (none when the
    role joins no person's name: 'a lawyer for Smith and Wesson', 'head of Fisheries and Oceans
    Canada')."""
    role, text = found.role or "", article.text
    start = article.sentences[found.sentence].start
    if match := _NAME_AND.fullmatch(role):  # the partner named first, the role the speaker's
        name, own, partner_role = match.group(1), match.group(2), None
        at = text.rfind(name, start, found.mention.start)
    elif role.startswith("and ") and (match := _OPENING.fullmatch(
            text, start, text.rfind(", and ", start, found.mention.start) + 2)):
        name, own, partner_role, at = match.group(1), role[4:], None, start
    elif match := _WITH_PARTNER.fullmatch(found.mention.text):  # no commas: the last speaks
        name, own, partner_role, at = match.group(1), match.group(2), None, found.mention.start
        last = found.mention.start + match.start(3)
        found = found._replace(mention=Mention(match.group(3), last, found.mention.end),
                               words=tuple(match.group(3).split()))
    elif titled := _titled_pair(found):  # 'Premier Tom Bell and Mayor Ana Ruiz': two roles
        return titled
    elif match := _AND_NAME.fullmatch(role):  # the partner named after, with their own role
        name, own, partner_role = match.group(2), match.group(1), match.group(3)
        at = text.find(name, found.mention.end)
    else:
        return found, []
    if at < 0 or not given_name(name.split()[0]):
        return found, []
    partner = found._replace(mention=Mention(name, at, at + len(name)), words=tuple(
        name.split()), role=partner_role)
    return found._replace(role=own), [partner]


def _titled_pair(found: Found) -> tuple[Found, list[Found]] | None:
    """'Premier Tom Bell and Mayor Ana Ruiz', 'Environment Minister Tom Bell and Coun. Ana Ruiz':
    two titled people as one mention, split into the last and the partner before 'and'."""
    text = found.mention.text
    match = _TITLED_AND.fullmatch(text)
    if not match:
        return None
    (role, name), (own, last) = (split_role(tuple(match.group(k).split())) for k in (1, 2))
    if not (role and own and given_name(name.split()[0]) and given_name(last.split()[0])):
        return None
    at, end = found.mention.start, found.mention.end
    first = at + text.index(name)
    partner = found._replace(mention=Mention(name, first, first + len(name)),
                             words=tuple(name.split()), role=None)
    return found._replace(mention=Mention(match.group(2), at + match.start(2), end),
                          words=tuple(match.group(2).split())), [partner]
