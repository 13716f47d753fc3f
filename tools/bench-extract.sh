#!/bin/sh
# Extraction speed (MB/s of text on one core, after loading), lexicon load time and peak memory.
# Usage: tools/bench-extract.sh [REPEATS]   (default 200; the seeds, extracted REPEATS times, then as one long document)
set -eu
cd "$(dirname "$0")/.."
REPEATS="${1:-200}"
swift build -c release --product stakeholders >/dev/null
/usr/bin/time -f "peak memory: %M KiB, wall %e s" .build/release/stakeholders extract seeds --bench "$REPEATS"
