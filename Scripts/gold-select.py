#!/usr/bin/env python3
"""Picks the articles of the actor-edge gold set by a rule fixed before any of them was read.

usage: Scripts/gold-select.py [SHARED_DATA_DIR] > Tests/Gold/selection.tsv

The rule (written 2026-12-03, before reading any selected article):
- newsarticles-2017: for each of its 9 outlets, the articles of 150-800 whitespace words, shuffled with
  random.Random(20261203) after sorting by id; the first 3 of each outlet (27 articles).
- reuters21578: NORM articles of 150-600 words whose `places` name at least one place other than 'usa'
  (spread beyond US news), sorted by id and shuffled with random.Random(20261203); the first 15.
- If the gold holds fewer than 300 edges, it grows by the same rule: the next article of each outlet's list, then
  the next 5 Reuters articles, appended in that order (the split rule continues the count).
- Order: outlets alphabetically, then Reuters; every third article of that order (3rd, 6th, ...) is the
  held-back test part, the others are dev. Test articles are read only to annotate them and to measure.
Prints TSV: id, split, corpus/outlet, words, title.
"""
import json, random, sys

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
    picked = []
    news = [json.loads(l) for l in open(f"{data}/news/newsarticles-2017/articles.jsonl", encoding="utf-8")]
    for outlet in sorted({a["outlet"] for a in news}):
        pool = sorted((a for a in news if a["outlet"] == outlet and 150 <= len(a["text"].split()) <= 800),
                      key=lambda a: a["id"])
        random.Random(20261203).shuffle(pool)
        picked += [(a, outlet) for a in pool[:3]]
    reuters = [json.loads(l) for l in open(f"{data}/news/reuters21578/articles.jsonl", encoding="utf-8")]
    pool = sorted((a for a in reuters if a["type"] == "NORM" and 150 <= len(a["text"].split()) <= 600
                   and any(p != "usa" for p in a["places"])), key=lambda a: a["id"])
    random.Random(20261203).shuffle(pool)
    picked += [(a, "reuters21578") for a in pool[:15]]
    print("id\tsplit\tsource\twords\ttitle")
    for i, (a, source) in enumerate(picked, 1):
        split = "test" if i % 3 == 0 else "dev"
        title = " ".join((a.get("title") or "").split())
        print(f"{a['id']}\t{split}\t{source}\t{len(a['text'].split())}\t{title}")

main()
