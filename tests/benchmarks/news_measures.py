"""What a reader of key sentences meets: dangling openers, the opening kept, CNN / DM ROUGE.

Helpers of `summary_quality.py`: cnndm-dev scored in-process as `shared/tools/eval_cnndm.py`
scores it (k = highlights clipped to 1-5, rouge-score F1 x 100 with the stemmer, a 95% bootstrap
interval over articles with 1000 resamples), plus the same on a tuning part and a held-out part.
"""

from __future__ import annotations

import random
import statistics

from rouge_score import rouge_scorer

from desktop.engine.readers import read_bytes
from desktop.engine.summary.boilerplate import boilerplate_at
from desktop.engine.summary.coherence import dangling, points_back
from tests.benchmarks.corpus import cnndm_articles, cnndm_part

_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def opening(article) -> int | None:
    """Index of the first body sentence that is not boilerplate."""
    boilerplate = boilerplate_at(article)
    return next((i for i in range(len(article.sentences)) if not boilerplate(i)), None)


class ReaderCounts:
    """Key sentences opening with a back-reference whose previous sentence is not shown, and
    articles whose opening sentence is kept, per system."""

    def __init__(self) -> None:
        self.key, self.dangling, self.articles, self.kept = {}, {}, {}, {}
        self.carried: dict[str, int] = {}

    def add(self, system: str, article, chosen: list[int], carried: list[int]) -> None:
        """Count one summary: `carried` are the key sentences shown with their lead-in."""
        openers = [points_back(s.text) for s in article.sentences]
        self.key[system] = self.key.get(system, 0) + len(chosen)
        self.dangling[system] = (self.dangling.get(system, 0)
                                 + len(dangling(chosen, openers, carried)))
        self.carried[system] = self.carried.get(system, 0) + len(carried)
        self.articles[system] = self.articles.get(system, 0) + 1
        self.kept[system] = self.kept.get(system, 0) + (opening(article) in chosen)

    def shares(self, system: str) -> tuple[float, float, float]:
        """Dangling share of key sentences, share of articles keeping the opening, and share
        of key sentences shown with a lead-in, in %."""
        key = max(1, self.key[system])
        return (100 * self.dangling[system] / key,
                100 * self.kept[system] / max(1, self.articles[system]),
                100 * self.carried[system] / key)


def interval(values: list[float], n: int = 1000, seed: int = 0) -> tuple[float, float]:
    """95% bootstrap interval of the mean (eval_cnndm.py's resampling)."""
    rng = random.Random(seed)
    means = sorted(statistics.fmean(rng.choices(values, k=len(values))) for _ in range(n))
    return means[int(0.025 * n)], means[int(0.975 * n) - 1]


def paired_interval(a: list[float], b: list[float]) -> tuple[float, float, float]:
    """Mean of a - b per article and its 95% bootstrap interval."""
    differences = [x - y for x, y in zip(a, b, strict=True)]
    return (statistics.fmean(differences), *interval(differences))


def cnndm_scores(systems, extract, counts: ReaderCounts) -> dict[str, dict]:
    """Per system: ROUGE-1/2/L per article ("all"), and ROUGE-2 lists per part."""
    rows = {s: {"all": [], "tune": [], "held": []} for s in systems}
    for path, highlights in cnndm_articles():
        article = read_bytes(path.read_bytes(), name=path.name)
        k = max(1, min(5, len(highlights)))
        part = cnndm_part(path.stem)
        for system in systems:
            chosen, carried = extract(article, system, k)
            counts.add(system, article, chosen, carried)
            text = "\n".join(article.sentences[i].text for i in chosen)
            score = _SCORER.score("\n".join(highlights), text)
            r = tuple(100 * score[m].fmeasure for m in ("rouge1", "rouge2", "rougeL"))
            rows[system]["all"].append(r)
            rows[system][part].append(r[1])
    return rows
