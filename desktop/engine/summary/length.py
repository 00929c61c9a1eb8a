"""Summary length policy: by sentences, percent of the article or a word budget; reading time."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.counting import count_words

SENTENCES, PERCENT, WORDS = "sentences", "percent", "words"
LENGTH_MODES: dict[str, str] = {
    SENTENCES: "Sentences",
    PERCENT: "Percent of article",
    WORDS: "Word budget",
}
# Slider range (minimum, maximum, step) for each mode.
SLIDER_RANGES: dict[str, tuple[int, int, int]] = {
    SENTENCES: (1, 30, 1),
    PERCENT: (5, 100, 5),
    WORDS: (25, 1000, 25),
}
WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class Length:
    """How long a summary should be: `value` sentences, percent, or words (per `mode`)."""

    mode: str = SENTENCES
    value: float = 0

    def __post_init__(self) -> None:
        if self.mode not in LENGTH_MODES:
            raise ValueError(f"Unknown length mode “{self.mode}”; choose one of "
                             + ", ".join(LENGTH_MODES) + ".")
        if self.value < 0:
            raise ValueError("A summary length cannot be negative.")

    def sentence_limit(self, sentence_count: int) -> int:
        """Most sentences this length allows (the word budget is applied while choosing)."""
        if self.mode == SENTENCES:
            return min(sentence_count, int(self.value))
        if self.mode == PERCENT:
            return min(sentence_count, max(1, round(sentence_count * self.value / 100)))
        return sentence_count


def default_count(sentence_count: int) -> int:
    """About a fifth of the sentences, clamped to 3-7 (never more than there are)."""
    return min(sentence_count, max(3, min(7, round(sentence_count / 5))))


def default_length(sentence_count: int) -> Length:
    """The length used when none is asked for."""
    return Length(SENTENCES, default_count(sentence_count))


def length_from_slider(mode: str, position: int) -> Length:
    """The Length a slider at `position` means in `mode`, clamped to `SLIDER_RANGES[mode]`."""
    low, high, _step = SLIDER_RANGES[mode]
    return Length(mode, max(low, min(high, position)))


def slider_position(length: Length) -> int:
    """Inverse of `length_from_slider`: where the slider sits for `length`."""
    low, high, _step = SLIDER_RANGES[length.mode]
    return max(low, min(high, round(length.value)))


def word_count(text: str) -> int:
    """Words as the panel counts them: spaced words, and each Chinese or Japanese character."""
    return count_words(text)


def reading_minutes(words: int, wpm: int = WORDS_PER_MINUTE) -> float:
    """Reading time in minutes at `wpm` words a minute."""
    return words / wpm


def reading_time(words: int, wpm: int = WORDS_PER_MINUTE) -> str:
    """Reading time as a person reads it: "under a minute", "1 min", "4 min"."""
    minutes = reading_minutes(words, wpm)
    return "under a minute" if minutes < 1 else f"{round(minutes)} min"
