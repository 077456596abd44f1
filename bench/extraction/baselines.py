#!/usr/bin/env python3
"""Run trafilatura and readability-lxml over one benchmark page set.

usage: baselines.py DATASET_DIR OUT_DIR

Writes OUT_DIR/trafilatura.jsonl and OUT_DIR/readability.jsonl in the prediction format of
shared/bench/extract_eval.py ({"id","title","body","date"}; an empty body means "not an
article"). Prints pages/second per tool on stderr. Pages are read, never copied.

Timing is warm, as Jejak's is: each tool runs over the set once untimed (imports, lazy
initialisation), then once timed.
"""
import json
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def load(dataset):
    pages = []
    with open(os.path.join(dataset, "expected.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                with open(os.path.join(dataset, "pages", row["id"] + ".html"), "rb") as p:
                    pages.append((row["id"], row.get("url"), p.read()))
    return pages


def run_trafilatura(pages):
    import trafilatura
    out = []
    for pid, url, raw in pages:
        try:
            doc = trafilatura.bare_extraction(raw, url=url, with_metadata=True)
        except Exception:  # noqa: BLE001 - a crash is scored as an empty prediction
            doc = None
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
        doc = doc or {}
        out.append({"id": pid, "title": doc.get("title"), "body": doc.get("text") or "",
                    "date": doc.get("date")})
    return out


def run_readability(pages):
    from readability import Document
    import lxml.html
    out = []
    for pid, url, raw in pages:
        title, body = None, ""
        try:
            d = Document(raw, url=url)
            title = d.short_title()
            summary = d.summary(html_partial=True)
            tree = lxml.html.fromstring(summary)
            for br in tree.iter("br"):
                br.tail = "\n" + (br.tail or "")
            blocks = [" ".join(el.text_content().split()) for el in
                      tree.iter("p", "h1", "h2", "h3", "h4", "li", "pre", "blockquote", "td")]
            blocks = [b for b in blocks if b]
            body = "\n\n".join(blocks) if blocks else " ".join(tree.text_content().split())
        except Exception:  # noqa: BLE001
            pass
        out.append({"id": pid, "title": title, "body": body, "date": None})
    return out


def main(dataset, out_dir):
    pages = load(dataset)
    os.makedirs(out_dir, exist_ok=True)
    for name, fn in (("trafilatura", run_trafilatura), ("readability", run_readability)):
        fn(pages)
        start = time.perf_counter()
        rows = fn(pages)
        secs = time.perf_counter() - start
        with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(pages)} pages in {secs:.3f} s = {len(pages) / max(secs, 1e-9):.1f} pages/s",
              file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
