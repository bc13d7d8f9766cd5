#!/usr/bin/env python3
"""Summarises a hand-judged edge sample (Tests/Samples/*.tsv from Scripts/sample-edges.py plus verdicts).

usage: Scripts/sample-summary.py TSV

The TSV needs the columns `verdict` (correct | partly | wrong) and `cause` (empty for correct edges).
Prints the count per verdict and per cause, how many edges link two actors (both node types person, org,
country or group, read from the "name [type]" cells), and the share correct with its 95 % Wilson score interval.
"""
import csv, math, re, sys
from collections import Counter

VERDICTS = ("correct", "partly", "wrong")
CAUSES = ("wrong subject", "wrong object", "direction", "garbled relation", "negation lost", "modality lost",
          "junk node", "entity type", "coreference", "duplicate node", "other")

def wilson(k, n, z=1.96):
    """The 95 % Wilson score interval of k successes in n trials."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)

def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    try:
        with open(sys.argv[1], encoding="utf-8", newline="") as f:
            # Lines starting with '#' say how the sample was drawn; they are not rows.
            rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t",
                                       quoting=csv.QUOTE_NONE))
    except OSError as error:
        sys.exit(f"error: cannot read {sys.argv[1]}: {error.strerror}")
    if not rows or "verdict" not in rows[0] or "cause" not in rows[0]:
        sys.exit(f"error: {sys.argv[1]} needs a header with 'verdict' and 'cause' columns and at least one row")
    verdicts, causes = Counter(), Counter()
    for line, row in enumerate(rows, 2):
        verdict, cause = row["verdict"].strip(), (row["cause"] or "").strip()
        if verdict not in VERDICTS:
            sys.exit(f"error: {sys.argv[1]}:{line}: verdict '{verdict}' is not one of {', '.join(VERDICTS)}")
        if verdict != "correct" and cause not in CAUSES:
            sys.exit(f"error: {sys.argv[1]}:{line}: a {verdict} edge needs a cause, one of: {', '.join(CAUSES)}")
        verdicts[verdict] += 1
        if verdict != "correct":
            causes[(verdict, cause)] += 1
    n = len(rows)
    actor = re.compile(r"\[(person|org|country|group)\]$")
    dyads = sum(1 for row in rows if actor.search(row.get("subject") or "") and actor.search(row.get("object") or ""))
    print(f"edges judged: {n}")
    for verdict in VERDICTS:
        print(f"  {verdict:8} {verdicts[verdict]:3}  {100 * verdicts[verdict] / n:5.1f} %")
    print("causes (partly + wrong):")
    for cause in CAUSES:
        partly, wrong = causes[("partly", cause)], causes[("wrong", cause)]
        if partly or wrong:
            print(f"  {cause:17} {partly + wrong:3}  (partly {partly}, wrong {wrong})")
    print(f"edges linking two actors: {dyads}")
    low, high = wilson(verdicts["correct"], n)
    print(f"share correct: {100 * verdicts['correct'] / n:.1f} % (95 % Wilson interval {100 * low:.1f}–{100 * high:.1f} %)")

main()
