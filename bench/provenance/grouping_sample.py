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
  grouping_sample.py TRACES --show --unlabelled   only the sampled pairs no label covers yet
A label row names the pair and a hash of its two texts (`pair`): when a change gives a
claim other members, its old labels turn stale instead of judging text they never saw.
TRACES is the JEJAK_KEEP directory of bench/provenance/run.sh: TRACES/<set>/<story id>.json.
"""
import csv, glob, hashlib, json, os, sys

SEED = 20261130
PER_SET = 30  # claims sampled per story set (about 60 in all)
LABELS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels", "grouping.tsv")
COLUMNS = ["set", "story", "claim", "article", "paragraph", "pair", "label", "reason"]


def para(e):
    return "title" if e["paragraph"] is None else str(e["paragraph"])


def pair_hash(first, other):
    """Hash of the two texts judged: a label holds only for the very pair it was given
    to (a claim keeps its id while its members change)."""
    return hashlib.sha1((first["text"] + "\x00" + other["text"]).encode()).hexdigest()[:10]


def key(name, story, c, first, e):
    return (name, story, c["id"], e["article_id"], para(e), pair_hash(first, e))


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
    """The key of every pair Jejak currently produces."""
    keys = set()
    for name, claims in multi.items():
        for story, c in claims:
            first = c["evidence"][0]
            for e in c["evidence"][1:]:
                keys.add(key(name, story, c, first, e))
    return keys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    multi = load(sys.argv[1])
    labelled = set()
    if os.path.exists(LABELS):
        with open(LABELS, encoding="utf-8", newline="") as f:
            labelled = {tuple(row[c] for c in COLUMNS[:6]) for row in csv.DictReader(f, delimiter="\t")}
    if "--show" in sys.argv[2:]:
        todo = "--unlabelled" in sys.argv[2:]
        for i, (name, story, c, first, e) in enumerate(sample(multi)):
            k = key(name, story, c, first, e)
            if todo and k in labelled:
                continue
            print(f"### {i}\t" + "\t".join(k))
            print(f"  A [{first['outlet']} p{para(first)} speaker={first['speaker']}] {first['text']}")
            print(f"  B [{e['outlet']} p{para(e)} speaker={e['speaker']}] {e['text']}")
        return
    if not os.path.exists(LABELS):
        sys.exit(f"no labels at {LABELS}")
    keys = produced(multi)
    stats, stale = {}, 0
    with open(LABELS, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if tuple(row[c] for c in COLUMNS[:6]) not in keys:
                stale += 1
                continue
            s = stats.setdefault(row["set"], [0, 0])
            s[0 if row["label"] == "same" else 1] += 1
    unlabelled = sum(1 for pair in sample(multi) if key(*pair) not in labelled)
    total = [sum(s[0] for s in stats.values()), sum(s[1] for s in stats.values())]
    parts = []
    for name, (same, diff) in sorted(stats.items()) + [("overall", tuple(total))]:
        parts.append(f"{name} {same / max(same + diff, 1):.1%} ({same}/{same + diff})")
    print("claim-grouping precision (hand-labelled pairs): " + "; ".join(parts) + f"; stale labels {stale}; unlabelled sampled pairs {unlabelled}")


if __name__ == "__main__":
    main()
