#!/usr/bin/env python3
"""Measure agreement inside institution names on synthetic phrases.

Pairs a seeded sample of head nouns (`heads.tsv`, all singular cases from SGJP) with SGJP adjectives
declined by the regular endings, before or after the head, and appends a frozen genitive complement:
"Regionalnemu Urzędowi Statystycznemu Województwa Lubuskiego" → "Regionalny Urząd Statystyczny Województwa
Lubuskiego". Runs `stakeholders lemma --kind organization` and prints the accuracy and the misses.

    swift build && python3 tools/lexicon/heldout_institutions.py [--binary .build/debug/stakeholders] [--n 400]
"""
import argparse
import os
import random

import lemma_check

ENDINGS = {  # case -> (hard ending, soft/velar ending) per gender
    "m3": {"n": ("y", "i"), "g": ("ego", "iego"), "d": ("emu", "iemu"), "a": ("y", "i"), "i": ("ym", "im"), "l": ("ym", "im")},
    "f": {"n": ("a", "a"), "g": ("ej", "iej"), "d": ("ej", "iej"), "a": ("ą", "ą"), "i": ("ą", "ą"), "l": ("ej", "iej")},
    "n": {"n": ("e", "ie"), "g": ("ego", "iego"), "d": ("emu", "iemu"), "a": ("e", "ie"), "i": ("ym", "im"), "l": ("ym", "im")},
}


def decline(masculine, gender, case):
    """An adjective in a case and gender, from its masculine nominative (hard -y, velar -ki/-gi only)."""
    velar = masculine.endswith(("ki", "gi"))
    stem = masculine[:-1]
    return stem + ENDINGS[gender][case][1 if velar else 0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(repo, ".build/debug/stakeholders"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    data = os.path.join(repo, "Sources/StakeholderExtraction/Resources/pl")

    heads = []
    with open(os.path.join(data, "heads.tsv"), encoding="utf-8") as f:
        for line in f:
            lemma, gender, forms = line.rstrip("\n").split("\t")
            if gender == "m2" or gender == "m1":
                gender = "m3"
            table = {}
            for item in forms.split(" "):
                form, cases = item.rsplit(":", 1)
                for c in cases:
                    table.setdefault(c, form)
            if len(table) == 6 and gender in ENDINGS:
                heads.append((lemma, gender, table))
    with open(os.path.join(data, "adjectives.txt"), encoding="utf-8") as f:
        adjectives = [w.strip() for w in f if w.strip().endswith(("ny", "wy", "ski", "cki", "czny", "ty"))
                      and len(w.strip()) >= 7]

    cap = lambda w: w[:1].upper() + w[1:]
    rng = random.Random(args.seed)
    tails = ["Województwa Lubuskiego", "Miasta Opola", "im. Jana Pawła II", "w Olsztynie", "", ""]
    sample = []
    for _ in range(args.n):
        lemma, gender, table = rng.choice(heads)
        adj = rng.choice(adjectives)
        case = rng.choice("ngdail")
        before = rng.random() < 0.5
        tail = rng.choice(tails)
        head_form, adj_form = cap(table[case]), cap(decline(adj, gender, case))
        head_nom, adj_nom = cap(table["n"]), cap(decline(adj, gender, "n"))
        words = [adj_form, head_form] if before else [head_form, adj_form]
        want = [adj_nom, head_nom] if before else [head_nom, adj_nom]
        sample.append((" ".join(words + ([tail] if tail else [])), " ".join(want + ([tail] if tail else []))))

    lemma_check.score(args.binary, "organization", sample, "institutions")


if __name__ == "__main__":
    main()
