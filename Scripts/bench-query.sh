#!/usr/bin/env bash
# Query speed on the whole newsarticles-2017 corpus (release build): ingests it once into a cached database
# (greedy parser, --beam 1, for speed), then times every kind of query in-process on the most connected entity
# and prints p50/p95 in milliseconds. Target: under 50 ms per query.
#   BENCH_DB=path   database to use (default: the corpus cache of Scripts/lib.sh, ingested once)
#   RUNS=n          runs per query (default 30)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
ng_build
bin=$NG_BIN
db=${BENCH_DB:-$(ng_corpus_db newsarticles-2017 1)}
"$bin" stats --db "$db"
echo
"$bin" bench-query --db "$db" --runs "${RUNS:-30}"
