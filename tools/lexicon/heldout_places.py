#!/usr/bin/env python3
"""Measure the lemmatiser on two-word Polish place names put into the genitive or locative.

Takes a seeded sample of `places-multiword.tsv` ("Bielsk Podlaski", "Stalowa Wola"), declines the noun with
its forms from `names.tsv` (SGJP) and the adjective with the regular adjectival endings, runs
`stakeholders lemma --kind place` and prints the accuracy and the misses. This checks agreement, the
frequency prior and the -ów/-owo, Bielsk/Bielsko choices together (the names themselves are in the data).

    swift build && python3 tools/lexicon/heldout_places.py [--binary .build/debug/stakeholders] [--n 400]
"""
import argparse
import os
import random

import lemma_check


def adjective_form(adj, gender, case):
    """The genitive or locative of a nominative adjective agreeing with a noun of `gender` (m, f, n, p)."""
    low = adj
    if gender == "f":
        stem = low[:-1]  # Podlaska -> Podlask
        return stem + ("iej" if stem.endswith(("k", "g")) else "ej")
    if gender == "p":
        stem = low[:-2] if low.endswith("ie") else low[:-1]
        soft = low.endswith("ie")
        return stem + ("ich" if soft else "ych")
    stem = low[:-1] if gender == "m" else (low[:-2] if low.endswith("ie") else low[:-1])
    soft = low.endswith("i") if gender == "m" else low.endswith("ie")
    if case == "g":
        return stem + ("iego" if soft else "ego")
    return stem + ("im" if soft else "ym")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default=os.path.join(repo, ".build/debug/stakeholders"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    data = os.path.join(repo, "Sources/StakeholderExtraction/Resources/pl")

    nouns = {}
    with open(os.path.join(data, "names.tsv"), encoding="utf-8") as f:
        for line in f:
            lemma, cats, gender, number, _, forms = line.rstrip("\n").split("\t")
            if "P" not in cats and "Q" not in cats:
                continue
            g = "p" if number == "p" else ("m" if gender.startswith("m") else gender)
            table = {}
            for item in forms.split(" "):
                form, cases = item.rsplit(":", 1)
                for c in cases:
                    table.setdefault(c, form)
            nouns.setdefault(lemma, []).append((g, table))
    with open(os.path.join(data, "places-multiword.tsv"), encoding="utf-8") as f:
        names = [line.split("\t")[0] for line in f]
    with open(os.path.join(data, "adjectives.txt"), encoding="utf-8") as f:
        adjectives = set(line.strip() for line in f)

    def is_adjective(word):
        w = word.lower()
        for ending, masculine in (("ia", "i"), ("ka", "ki"), ("ga", "gi"), ("a", "y"), ("kie", "ki"), ("gie", "gi"),
                                  ("ie", "i"), ("e", "y"), ("i", "i"), ("y", "y")):
            if w.endswith(ending) and (w[: len(w) - len(ending)] + masculine) in adjectives:
                return True
        return False

    rng = random.Random(args.seed)
    sample = []
    for name in rng.sample(names, len(names)):
        a, b = name.split(" ")
        if is_adjective(a) == is_adjective(b):
            continue  # which word is the noun is unclear ("Laski Górne"): leave it out of the sample
        noun_first = is_adjective(b)
        noun, adj = (a, b) if noun_first else (b, a)
        if noun not in nouns:
            continue
        g, table = nouns[noun][0]
        case = rng.choice("gl")
        if case not in table:
            continue
        adj_form = adjective_form(adj, g, case)
        words = [table[case], adj_form] if noun_first else [adj_form, table[case]]
        sample.append((" ".join(words), name))
        if len(sample) >= args.n:
            break

    lemma_check.score(args.binary, "place", sample, "two-word places")


if __name__ == "__main__":
    main()
