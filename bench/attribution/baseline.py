#!/usr/bin/env python3
"""The regex baseline for attribution: quoted text (straight or curly double quotes) with a
speech verb within 60 characters after or before it; the speaker is the run of capitalized
words next to the verb. No indirect speech.

usage: baseline.py GOLD.jsonl > PRED.jsonl
"""
import json
import re
import sys

VERBS = r"(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|jelas|jelasnya|tambah|tambahnya|" \
        r"mengatakan|menyatakan|menjelaskan|menegaskan|said|says|told|added|asked|stated|explained)"
QUOTE = re.compile(r"[\"“]([^\"“”]{10,}?)[\"”]")
AFTER = re.compile(r"^[\s,.]*" + VERBS + r"\s+((?:[A-Z][\w.'-]*\s*){1,4})")
BEFORE = re.compile(r"((?:[A-Z][\w.'-]*\s*){1,4})\s*" + VERBS + r"[\s,:]*$")

for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    text = doc["text"]
    quotes = []
    for m in QUOTE.finditer(text):
        after = AFTER.match(text[m.end():m.end() + 60])
        before = BEFORE.search(text[max(0, m.start() - 60):m.start()])
        hit = after or before
        if hit:
            quotes.append({"start": m.start(1), "end": m.end(1), "speaker": hit.group(1).strip()})
    print(json.dumps({"id": doc["id"], "quotes": quotes}))
