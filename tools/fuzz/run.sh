#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for N seconds on its corpus, saving crashes.
#
#   tools/fuzz/run.sh [seconds-per-target] [target…]        e.g.  tools/fuzz/run.sh 600
#
# Targets: FuzzDocumentReader (bytes → CorpusReader: sniffing, decoding, HTML, normalisation),
#          FuzzGraphReaders (bytes → StakeholderGraph.decode(json:); GraphML/CSV readers to be added).
# Corpora grow in tools/fuzz/corpus/<name>/ (seeded from seeds/ and a few generated encodings; new
# inputs libFuzzer finds are kept there, untracked). Crashes, timeouts and out-of-memory inputs go to
# tools/fuzz/crashes/<target>/; turn each into a regression test in the main test suite.
# Runs niced (the machine is shared) with one job per target; -rss_limit_mb and -timeout keep runaway
# inputs reportable. Prints each target's last status line (execs, exec/s, coverage).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-120}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(FuzzDocumentReader FuzzGraphReaders)
export PATH="/opt/swift/usr/bin:$PATH"

BUILD="${BUILD:-release}"
# Swift Package Manager does not notice files added to the main package since this one was last built.
rm -f .build/*/"$BUILD"/description.json
nice -n 19 swift build -c "$BUILD" -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library

# Seed corpora: the sample articles, and the same text in the encodings the reader must detect.
mkdir -p corpus/document corpus/graph
for f in ../../seeds/*.txt; do cp -n "$f" "corpus/document/$(basename "$f")"; done
first="$(ls ../../seeds/*.txt | head -1)"
if command -v iconv >/dev/null; then
  iconv -f UTF-8 -t WINDOWS-1250 "$first" > corpus/document/seed-cp1250.txt 2>/dev/null || true
  iconv -f UTF-8 -t ISO-8859-2 "$first" > corpus/document/seed-iso8859-2.txt 2>/dev/null || true
  { printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$first"; } > corpus/document/seed-utf16le.txt 2>/dev/null || true
  { printf '\xfe\xff'; iconv -f UTF-8 -t UTF-16BE "$first"; } > corpus/document/seed-utf16be.txt 2>/dev/null || true
fi
# Graph seeds: the first byte picks the reader (0 mod 3 JSON, 1 GraphML, 2 CSV with nodes NUL edges).
printf '\n<graphml><key id="k0" for="node" attr.name="name"/><key id="k1" for="node" attr.name="sector"/><key id="w" for="edge" attr.name="weight"/><graph edgedefault="undirected"><node id="n1"><data key="k0">Urz\xc4\x85d Miasta</data><data key="k1">local_government</data></node><node id="n2"><data key="k0">Politechnika</data></node><edge source="n1" target="n2"><data key="w">2</data></edge></graph></graphml>\n' > corpus/graph/seed.graphml
printf 'A,id,name,kind,sector\nx,n1,"Urz\xc4\x85d, Miasta",organization,local_government\nx,n2,Politechnika,organization,science\n\0source,target,weight\nn1,n2,2.5\n' > corpus/graph/seed.csv
printf 'Jan\xc2\xa0Ko\xc2\xadwalski\xe2\x80\x8b \xe2\x80\x9eFundacja\xe2\x80\x9d \xe2\x80\x93 Rada\r\n\xff\xfe' > corpus/document/invisibles.txt

BIN=".build/$BUILD"
# Let libFuzzer, not the Swift runtime's backtracer, handle the trap, so the input is saved.
export SWIFT_BACKTRACE=enable=no
for target in "${TARGETS[@]}"; do
  case "$target" in
    FuzzDocumentReader) corpus=corpus/document ;;
    FuzzGraphReaders) corpus=corpus/graph ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  mkdir -p "crashes/$target"
  log="crashes/$target/last-run.log"
  echo "== $target for ${SECONDS_PER_TARGET}s (log: tools/fuzz/$log)"
  set +e
  nice -n 19 "$BIN/$target" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="crashes/$target/" >"$log" 2>&1
  status=$?
  set -e
  grep -E '^#[0-9]+' "$log" | tail -1 || true
  grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$log" || true
  if [ $status -ne 0 ]; then
    echo "!! $target stopped with status $status; artifacts:"; ls "crashes/$target" | grep -v last-run.log || true
  fi
done
