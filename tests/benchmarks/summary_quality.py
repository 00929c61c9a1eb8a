"""Summary quality of every algorithm and lead-k, side by side: BBC, Wikinews, CNN / Daily Mail.

Run on demand (not in CI), with the `bench` extra installed:
`PYTHONPATH=. python tests/benchmarks/summary_quality.py --split dev` (tune on dev; report test
once). BBC: k = the number of article sentences found verbatim in the reference; ROUGE-1/2/Lsum
F1 and sentence-selection F1 as `shared/tools/eval_bbc.py` computes them. Wikinews: one- and
two-sentence extracts of each document (read as a person opens it: headline and date line are
never candidates) against the human one-sentence summaries, ROUGE-1/2/L F1 x 100, as
`shared/tools/eval_gum_summary.py` computes them. CNN / Daily Mail (`cnndm-dev`): k = highlights
(1-5), ROUGE-1/2/L x 100 as `shared/tools/eval_cnndm.py` computes them, with 95% intervals, on
the whole set and on its tuning and held-out parts (a hash of the file name). "dangl" is the share
of key sentences that open with a back-reference ("He", "But"...) while the sentence before is not
shown (neither chosen nor shown with it as its lead-in); "ctx" the share of key sentences shown
with their lead-in; "open" the share of articles whose opening sentence is kept (BBC split and
cnndm-dev). ROUGE and sentence-F1 score the key sentences themselves (as the shared scorers read
`summary[].text`), not their lead-ins.
Every system reads the same Article.

Dev figures, 2026-11-28 (`--split dev --systems lead,precis`; more in the summary README):
  precis  BBC R2 .833 sentF1 .851 | W1 R2 18.3 | W2 R2 17.9 | CNN R2 20.27 (tune 19.49, held 21.59)
  lead    BBC R2 .503 sentF1 .495 | W1 R2 13.8 | W2 R2 17.3 | CNN R2 18.49 (tune 17.87, held 19.53)
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
from desktop.engine.summary.boilerplate import boilerplate_at  # noqa: E402
from tests.benchmarks.corpus import BBC, CNNDM, WIKINEWS, bbc_articles, read_text  # noqa: E402
from tests.benchmarks.news_measures import (  # noqa: E402
    ReaderCounts,
    cnndm_scores,
    interval,
    paired_interval,
)

_BBC_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
_WIKI_SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def extract(article, system: str, k: int) -> tuple[list[int], list[int]]:
    """Indices of the k sentences `system` picks (lead: the first k that are not boilerplate),
    and those of them shown with their lead-in (the sentence before, as one item)."""
    if system == "lead":
        boilerplate = boilerplate_at(article)
        return [i for i in range(len(article.sentences)) if not boilerplate(i)][:k], []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sumy's LSA and KL warn on some inputs
        key = summarize(article, count=k, algorithm=system).sentences
    return [s.index for s in key], [s.index for s in key if s.context]


def texts(article, indices: list[int]) -> list[str]:
    return [article.sentences[i].text for i in indices]


def sentence_f1(chosen: list[str], reference: str, gold: list[str]) -> float:
    """eval_bbc.py's sentence-selection F1."""
    if not chosen:
        return 0.0
    precision = sum(1 for s in chosen if s.strip() and s.strip() in reference) / len(chosen)
    joined = " ".join(chosen)
    recall = sum(1 for g in gold if g in joined) / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bbc_scores(split: str, systems: list[str], limit: int,
               counts: ReaderCounts) -> dict[str, list[float]]:
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
            chosen, carried = extract(article, system, k)
            counts.add(system, article, chosen, carried)
            out = texts(article, chosen)
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
            prediction = "\n".join(texts(article, extract(article, system, k)[0]))
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
    bbc_counts, cnn_counts = ReaderCounts(), ReaderCounts()
    bbc = bbc_scores(args.split, systems, args.limit, bbc_counts)
    wiki = {k: wikinews_scores(systems, k) for k in (1, 2)} if WIKINEWS.is_dir() else {}
    cnn = cnndm_scores(systems, extract, cnn_counts) if CNNDM.is_dir() else {}
    cnn_size = len(next(iter(cnn.values()))["all"]) if cnn else 0
    print(f"BBC {args.split} split ({len(bbc_articles(args.split)[: args.limit or None])} "
          f"articles), Wikinews (human summaries), cnndm-dev ({cnn_size} articles); "
          f"{time.perf_counter() - started:.0f} s")
    print(f"{'system':10s} | {'BBC R1':>6s} {'R2':>5s} {'RLsum':>5s} {'sentF1':>6s} {'dangl':>5s} "
          f"{'open':>4s} {'ctx':>4s} | {'W1 R1':>5s} {'R2':>4s} {'RL':>4s} | {'W2 R1':>5s} "
          f"{'R2':>4s} {'RL':>4s} | {'CNN R1':>6s} {'R2':>5s} {'RL':>5s} {'R2 95%':>13s} "
          f"{'tune':>5s} {'held':>5s} {'dangl':>5s} {'open':>4s} {'ctx':>4s}")
    for system in sorted(systems, key=lambda s: -bbc[s][1]):
        cells = " ".join(f"{v:.3f}" for v in bbc[system][:3]) + f" {bbc[system][3]:6.3f}"
        cells += " {:5.1f} {:4.0f} {:4.1f}".format(*bbc_counts.shares(system))
        for k in wiki:
            cells += " | {:5.1f} {:4.1f} {:4.1f}".format(*wiki[k][system])
        if cnn:
            cells += " | " + cnn_cells(cnn[system]) + " {:5.1f} {:4.0f} {:4.1f}".format(
                *cnn_counts.shares(system))
        print(f"{system:10s} | {cells}")
    if cnn and "lead" in cnn:
        for system in (s for s in systems if s != "lead"):
            print_difference(system, cnn[system], cnn["lead"])
    return 0


def cnn_cells(rows: dict) -> str:
    """Mean ROUGE-1/2/L, the ROUGE-2 interval, and ROUGE-2 on the tuning and held-out parts."""
    means = [statistics.mean(r[i] for r in rows["all"]) for i in range(3)]
    low, high = interval([r[1] for r in rows["all"]])
    parts = [statistics.mean(rows[p]) if rows[p] else float("nan") for p in ("tune", "held")]
    return ("{:6.2f} {:5.2f} {:5.2f} [{:5.2f},{:5.2f}] {:5.2f} {:5.2f}"
            .format(*means, low, high, *parts))


def print_difference(system: str, rows: dict, lead: dict) -> None:
    """cnndm-dev ROUGE-2 minus lead-k's, per part, with paired 95% intervals."""
    cells = []
    for part in ("tune", "held", "all"):
        mine = [r[1] for r in rows[part]] if part == "all" else rows[part]
        theirs = [r[1] for r in lead[part]] if part == "all" else lead[part]
        cells.append("{}: {:+.2f} [{:+.2f}, {:+.2f}]".format(part, *paired_interval(mine, theirs)))
    print(f"cnndm-dev R2 {system} - lead-k: " + "; ".join(cells))


if __name__ == "__main__":
    sys.exit(main())
