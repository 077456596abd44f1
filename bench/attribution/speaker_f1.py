#!/usr/bin/env python3
"""End-to-end speaker F1: a quote counts only when its span matches and its speaker is right.

usage: attribution_eval.py GOLD PRED --json | speaker_f1.py GOLD

attribution_eval.py scores the speaker on matched quotes only (an accuracy); published
quote-extraction work reports speaker F1 instead, where a missed or spurious quote also
costs the speaker. Precision is right speakers over predicted quotes, recall right speakers
over gold quotes that name one.
"""
import json
import sys


def main():
    gold_path = sys.argv[1]
    res = json.load(sys.stdin)
    with open(gold_path, encoding="utf-8") as f:
        with_speaker = sum(
            1 for line in f if line.strip() for q in json.loads(line).get("quotes", []) if q.get("speaker")
        )
    if res.get("speaker_acc") is None or not res["pred_quotes"] or not with_speaker:
        print("speaker F1 n/a")
        return
    right = round(res["speaker_acc"] * res["speaker_evaluated"])
    p, r = right / res["pred_quotes"], right / with_speaker
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"speaker F1 {f1:.4f}  (P {p:.4f}  R {r:.4f}; quote and speaker right: {right})")


if __name__ == "__main__":
    main()
