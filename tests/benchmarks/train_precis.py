"""Train and measure a learned ranker for Précis (a conditional logit over interpretable
per-sentence features, `learned_ranker.py`) and MMR redundancy control, against the shipped one.

Run on demand with the `bench` extra: `PYTHONPATH=. python tests/benchmarks/train_precis.py`
(`--help` for the options). Trained only on dev data: the BBC dev split's tuning part (label: the
sentence is in the reference summary) and cnndm-dev's tuning part (label: the greedy ROUGE-2
oracle against the highlights, as `eval_cnndm.py` builds it). Held out: a third of BBC dev (a
hash of "category/NNN") and cnndm-dev's held part (`corpus.cnndm_part`); Wikinews (k = 1 and 2)
is never trained on. `--mmr` and `--plus` measure MMR and one more feature added to the shipped
score. Prints ROUGE-2 x 100 (BBC: and sentence-F1) per source and part with 95%
bootstrap intervals, and each candidate minus the shipped ranker, paired, with its interval.
Summaries are chosen by `summarize` as shipped (k, length and coherence rules unchanged); only
Précis's sentence scores are replaced.
"""

from __future__ import annotations

import argparse
import collections
import statistics
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rouge_score.tokenizers import DefaultTokenizer  # noqa: E402

from desktop.engine.readers import read_bytes  # noqa: E402
from desktop.engine.summary.algorithms import Scores  # noqa: E402
from desktop.engine.summary.scorers import precis  # noqa: E402
from desktop.engine.summary.scorers.terms import stop_words  # noqa: E402
from tests.benchmarks import learned_ranker as model  # noqa: E402
from tests.benchmarks.corpus import (  # noqa: E402
    BBC,
    WIKINEWS,
    bbc_examples,
    bbc_part,
    cnndm_articles,
    cnndm_part,
)
from tests.benchmarks.news_measures import _SCORER as CNN_SCORER  # noqa: E402
from tests.benchmarks.news_measures import interval, paired_interval  # noqa: E402
from tests.benchmarks.summary_quality import (  # noqa: E402
    _BBC_SCORER,
    _WIKI_SCORER,
    extract,
    human_summaries,
    sentence_f1,
    texts,
)


@dataclass
class Example:
    """One article: where it is from, its part, reference, k, features and labels."""

    source: str  # "bbc", "cnndm" or "wiki"
    part: str  # "tune" or "held"
    article: object
    reference: object
    k: int
    matrix: np.ndarray
    weight: float
    labels: np.ndarray


def oracle(sentences: list[str], highlights: list[str], k: int) -> set[int]:
    """Greedy ROUGE-2 oracle of up to k sentences (eval_cnndm.py's)."""
    tokenizer = DefaultTokenizer(use_stemmer=True)

    def bigrams(tokens):
        return collections.Counter(zip(tokens, tokens[1:], strict=False))

    reference = bigrams(tokenizer.tokenize(" ".join(highlights)))
    tokens = [tokenizer.tokenize(s) for s in sentences]
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < k:
        pick = None
        for i in (i for i in range(len(sentences)) if i not in chosen):
            candidate = bigrams([t for j in sorted([*chosen, i]) for t in tokens[j]])
            hit = sum((candidate & reference).values())
            if hit:
                p, r = hit / sum(candidate.values()), hit / sum(reference.values())
                if 2 * p * r / (p + r) > best + 1e-12:
                    best, pick = 2 * p * r / (p + r), i
        if pick is None:
            break
        chosen.append(pick)
    return set(chosen)


