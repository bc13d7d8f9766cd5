#!/usr/bin/env bash
# Browser test for `newsgraph serve`: ingests the seed article into a temporary database, serves it on a free
# port, loads the home page, Russia's entity page and an evidence page in headless Chromium (--dump-dom and
# --screenshot), and checks the DOM for the nodes, links and sentences a reader would see.
#
# Needs Debian's chromium (apt-get install -y chromium). Screenshots go to $SHOTS (default: a temporary directory).
# Exits non-zero on the first failed check, after stopping the server.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [[ -z "$CHROMIUM" ]]; then
    echo "browser-test: chromium is not installed (apt-get install -y chromium)" >&2
    exit 1
fi

# Scripts/test.sh's build (lib.sh), so after it (or in CI) there is nothing left to compile.
ng_build
BIN=$NG_BIN

WORK=$(mktemp -d)
SHOTS=${SHOTS:-$WORK/shots}
mkdir -p "$SHOTS"
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK/profile" "$WORK/seed.sqlite"*
}
trap cleanup EXIT

"$BIN" ingest --db "$WORK/seed.sqlite" Graphs/seed/us-sanctions-russia-over-iranian-drones.txt >/dev/null

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$BIN" serve --db "$WORK/seed.sqlite" --host 127.0.0.1 --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null "$BASE/" 2>/dev/null; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "browser-test: the server exited:" >&2; cat "$WORK/serve.log" >&2; exit 1; fi
    sleep 0.2
done
grep -q "open $BASE/" "$WORK/serve.log" || { echo "browser-test: serve did not print the URL to open" >&2; cat "$WORK/serve.log" >&2; exit 1; }

# Loads a page in headless Chromium: its DOM after scripts ran to $WORK/NAME.html, a screenshot to $SHOTS/NAME.png.
load() {
    local name=$1 url=$2
    local flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars
                 --user-data-dir="$WORK/profile" --window-size=1280,1400 --virtual-time-budget=3000)
    timeout 60 "$CHROMIUM" "${flags[@]}" --dump-dom "$url" >"$WORK/$name.html" 2>>"$WORK/chromium.log"
    timeout 60 "$CHROMIUM" "${flags[@]}" --screenshot="$SHOTS/$name.png" "$url" >/dev/null 2>>"$WORK/chromium.log"
    [[ -s "$WORK/$name.html" && -s "$SHOTS/$name.png" ]] || { echo "browser-test: chromium rendered nothing for $url" >&2; tail -20 "$WORK/chromium.log" >&2; exit 1; }
}

load home "$BASE/"
load entity-russia "$BASE/entity/Russia"
load evidence "$BASE/evidence?subject=United%20States&object=Russia&relation=sanction"

python3 - "$WORK" <<'PY'
import re, sys
from html.parser import HTMLParser

work = sys.argv[1]
failures = []

class Page(HTMLParser):
    """Collects links, SVG nodes and their links, table rows and text."""
    def __init__(self):
        super().__init__()
        self.links, self.svg_links, self.node_titles, self.text = [], [], [], []
        self.rows, self.stack, self.svg_depth = 0, [], 0
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append((tag, attrs))
        if tag == "svg": self.svg_depth += 1
        if tag == "a":
            href = attrs.get("href") or attrs.get("xlink:href")
            if href: (self.svg_links if self.svg_depth else self.links).append(href)
        if tag == "tr" and "edge" in (attrs.get("class") or ""): self.rows += 1
    def handle_endtag(self, tag):
        if tag == "svg": self.svg_depth -= 1
        while self.stack and self.stack.pop()[0] != tag: pass
    def handle_data(self, data):
        self.text.append(data)
        if self.stack and self.stack[-1][0] == "title" and len(self.stack) > 1:
            parent = self.stack[-2][1].get("class") or ""
            if "node" in parent.split(): self.node_titles.append(data)

def load(name):
    page = Page()
    page.feed(open(f"{work}/{name}.html", encoding="utf-8").read())
    page.all_text = " ".join(" ".join(page.text).split())
    return page

def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition: failures.append(message)

home = load("home")
check("Most connected entities" in home.all_text, "home: lists the most connected entities")
check("/entity/Russia" in home.links, "home: links to Russia's page")
check(re.search(r"\b1\s*articles?\b", home.all_text) is not None, "home: shows the corpus stats (1 article)")

entity = load("entity-russia")
check(entity.svg_depth == 0 and "country:russia" in entity.node_titles, "entity: the diagram has a Russia node")
check(len(entity.node_titles) >= 3, f"entity: the diagram has several nodes ({len(entity.node_titles)})")
check(any(l.startswith("/entity/") for l in entity.svg_links), "entity: diagram nodes link to entity pages")
check(any(l.startswith("/evidence?") for l in entity.svg_links), "entity: diagram edges link to their evidence")
check(entity.rows >= 3, f"entity: the relation table has rows ({entity.rows})")
check(any(l.startswith("/evidence?subject=United%20States&object=Russia&relation=sanction") for l in entity.links),
      "entity: the table links the US sanction to its evidence")

evidence = load("evidence")
check("impose sanctions on three Russian organizations" in evidence.all_text, "evidence: shows the sentence")
check("US sanctions Russia over Iranian drones" in evidence.all_text, "evidence: shows the document title")
check("/entity/Russia" in evidence.links, "evidence: links back to Russia")

print(f"{len(failures)} failed" if failures else "browser test passed")
sys.exit(1 if failures else 0)
PY
echo "screenshots in $SHOTS"
