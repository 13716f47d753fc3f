#!/bin/sh
# Dumps held-out sets E–I, N–Q, R, S (and B, C, D) with the extractors that had not yet seen them (the unseen-condition CV folds of
# tools/relscore/train.py --unseen). Each set is dumped by the commit that added it, before its rules were tuned on it:
#   F: e5f72ca (F added, never tuned on)   G: e32933c (G added)   H, I: e7db110 (last commit before tuning on H and I)
#   N, O, P, Q: fe032f6 (the last commit before they were added and tuned on, session 7)
#   B: ee940dc (B added, fixtures only)   C: 46b8df6~1 (C was added with rules)   D: ae88b20 (D added, fixtures only)
#   E: cc26a71 (the merge that added E, before any rule was tuned on it)
#   R, S: 89cda8f (main at the start of session 9, before any rule was tuned on them; today's hook, so only
#   Relations/Learnt is copied onto it)
# SPECS="commit:set,set …" picks some of them (default: all).
# The current candidate and feature code (Relations/Learnt) is copied onto each commit, with the dump hook in
# DocumentExtractor, evaluate --dump-pairs and the evaluator's matching taken from this branch's first scorer commit.
# Texts and gold files are always today's (Tests/Fixtures/heldout-*), so the labels are those of the other dumps.
# usage: sh tools/relscore/old-dumps.sh OUTDIR [WORKDIR]      (from the repository root; about 5 minutes of builds)
set -e
OUT=${1:?usage: old-dumps.sh OUTDIR [WORKDIR]}
WORK=${2:-/tmp/relscore-old-work}
# The clone must be a folder of its own (not OUTDIR or a folder holding it).
case "$OUT" in "$WORK"/*|"$WORK") echo "old-dumps.sh: OUTDIR must lie outside WORKDIR" >&2; exit 1;; esac
ROOT=$(pwd)
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# The first scorer commit: its patch brings the dump hook (DocumentExtractor, Evaluation, EvaluateCommand).
FIRST=$(git log --format=%H --reverse -- Sources/StakeholderExtraction/Relations/Learnt | head -1)
git diff "$FIRST~1" "$FIRST" -- Sources/StakeholderExtraction/API Sources/StakeholderExtraction/Evaluation Sources/stakeholders > "$WORK.patch"
[ -d "$WORK/.git" ] || git clone -q "$ROOT" "$WORK"
git -C "$WORK" fetch -q "$ROOT" HEAD   # the patch's blobs, for a three-way apply
for spec in ${SPECS:-e5f72ca:f e32933c:g e7db110:h,i fe032f6:n,o,p,q ee940dc:b 46b8df6~1:c ae88b20:d cc26a71:e 89cda8f:r,s}; do
  commit=${spec%%:*}; sets=$(echo "${spec#*:}" | tr , ' ')
  (cd "$WORK" && git checkout -q -f "$commit" && git clean -qfd Sources)
  if [ -f "$WORK/Sources/StakeholderExtraction/Relations/Learnt/RelationScorerPass.swift" ]; then
    # A commit with today's hook (the scorer's pass in its own file): only the candidate and feature code is copied.
    cp Sources/StakeholderExtraction/Relations/Learnt/*.swift "$WORK/Sources/StakeholderExtraction/Relations/Learnt/"
  else
  (cd "$WORK" && git apply -3 "$WORK.patch" 2>/dev/null && git reset -q)
  mkdir -p "$WORK/Sources/StakeholderExtraction/Relations/Learnt"
  cp Sources/StakeholderExtraction/Relations/Learnt/*.swift "$WORK/Sources/StakeholderExtraction/Relations/Learnt/"
  # The old DocumentExtractor (the first scorer commit's) runs the scorer inline: today's pass file is not used there.
  rm -f "$WORK/Sources/StakeholderExtraction/Relations/Learnt/RelationScorerPass.swift"
  python3 - "$WORK" <<'PY'
import re, sys, os
w = sys.argv[1]
p = os.path.join(w, "Sources/StakeholderExtraction/API/DocumentExtractor.swift")
s = open(p).read()
finder = open(os.path.join(w, "Sources/StakeholderExtraction/Relations/RelationFinder.swift")).read()
lead = "rf.leadEnd" if "let leadEnd" in finder else "RelationFinder.leadSentences"
s = s.replace("ruleRelations: rf.order)", "ruleRelations: rf.order,\n hubs: [rf.mainEvent, rf.mainProject].compactMap { $0 })")
s = s.replace("leadEnd: rf.leadEnd)", "leadEnd: " + lead + ",\n ruled: ruledGroups)")
s = s.replace("      candidates = RelationCandidates.enumerate(",
              "      var ruledGroups = Array(repeating: false, count: kinds.count)\n"
              "      for key in rf.order { ruledGroups[key.source] = true; ruledGroups[key.target] = true }\n"
              "      candidates = RelationCandidates.enumerate(")
s = s.replace("$0.loadError == nil && !$0.model.weights.isEmpty", "$0.loadError == nil && $0.model.use && !$0.model.weights.isEmpty")
open(p, "w").write(s)
rec = open(os.path.join(w, "Sources/StakeholderExtraction/Recognition/Recognizer.swift")).read()
if "let vocabulary" not in rec:
    f = os.path.join(w, "Sources/StakeholderExtraction/Relations/Learnt/RelationFeatures.swift")
    t = open(f).read().replace("rec.vocabulary.has(set, $0)", "set.contains(rec.tokens[$0].lower)")
    open(f, "w").write(t)
PY
  fi
  # No stale binary: a failed build must stop the script, not dump with the previous commit's extractor.
  rm -f "$WORK/.build/debug/stakeholders"
  (cd "$WORK" && swift build --product stakeholders 2>&1 | grep -E "error|Build of")
  [ -x "$WORK/.build/debug/stakeholders" ] || { echo "old-dumps.sh: build of $commit failed" >&2; exit 1; }
  for s in $sets; do
    "$WORK/.build/debug/stakeholders" evaluate --gold "Tests/Fixtures/heldout-$s/gold" "Tests/Fixtures/heldout-$s" \
      --dump-pairs "$OUT/$s.tsv" --set "$s" 2>/dev/null
  done
done
