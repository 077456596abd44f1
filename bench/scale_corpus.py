#!/usr/bin/env python3
"""Writes N articles of JSONL by repeating the SaudiNewsNet corpus (CC BY-NC-SA 4.0,
Alhagri 2015; see ../shared/data/corpus/SOURCE.md) with perturbations, for scale runs.

usage: scale_corpus.py CORPUS.jsonl N OUT.jsonl

Repetition k (k >= 1) gets: id and url suffixed with "-rK"; published shifted by K times the
corpus's time span plus 30 days, so that copies never share a story window and the stream keeps
the corpus's articles per day (memory then measures corpus size, not a denser stream; with a
shift of K weeks, copies overlapped and each window held up to N/30k times more articles); the
title prefixed with "[K]" and the
body's first paragraph followed by " (K)", so pages are distinct and hash to new ids. The
result keeps the upstream licence (CC BY-NC-SA 4.0) and must not ship with the project.
"""
import json
import sys
from datetime import datetime, timedelta


def main(src, n, dst):
    n = int(n)
    base = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    times = [datetime.fromisoformat(r["published"]) for r in base if r.get("published")]
    shift = (max(times) - min(times) if times else timedelta(0)) + timedelta(days=30)
    written = 0
    with open(dst, "w", encoding="utf-8") as out:
        k = 0
        while written < n:
            for row in base:
                if written >= n:
                    break
                r = dict(row)
                if k:
                    r["id"] = f"{row['id']}-r{k}"
                    r["url"] = f"{row['url']}-r{k}" if row.get("url") else None
                    if row.get("published"):
                        t = datetime.fromisoformat(row["published"]) + shift * k
                        r["published"] = t.isoformat()
                    r["title"] = f"[{k}] {row.get('title') or ''}"
                    body = (row.get("body") or "").split("\n")
                    body[0] = f"{body[0]} ({k})"
                    r["body"] = "\n".join(body)
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                written += 1
            k += 1


if __name__ == "__main__":
    main(*sys.argv[1:])
