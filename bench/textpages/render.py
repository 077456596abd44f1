#!/usr/bin/env python3
"""Renders HTML pages to the text a reader gets by selecting all and copying in a browser:
visible text, one block per line, no markup; a table's cells are separated by tabs, one row
per line, as a browser's copy gives them. Stdlib only.

usage: render.py PAGE.html  (prints the text)
"""
import html.parser
import sys

BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr",
    "ul", "title",
}
CELL = {"td", "th"}
HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe", "select", "option"}


class Renderer(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.current, self.hidden = [], [], 0

    def flush(self):
        cells = [" ".join(cell.split()) for cell in "".join(self.current).split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        text = "\t".join(cells)
        if text.strip():
            self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in CELL:
            self.current.append("\t")
        elif tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.current.append(data.replace("\t", " "))


def render(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    r = Renderer()
    r.feed(text)
    r.close()
    r.flush()
    return "\n\n".join(r.lines) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        sys.stdout.write(render(f.read()))
