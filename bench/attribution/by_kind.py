#!/usr/bin/env python3
"""Splits gold and predicted quotes by kind, so each kind is scored on its own.

usage: by_kind.py GOLD.jsonl PRED.jsonl OUT_DIR
Writes OUT_DIR/{direct,indirect}.{gold,pred}.jsonl: the gold quotes whose "direct" flag is
true (false), and the predicted quotes Jejak marked direct (indirect). Gold quotes without a
flag are left out of both. Scored with attribution_eval.py, each pair gives that kind's
precision as well as its recall (the evaluator's own split is recall only, because a
prediction carries no kind it would trust).

Why: a set may annotate one kind only. id-kota414 tags reported statements and leaves the
direct quotes of the same articles untagged, so every direct quote Jejak finds there counts
as a false positive in the pooled score; its indirect score is the figure that set can give.
A prediction of one kind that matches a gold quote of the other counts as a miss in both.
"""
import json
import os
import sys


def main():
    gold_path, pred_path, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    for kind, flag in (("direct", True), ("indirect", False)):
        with open(gold_path, encoding="utf-8") as src, \
                open(os.path.join(out_dir, f"{kind}.gold.jsonl"), "w", encoding="utf-8") as dst:
            for line in src:
                if line.strip():
                    doc = json.loads(line)
                    doc["quotes"] = [q for q in doc.get("quotes", []) if q.get("direct") is flag]
                    dst.write(json.dumps(doc, ensure_ascii=False) + "\n")
        with open(pred_path, encoding="utf-8") as src, \
                open(os.path.join(out_dir, f"{kind}.pred.jsonl"), "w", encoding="utf-8") as dst:
            for line in src:
                if line.strip():
                    doc = json.loads(line)
                    doc["quotes"] = [q for q in doc.get("quotes", []) if bool(q.get("direct")) is flag]
                    dst.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
