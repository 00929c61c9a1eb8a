"""Language detection from stop-word overlap, and summaries in that language."""

from __future__ import annotations

import pytest

from desktop.engine.language import detect_language
from desktop.engine.readers import from_plain_text
from desktop.engine.summary import summarize

GERMAN = """Die Stadt plant neue Radwege

Die Stadt will in den nächsten Jahren viele neue Radwege bauen. Der Bürgermeister sagte am
Montag, dass die Pläne schon lange vorbereitet worden sind. Die neuen Radwege sollen vor allem
die Innenstadt mit den Vororten verbinden. Kritiker meinen, dass die Kosten zu hoch sind und
das Geld für Schulen fehlen wird. Die Radwege sind aber bei den Bürgern sehr beliebt.
"""
FRENCH = """La ville construit de nouvelles pistes cyclables

La ville veut construire de nombreuses pistes cyclables dans les prochaines années. Le maire a
déclaré lundi que les projets étaient prêts depuis longtemps. Les nouvelles pistes doivent
relier le centre de la ville aux banlieues. Les critiques pensent que le coût est trop élevé et
que cet argent manquera pour les écoles. Les pistes sont pourtant très populaires chez les
habitants de la ville.
"""
ENGLISH = """The city will build many new cycle lanes in the coming years, the mayor said on
Monday. The plans have been ready for a long time and they are popular with the people."""


@pytest.mark.parametrize(("text", "language"),
                         [(GERMAN, "german"), (FRENCH, "french"), (ENGLISH, "english")])
def test_detects_language_and_summarises_in_it(text, language):
    assert detect_language(text) == language
    article = from_plain_text(text)
    assert article.language == language
    summary = summarize(article, count=2)
    assert summary.language == language
    assert len(summary.sentences) == 2


def test_too_short_to_tell_is_english():
    assert detect_language("Radwege!") == "english"
    assert detect_language("") == "english"


def test_stop_words_and_stemmers_are_sumys_own_without_pycountry():
    from sumy.nlp.stemmers import Stemmer
    from sumy.utils import get_stop_words

    from desktop.engine.language import CANDIDATES, stemmer, stop_words

    sample = ("running runners ran houses housing national nationalities said saying "
              "ministers ministries").split()
    for language in CANDIDATES:
        assert stop_words(language) == get_stop_words(language)
        if language in ("polish", "greek", "czech", "slovak", "ukrainian"):
            continue  # sumy's own stemmers (both sides call them; two need extra packages)
        ours, theirs = stemmer(language), Stemmer(language)
        assert [ours(w) for w in sample] == [theirs(w) for w in sample]


# Invented sentences in scripts written without spaces between words, or with no Latin stop
# words to count: before, each of these was taken for English and its speakers list was empty.
SCRIPTS = [
    ("新闻发布会\n\n发言人今天举行记者会。他说，各方应加强合作。专家认为，这一趋势将持续。",
     "chinese"),
    ("記者会見\n\n東京で記者会見が開かれました。彼は協力したいと述べました。とても暑いです。",
     "japanese"),
    ("뉴스\n\n서울에서 기자회견이 열렸다. 그는 협력하겠다고 말했다. 경제는 성장하고 있다.",
     "korean"),
    ("أخبار\n\nقال المتحدث إن الحكومة ستواصل العمل. وأضاف أن الوضع مستقر.", "arabic"),
    ("חדשות\n\nהדובר אמר כי הממשלה תמשיך לעבוד. הוא הוסיף כי המצב יציב.", "hebrew"),
    ("ข่าว\n\nรัฐบาลประกาศนโยบายใหม่ในวันนี้ นายกรัฐมนตรีกล่าวว่าเศรษฐกิจจะเติบโต", "thai"),
]


@pytest.mark.parametrize(("text", "language"), SCRIPTS)
def test_a_script_without_spaces_or_stop_words_is_its_language(text, language):
    from desktop.engine.speakers import ENGLISH_ONLY, unsupported

    article = from_plain_text(text)
    assert detect_language(text) == language == article.language
    assert unsupported(article) == ENGLISH_ONLY  # the panel says so instead of an empty list
    assert summarize(article, count=1).sentences  # and the key sentences still come


def test_an_english_article_quoting_a_few_characters_stays_english():
    text = ("The word 北京 means the northern capital, the guide said on Monday, and the city "
            "has been the seat of the government for a very long time.")
    assert detect_language(text) == "english"


def test_korean_written_with_some_chinese_characters_is_korean():
    # Invented: Hangul particles on Han (Hanja) words and Latin names; no script has half the
    # letters, kana, Hangul and Han together do; Chinese is never written with Hangul.
    text = ("大韓民國 國會議員들은 오늘 Samsung 代表를 불렀다. 議員們은 半導體 政策 問題를 "
            "물었다. Hyundai LG.")
    assert detect_language(text) == "korean"
