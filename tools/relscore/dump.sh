#!/bin/sh
# Writes the relation scorer's training dumps (one TSV per training set) into DIR.
# usage: sh tools/relscore/dump.sh DIR [BIN]
# Sets: seeds, dev, holdout, heldout-a … heldout-s. J, K, L and M are dumps under rules never tuned on them (the
# trainer's `--unseen j=same` folds); the rules are never tuned on them, the scorer is trained on them.
set -e
DIR=${1:?usage: dump.sh DIR [BIN]}
B=${2:-.build/debug/stakeholders}
mkdir -p "$DIR"
$B evaluate --gold Tests/Fixtures/gold seeds --dump-pairs "$DIR/seeds.tsv" --set seeds 2>/dev/null
for s in dev holdout; do
  $B evaluate --gold Tests/Fixtures/$s/gold Tests/Fixtures/$s --dump-pairs "$DIR/$s.tsv" --set $s 2>/dev/null
done
for s in a b c d e f g h i j k l m n o p q r s; do
  $B evaluate --gold Tests/Fixtures/heldout-$s/gold Tests/Fixtures/heldout-$s --dump-pairs "$DIR/$s.tsv" --set $s 2>/dev/null
done
