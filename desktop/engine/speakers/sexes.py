"""What an article tells of each person's sex: by the full name where it gives one ('Maria Lopez
and her husband Tom Lopez'), else by the name as written ('Mr. Lopez', 'Lee, a father of two')."""

from __future__ import annotations


class Sexes:
    """Name -> 'male' or 'female', as told; the first telling of a name wins."""

    def __init__(self) -> None:
        self._told: dict[str, str] = {}  # name as written ('Tom Lopez', 'Lopez') -> sex
        self._families: dict[str, set[str]] = {}  # last word of full names -> their sexes

    def tell(self, name: str, sex: str) -> None:
        """Record that `name` (a full name, or one word: a surname or a given name) is of `sex`."""
        if not name:
            return
        self._told.setdefault(name, sex)
        if " " in name:
            self._families.setdefault(name.split()[-1], set()).add(sex)

    def of(self, name: str) -> str | None:
        """The sex of `name`: told of that very name; else of its last word alone ('Mr. Lopez'
        for 'Sam Lopez'); else of the full names ending in it, when they all share one sex (no
        'Lopez' alone after 'Maria Lopez' and 'Tom Lopez')."""
        if name in self._told:
            return self._told[name]
        last = name.split()[-1] if name.split() else name
        if last in self._told:
            return self._told[last]
        family = self._families.get(last, set())
        return next(iter(family)) if len(family) == 1 else None

    def known(self) -> set[str]:
        """The sexes anyone in the article is told to have."""
        return set(self._told.values())

    def last_words(self) -> set[str]:
        """Last words of the names of known sex."""
        return {name.split()[-1] for name in self._told}
