"""Mojibake repaired: UTF-8 text that was once decoded as Windows-1252 ('â€œ' for '“'), by ftfy."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, partial

# A sign of mojibake, found in C before ftfy is loaded (~40 ms) and asked: a C1 control
# character, or a UTF-8 lead byte (C2-F4) read as Windows-1252 before a continuation byte
# (80-BF) read so ('Ã©', 'â€œ'), or before the '�' of a byte Windows-1252 lacks.
_SIGN = re.compile("[\u0080-\u009f]|[\u00c2-\u00f4][\u00a0-\u00bf\u0152\u0153\u0160"
                   "\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
                   "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")
# '”' is E2 80 9D in UTF-8; Windows-1252 has no character for 9D, so a decoder that replaces
# what it cannot read leaves 'â€�', which ftfy can only guess at. The same bytes with 90 are the
# hyphen '‐' (between two letters, as hyphens are); '”' is far the commoner in news.
_LOST_LAST_BYTE = re.compile("â€\ufffd")


def unmangled(text: str, name: str = "article") -> tuple[str, str | None]:
    """`text` with mojibake repaired, and a sentence saying how many lines were, or None.

    Clean text comes back as it was, character for character: only lines that ftfy's measure
    of "badness" flags are tried.
    """
    if text.isascii() or not _SIGN.search(text):
        return text, None
    lines, repaired = text.split("\n"), 0
    fix, is_bad = _ftfy()
    for index, line in enumerate(lines):
        if not _SIGN.search(line) or not is_bad(line):
            continue
        fixed = _repaired(line, fix, is_bad)
        if fixed != line:
            lines[index], repaired = fixed, repaired + 1
    if not repaired:
        return text, None
    many = repaired != 1
    return "\n".join(lines), (
        f"{repaired} line{'s' if many else ''} of “{name}” {'were' if many else 'was'} once "
        f"decoded in the wrong encoding (“ read as â€œ) and {'are' if many else 'is'} shown "
        "repaired.")


@cache
def _ftfy() -> tuple[Callable[[str], str], Callable[[str], bool]]:
    """ftfy's encoding repair, and its test for mojibake.

    Only the encoding repair: nothing that rewrites good text (curly quotes, ligatures, widths,
    line breaks, control characters, Unicode normalisation) is switched on.
    """
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False)
    return partial(ftfy.fix_text, config=config), is_bad


def _repaired(line: str, fix: Callable[[str], str], is_bad: Callable[[str], bool]) -> str:
    line = _LOST_LAST_BYTE.sub(_lost_byte, line)
    # 'FranÃ\x83Â§ois' with its accents decomposed: ftfy reads mojibake only when composed
    composed = unicodedata.normalize("NFC", line)
    if composed != line and not is_bad(fixed := fix(composed)):
        return fixed
    return fix(line)


def _lost_byte(match: re.Match) -> str:
    text, at, end = match.string, match.start(), match.end()
    hyphen = text[at - 1 : at].isalpha() and text[end : end + 1].islower()
    return "â€\x90" if hyphen else "â€\x9d"
