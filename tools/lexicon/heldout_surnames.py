#!/usr/bin/env python3
"""Measure the lemmatiser on surnames the shipped lexicon does NOT contain (the suffix rules' job).

Takes SGJP surname lemmas that were pruned from names.tsv (not in the PESEL list), picks one singular
oblique form of each (seeded, so the sample is the same every run), puts a first name in the same case and
gender before it ("Janowi Kalaczyńskiemu", "Anny Odowskiej"), runs `stakeholders lemma --kind person` and
prints the accuracy and the misses.

    swift build && python3 tools/lexicon/heldout_surnames.py [--binary .build/debug/stakeholders] [--n 600]

Needs the polish-inflection-data wheel (downloaded like build_lexicon.py does) and morfeusz2.
"""
import argparse
import collections
import os
import random
import sys
import tempfile

import marisa_trie

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_lexicon import wheel_dir  # noqa: E402
import lemma_check  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(repo, ".build/debug/stakeholders"))
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "stakeholders-lexicon"))
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)

    import morfeusz2
    morf = morfeusz2.Morfeusz()
    pid = os.path.join(wheel_dir("polish-inflection-data", args.work), "polish_inflection_data", "data")
    podaj = marisa_trie.BytesTrie()
    podaj.mmap(os.path.join(pid, "podaj.marisa"))
    odmien = marisa_trie.BytesTrie()
    odmien.mmap(os.path.join(pid, "odmien.marisa"))

    shipped = set()
    with open(os.path.join(repo, "Sources/StakeholderExtraction/Resources/pl/names.tsv"), encoding="utf-8") as f:
        for line in f:
            shipped.add(line.split("\t", 1)[0])

    first = {"m1": {}, "f": {}}
    for gender, lemma in (("m1", "Jan"), ("f", "Anna")):
        for key, value in odmien.items(lemma + "\t"):
            _, case, number = key.split("\t")
            if number == "sg":
                first[gender][case] = value.decode("utf-8")

    forms = collections.defaultdict(dict)
    for key, value in podaj.iteritems():
        if not key[:1].isupper():
            continue
        lemma, case, number, gender = value.decode("utf-8").split("\t")
        if number != "sg" or gender not in ("m1", "f") or case == "voc" or lemma in shipped:
            continue
        forms[(lemma, gender)][case] = key

    rng = random.Random(args.seed)
    sample = []
    for lemma, gender in rng.sample(sorted(forms), min(len(forms), args.n * 8)):
        if not any(a[2][1].split(":")[0] == lemma and "nazwisko" in a[2][3] for a in morf.analyse(lemma)):
            continue
        case = rng.choice(sorted(forms[(lemma, gender)]))
        sample.append((first[gender][case] + " " + forms[(lemma, gender)][case], first[gender]["nom"] + " " + lemma))
        if len(sample) >= args.n:
            break

    lemma_check.score(args.binary, "person", sample, "held-out surnames")


if __name__ == "__main__":
    main()
