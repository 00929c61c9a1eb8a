"""Summary quality of every algorithm and lead-k, side by side: BBC News Summary and Wikinews.

Run on demand (not in CI), with the `bench` extra installed:
`PYTHONPATH=. python tests/benchmarks/summary_quality.py --split dev` (tune on dev; report test
once). BBC: k = the number of article sentences found verbatim in the reference; ROUGE-1/2/Lsum
F1 and sentence-selection F1 as `shared/tools/eval_bbc.py` computes them. Wikinews: one- and
two-sentence extracts of each document (read as a person opens it: headline and date line are
never candidates) against the human one-sentence summaries, ROUGE-1/2/L F1 x 100, as
`shared/tools/eval_gum_summary.py` computes them. Every system reads the same Article.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rouge_score import rouge_scorer  # noqa: E402

from desktop.engine.readers import read_bytes  # noqa: E402
from desktop.engine.summary import summarize  # noqa: E402
from desktop.engine.summary.algorithms import ALGORITHMS  # noqa: E402
from desktop.engine.summary.boilerplate import is_boilerplate  # noqa: E402
from tests.benchmarks.corpus import BBC, WIKINEWS, bbc_articles, read_text  # noqa: E402

_BBC_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
_WIKI_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def extract(article, system: str, k: int) -> list[str]:
    """The k sentences `system` picks (lead: the first k that are not boilerplate)."""
    if system == "lead":
        body = [s.text for s in article.sentences if not is_boilerplate(s.text, article.title)]
        return body[:k]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy's LSA and KL warn on some inputs
        return [s.text for s in summarize(article, count=k, algorithm=system).sentences]


def sentence_f1(chosen: list[str], reference: str, gold: list[str]) -> float:
    """eval_bbc.py's sentence-selection F1."""
    if not chosen:
        return 0.0
    precision = sum(1 for s in chosen if s.strip() and s.strip() in reference) / len(chosen)
    joined = " ".join(chosen)
    recall = sum(1 for g in gold if g in joined) / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bbc_scores(split: str, systems: list[str], limit: int) -> dict[str, list[float]]:
    """Mean ROUGE-1, ROUGE-2, ROUGE-Lsum F1 and sentence-F1 per system."""
    paths = bbc_articles(split)[: limit or None]
    rows: dict[str, list[tuple[float, ...]]] = {s: [] for s in systems}
    for path in paths:
        reference = read_text(BBC / "summaries" / path.parent.name / path.name)
        article = read_bytes(read_text(path).encode("utf-8"), name=path.name)
        sentences = [s.text for s in article.sentences]
        gold = [s for s in sentences if s in reference]
        k = len(gold) or max(1, round(0.4 * len(sentences)))
        for system in systems:
            out = extract(article, system, k)
            rouge = _BBC_SCORER.score(reference, "\n".join(out))
            rows[system].append((rouge["rouge1"].fmeasure, rouge["rouge2"].fmeasure,
                                 rouge["rougeLsum"].fmeasure, sentence_f1(out, reference, gold)))
    return {s: [statistics.mean(v[i] for v in r) for i in range(4)] for s, r in rows.items() if r}


def human_summaries(path: Path) -> list[str]:
    """Unprefixed or "(human…)" lines of NAME.summaries (as eval_gum_summary.py reads them)."""
    out = []
    for line in path.with_suffix(".summaries").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\(([^)]*)\)\s*(.*)", line.strip())
        human = not match or match.group(1).startswith("human")
        text = match.group(2) if match else line.strip()
        if text and human:
            out.append(text)
    return out


def wikinews_scores(systems: list[str], k: int) -> dict[str, list[float]]:
    """Mean over documents of the mean over references of ROUGE-1/2/L F1, x 100."""
    rows: dict[str, list[tuple[float, ...]]] = {s: [] for s in systems}
    for path in sorted(WIKINEWS.glob("*.txt")):
        references = human_summaries(path)
        if not references:
            continue
        article = read_bytes(path.read_bytes(), name=path.name)
        for system in systems:
            prediction = "\n".join(extract(article, system, k))
            scores = [_WIKI_SCORER.score(r, prediction) for r in references]
            rows[system].append(tuple(
                100 * statistics.mean(s[m].fmeasure for s in scores)
                for m in ("rouge1", "rouge2", "rougeL")))
    return {s: [statistics.mean(v[i] for v in r) for i in range(3)] for s, r in rows.items() if r}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--limit", type=int, default=0, help="first N BBC articles only")
    parser.add_argument("--systems", default=",".join(["lead", *ALGORITHMS]))
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"corpus not found at {BBC}; nothing to measure")
        return 0
    systems = args.systems.split(",")
    started = time.perf_counter()
    bbc = bbc_scores(args.split, systems, args.limit)
    wiki = {k: wikinews_scores(systems, k) for k in (1, 2)} if WIKINEWS.is_dir() else {}
    print(f"BBC {args.split} split ({len(bbc_articles(args.split)[: args.limit or None])} "
          f"articles) and Wikinews (human summaries); {time.perf_counter() - started:.0f} s")
    print(f"{'system':10s} | {'BBC R1':>6s} {'R2':>6s} {'RLsum':>6s} {'sentF1':>6s} | "
          f"{'W k=1 R1':>8s} {'R2':>5s} {'RL':>5s} | {'W k=2 R1':>8s} {'R2':>5s} {'RL':>5s}")
    for system in sorted(systems, key=lambda s: -bbc[s][1]):
        cells = " ".join(f"{v:6.3f}" for v in bbc[system])
        for k in wiki:
            r1, r2, rl = wiki[k][system]
            cells += f" | {r1:8.1f} {r2:5.1f} {rl:5.1f}"
        print(f"{system:10s} | {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
