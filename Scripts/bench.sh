#!/usr/bin/env bash
# Throughput, memory and query latency of a release build; numbers are printed, never asserted.
#   tokens/s for tag+parse and sentences/s for extraction (one core, on a sample of newsarticles-2017),
#   articles/s end to end (all cores) for newsarticles-2017 and reuters21578, peak RSS, store size,
#   neighbors (and path, when the CLI has it) latency on the newsarticles graph, then issue #7's target table.
# Environment: NEWS_DIR (default ../shared/data/news), BENCH_BEAMS (parser beams for the end-to-end runs,
# default "3 1": the default beam and greedy), BENCH_CORPORA (default "newsarticles-2017 reuters21578"),
# BENCH_KEEP=1 keeps the databases (the directory is printed).
# The machine may be shared: besides wall time each run prints its CPU time, and CPU time / cores is what an idle
# machine would need if the run keeps every core busy.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
news=${NEWS_DIR:-../shared/data/news}
beams=${BENCH_BEAMS:-"3 1"}
corpora=${BENCH_CORPORA:-"newsarticles-2017 reuters21578"}
[ -f "$news/newsarticles-2017/articles.jsonl" ] || { echo "bench: $news/newsarticles-2017/articles.jsonl not found; set NEWS_DIR" >&2; exit 1; }

if [ ! -x /usr/bin/time ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bench: installing time (for peak memory)" >&2
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >&2
fi

ng_build
bin=$(realpath "$NG_BIN")
cores=$(nproc)
work=$(mktemp -d)
[ "${BENCH_KEEP:-0}" = 1 ] && echo "databases kept in $work" || trap 'rm -rf "$work"' EXIT

# Fields of a `/usr/bin/time -v` report: wall seconds, CPU seconds (user + system), peak RSS in MB.
timed() { # output-file command…
  local out=$1
  shift
  /usr/bin/time -v -o "$out" "$@"
}
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$1"; }
cpu() { awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
size_mb() { du -cm "$@" 2>/dev/null | tail -1 | cut -f1; }

echo "== machine: $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"

echo "== syntax and extraction speed, one core (first 300 articles of newsarticles-2017)"
sample=$work/sample.jsonl
head -n 300 "$news/newsarticles-2017/articles.jsonl" > "$sample"
for beam in $beams; do
  timed "$work/time.txt" "$bin" extract --timing --beam "$beam" "$sample" > /dev/null 2> "$work/extract.txt"
  line=$(grep '^timing:' "$work/extract.txt")
  echo "beam $beam: ${line#timing: }"
  # "annotation X s (N words/s)" covers split + tag + lemmatize + parse (wall clock, in-process).
  words_per_s=$(sed -E 's/.*annotation [0-9.]+ s \(([0-9]+) words\/s\).*/\1/' <<< "$line")
  sentences_per_s=$(sed -E 's/.*, ([0-9]+) sentences\/s\).*/\1/' <<< "$line")
  words=$(sed -E 's/^timing: ([0-9]+) words.*/\1/' <<< "$line")
  printf '  tokens/s split+tag+parse: %s    sentences/s extraction: %s    (per CPU second of the whole run, model loading included: %.0f tokens/s)\n' \
    "$words_per_s" "$sentences_per_s" "$(echo "$words / $(cpu "$work/time.txt")" | bc -l)"
done

declare -A e2e_wall e2e_cpu e2e_rss e2e_articles
first_beam=${beams%% *}
for corpus in $corpora; do
  file=$news/$corpus/articles.jsonl
  [ -f "$file" ] || { echo "== $corpus: $file not found, skipped"; continue; }
  articles=$(grep -c . "$file")
  for beam in $beams; do
    db=$work/$corpus-beam$beam.sqlite
    echo "== $corpus end to end, beam $beam ($articles articles, all cores)"
    timed "$work/time.txt" "$bin" ingest --quiet --beam "$beam" --db "$db" "$file" > "$work/ingest.txt"
    grep -E '^(documents|sentences|entities|edges|time):' "$work/ingest.txt" | sed 's/^/  /'
    w=$(wall "$work/time.txt"); c=$(cpu "$work/time.txt"); r=$(rss "$work/time.txt")
    key=$corpus-$beam
    e2e_wall[$key]=$w; e2e_cpu[$key]=$c; e2e_rss[$key]=$r; e2e_articles[$key]=$articles
    printf '  wall %s s, CPU %s s (CPU/cores %.1f s), %.1f articles/s, peak RSS %s MB, store %s MB\n' \
      "$w" "$c" "$(echo "$c / $cores" | bc -l)" "$(echo "$articles / $w" | bc -l)" "$r" "$(size_mb "$db" "$db-wal")"
  done
done

# Query latency: whole `newsgraph` processes (opening the store included), median of 11 runs.
median_ms() { # command…
  local times=()
  for _ in $(seq 11); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 6p
}
graph=$work/newsarticles-2017-beam$first_beam.sqlite
neighbors_ms=n/a
neighbors_in_process=
if [ -f "$graph" ]; then
  echo "== query latency on the newsarticles-2017 graph (whole process, median of 11)"
  echo "  stats (open the store, count): $(median_ms "$bin" stats --db "$graph") ms"
  for entity in Russia "United States" Trump; do
    ms=$(median_ms "$bin" neighbors "$entity" --db "$graph")
    echo "  neighbors $entity: $ms ms"
    [ "$neighbors_ms" = n/a ] && neighbors_ms=$ms
  done
  echo "  neighbors Russia --depth 2: $(median_ms "$bin" neighbors Russia --depth 2 --db "$graph") ms"
  if "$bin" help path > /dev/null 2>&1; then
    echo "  path Russia Ukraine: $(median_ms "$bin" path Russia Ukraine --db "$graph") ms"
  else
    echo "  path: no such command in this build"
  fi
  if "$bin" help bench-query > /dev/null 2>&1; then
    echo "== query latency in-process (newsgraph bench-query: no process start), p50/p95 of 30 runs"
    "$bin" bench-query --db "$graph" --runs 30 | tee "$work/queries.txt" | sed 's/^/  /'
    # The issue's measure: depth-1 neighbors of the most connected entity, limit 50 (the CLI default).
    in_process=$(awk '/^neighbors .*depth 1, limit 50/ { print $(NF-1) }' "$work/queries.txt")
    neighbors_in_process=${in_process:+$in_process ms in-process p50, }
  fi
fi

key=newsarticles-2017-$first_beam
echo
echo "== issue #7 targets ($cores cores; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
echo "| measure | floor | goal | measured |"
echo "|---|---|---|---|"
for beam in $beams; do
  k=newsarticles-2017-$beam
  [ -n "${e2e_wall[$k]:-}" ] || continue
  printf '| newsarticles-2017 end to end, beam %s | ≤ 120 s | ≤ 30 s | %s s wall (CPU %s s = %.0f s on %s idle cores) |\n' \
    "$beam" "${e2e_wall[$k]}" "${e2e_cpu[$k]}" "$(echo "${e2e_cpu[$k]} / $cores" | bc -l)" "$cores"
done
for beam in $beams; do
  k=newsarticles-2017-$beam
  [ -n "${e2e_rss[$k]:-}" ] || continue
  echo "| peak memory on that ingest, beam $beam | ≤ 1 GB | ≤ 300 MB | ${e2e_rss[$k]} MB |"
done
echo "| neighbors query on that graph | ≤ 50 ms | ≤ 5 ms | ${neighbors_in_process}$neighbors_ms ms whole process |"
