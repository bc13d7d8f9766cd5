#!/usr/bin/env python3
"""Draws a reproducible random sample of stored edges, each with one evidence sentence, for reading by hand.

usage: Scripts/sample-edges.py DB [N] [SEED]   (prints TSV: n, subject, relation, object, count, sentence)
"""
import random, sqlite3, sys

def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2017
    ids = [row[0] for row in db.execute("SELECT id FROM edge ORDER BY id")]
    rng = random.Random(seed)
    sample = sorted(rng.sample(ids, min(n, len(ids))))
    print("n\tsubject\trelation\tobject\tevidence\tsentence")
    for i, edge_id in enumerate(sample, 1):
        s, r, o, c = db.execute("""SELECT s.name || ' [' || s.type || ']', e.relation, o.name || ' [' || o.type || ']',
            e.evidenceCount FROM edge e JOIN entity s ON s.id = e.subjectID JOIN entity o ON o.id = e.objectID
            WHERE e.id = ?""", (edge_id,)).fetchone()
        neg, modality, speaker, verb, sentence = db.execute(
            "SELECT negated, modality, attributionText, attributionVerb, sentence FROM evidence WHERE edgeID = ? "
            "ORDER BY id LIMIT 1", (edge_id,)).fetchone()
        # As the evidence row has it: "NOT meet [plan to] (Reuters: report)".
        rel = ("NOT " if neg else "") + r + (f" [{modality}]" if modality else "") + (f" ({speaker}: {verb})" if speaker else "")
        print(f"{i}\t{s}\t{rel}\t{o}\t{c}\t{' '.join(sentence.split())}")

main()
