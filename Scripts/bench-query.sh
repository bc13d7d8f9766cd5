#!/usr/bin/env bash
# Query speed on the whole newsarticles-2017 corpus (release build): ingests it once into a cached database
# (greedy parser, --beam 1, for speed), then times every kind of query in-process on the most connected entity
# and prints p50/p95 in milliseconds. Target: under 50 ms per query.
#   BENCH_DB=path   database to use or create (default .build/bench-query/newsarticles-2017.sqlite)
#   RUNS=n          runs per query (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/data/news/newsarticles-2017/articles.jsonl}
db=${BENCH_DB:-.build/bench-query/newsarticles-2017.sqlite}
swift build -c release --product newsgraph >&2
bin=.build/release/newsgraph
if [ ! -f "$db" ]; then
  [ -f "$corpus" ] || { echo "bench-query: $corpus not found; set CORPUS or BENCH_DB" >&2; exit 1; }
  mkdir -p "$(dirname "$db")"
  echo "== ingesting $corpus into $db (once; --beam 1)" >&2
  "$bin" ingest --beam 1 --db "$db" "$corpus" >&2
fi
"$bin" stats --db "$db"
echo
"$bin" bench-query --db "$db" --runs "${RUNS:-30}"
