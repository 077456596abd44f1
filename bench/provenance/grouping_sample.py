#!/usr/bin/env python3
"""Hand-labelled precision sample for claim grouping (bench/provenance).

Jejak groups statements from different articles into one claim. This script takes a fixed,
seeded sample of claims whose evidence comes from two or more different articles and pairs
the first evidence unit of each claim with every other evidence unit of that claim. Each pair
was judged by hand (same: the unit states the same event/fact/quote as the first one, with
compatible numbers — paraphrase or translation counts; different: merely the same topic, or a
different fact). The labels live in labels/grouping.tsv; they hold ids only, no article text
(id2019-keywords is local evaluation only: its text is read from the traces at run time).

Usage:
  grouping_sample.py TRACES                 precision over labelled pairs (default mode)
  grouping_sample.py TRACES --show          print the sampled pairs with their text, for labelling
TRACES is the JEJAK_KEEP directory of bench/provenance/run.sh: TRACES/<set>/<story id>.json.
"""
import csv, glob, hashlib, json, os, sys

SEED = 20261130
PER_SET = 30  # claims sampled per story set (about 60 in all)
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels", "grouping.tsv")
COLUMNS = ["set", "story", "claim", "article", "paragraph", "label", "reason"]


def para(e):
    return "title" if e["paragraph"] is None else str(e["paragraph"])


def load(traces):
    """{set: [(story id, claim)]} for claims with evidence from 2+ different articles."""
    out = {}
    for d in sorted(glob.glob(os.path.join(traces, "*", ""))):
        name = os.path.basename(os.path.dirname(d))
        multi = []
        for f in sorted(glob.glob(os.path.join(d, "*.json"))):
            r = json.load(open(f, encoding="utf-8"))
            for c in r["claims"]:
                if len({e["article_id"] for e in c["evidence"]}) >= 2:
                    multi.append((r["story_id"], c))
        multi.sort(key=lambda sc: (sc[0], sc[1]["id"]))
        out[name] = multi
    return out


def sample(multi):
    """PER_SET claims per set, those whose ids hash lowest (seeded); yields (set, story,
    claim, first, other). Ranked by hash, not drawn from the list, so that a change which
    adds or drops some claims leaves the rest of the sample, and its labels, in place."""
    for name, claims in sorted(multi.items()):
        def rank(sc):
            return hashlib.sha1(f"{SEED}:{name}:{sc[0]}:{sc[1]['id']}".encode()).hexdigest()
        for story, c in sorted(claims, key=rank)[:PER_SET]:
            first, *rest = c["evidence"]
            for e in rest:
                yield name, story, c, first, e


def produced(multi):
    """Every (set, story, claim, article, paragraph) pair Jejak currently produces."""
    keys = set()
    for name, claims in multi.items():
        for story, c in claims:
            for e in c["evidence"][1:]:
                keys.add((name, story, c["id"], e["article_id"], para(e)))
    return keys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    multi = load(sys.argv[1])
    if "--show" in sys.argv[2:]:
        for i, (name, story, c, first, e) in enumerate(sample(multi)):
            print(f"### {i}\t{name}\t{story}\t{c['id']}\t{e['article_id']}\t{para(e)}")
            print(f"  A [{first['outlet']} p{para(first)} speaker={first['speaker']}] {first['text']}")
            print(f"  B [{e['outlet']} p{para(e)} speaker={e['speaker']}] {e['text']}")
        return
    if not os.path.exists(LABELS):
        sys.exit(f"no labels at {LABELS}")
    keys = produced(multi)
    stats, stale, labelled = {}, 0, set()
    with open(LABELS, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            key = (row["set"], row["story"], row["claim"], row["article"], row["paragraph"])
            labelled.add(key)
            if key not in keys:
                stale += 1
                continue
            s = stats.setdefault(row["set"], [0, 0])
            s[0 if row["label"] == "same" else 1] += 1
    unlabelled = sum(1 for n, st, c, _, e in sample(multi) if (n, st, c["id"], e["article_id"], para(e)) not in labelled)
    total = [sum(s[0] for s in stats.values()), sum(s[1] for s in stats.values())]
    parts = []
    for name, (same, diff) in sorted(stats.items()) + [("overall", tuple(total))]:
        parts.append(f"{name} {same / max(same + diff, 1):.1%} ({same}/{same + diff})")
    print("claim-grouping precision (hand-labelled pairs): " + "; ".join(parts) + f"; stale labels {stale}; unlabelled sampled pairs {unlabelled}")


if __name__ == "__main__":
    main()
