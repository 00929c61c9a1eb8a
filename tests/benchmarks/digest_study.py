"""What one-sentence digests miss: the oracle sentence beside Précis's pick and lead-1.

Run on demand with the `bench` extra: `PYTHONPATH=. python tests/benchmarks/digest_study.py
[--part tune|held|all] [--rows]`. For each cnndm-dev article of the part (a hash of the file
name, `corpus.cnndm_part`; the analysis is meant for "tune") and each Wikinews document (news
and interviews apart; no dev part exists), the prose sentences are scored alone against the
reference (cnndm: the highlights; Wikinews: mean over the human summaries), ROUGE-2 F1 x 100,
and so are the captions (`precis.sentence_kinds`). The one-sentence oracle is the best of them.
Prints how often the oracle is the opening prose sentence, Précis's one-sentence pick, the
sentence sharing most headline stems, the one most like the whole article (centroid cosine) and
the most central (Précis's centrality); the mean ROUGE-2 each of these choices would get; and
where the oracle sits (prose position, paragraph; a caption counts as "cap").
`--rows` prints one line per document: oracle, pick and lead-1 with their features.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.engine.readers import read_bytes  # noqa: E402
from desktop.engine.summary import summarize  # noqa: E402
from desktop.engine.summary.boilerplate import headline  # noqa: E402
from desktop.engine.summary.scorers import precis  # noqa: E402
from desktop.engine.summary.scorers.terms import stem_cache, stop_words  # noqa: E402
from tests.benchmarks.corpus import CNNDM, WIKINEWS, cnndm_articles, cnndm_part  # noqa: E402
from tests.benchmarks.news_measures import _SCORER as CNN_SCORER  # noqa: E402
from tests.benchmarks.summary_quality import _WIKI_SCORER, human_summaries  # noqa: E402

CHOICES = ("oracle", "lead1", "pick", "headline", "centroid", "central")


@dataclass
class Document:
    """One article's prose sentences with their features and ROUGE-2 against the reference."""

    group: str
    name: str
    article: object
    prose: list[int]  # sentence indices of the prose and captions, in order
    r2: dict[int, float]
    features: dict[str, dict[int, float]]
    pick: int | None


def stems(text: str, language: str) -> Counter:
    """Stemmed content words of `text`, counted."""
    stem = stem_cache(language)
    return Counter(stem(w) for w in precis.content_words(text, stop_words(language)))


