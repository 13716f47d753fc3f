#!/usr/bin/env bash
# Development-time check of report.html in a real headless Chromium (Debian's `chromium` package;
# not needed by `make test`). Takes a report folder (or a graph JSON, which is exported first),
# then:
#   1. screenshots the page as it opens             -> $SHOTS/report.png
#   2. screenshots it with an entity selected        -> $SHOTS/report-selected.png
#      (report.html#entity=ID selects it, as a click would: ties highlighted, evidence shown)
#   3. dumps the DOM after the script ran and checks that the selection took effect and the page
#      loaded nothing from the network;
#   4. opens report.html#search=WORD (the entity's first name word) and checks that the search lists
#      matches, filters the index and marks nodes               -> $SHOTS/report-search.png
# Look at the two PNGs yourself; the script only checks what a DOM can show.
#
# Usage: tools/report-check/check.sh [output|GRAPH.json] [ENTITY-ID] [SHOTS-DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
INPUT=${1:-output}
SHOTS=${3:-.build/report-check}
mkdir -p "$SHOTS"
if [[ "$INPUT" == *.json ]]; then
  DIR="$SHOTS/report"
  .build/debug/stakeholders export "$INPUT" --format all --out "$DIR"
else
  DIR="$INPUT"
fi
REPORT="$(cd "$DIR" && pwd)/report.html"
[[ -f "$REPORT" ]] || { echo "no report.html in $DIR" >&2; exit 1; }
command -v chromium >/dev/null || { echo "install chromium: apt-get install -y chromium" >&2; exit 1; }
ENTITY=${2:-$(python3 - "$DIR/metrics.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
rows.sort(key=lambda r: (-float(r.get("degree") or 0), r["id"]))
print(rows[0]["id"] if rows else "")
PY
)}
CHROME=(chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
        --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$SHOTS/profile")
"${CHROME[@]}" --window-size=1400,2200 --screenshot="$SHOTS/report.png" "file://$REPORT" 2>/dev/null
"${CHROME[@]}" --window-size=1400,1300 --screenshot="$SHOTS/report-selected.png" "file://$REPORT#entity=$ENTITY" 2>/dev/null
"${CHROME[@]}" --virtual-time-budget=2000 --dump-dom "file://$REPORT#entity=$ENTITY" 2>/dev/null > "$SHOTS/dom.html"
SEARCH=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["entities"]; e=[x for x in d if x["id"]==sys.argv[2]]; print(e[0]["name"].split()[0].lower() if e else "")' "$DIR/graph.json" "$ENTITY")
"${CHROME[@]}" --virtual-time-budget=2000 --dump-dom "file://$REPORT#search=$SEARCH" 2>/dev/null > "$SHOTS/dom-search.html"
"${CHROME[@]}" --window-size=1400,900 --screenshot="$SHOTS/report-search.png" "file://$REPORT#search=$SEARCH" 2>/dev/null
python3 - "$SHOTS/dom.html" "$REPORT" "$ENTITY" "$SHOTS/dom-search.html" "$SEARCH" <<'PY'
import re, sys
dom, report, entity = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read(), sys.argv[3]
search, term = open(sys.argv[4], encoding="utf-8").read(), sys.argv[5]
checks = {
    "script ran: diagram dimmed around the selection": re.search(r'<svg[^>]*class="[^"]*\bsg-dim\b', dom) is not None,
    "selected node highlighted": len(re.findall(r'<g [^>]*class="[^"]*\bsg-focus\b', dom)) == 1,
    "details panel filled": re.search(r'<aside id="sg-details"[^>]*><h3>', dom) is not None,
    "ties highlighted": len(re.findall(r'<g [^>]*class="[^"]*\bedge\b[^"]*\bsg-hl\b', dom)) >= 1,
    "no external resources": re.search(r'(src|href)="(https?:)?//', report) is None,
    "inline svg": "<svg" in report and "viewBox" in report,
    f"search '{term}' lists matches": re.search(r'<ul id="sg-results"><li>', search) is not None,
    f"search '{term}' filters the entity index": 'hidden=""' in search,
    f"search '{term}' marks nodes in the diagram": re.search(r'<g [^>]*class="[^"]*\bsg-match\b', search) is not None,
}
for name, ok in checks.items():
    print(("ok   " if ok else "FAIL ") + name)
print("selected:", entity)
sys.exit(0 if all(checks.values()) else 1)
PY
echo "screenshots: $SHOTS/report.png $SHOTS/report-selected.png $SHOTS/report-search.png"
