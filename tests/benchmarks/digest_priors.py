"""Measure Précis's digest priors: each variant's ROUGE-2 beside the shipped settings, paired.

Run on demand with the `bench` extra: `PYTHONPATH=. python tests/benchmarks/digest_priors.py
--variants "CAPTION_WEIGHT=0;OPENING_WEIGHT=2,HEADLINE_WEIGHT=4" [--bbc] [--changed] [--parts]
[--detector]`. A variant is a comma-separated list of NAME=VALUE settings of
`scorers/precis.py`, one variant per ";". Groups: cnndm-dev tuning and held-out parts
(`corpus.cnndm_part`) with k = the highlights and with k = 1; Wikinews news and interviews with
k = 1 and 2 (human summaries, no dev part; with `--parts`, in tune and held parts by
`corpus.cnndm_part` of the file name); with `--bbc`, the BBC dev split's tuning and held parts
(`corpus.bbc_part`, k = reference sentences; ROUGE-2 and sentence-F1). ROUGE-2 F1 x 100 as
`summary_quality.py` computes it; each variant minus the shipped settings per article, with a
95% bootstrap interval; `--changed` names the documents whose ROUGE-2 changed; `--detector`
prints how many documents of each set `interview_start` calls interviews, and the Wikinews ones
it gets wrong beside the corpus's 19 interviews.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.engine.interviews import interview_start  # noqa: E402
from desktop.engine.readers import read_bytes  # noqa: E402
from desktop.engine.summary.scorers import precis  # noqa: E402
from tests.benchmarks.corpus import (  # noqa: E402
    BBC,
    CNNDM,
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

ALL: list = []  # the measured cases, for naming the documents that change


def cases(bbc: bool, parts: bool = False) -> list[tuple[str, object, int, object]]:
    """(group, article, k, scorer of the chosen sentences) for every measured summary."""
    out = []
    for path, highlights in cnndm_articles() if CNNDM.is_dir() else []:
        article = read_bytes(path.read_bytes(), name=path.name)
        part = cnndm_part(path.stem)
        reference = "\n".join(highlights)

        def cnn(chosen, r=reference):
            return 100 * CNN_SCORER.score(r, "\n".join(chosen))["rouge2"].fmeasure, None

        out.append((f"cnndm {part}", article, max(1, min(5, len(highlights))), cnn))
        out.append((f"cnndm1 {part}", article, 1, cnn))
    for path in sorted(WIKINEWS.glob("*.txt")) if WIKINEWS.is_dir() else []:
        references = human_summaries(path)
        if not references:
            continue
        article = read_bytes(path.read_bytes(), name=path.name)
        group = "interview" if path.stem.startswith("interview") else "news"
        part = f" {cnndm_part(path.stem)}" if parts else ""

        def wiki(chosen, rs=references):
            prediction = "\n".join(chosen)
            return 100 * statistics.fmean(_WIKI_SCORER.score(r, prediction)["rouge2"].fmeasure
                                          for r in rs), None

        out += [(f"{group} k{k}{part}", article, k, wiki) for k in (1, 2)]
    for path, article, reference, held in bbc_examples("dev") if bbc and BBC.is_dir() else []:
        gold = [s.text for s, h in zip(article.sentences, held, strict=True) if h]
        k = len(gold) or max(1, round(0.4 * len(article.sentences)))

        def bbc_score(chosen, r=reference, g=gold):
            r2 = _BBC_SCORER.score(r, "\n".join(chosen))["rouge2"].fmeasure
            return 100 * r2, 100 * sentence_f1(chosen, r, g)

        out.append((f"bbc {bbc_part(path)}", article, k, bbc_score))
    return out


def settings(variant: str) -> list[tuple[str, float]]:
    """(name, value) of each NAME=VALUE of a variant, typed as the setting is."""
    out = []
    for item in (i.strip() for i in variant.split(",") if i.strip()):
        name, value = item.split("=")
        if not hasattr(precis, name):
            raise SystemExit(f"no setting {name} in {precis.__name__}")
        out.append((name, type(getattr(precis, name))(float(value))))
    return out


def measure(all_cases, variant: str) -> dict[str, list[tuple[float, float | None]]]:
    """Per group, each summary's (ROUGE-2, sentence-F1 or None) under `variant`."""
    results: dict[str, list] = defaultdict(list)
    with ExitStack() as stack:
        for name, value in settings(variant):
            stack.enter_context(mock.patch.object(precis, name, value))
        for group, article, k, score in all_cases:
            results[group].append(score(texts(article, extract(article, "precis", k)[0])))
    return results


def report(name: str, results: dict, baseline: dict, changed: bool = False) -> None:
    """Each group's mean ROUGE-2 [95%] and the paired difference from `baseline`; with
    `changed`, the documents whose ROUGE-2 changed."""
    print(f"== {name or 'shipped'}")
    for group in sorted(results):
        r2 = [r[0] for r in results[group]]
        line = f"  {group:14s} n={len(r2):4d} R2 {statistics.fmean(r2):6.2f}"
        line += " [{:5.2f},{:5.2f}]".format(*interval(r2))
        if results[group][0][1] is not None:
            line += f" sentF1 {statistics.fmean(r[1] for r in results[group]):6.2f}"
        if results is not baseline:
            line += "  diff {:+.2f} [{:+.2f},{:+.2f}]".format(
                *paired_interval(r2, [r[0] for r in baseline[group]]))
        print(line)
        if changed and results is not baseline and r2 != [r[0] for r in baseline[group]]:
            print("    " + " ".join(
                f"{article.title[:20]}:{r[0] - b[0]:+.1f}"
                for (_, article, _, _), r, b in zip(
                    [c for c in ALL if c[0] == group], results[group], baseline[group],
                    strict=True) if abs(r[0] - b[0]) > 1e-9))


def detector(all_cases) -> None:
    """Per set, how many documents read as interviews; the Wikinews ones it gets wrong named
    (the corpus's file names say which are interviews; the detector never reads them)."""
    sets = {id(article): (group.split()[0].rstrip("1"), article)
            for group, article, _, _ in all_cases}
    found: dict[str, list[bool]] = defaultdict(list)
    print("== interviews detected")
    for name, article in sets.values():
        found[name].append(interview_start(article) is not None)
        if name in ("interview", "news") and found[name][-1] != (name == "interview"):
            print(f"  wrong: {name} {article.title[:50]}")
    for name, hits in sorted(found.items()):
        print(f"  {name:14s} {sum(hits):4d} of {len(hits):4d}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", default="", help='"NAME=V,NAME=V;NAME=V" (";" apart)')
    parser.add_argument("--bbc", action="store_true", help="also the BBC dev split (slow)")
    parser.add_argument("--changed", action="store_true", help="name the documents that change")
    parser.add_argument("--parts", action="store_true", help="Wikinews tune and held parts too")
    parser.add_argument("--detector", action="store_true", help="count detected interviews")
    args = parser.parse_args()
    all_cases = ALL[:] = cases(args.bbc, args.parts)
    if not all_cases:
        print("corpus not found; nothing to measure")
        return 0
    if args.detector:
        detector(all_cases)
    baseline = measure(all_cases, "")
    report("", baseline, baseline)
    for variant in (v for v in args.variants.split(";") if v.strip()):
        report(variant, measure(all_cases, variant), baseline, args.changed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
