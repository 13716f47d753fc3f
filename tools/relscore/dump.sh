#!/bin/sh
# Writes the relation scorer's training dumps (one TSV per training set) into DIR.
# usage: sh tools/relscore/dump.sh DIR [BIN]
# Training sets only: seeds, dev, holdout, heldout-a … heldout-i and heldout-n … heldout-q (never the unseen
# sets heldout-j, heldout-k, heldout-l, heldout-m).
set -e
DIR=${1:?usage: dump.sh DIR [BIN]}
B=${2:-.build/debug/stakeholders}
mkdir -p "$DIR"
$B evaluate --gold Tests/Fixtures/gold seeds --dump-pairs "$DIR/seeds.tsv" --set seeds 2>/dev/null
for s in dev holdout; do
  $B evaluate --gold Tests/Fixtures/$s/gold Tests/Fixtures/$s --dump-pairs "$DIR/$s.tsv" --set $s 2>/dev/null
done
for s in a b c d e f g h i n o p q; do
  $B evaluate --gold Tests/Fixtures/heldout-$s/gold Tests/Fixtures/heldout-$s --dump-pairs "$DIR/$s.tsv" --set $s 2>/dev/null
done
