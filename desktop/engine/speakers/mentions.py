"""What a mention is: its role and name ('Chinese leader' + 'Xi Jinping') and its kind."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from desktop.engine.article import Article
from desktop.engine.speakers.affiliations import chained_description, speaker_places
from desktop.engine.speakers.aliases import given_name_start, person_like
from desktop.engine.speakers.body_names import french_body, numbered_body
from desktop.engine.speakers.lexicon import (
    ambiguous_name,
    flagged,
    given_name,
    inner_words,
    non_name_words,
    organisation_words,
    people_noun,
    person_nouns,
    pronouns,
    speaker_nouns,
    title_genders,
    titles,
    word_set,
)
from desktop.engine.speakers.name_openers import (
    drop_leading_roles,
    opens_body,
    organisation_headed,
)
from desktop.engine.speakers.name_parts import (
    body_of_a_place,
    opened_by_a_place,
    trade_of_a_place,
)
from desktop.engine.speakers.noun_phrases import (
    POSSESSIVE,
    capital_article,
    french_inner,
    french_words,
    is_name_word,
)
from desktop.engine.speakers.organisations import seat_of_government

INITIAL = re.compile(r"[A-Z]\.")  # "Julie A. Diaz": a middle initial
_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHE = re.compile(r" (['’])(?= )")  # "Nurses ' Association" -> "Nurses' Association"
_ROMAN = re.compile(r"[IVX]+")  # "Tom Bell III": a generation, not a body's initials


@lru_cache(maxsize=4096)
def split_role(words: tuple[str, ...]) -> tuple[str | None, str]:
    """'Chinese leader Xi Jinping' -> ('Chinese leader', 'Xi Jinping'); titles become the role.

    Without a capitalised name at the end ('a wife', 'officials'), the name is the description.
    Kept for the mentions seen last: a long article names its speakers again and again.
    """
    if seat_of_government(words):
        return None, " ".join(words)  # "Queen's Park", not "Park" with the role "Queen's"
    return _placed_split(words) or _name_split(words)


@cache
def _trailing_words() -> frozenset[str]:
    """Words that close no role ('of', 'with', 'by'): taken off its end."""
    return inner_words() | word_set("affiliation_words.txt") | {"by"}


def _name_split(words: tuple[str, ...]) -> tuple[str | None, str]:
    """`split_role` of a mention with no place after 'from' or 'in' in it."""
    name: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word, bare = words[k], words[k].rstrip(".")
        if name and INITIAL.fullmatch(word):
            name.insert(0, word)  # "Julie A. Diaz": an initial, not the article "A"
        elif name and word in ("'", "’") and k and words[k - 1].endswith("s") and (
                is_name_word(words[k - 1]) and organisation_headed(name)):
            name.insert(0, word)  # "Ontario Nurses' Association" (not "the Leafs' Auston …")
        elif name and POSSESSIVE.search(word) and word[-2:-1] in "'’":
            break  # "NBC’s Dante Chinni": whose, a role
        elif (is_name_word(word) or not name and _company_end(words, k) or ambiguous_name(
                words[k - 1] if k else "", word, (
                name or [""])[0])) and (bare not in titles() or organisation_headed(name)) and not (
                capital_article(bare)):
            name.insert(0, word)  # "Interior Ministry": a title word naming a body
        elif word in inner_words() and name or word == "," and "and" in name and k and (
                is_name_word(words[k - 1])):
            name.insert(0, word)  # "Bell , Ruiz and Okafor": a list of names
        elif name and k and french_inner(words[k - 1], word, name[0], words[k - 2] if (
                k > 1) else ""):
            name.insert(0, word)  # "Les Producteurs de lait du Québec"
        else:
            break
    drop_leading_roles(name)
    if not name:
        return None, " ".join(words)
    role_words = _role_as_written(words[: len(words) - len(name)])
    k = _person_in_complement(role_words, name) or given_name_start(name)  # "Governor of …"
    role_words, name = _trimmed(role_words + name[:k]), name[k:]
    joined = " ".join(name).replace(" , ", ", ")  # "Immigration, Refugees and …" as written
    role = _APOSTROPHE.sub(r"\1", " ".join(role_words).replace(" , ", ", "))  # "Nurses' Union …"
    return role or None, _APOSTROPHE.sub(r"\1", joined)


def _trimmed(role_words: list[str]) -> list[str]:
    """Role words without an article opening them ('the province's' kept whole) or a
    preposition closing them ("data from the Census Bureau" -> "data")."""
    while role_words and role_words[0].lower() in word_set("articles.txt"):
        if len(role_words) > 1 and role_words[1].islower() and POSSESSIVE.search(role_words[1]):
            role_words[0] = role_words[0].lower()  # 'the province's', not 'province's'
            break
        role_words.pop(0)
    trailing = _trailing_words()
    while role_words and role_words[-1].lower() in trailing:
        role_words.pop()
    return role_words


def _role_as_written(words: tuple[str, ...]) -> list[str]:
    """The role's words without the stops the tokeniser split off, but for a title's ('Coun.
    Rebecca Tran': the title as written, with its stop), a slash joined to its neighbours
    ('9/11 widow')."""
    role_words: list[str] = []
    for word in words:
        if role_words and (word == "/" or role_words[-1].endswith("/")):
            role_words[-1] += word
        elif word != ".":
            role_words.append(word)
        elif role_words and role_words[-1] in titles():
            role_words[-1] += "."
    return role_words


def _person_in_complement(role: list[str], name: list[str]) -> int:
    """Where the person's name starts in a run of capitalised words after a role's 'of' or
    'to' ('CEO of the Harbour Council Ana Ruiz', 'Ambassador to the United States Tom Bell'):
    the body or place ends before a given name, or with an organisation's head noun right before
    the last two words. 0 when the run tells nothing so ('head of Human Rights Watch')."""
    role = [w.lower() for w in role if w.lower() not in word_set("articles.txt")]
    if not role or role[-1] not in flagged("role_complements.txt") or len(name) < 3 or given_name(
            name[0]):  # 'a friend of Ana Lee Ruiz'
        return 0
    # past the body's last joining word: 'Minister of Emergency Management and Climate
    # Readiness Kelly Greene', 'of Children, Community and Social Services Ana Ruiz'
    start = max((k + 2 for k, w in enumerate(name) if w in inner_words() or w == ","), default=1)
    for k in range(start, len(name) - 1):
        if given_name(name[k]) and not organisation_headed(name[k:]):
            return k
    last = len(name) - 2
    return last if last >= start and name[last - 1] in organisation_words() and not (
        organisation_headed(name[last:])) else 0


def _placed_split(words: tuple[str, ...]) -> tuple[str | None, str] | None:
    """(role, name) when a place follows 'from' or 'in' in the mention: 'A nurse from Surrey'
    is nobody named Surrey (the whole mention a description), 'Ana Ruiz from Surrey' is Ana
    Ruiz, from Surrey; None otherwise."""
    if french_body(words) or numbered_body(words):  # "(The) Office québécois de la langue …"
        return None, " ".join(words[words[0] in ("The", "the") :])
    if placed_description(words) or related_description(words) or chained_description(words):
        return None, " ".join(words)  # and 'a lawyer for Tom Bell': nobody named Tom Bell
    k = next((k for k, w in enumerate(words) if w in speaker_places()), 0)
    if k > 0 and is_name_word(words[k - 1]) and all(
            is_name_word(w) or w in word_set("compass_words.txt") for w in words[k + 1 :]):
        role, name = split_role(words[:k])
        return " ".join(w for w in (role, *words[k:]) if w), name
    k = next((k for k, w in enumerate(words) if w == "of" or w in ("with", "from", "at") and (
        words[k + 1 : k + 2] == ("the",))), 0)  # 'Ana Ruiz with the Canadian Cancer Society'
    body = [w for w in words[k + 1 :] if w != "the"]  # 'of the (Nova Scotia) RCMP' too
    if k > 1 and is_name_word(words[k - 1]) and (_lower_body(words[k + 1 :]) or organisation_headed(
            body) or words[k + 1 : k + 2] == ("the",) and body and _acronym(body[-1])):
        role, name = _name_split(words[:k])  # 'Tom Bell of the district (of Dunmore College)'
        if len(name.split()) > 1 and person_like(name):  # not 'Critics of the plan'
            return " ".join(w for w in (role, *words[k:]) if w), name
    return None


def _lower_body(words: tuple[str, ...]) -> bool:
    """'the district', 'the regional health authority': 'the' and lower-case words only."""
    return len(words) > 1 and words[0] == "the" and all(
        w.isalpha() and w.islower() for w in words[1:])


def placed_description(words: tuple[str, ...]) -> bool:
    """'a nurse from Surrey', 'Residents of Elm Street', 'a student at Lakeview University': who
    speaks and where they are from, in or served; the place after 'from' or 'in' ('of' with a
    street's word at its end, 'at' or 'of' after client_nouns.txt) is never the speaker."""
    k = next((k for k, w in enumerate(words) if w in speaker_places() or w in ("of", "at") and (
        _place_of(words, k) or k and words[k - 1].lower() in word_set("client_nouns.txt"))), 0)
    return k > 0 and k + 1 < len(words) and (words[k - 1].islower() or k == 1) and (
        people_noun(words[k - 1]))


def _place_of(words: tuple[str, ...], k: int) -> bool:
    """Whether 'of' or 'at' at `k` is followed by a place: a name ending in a street's word
    ('Residents of Elm Street'), 'the' and a workplace after a plural noun ('Nurses at the
    QEII'), or, after a plural noun, one or two name words after 'of' or 'at' that are not a
    person's or a body's ('Residents of Dunmore', 'Officials at Harbour Ferries'; not 'Friends
    of the Earth', 'Members of Parliament', 'Nurses at Dunmore General Hospital')."""
    if words[-1].rstrip(".") in word_set("street_words.txt"):
        return True
    tail = words[k + 1 :]
    if words[k] == "at" and tail[:1] == ("the",):  # 'Nurses at the QEII …': a workplace
        return k > 0 and words[k - 1].endswith("s") and len(tail) > 1
    return 0 < len(tail) <= 2 and k > 0 and words[k - 1].endswith("s") and all(
        is_name_word(w) and w not in organisation_words() for w in tail) and not (
        given_name(tail[0]))


def related_description(words: tuple[str, ...]) -> bool:
    """'a lawyer for Tom Bell', 'a spokesperson for Health Minister Ana Ruiz', 'a friend of Ana
    Ruiz': a noun for who speaks and the person they act for or are close to, who does not
    speak (as in 'Tom Bell's lawyer'). Not a body ('a spokesperson for Harbour Ferries': the
    body speaks through them), nor a name that may be either ('a spokesman for Bell')."""
    k = next((k for k, w in enumerate(words) if w in flagged(
        "role_complements.txt", "related")), 0)
    if not (0 < k < len(words) - 1 and words[k - 1].islower() and words[
            k - 1] in speaker_nouns()) or any(w.islower() for w in words[k + 1 :]):
        return False
    role, name = _name_split(words[k + 1 :])
    first = name.split()[0]
    return person_like(name) and (given_name(first) or any(
        w.rstrip(".") in titles() for w in (role or "").split()))


@lru_cache(maxsize=4096)
def kind_of(words: tuple[str, ...]) -> str:
    """'person', 'organisation' or 'unnamed' for the words of a mention."""
    if french_body(words) or numbered_body(words):
        return "organisation"  # "The Office québécois de la langue française"
    if placed_description(words) or related_description(words) or chained_description(words):
        return "unnamed"  # 'a nurse from Surrey', 'a lawyer for Tom Bell'
    if seat_of_government(words):
        return "organisation"  # "Ottawa, for its part, said": the government
    role, name = split_role(words)
    if _company_end(words, len(words) - 1):
        return "organisation"  # "Empire Co", "Loblaw Companies Ltd"
    if name == " ".join(words) and not any(is_name_word(w) for w in words[-1:]) and not (
            ambiguous_name(words[-2] if len(words) > 1 else ",", words[-1], "said")):
        return "unnamed"
    if len(words) == 1 and words[0].lower() in speaker_nouns():
        return "unnamed"  # "Police said", "Officials said" at the start of a sentence
    name_words = name.split()
    if len(name_words) == 1 and name[-1:] == "s" and name[:-1] in word_set(
            "nationality_words.txt"):
        return "unnamed"  # "Americans", "many Norwegians": a people, not a person's name
    if any(w in organisation_words() for w in name_words) or words[0] in ("The", "the") and not (
            role and (_personal(role, name_words) or role.split()[-1] in word_set(
                "namesake_words.txt"))):  # 'The veteran coach Tom Bell', 'the elder Bell
        return "organisation"
    if opens_body(name_words):
        return "organisation"  # "Canadian Tire", "Shoppers Drug Mart"
    if name_words[0] in french_words("opener") and french_words("joiner") & set(name_words):
        return "organisation"  # "Les Fromagers artisans du Québec" (not "Marine Le Pen")
    if "and" in name_words and body_of_a_place(name.split(" and ")[-1].split()) or all(
            w[:1].isupper() for w in name_words) and body_of_a_place(name_words) and (
            name_words[0] not in titles() | title_genders().keys()) or trade_of_a_place(
            name_words) or opened_by_a_place(name_words):  # not "Baroness Scotland"
        return "organisation"  # "Statistics Canada", "Nova Scotia Power", "Canada Goose"
    if role and role.split()[-1].lower() in word_set("body_nouns.txt") and role.split()[0] not in (
            speaker_places() | flagged("role_complements.txt")):  # not 'Tom Bell of Lethbridge …'
        return "organisation"  # "ferry firm Quaylink", "broadcaster Harbour TV"
    if _acronym(name_words[-1]) and (len(name_words) == 1 or not _ROMAN.fullmatch(
            name_words[-1]) and name_words[-1] not in titles() | word_set("post_nominals.txt")):
        return "organisation"  # "NATO", "CNN", "Surrey RCMP", "Toronto FC" (not "Tom Bell QC")
    return "person"


def _company_end(words: tuple[str, ...], k: int) -> bool:
    """Whether word `k` is a company's legal form after its name ('Empire Co', 'Enbridge Inc')."""
    return k > 0 and words[k] in flagged("company_words.txt", "end") and is_name_word(words[k - 1])


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word.isupper()


def name_case(article: Article) -> dict[str, str]:
    """Lower-case words the article otherwise writes capitalised ('jinping' -> 'Jinping'); not
    a title's noun ('the minister' after 'Housing Minister' and 'Prime Minister')."""
    found = Counter(_WORD.findall(article.text))
    common = non_name_words() | speaker_nouns()
    return {w.lower(): w for w, n in found.items() if w[:1].isupper() and n >= 2
            and found[w.lower()] <= 1 and w.lower() not in common}


def is_pronoun(words: tuple[str, ...]) -> bool:
    return len(words) == 1 and words[0].lower() in pronouns()


def _personal(role: str, name_words: list[str]) -> bool:
    """Whether a role and the name after it name a person: a given name opens the name ('The
    BBC's Ana Ruiz'), or a person noun ends the role ('The city's mayor Tom Bell')."""
    return given_name(name_words[0]) or role.split()[-1].lower() in person_nouns() and (
        person_like(" ".join(name_words))) and not any(w in inner_words() for w in name_words)
