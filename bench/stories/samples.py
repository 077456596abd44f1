#!/usr/bin/env python3
"""B-cubed F1 of Jejak's clusterer on random samples of whole stories from a story set.

usage: samples.py GOLD.jsonl CLUSTER_PRED SCORER [share] [samples] [cluster_pred args...]

The held-out split of each shared story set is about 40% of its stories, so a fixed dev
file over-states the confusions a held-out file meets (fewer articles, fewer near-topic
neighbours). Sampling whole stories at that share, with fixed seeds, shows what the
clusterer scores on sets of that size and how much it varies: a change that only helps
the full dev file shows up as a mixed result here. Samples are written to a temporary
directory and removed; nothing of the set is kept.
"""
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def b3_f1(scorer, gold, pred):
    out = subprocess.run([sys.executable, scorer, str(gold), str(pred), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["b3_f1"]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    gold, cluster_pred, scorer = sys.argv[1:4]
    share = float(sys.argv[4]) if len(sys.argv) > 4 else 0.4
    samples = int(sys.argv[5]) if len(sys.argv) > 5 else 12
    extra = sys.argv[6:]
    rows = [json.loads(line) for line in open(gold, encoding="utf-8") if line.strip()]
    stories = sorted({row["story"] for row in rows})
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(samples):
            keep = set(random.Random(seed).sample(stories, max(1, int(len(stories) * share))))
            sample = Path(tmp, f"sample{seed}.jsonl")
            pred = Path(tmp, f"pred{seed}.jsonl")
            with open(sample, "w", encoding="utf-8") as f:
                for row in rows:
                    if row["story"] in keep:
                        f.write(json.dumps(row) + "\n")
            with open(pred, "w", encoding="utf-8") as f:
                subprocess.run([cluster_pred, str(sample), *extra], check=True, stdout=f,
                               stderr=subprocess.DEVNULL)
            scores.append(b3_f1(scorer, sample, pred))
    print(f"B3-F1 on {samples} samples of {share:.0%} of the stories: mean {statistics.mean(scores):.4f}, "
          f"min {min(scores):.4f}, max {max(scores):.4f}")


if __name__ == "__main__":
    main()
