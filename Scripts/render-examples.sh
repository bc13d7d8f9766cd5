#!/usr/bin/env bash
# Regenerates the gallery under Graphs/ with a release build:
#   Graphs/seed/            the seed article's whole graph (DOT and SVG) and Russia's ego network;
#   Graphs/newsarticles-2017/  ego networks and the strongest relations of the newsarticles-2017 corpus, when
#                           ../shared/data/news/newsarticles-2017 is present (see Graphs/newsarticles-2017/README.md).
# Set NEWSGRAPH_CORPUS_DB to an already ingested database of that corpus to skip the (few minutes') ingest, and
# NEWSGRAPH_BIN to an already built release binary to skip the build.
# Committed SVGs stay small: ego networks keep the strongest edges only (--limit, --min-evidence).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ng_build
bin=$NG_BIN
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

db="$work/seed.sqlite"
"$bin" ingest --quiet --db "$db" --date 2022-12-16 Graphs/seed/us-sanctions-russia-over-iranian-drones.txt >&2
"$bin" render --db "$db" --format dot --output Graphs/seed/seed.dot
"$bin" render --db "$db" --format svg --output Graphs/seed/seed.svg
"$bin" render --db "$db" --entity Russia --depth 1 --format svg --output Graphs/seed/russia.svg
echo "wrote Graphs/seed/seed.dot, seed.svg, russia.svg" >&2

corpus=../shared/data/news/newsarticles-2017/articles.jsonl
out=Graphs/newsarticles-2017
if [[ -n "${NEWSGRAPH_CORPUS_DB:-}" ]]; then
    news="$NEWSGRAPH_CORPUS_DB"
elif [[ -f "$corpus" ]]; then
    news=$(ng_corpus_db newsarticles-2017 4)
else
    echo "skipping $out: $corpus is absent (see $out/README.md for how to get it)" >&2
    exit 0
fi
mkdir -p "$out"
# Tooltips here give counts and dates but quote no sentences: the article texts are not ours to republish.
"$bin" render --db "$news" --entity Russia --depth 1 --min-evidence 2 --limit 45 --example-length 0 --output "$out/russia.svg"
"$bin" render --db "$news" --entity "North Korea" --depth 1 --min-evidence 2 --limit 30 --example-length 0 --output "$out/north-korea.svg"
"$bin" render --db "$news" --min-evidence 3 --limit 40 --example-length 0 --output "$out/strongest.svg"
echo "wrote $out/russia.svg, north-korea.svg, strongest.svg" >&2
