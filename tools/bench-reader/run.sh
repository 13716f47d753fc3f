#!/usr/bin/env bash
# Times CorpusReader on a 10,000-article corpus, 100,000 tiny files and one 200 MB file (release build).
#
#   tools/bench-reader/run.sh [big-MB=200] [tiny-count=100000] [corpus-count=10000]
#
# Inputs are generated in a scratch folder (WORK, default a temporary folder, removed afterwards unless KEEP=1).
# Each case is read three times; the best wall time is printed with MB/s, documents/s and the peak RSS so far.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/opt/swift/usr/bin:$PATH"
WORK=${WORK:-$(mktemp -d /tmp/reader-bench.XXXXXX)}
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$WORK"' EXIT; fi
nice -n 10 swift build -c release >&2
"$(swift build -c release --show-bin-path)/ReaderBench" "$WORK" "${1:-200}" "${2:-100000}" "${3:-10000}"