def examples() -> list[Example]:
    """Every dev article with its features and labels (Wikinews labels unused)."""
    out = []
    for path, article, reference, gold in bbc_examples("dev"):
        labels = np.array(gold, float)
        k = int(labels.sum()) or max(1, round(0.4 * len(article.sentences)))
        out.append(Example("bbc", bbc_part(path), article, reference, k,
                           *model.article_features(article, k), labels))
    for path, highlights in cnndm_articles():
        article = read_bytes(path.read_bytes(), name=path.name)
        k = max(1, min(5, len(highlights)))
        prose = precis.prose_sentences(article)
        candidates = [s.text if ok else "" for s, ok in zip(article.sentences, prose, strict=True)]
        chosen = oracle(candidates, highlights, k)
        labels = np.array([i in chosen for i in range(len(candidates))], float)
        out.append(Example("cnndm", cnndm_part(path.stem), article, highlights, k,
                           *model.article_features(article, k), labels))
    for path in sorted(WIKINEWS.glob("*.txt")):
        references = human_summaries(path)
        if references:
            article = read_bytes(path.read_bytes(), name=path.name)
            matrix, weight = model.article_features(article, 1)
            out.append(Example("wiki", "held", article, references, 1, matrix, weight,
                               np.zeros(len(matrix))))
    return out


SHIPPED = precis.article_scores


def shipped_score(article, size: int) -> np.ndarray:
    """The shipped ranker's scores."""
    return np.asarray(SHIPPED(article, size).values, float)


def train(data: list[Example], penalty: float, cnndm_share: float,
          shipped: str = "") -> np.ndarray:
    """Fit on the tuning parts' prose sentences; each source weighs its share of the data,
    each article equally within it. `shipped`: "input" (the shipped score is one more input)
    or "offset" (the model learns corrections added to the shipped score)."""
    tuning = [e for e in data if e.part == "tune" and e.source in ("bbc", "cnndm")]
    per_source = collections.Counter(e.source for e in tuning)
    share = {"bbc": 1 - cnndm_share, "cnndm": cnndm_share}
    groups, offsets = [], []
    for e in tuning:
        keep = model.prose_mask(e.matrix)
        if e.labels[keep].any():
            rows = model.design(e.matrix[keep], e.weight)
            if shipped == "input":
                rows = np.hstack([rows, shipped_score(e.article, e.k)[keep, None]])
            offsets.append(shipped_score(e.article, e.k)[keep])
            groups.append((rows, e.labels[keep],
                           share[e.source] * len(tuning) / per_source[e.source]))
    return model.fit(groups, penalty, offsets if shipped == "offset" else None)


def learned(data: list[Example], theta: np.ndarray, shipped: str = ""):
    """A stand-in for `precis.article_scores` with the learned coefficients."""
    cached = {id(e.article): e for e in data}

    def scores(article, size):
        e = cached[id(article)]
        weight = precis.news_weight(size, int(model.prose_mask(e.matrix).sum()))
        if not shipped:
            return Scores(model.learned_scores(e.matrix, weight, theta))
        if shipped == "offset":
            return Scores(model.learned_scores(e.matrix, weight, theta,
                                               shipped_score(article, size)))
        extra = theta[-1] * shipped_score(article, size)
        return Scores(model.learned_scores(e.matrix, weight, theta[:-1], extra))

    return scores


def mmr(data: list[Example], penalty: float):
    """A stand-in for `precis.article_scores` that reorders the shipped scores by maximal
    marginal relevance: next the sentence whose score minus `penalty` times its largest cosine
    (content-word sets) with those already ranked is highest."""
    def scores(article, size):
        values = shipped_score(article, size)
        stop = stop_words(article.language)
        words = [set(precis.content_words(s.text, stop)) for s in article.sentences]
        incidence = np.array([[w in ws for w in set().union(*words)] for ws in words], float)
        norms = np.sqrt(np.maximum(incidence.sum(axis=1), 1))
        cosine = incidence @ incidence.T / np.outer(norms, norms)
        out, left, ranked = np.empty(len(values)), list(range(len(values))), []
        for place in range(len(values)):
            nearest = cosine[np.ix_(left, ranked)].max(axis=1) if ranked else 0.0
            best = left[int(np.argmax(values[left] - penalty * nearest))]
            ranked.append(best)
            left.remove(best)
            out[best] = len(values) - place
        return Scores(out)

    return scores


def plus(data: list[Example], feature: str, value: float):
    """A stand-in for `precis.article_scores`: the shipped score plus `value` times one feature,
    faded with the digest prior as the opening and headline are ("+NAME": not faded)."""
    cached = {id(e.article): e for e in data}
    column = model.NAMES.index(feature.lstrip("+"))

    def scores(article, size):
        e = cached[id(article)]
        prior = (precis.news_weight(size, int(model.prose_mask(e.matrix).sum()))
                 * min(1.0, size / precis.FULL_PRIOR_SIZE))
        scale = 1.0 if feature.startswith("+") else prior
        return Scores(shipped_score(article, size) + value * scale * e.matrix[:, column])

    return scores


