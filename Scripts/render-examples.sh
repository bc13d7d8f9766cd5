#!/usr/bin/env bash
# Regenerates the gallery under Graphs/ from the worked examples, with a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product newsgraph >&2
bin=.build/release/newsgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

db="$work/seed.sqlite"
"$bin" ingest --db "$db" Graphs/seed/us-sanctions-russia-over-iranian-drones.txt
"$bin" render --db "$db" --format dot --output Graphs/seed/seed.dot
"$bin" render --db "$db" --format svg --output Graphs/seed/seed.svg
"$bin" render --db "$db" --entity Russia --depth 1 --format svg --output Graphs/seed/russia.svg
echo "wrote Graphs/seed/seed.dot, seed.svg, russia.svg" >&2
