#!/usr/bin/env bash
# Times drawing and exporting generated graphs (sparse, average degree about 4, random sectors and kinds).
# Usage: tools/export-check/bench.sh [BINARY] [SIZES...]   (default: .build/debug/stakeholders 100 1000 5000)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/debug/stakeholders}; shift || true
SIZES=${*:-100 1000 5000}
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
for n in $SIZES; do
  python3 - "$n" "$TMP/g$n.json" <<'PY'
import json, random, sys
n, path = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(7)
kinds = ["person", "organization", "place", "project", "event"]
sectors = ["local_government", "science", "business", "central_government", "civil_society", "international", "other"]
types = ["affiliated_with", "part_of", "located_in", "participates_in", "organizes", "funded_by", "partner_of"]
ents = []
for i in range(n):
    k = kinds[i % 5]
    ents.append({"id": f"{k}:e{i}", "kind": k, "name": f"Podmiot {i} Łódź", "aliases": [],
                 "sector": rnd.choice(sectors) if k in ("person", "organization") else None})
rels, seen = [], set()
while len(rels) < 2 * n:
    a, b = rnd.randrange(n), rnd.randrange(n)
    if a == b or (a, b) in seen: continue
    seen.add((a, b))
    rels.append({"source": ents[a]["id"], "target": ents[b]["id"], "type": rnd.choice(types),
                 "evidence": [{"document": "d.txt", "start": 0, "end": 5, "text": f"Zdanie {a} {b}."}]})
json.dump({"documents": [{"id": "d.txt", "language": "pl"}], "entities": ents, "relations": rels}, open(path, "w"))
PY
  t() { local s=$(date +%s.%N); "$@" >/dev/null; echo "$(echo "$(date +%s.%N) - $s" | bc)"; }
  echo "n=$n: render default (top 150) $(t "$BIN" render "$TMP/g$n.json" --out "$TMP/a.svg") s;" \
       "render all, sfdp $(t "$BIN" render "$TMP/g$n.json" --top "$n" --engine sfdp --out "$TMP/b.svg") s;" \
       "export all (3 diagrams, PNG, reports, exports) $(t "$BIN" export "$TMP/g$n.json" --format all --out "$TMP/out$n") s"
done
