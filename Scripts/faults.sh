#!/usr/bin/env bash
# Fault and hostile-input probe (issue 14): kills at random points, interrupts, racing ingests of two versions,
# batch-size invariance, two processes creating one database, disk full on a small tmpfs, `ulimit -f`, load on
# the server with misspelt names, and the Tests/Hostile corpus through every export format. Prints its figures;
# exits 1 if any fault lost or corrupted data.
#
#   Scripts/faults.sh                 # about 5–10 minutes on two cores
#   KILLS=5 RACES=1 DOCS=300 Scripts/faults.sh   # quicker
#
# Uses .build/release/newsgraph (build first), the reuters21578 articles from ../shared/data when present
# (else a generated corpus), curl for the load test, and mount(8) for the tmpfs (skipped if not allowed).
set -u
cd "$(dirname "$0")/.."
BIN=${NEWSGRAPH:-$PWD/.build/release/newsgraph}
KILLS=${KILLS:-12}
RACES=${RACES:-2}
DOCS=${DOCS:-600}
LOAD=${LOAD:-200}
WORK=$(mktemp -d /tmp/newsgraph-faults.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null; umount "$WORK/full" 2>/dev/null; rm -rf "$WORK"' EXIT
[ -x "$BIN" ] || { echo "no binary at $BIN: swift build -c release first" >&2; exit 2; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
contents() { "$BIN" stats --contents --db "$1"; }
check() { "$BIN" stats --check --db "$1" >/dev/null 2>"$WORK/check.err" || { cat "$WORK/check.err"; return 1; }; }
rand_sleep() { python3 -c "import random,time; time.sleep(random.uniform($1, $2))"; }

# --- corpus: real articles when the shared data is there, else generated ---------------------------------
REUTERS=../shared/data/news/reuters21578/articles.jsonl
if [ -f "$REUTERS" ]; then
    head -n "$DOCS" "$REUTERS" > "$WORK/a.jsonl"
    sed -n "$((DOCS + 1)),$((2 * DOCS))p" "$REUTERS" > "$WORK/new-b.jsonl"
    sed -n "$((2 * DOCS + 1)),$((3 * DOCS))p" "$REUTERS" > "$WORK/new-c.jsonl"
    source_name="reuters21578"
else
    python3 - "$WORK" "$DOCS" <<'EOF'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
actors = ["Russia", "Ukraine", "France", "Germany", "China", "Iran", "Turkey", "Japan", "Brazil", "India"]
verbs = ["condemned", "criticized", "praised", "accused", "threatened", "supported"]
def doc(prefix, i):
    a, b, c = actors[i % 10], actors[(i // 3 + 1) % 10], actors[(i * 7 + 3) % 10]
    text = f"{a} {verbs[i % 6]} {b} over the talks on day {i}. {c} denied supplying {a} with weapons. " \
           f"Officials in {b} said that {c} would meet {a} to discuss sanctions."
    return json.dumps({"id": f"{prefix}-{i}", "date": "2017-03-01", "text": text})
for name, prefix, offset in [("a", "doc", 0), ("new-b", "new-b", 7), ("new-c", "new-c", 13)]:
    with open(f"{work}/{name}.jsonl", "w") as f:
        f.write("\n".join(doc(prefix, i + offset) for i in range(n)) + "\n")
EOF
    source_name="generated"
fi
# Version B: every document of A with one sentence appended.
python3 - "$WORK" <<'EOF'
import json, sys
work = sys.argv[1]
def load(name): return [l for l in open(f"{work}/{name}.jsonl") if l.strip()]
a, nb, nc = load("a"), load("new-b"), load("new-c")
def changed(line):
    d = json.loads(line); d["text"] = d["text"] + "\n\nFrance praised Japan on Friday."; return json.dumps(d) + "\n"
def interleave(x, y):
    out = []
    for i in range(max(len(x), len(y))):
        if i < len(x): out.append(x[i])
        if i < len(y): out.append(y[i])
    return out
open(f"{work}/b.jsonl", "w").writelines(interleave([changed(l) for l in a], nb))
open(f"{work}/c.jsonl", "w").writelines(interleave(a, nc))
open(f"{work}/all.jsonl", "w").writelines(a + nb + nc)
EOF
echo "corpus: $DOCS $source_name articles per part; binary $BIN"
FLAGS=(--quiet --beam 1)

# --- 1. clean reference --------------------------------------------------------------------------------------
"$BIN" ingest "${FLAGS[@]}" --db "$WORK/clean.sqlite" "$WORK/a.jsonl" >/dev/null || fail "clean ingest"
contents "$WORK/clean.sqlite" > "$WORK/clean.txt"

# --- 2. SIGKILL, SIGTERM and SIGINT at random points, then resume --------------------------------------------
kills_survived=0
signals=(KILL KILL TERM INT)
for i in $(seq 1 "$KILLS"); do
    sig=${signals[$((i % 4))]}
    "$BIN" ingest "${FLAGS[@]}" --batch-size 16 --db "$WORK/killed.sqlite" "$WORK/a.jsonl" >/dev/null 2>"$WORK/kill.err" &
    pid=$!
    rand_sleep 0.3 4
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if check "$WORK/killed.sqlite"; then kills_survived=$((kills_survived + 1)); else fail "store unsound after SIG$sig #$i"; fi
    if [ "$sig" != KILL ] && [ -s "$WORK/kill.err" ] && ! grep -q "interrupted:" "$WORK/kill.err"; then
        grep -q "documents:" "$WORK/kill.err" || fail "SIG$sig #$i: no word on what was committed"
    fi
done
"$BIN" ingest "${FLAGS[@]}" --batch-size 16 --db "$WORK/killed.sqlite" "$WORK/a.jsonl" >/dev/null || fail "resume"
if cmp -s "$WORK/clean.txt" <(contents "$WORK/killed.sqlite"); then resumed_equal=yes; else resumed_equal=no; fail "resumed store differs from a clean ingest"; fi

# --- 3. racing ingests of two versions of the same documents ----------------------------------------------
lost_rows=0
for r in $(seq 1 "$RACES"); do
    db="$WORK/race-$r.sqlite"
    "$BIN" ingest "${FLAGS[@]}" --batch-size 16 --db "$db" "$WORK/a.jsonl" >/dev/null
    "$BIN" ingest "${FLAGS[@]}" --batch-size 16 --db "$db" "$WORK/b.jsonl" >/dev/null 2>&1 &
    b=$!
    rand_sleep 0.2 1.5
    "$BIN" ingest "${FLAGS[@]}" --batch-size 16 --db "$db" "$WORK/c.jsonl" >/dev/null 2>&1 &
    c=$!
    wait "$b" || fail "race $r: ingest B failed"
    wait "$c" || fail "race $r: ingest C failed"
    check "$db" || fail "race $r: store unsound"
    "$BIN" ingest "${FLAGS[@]}" --db "$db" "$WORK/a.jsonl" >/dev/null
    missing=$(comm -23 <(grep '^evidence' "$WORK/clean.txt" | sort) <(contents "$db" | grep '^evidence' | sort) | wc -l)
    lost_rows=$((lost_rows + missing))
    [ "$missing" -eq 0 ] || fail "race $r: $missing evidence rows of A missing after re-ingesting A"
done

# --- 4. batch-size invariance ----------------------------------------------------------------------------
batch_equal=yes
for size in 1 7 64; do
    "$BIN" ingest "${FLAGS[@]}" --batch-size "$size" --db "$WORK/batch-$size.sqlite" "$WORK/a.jsonl" >/dev/null
    contents "$WORK/batch-$size.sqlite" > "$WORK/batch-$size.txt"
done
for size in 7 64; do
    cmp -s "$WORK/batch-1.txt" "$WORK/batch-$size.txt" || { batch_equal=no; fail "batch size $size differs from 1"; }
done

# --- 5. two processes creating one new database ------------------------------------------------------------
head -n 20 "$WORK/new-b.jsonl" > "$WORK/small-1.jsonl"
head -n 20 "$WORK/new-c.jsonl" > "$WORK/small-2.jsonl"
creations_ok=0
for r in 1 2 3 4 5; do
    db="$WORK/create-$r.sqlite"
    "$BIN" ingest "${FLAGS[@]}" --db "$db" "$WORK/small-1.jsonl" >/dev/null 2>"$WORK/create-1.err" & p1=$!
    "$BIN" ingest "${FLAGS[@]}" --db "$db" "$WORK/small-2.jsonl" >/dev/null 2>"$WORK/create-2.err" & p2=$!
    if wait "$p1" && wait "$p2" && check "$db"; then creations_ok=$((creations_ok + 1)); else fail "creation race $r: $(cat "$WORK"/create-*.err)"; fi
done

# --- 6. disk full on a small tmpfs, and ulimit -f --------------------------------------------------------
mkdir -p "$WORK/full"
if mount -t tmpfs -o size=1536k tmpfs "$WORK/full" 2>/dev/null; then
    "$BIN" ingest "${FLAGS[@]}" --batch-size 8 --db "$WORK/full/g.sqlite" "$WORK/all.jsonl" >/dev/null 2>"$WORK/full.err"
    status=$?
    if [ "$status" -ne 0 ] && grep -q "disk" "$WORK/full.err"; then disk_full="error with a hint, store sound: "
    else disk_full="unexpected (status $status): "; fail "disk full: $(tail -2 "$WORK/full.err")"; fi
    if check "$WORK/full/g.sqlite"; then disk_full+="yes"; else disk_full+="NO"; fail "disk full left an unsound store"; fi
else
    disk_full="skipped (mount not permitted here)"
fi
( ulimit -f 1024; "$BIN" ingest "${FLAGS[@]}" --batch-size 8 --db "$WORK/limited.sqlite" "$WORK/all.jsonl" >/dev/null 2>"$WORK/ulimit.err" )
status=$?
if [ "$status" -ne 0 ] && grep -q "ulimit" "$WORK/ulimit.err" && check "$WORK/limited.sqlite"; then file_limit="error with a hint, store sound"
elif [ "$status" -eq 0 ]; then file_limit="not reached (store under 1 MB)"
else file_limit="status $status: $(tail -1 "$WORK/ulimit.err")"; fail "ulimit -f"; fi

# --- 7. load: misspelt names while a trivial request is timed ------------------------------------------------
"$BIN" ingest "${FLAGS[@]}" --db "$WORK/serve.sqlite" "$WORK/all.jsonl" >/dev/null
port=$((20000 + RANDOM % 20000))
"$BIN" serve --db "$WORK/serve.sqlite" --port "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/api/entities?limit=1" && break; sleep 0.2; done
python3 -c "
import random, string
for i in range($LOAD):
    print(''.join(random.choice(string.ascii_lowercase) for _ in range(random.randint(5, 14))))
" > "$WORK/names.txt"
start=$(date +%s.%N)
xargs -P 100 -I{} curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$port/api/neighbors?entity={}" \
    < "$WORK/names.txt" > "$WORK/codes.txt" &
flood=$!
sleep 0.3
trivial=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/static/newsgraph.css")
wait "$flood"
elapsed=$(python3 -c "import time; print(f'{time.time() - $start:.1f}')")
alive=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/entities?limit=1")
kill "$server"; wait "$server" 2>/dev/null
answered=$(grep -c '^404$' "$WORK/codes.txt"); shed=$(grep -c '^503$' "$WORK/codes.txt"); other=$(grep -vc -e '^404$' -e '^503$' "$WORK/codes.txt")
[ "$alive" = 200 ] || fail "server not answering after the flood ($alive)"
[ "$other" -eq 0 ] || fail "$other flood requests got neither 404 nor 503"

# --- 8. hostile inputs through ingest and every export format ---------------------------------------------
hostile_files=$(find Tests/Hostile -type f \( -name '*.txt' -o -name '*.md' -o -name '*.jsonl' \) | wc -l)
hostile_lines=$(wc -l < Tests/Hostile/lines.jsonl)
"$BIN" ingest --quiet --db "$WORK/hostile.sqlite" Tests/Hostile >/dev/null 2>"$WORK/hostile.err" || fail "hostile ingest: $(tail -2 "$WORK/hostile.err")"
check "$WORK/hostile.sqlite" || fail "hostile store unsound"
formats_ok=0
for format in tsv csv jsonl ntriples turtle graphml; do
    "$BIN" export --format "$format" -o "$WORK/hostile.$format" --db "$WORK/hostile.sqlite" 2>/dev/null && formats_ok=$((formats_ok + 1)) || fail "export $format"
done
"$BIN" export --format neo4j -o "$WORK/neo4j" --db "$WORK/hostile.sqlite" 2>/dev/null && formats_ok=$((formats_ok + 1)) || fail "export neo4j"
"$BIN" render --format svg -o "$WORK/hostile.svg" --db "$WORK/hostile.sqlite" 2>/dev/null && formats_ok=$((formats_ok + 1)) || fail "render svg"
formula_cells=$(python3 -c "
import csv, sys
n = 0
for path in sys.argv[1:]:
    for row in csv.reader(open(path, newline='')):
        n += sum(1 for cell in row if cell[:1] in ('=', '+', '-', '@'))
print(n)" "$WORK/hostile.csv" "$WORK/neo4j/nodes.csv" "$WORK/neo4j/relationships.csv")
[ "$formula_cells" -eq 0 ] || fail "$formula_cells CSV cells start like a formula"
overrides=$(grep -c $'\u202e' "$WORK/hostile.svg" || true)
[ "$overrides" -eq 0 ] || fail "U+202E reached the SVG"

echo
echo "== newsgraph fault probe ($(date -u +%Y-%m-%d), $(nproc) cores) =="
echo "kills and interrupts at random points: $kills_survived/$KILLS left a sound store; resumed store equals a clean ingest: $resumed_equal"
echo "racing ingests of two versions: $RACES rounds, evidence rows lost: $lost_rows"
echo "batch sizes 1, 7, 64 give identical stores: $batch_equal"
echo "two processes creating one new database: $creations_ok/5 succeeded"
echo "disk full on a 1.5 MB tmpfs: $disk_full"
echo "ulimit -f 1024: $file_limit"
echo "load: $LOAD misspelt names from 100 clients in ${elapsed}s: $answered answered 404, $shed shed 503; a static request during the flood took ${trivial}s; server alive: $alive"
echo "hostile inputs: $hostile_files files (the JSONL with $hostile_lines lines) ingested; $formats_ok/8 output formats written; CSV cells starting like formulas: $formula_cells; U+202E in SVG: $overrides"
echo "data lost: $lost_rows evidence rows; failures: $failures"
[ "$failures" -eq 0 ]
