#!/usr/bin/env bash
# Regenerates the gallery under Graphs/ with a release build:
#   Graphs/seed/            the seed article's whole graph (DOT and SVG) and Russia's ego network;
#   Graphs/newsarticles-2017/  ego networks and the strongest relations of the newsarticles-2017 corpus, when
#                           ../shared/data/news/newsarticles-2017 is present (see Graphs/newsarticles-2017/README.md).
# Set NEWSGRAPH_CORPUS_DB to an already ingested database of that corpus to skip the (few minutes') ingest, and
# NEWSGRAPH_BIN to an already built release binary to skip the build.
# Pictures use the readable defaults (actors first, roles folded into names, the strongest edges spread over
# categories and neighbours, scaled to 2,000 px); PNG copies are for looking at them, SVGs for the README.
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
for entity in Russia "North Korea" "Donald Trump"; do
    slug=$(echo "$entity" | tr 'A-Z ' 'a-z-')
    for format in svg png; do
        "$bin" render --db "$news" --entity "$entity" --example-length 0 --output "$out/$slug.$format"
    done
done
"$bin" render --db "$news" --entity Russia --clusters --example-length 0 --output "$out/russia-clusters.png"
for format in svg png; do
    "$bin" render --db "$news" --example-length 0 --output "$out/strongest.$format"
    # The busiest pair of the corpus, by week (the corpus is almost all December 2016 to March 2017).
    "$bin" timeline "Donald Trump" "United States" --by week --from 2016-12-01 --db "$news" --format "$format" \
        --output "$out/timeline-trump-united-states.$format"
    "$bin" timeline Russia --by week --from 2016-12-01 --db "$news" --format "$format" --output "$out/timeline-russia.$format"
done
"$bin" timeline "United States" China --by day --from 2017-03-01 --db "$news" --format png \
    --output "$out/timeline-united-states-china.png"
"$bin" changes --since 2017-03-24 --limit 6 --db "$news" > "$out/changes-2017-03-24.txt"
echo "wrote $out: ego networks, strongest relations, timelines, changes" >&2
