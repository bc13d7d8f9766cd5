#!/usr/bin/env bash
# PostgreSQL as the store (issue 15): ingests the first N articles of newsarticles-2017 into SQLite with one
# process, then into fresh PostgreSQL databases with 1, 2 and 4 worker processes (worker w reads lines
# w, w+W, … of the corpus), and prints wall time, CPU seconds, final counts (which must equal SQLite's) and the
# bench-query p50/p95 on both stores.
#   ARTICLES=n      articles to ingest (default 400; 0 = all 3,812)
#   WORKERS="1 2 4" worker counts to try
#   PG_URL=postgresql://user@host:port   a server to use (databases bench_w1… are created in it with createdb);
#                   default: a throwaway cluster (Debian's postgresql package) in a temporary directory
#   BEAM=n          parser beam (default 1, greedy, as bench-query uses)
#   SCALE=k         a synthetic corpus k times the input: copy j > 0 of each article gets the id "ID~j" and its
#                   date moved j × 400 days later (growth: ingest time, database size, query latency)
#   BIN=path        the newsgraph binary to time (default: build this checkout's release binary)
#   KEEP=1          keep the databases (and the throwaway cluster's directory, server stopped) and print where
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${CORPUS:-../shared/data/news/newsarticles-2017/articles.jsonl}
articles=${ARTICLES:-400}
workers_list=${WORKERS:-1 2 4}
beam=${BEAM:-1}
scale=${SCALE:-1}
[ -f "$corpus" ] || { echo "bench-postgres: $corpus not found; set CORPUS" >&2; exit 1; }
if [ -n "${BIN:-}" ]; then bin=$BIN; else
  swift build -c release --product newsgraph >&2
  bin=$PWD/.build/release/newsgraph
fi
work=$(mktemp -d /tmp/bench-postgres.XXXXXX)
chmod 755 "$work"
if [ "$articles" -gt 0 ]; then head -n "$articles" "$corpus" > "$work/base.jsonl"; else cp "$corpus" "$work/base.jsonl"; fi
python3 - "$work/base.jsonl" "$scale" > "$work/input.jsonl" <<'PY'
import datetime, json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for copy in range(int(sys.argv[2])):
    for line in lines:
        if copy == 0:
            print(line)
            continue
        article = json.loads(line)
        article["id"] = f"{article['id']}~{copy}"
        date = article.get("date")
        if date:
            day = datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=400 * copy)
            article["date"] = day.isoformat() + date[10:]
        print(json.dumps(article, ensure_ascii=False))
PY

cleanup() {
  if [ -n "${pgbin:-}" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ -n "${KEEP:-}" ]; then echo "kept: $work (SQLite single.sqlite; cluster in data/, start with pg_ctl -D)" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

if [ -z "${PG_URL:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [ -x "$pgbin/initdb" ] || { echo "bench-postgres: install postgresql (apt-get install postgresql) or set PG_URL" >&2; exit 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  echo bench > "$work/pw"
  chown -R postgres:postgres "$work"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/data" -U postgres --pwfile="$work/pw" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  PG_URL="postgresql://postgres:bench@127.0.0.1:$port"
  createdb_cmd() { runuser -u postgres -- "$pgbin/createdb" -h "$work" -p "$port" -U postgres "$1"; }
  psql_cmd() { runuser -u postgres -- "$pgbin/psql" -h "$work" -p "$port" -U postgres -At "$@"; }
else
  createdb_cmd() { createdb -d "$PG_URL/postgres" "$1" 2>/dev/null || createdb "$1"; }
  psql_cmd() { psql -At -d "$PG_URL/postgres" "$@"; }
fi
mebibytes() { awk '{ printf "%.1f MiB", $1 / 1048576 }'; }

timed() { # label, command…: prints "label wall cpu"
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%-22s wall %7.1f s   cpu %7.1f s   peak %4d MB\n", $1, $2, $3 + $4, $5 / 1024 }' "$work/time"
}

echo "== $(wc -l < "$work/input.jsonl") articles (scale $scale), --beam $beam"
timed sqlite-1-process "$bin" ingest --quiet --beam "$beam" --db "$work/single.sqlite" "$work/input.jsonl"
"$bin" stats --json --db "$work/single.sqlite" > "$work/sqlite.json"
echo "sqlite counts: $(cat "$work/sqlite.json")"
echo "sqlite file: $(stat -c %s "$work/single.sqlite" | mebibytes)"
for w in $workers_list; do
  createdb_cmd "bench_w$w"
  url="$PG_URL/bench_w$w?sslmode=disable"
  for ((i = 0; i < w; i++)); do awk -v w="$w" -v i="$i" 'NR % w == i' "$work/input.jsonl" > "$work/shard$i.jsonl"; done
  start=$(date +%s.%N)
  pids=()
  for ((i = 0; i < w; i++)); do
    /usr/bin/time -f "%U %S %M" -o "$work/cpu$i" "$bin" ingest --quiet --beam "$beam" --db "$url" "$work/shard$i.jsonl" \
      >/dev/null 2>"$work/err$i" &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || { cat "$work"/err* >&2; exit 1; }; done
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  cpu=$(cat "$work"/cpu* | awk '{ s += $1 + $2 } END { print s }')
  peak=$(cat "$work"/cpu* | awk '$3 > m { m = $3 } END { printf "%d", m / 1024 }')
  rm -f "$work"/cpu*
  printf "postgres-%d-workers     wall %7.1f s   cpu %7.1f s   peak %4d MB (largest worker)\n" "$w" "$wall" "$cpu" "$peak"
  "$bin" stats --json --check --db "$url" > "$work/pg.json" 2>/dev/null
  if cmp -s "$work/pg.json" "$work/sqlite.json"; then echo "  counts equal SQLite's"; else
    echo "  COUNTS DIFFER: $(cat "$work/pg.json")"; fi
  echo "  database size: $(psql_cmd -c "SELECT pg_database_size('bench_w$w')" | mebibytes)"
  last_url=$url
done
echo
echo "== bench-query on SQLite"
"$bin" bench-query --db "$work/single.sqlite" --runs "${RUNS:-10}"
echo
echo "== bench-query on PostgreSQL"
"$bin" bench-query --db "$last_url" --runs "${RUNS:-10}"