def cosine(a: Counter, b: Counter) -> float:
    dot = sum(v * b[t] for t, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def centroid_similarity(texts: list[str], language: str) -> list[float]:
    """Cosine of each sentence's stem counts with the rest of the article's."""
    counted = [stems(t, language) for t in texts]
    total = sum(counted, Counter())
    return [cosine(c, total - c) for c in counted]


def document(group: str, name: str, article, r2_of) -> Document:
    """Score every prose sentence alone against the reference and work out its features."""
    mask, captions = precis.sentence_kinds(article)
    prose = [i for i, (p, c) in enumerate(zip(mask, captions, strict=True)) if p or c]
    texts = [s.text for s in article.sentences]
    parts = precis.scores(texts, article.language, mask, headline(article), 1, captions)
    centroid = centroid_similarity(texts, article.language)
    ranks = [i for i in prose if mask[i]]
    features = {
        "rank": {i: float(ranks.index(i)) if mask[i] else -1.0 for i in prose},
        "para": {i: float(article.sentences[i].paragraph) for i in prose},
        "words": {i: float(len(texts[i].split())) for i in prose},
        "headline": {i: parts.headline_overlap[i] for i in prose},
        "centroid": {i: centroid[i] for i in prose},
        "central": {i: parts.centrality[i] for i in prose},
    }
    key = summarize(article, count=1).sentences
    return Document(group, name, article, prose, {i: r2_of(texts[i]) for i in prose}, features,
                    key[0].index if key else None)


def documents(part: str) -> list[Document]:
    out = []
    for path, highlights in cnndm_articles() if CNNDM.is_dir() else []:
        if part in ("all", cnndm_part(path.stem)):
            reference = "\n".join(highlights)
            out.append(document("cnndm", path.stem, read_bytes(path.read_bytes(), name=path.name),
                                lambda t, r=reference: 100 * CNN_SCORER.score(r, t)["rouge2"]
                                .fmeasure))
    for path in sorted(WIKINEWS.glob("*.txt")) if WIKINEWS.is_dir() else []:
        references = human_summaries(path)
        if references:
            group = "interview" if path.stem.startswith("interview") else "news"
            out.append(document(group, path.stem, read_bytes(path.read_bytes(), name=path.name),
                                lambda t, rs=references: 100 * statistics.fmean(
                                    _WIKI_SCORER.score(r, t)["rouge2"].fmeasure for r in rs)))
    return out


def chosen(doc: Document) -> dict[str, int | None]:
    """The sentence each way of choosing takes (ties: the earlier)."""
    if not doc.prose:
        return dict.fromkeys(CHOICES)

    def best(values: dict[int, float]) -> int:
        return max(doc.prose, key=lambda i: (values[i], -i))

    first = next((i for i in doc.prose if doc.features["rank"][i] == 0), doc.prose[0])
    return {"oracle": best(doc.r2), "lead1": first, "pick": doc.pick,
            "headline": best(doc.features["headline"]), "centroid": best(doc.features["centroid"]),
            "central": best(doc.features["central"])}


def row(doc: Document, picks: dict[str, int | None]) -> str:
    cells = []
    for name in ("oracle", "pick", "lead1"):
        i = picks[name]
        if i is None:
            cells.append(f"{name} -")
            continue
        f = {k: v.get(i, 0.0) for k, v in doc.features.items()}
        place = "cap" if f["rank"] < 0 else f"#{int(f['rank'])}"
        cells.append(f"{name} {place} p{int(f['para'])} R2 {doc.r2.get(i, 0):4.1f} "
                     f"w{int(f['words'])} hl {f['headline']:.2f} cen {f['centroid']:.2f} "
                     f"c {f['central']:.2f}")
    return f"{doc.group[:5]:5s} {doc.name[:24]:24s} | " + " | ".join(cells)


def summary(group: str, docs: list[Document]) -> None:
    """How often each choice is the oracle, the mean ROUGE-2 it gets, where the oracle sits."""
    picks = [chosen(d) for d in docs]
    line = f"{group:9s} n={len(docs):2d}"
    for name in CHOICES:
        same = sum(p[name] == p["oracle"] for p in picks)
        r2 = statistics.fmean(d.r2.get(p[name], 0.0) for d, p in zip(docs, picks, strict=True))
        line += f" | {name} {r2:5.2f} ={100 * same / len(docs):3.0f}%"
    print(line)
    ranks = Counter(min(int(d.features["rank"][p["oracle"]]), 5)
                    for d, p in zip(docs, picks, strict=True) if p["oracle"] is not None)
    ranks["cap"] = ranks.pop(-1, 0)
    first_para = sum(d.article.sentences[p["oracle"]].paragraph
                     == d.article.sentences[p["lead1"]].paragraph
                     for d, p in zip(docs, picks, strict=True) if p["oracle"] is not None)
    print(f"{'':9s} oracle's prose position (5 = 5 or later): "
          + " ".join(f"{r}:{ranks[r]}" for r in [*range(6), "cap"])
          + f"; in the first prose paragraph {first_para}/{len(docs)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=["tune", "held", "all"], default="tune")
    parser.add_argument("--rows", action="store_true", help="one line per document")
    args = parser.parse_args()
    docs = documents(args.part)
    if not docs:
        print("corpus not found; nothing to study")
        return 0
    print("mean ROUGE-2 x 100 of the sentence each way chooses, and how often it is the oracle")
    for group in ("cnndm", "news", "interview"):
        chosen_docs = [d for d in docs if d.group == group]
        if chosen_docs:
            summary(group, chosen_docs)
    if args.rows:
        for doc in docs:
            print(row(doc, chosen(doc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
