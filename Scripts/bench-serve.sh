#!/usr/bin/env bash
# Measures `newsgraph serve` on the newsarticles-2017 graph: how long the entity page of the most connected
# entity takes (target: under 300 ms), and whether 50 concurrent requests all succeed.
#
#   Scripts/bench-serve.sh [DB]
# DB defaults to the corpus cache of Scripts/lib.sh (newsarticles-2017 ingested once with --beam 1). Release build. Traffic goes to 127.0.0.1 only.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-20}
CONCURRENT=${CONCURRENT:-50}

ng_build
BIN=$NG_BIN
DB=${1:-$(ng_corpus_db newsarticles-2017 1)}

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$BIN" serve --db "$DB" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 150); do
    curl -fsS -o /dev/null "$BASE/static/newsgraph.css" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
    sleep 0.2
done
"$BIN" stats --db "$DB" | tr -s ' ' | paste -sd ' ' >&2

# The first request that needs the entity list loads it; time that on its own.
curl -fsS -o /dev/null -w "first /api/entities (loads the entity list): %{time_total} s\n" "$BASE/api/entities?limit=10"
curl -fsS "$BASE/api/entities?limit=10" >"$WORK/top.json"
readarray -t TOP < <(python3 -c '
import json, sys, urllib.parse
for e in json.load(open(sys.argv[1]))["entities"]:
    print(urllib.parse.quote(e["name"], safe=""), e["degree"])' "$WORK/top.json")
read -r HUB HUB_DEGREE <<<"${TOP[0]}"
echo "most connected entity: $HUB ($HUB_DEGREE relations)"

curl -fsS -o /dev/null "$BASE/entity/$HUB"  # warm-up: Graphviz starts, caches fill
for _ in $(seq 1 "$RUNS"); do
    curl -fsS -o /dev/null -w "%{time_total}\n" "$BASE/entity/$HUB"
done >"$WORK/times"
python3 - "$WORK/times" <<'PY'
import statistics, sys
times = sorted(float(line) * 1000 for line in open(sys.argv[1]))
median = statistics.median(times)
print(f"entity page of the most connected entity, {len(times)} runs: median {median:.0f} ms, "
      f"min {times[0]:.0f} ms, max {times[-1]:.0f} ms -> {'OK' if median < 300 else 'SLOW'} (target < 300 ms)")
PY

# 50 requests at once: entity pages of the ten most connected entities, evidence, API and export calls.
URLS=()
for line in "${TOP[@]}"; do read -r name _ <<<"$line"; URLS+=("$BASE/entity/$name" "$BASE/api/neighbors?entity=$name"); done
read -r SECOND _ <<<"${TOP[1]}"
URLS+=("$BASE/" "$BASE/contested" "$BASE/api/entities?search=rus" "$BASE/path?from=$HUB&to=$SECOND"
       "$BASE/evidence?subject=$HUB&object=$SECOND" "$BASE/api/export?format=tsv&entity=$SECOND")
: >"$WORK/statuses"
START=$(date +%s.%N)
for i in $(seq 0 $((CONCURRENT - 1))); do
    url=${URLS[$((i % ${#URLS[@]}))]}
    curl -s -o /dev/null --max-time 60 -w "%{http_code} %{time_total} $url\n" "$url" >>"$WORK/statuses" &
done
wait $(jobs -p | grep -v "^$SERVER_PID$") 2>/dev/null || true
END=$(date +%s.%N)
python3 - "$WORK/statuses" "$START" "$END" "$CONCURRENT" <<'PY'
import sys
lines = [l.split(" ", 2) for l in open(sys.argv[1]) if l.strip()]
wall = float(sys.argv[3]) - float(sys.argv[2])
failed = [l for l in lines if l[0] != "200"]
slowest = max(float(l[1]) for l in lines) * 1000 if lines else 0
print(f"{len(lines)} of {sys.argv[4]} concurrent requests answered in {wall:.2f} s (slowest {slowest:.0f} ms); "
      f"{len(failed)} failed")
for status, seconds, url in failed:
    print(f"  {status} {url.strip()}")
sys.exit(1 if failed or len(lines) != int(sys.argv[4]) else 0)
PY
kill -0 "$SERVER_PID" || { echo "bench-serve: the server died" >&2; exit 1; }
echo "server still up after the burst"