def evaluate(data: list[Example], scorer=None) -> dict[tuple[str, str], list]:
    """Per (source, part): per-article (ROUGE-2, sentence-F1) of Précis's summaries, with
    `scorer` in place of the shipped `precis.article_scores` (None: as shipped)."""
    out: dict[tuple[str, str], list] = collections.defaultdict(list)
    with mock.patch.object(precis, "article_scores", scorer or SHIPPED):
        for e in data:
            for k in ((1, 2) if e.source == "wiki" else (e.k,)):
                chosen = texts(e.article, extract(e.article, "precis", k)[0])
                out[(e.source if e.source != "wiki" else f"wiki{k}", e.part)].append(
                    score(e, chosen))
    return out


def score(e: Example, chosen: list[str]) -> tuple[float, float]:
    """(ROUGE-2 F1 x 100, sentence-F1 x 100 or nan) of one extract."""
    prediction = "\n".join(chosen)
    if e.source == "bbc":
        gold = [s.text for s in e.article.sentences if s.text in e.reference]
        r2 = _BBC_SCORER.score(e.reference, prediction)["rouge2"].fmeasure
        return 100 * r2, 100 * sentence_f1(chosen, e.reference, gold)
    if e.source == "cnndm":
        r2 = CNN_SCORER.score("\n".join(e.reference), prediction)["rouge2"].fmeasure
        return 100 * r2, float("nan")
    return 100 * statistics.mean(_WIKI_SCORER.score(r, prediction)["rouge2"].fmeasure
                                 for r in e.reference), float("nan")


def report(name: str, results: dict, baseline: dict | None = None) -> None:
    """One line per (source, part): ROUGE-2 [95%], sentence-F1, and the paired difference."""
    for key in sorted(results):
        r2 = [r[0] for r in results[key]]
        line = f"{name:10s} {key[0]:5s} {key[1]:4s} n={len(r2):4d} R2 {statistics.fmean(r2):6.2f}"
        line += " [{:5.2f},{:5.2f}]".format(*interval(r2))
        if key[0] == "bbc":
            line += f" sentF1 {statistics.fmean(r[1] for r in results[key]):6.2f}"
        if baseline is not None:
            line += "  - shipped {:+.2f} [{:+.2f},{:+.2f}]".format(
                *paired_interval(r2, [r[0] for r in baseline[key]]))
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--penalty", type=float, default=0.1, help="L2 penalty")
    parser.add_argument("--cnndm-share", type=float, default=0.3,
                        help="share of the training weight given to cnndm-dev (BBC: the rest)")
    parser.add_argument("--shipped", choices=["input", "offset"], default=None,
                        help="the shipped score as one more input, or as a fixed offset the "
                             "model learns corrections to")
    parser.add_argument("--mmr", default="", help="comma-separated MMR penalties to measure")
    parser.add_argument("--plus", default="",
                        help="comma-separated FEATURE=WEIGHT to add one at a time to the shipped "
                             "score, in the digest prior (+FEATURE: in every summary)")
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"corpus not found at {BBC}; nothing to train on")
        return 0
    data = examples()
    theta = train(data, args.penalty, args.cnndm_share, args.shipped or "")
    names = [*model.design_names(), "shipped"][: len(theta)]
    print(f"trained on {date.today().isoformat()}: " + ", ".join(
        f"{n} {v:+.3f}" for n, v in zip(names, theta, strict=True)))
    baseline = evaluate(data)
    report("shipped", baseline)
    report("learned", evaluate(data, learned(data, theta, args.shipped or "")), baseline)
    for penalty in (float(p) for p in args.mmr.split(",") if p):
        report(f"mmr {penalty:g}", evaluate(data, mmr(data, penalty)), baseline)
    for item in (p for p in args.plus.split(",") if p):
        feature, value = item.split("=")
        report(item[:10], evaluate(data, plus(data, feature, float(value))), baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
