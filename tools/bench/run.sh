#!/usr/bin/env bash
# The scale benchmark in one command: generates synthetic corpora of 1,000 and 10,000 documents, runs
# `stakeholders bench` on each with the release build (reading, extraction, resolution, analysis,
# rendering timed separately), then the incremental case: a project store filled from the 10,000
# documents, 100 documents added, and the re-run timed.
#
#   tools/bench/run.sh                 # everything (about a minute or two on 2 cores, plus the build)
#   SIZES="1000" tools/bench/run.sh    # only the 1k corpus
#   WORK=/tmp/sg-bench KEEP=1 tools/bench/run.sh
#
# Environment: SIZES (default "1000 10000"), SEED (1), WORKERS (all cores), WORK (a temporary folder),
# KEEP=1 keeps WORK, SKIP_BUILD=1 uses the existing release build.
# Results: each run's table on stdout, JSON reports in $WORK/results/, and a summary with the ratios the
# issue asks for (10k time / 1k time; incremental / full) at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SIZES=${SIZES:-"1000 10000"}
SEED=${SEED:-1}
WORKERS=${WORKERS:-$(nproc)}
WORK=${WORK:-$(mktemp -d /tmp/stakeholders-bench.XXXXXX)}
RESULTS=$WORK/results
mkdir -p "$RESULTS"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi

export PATH=/opt/swift/usr/bin:$PATH
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product stakeholders >&2
fi
BIN=$(swift build -c release --show-bin-path)/stakeholders

gen() { # n start world out
  python3 "$ROOT/tools/corpus/generate.py" --n "$1" --start "$2" --world "$3" --seed "$SEED" --out "$4" >&2
}

for n in $SIZES; do
  corpus=$WORK/corpus-$n
  [ -d "$corpus" ] || gen "$n" 0 "$n" "$corpus"
  echo "== $n documents (full run, no store)"
  "$BIN" bench --docs "$corpus" --workers "$WORKERS" --out "$WORK/out-$n" --json "$RESULTS/full-$n.json"
done

# Incremental: fill a store from the largest corpus, add 100 documents of the same world, re-run.
big=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
corpus=$WORK/corpus-$big
store=$WORK/store-$big
rm -rf "$store"
echo "== incremental: $big documents into an empty store"
"$BIN" bench --docs "$corpus" --workers "$WORKERS" --store "$store" --out "$WORK/out-inc" --json "$RESULTS/store-full-$big.json"
gen 100 "$big" "$big" "$corpus"
echo "== incremental: +100 documents"
"$BIN" bench --docs "$corpus" --workers "$WORKERS" --store "$store" --out "$WORK/out-inc" --json "$RESULTS/store-plus100-$big.json"

python3 - "$RESULTS" "$SIZES" "$big" <<'EOF'
import json, os, sys
results, sizes, big = sys.argv[1], sys.argv[2].split(), sys.argv[3]
def load(name):
    with open(os.path.join(results, name)) as f:
        return json.load(f)
def total(r): return sum(s["seconds"] for s in r["stages"])
print("\n== summary")
full = {}
for n in sizes:
    r = load(f"full-{n}.json")
    full[n] = total(r)
    stages = ", ".join(f'{s["name"]} {s["seconds"]:.2f}s' for s in r["stages"])
    print(f'{n:>6} docs: {full[n]:.2f} s total ({stages}); peak {r["peakMemoryBytes"] / 2**20:.0f} MiB')
    for s in r.get("skipped", []):
        print(f"        not measured: {s}")
if len(sizes) > 1:
    lo, hi = sorted(sizes, key=int)[0], sorted(sizes, key=int)[-1]
    print(f"scaling: {hi} / {lo} docs = {full[hi] / full[lo]:.2f}x the time for {int(hi) / int(lo):.0f}x the documents")
a, b = load(f"store-full-{big}.json"), load(f"store-plus100-{big}.json")
print(f"incremental: full run with store {total(a):.2f} s; +100 documents {total(b):.2f} s "
      f"= {100 * total(b) / total(a):.1f}% of the full run ({100 * total(b) / full[big]:.1f}% of the run without store)")
EOF
