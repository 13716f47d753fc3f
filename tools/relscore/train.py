#!/usr/bin/env python3
"""Train the learnt relation scorer and measure it by leave-one-set-out cross-validation.

Usage (from the repository root, after `swift build --product stakeholders`; the full command that made the
shipped model is in tools/relscore/README.md):

    sh tools/relscore/dump.sh /tmp/relscore          # one dump per set
    sh tools/relscore/old-dumps.sh /tmp/relscore-old # unseen-condition dumps (older extractors)
    python3 tools/relscore/train.py /tmp/relscore/*.tsv --unseen e=/tmp/relscore-old/e.tsv … --unseen j=same … \
        --select unseen --require-add '!orph:0' --t0 0 --train-with both \
        --out Sources/StakeholderExtraction/Resources/model/relation-scorer.tsv

Input: the rows of `stakeholders evaluate --dump-pairs` (see RelationPairDump.swift). The model is an L2
logistic regression "is this candidate pair related" over the binary features of RelationFeatures.swift; added
pairs are typed by a per-kind-pair default refined by a short list of feature cues. The policy scored is the
pipeline's: keep the rules' relations (dropping those scored below t0) and add candidates scored >= t1 (per kind
pair with --kind-t1) that pass --require-add.
Folds: seeds+dev+holdout together, then each held-out set; a set with an --unseen dump is scored on it, and with
--train-with unseen|both trained on it too. Lexical features (words) count only when they occur in >= 5 training
documents from >= 2 different sets. Deterministic: sorted features, fixed row order, L-BFGS from zero.
"""
import argparse
import collections
import datetime
import sys

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

LEXICAL = ("w:", "p:", "i1:", "i9:", "b1:", "b2:", "a1:", "a2:", "kw:", "kp:", "ki1:", "ki9:", "kb1:", "ka1:")
MERGED = {"seeds": "sdh", "dev": "sdh", "holdout": "sdh"}


def load(paths):
    docs = {}  # (set, doc) -> (gold_pairs, gold_typed)
    rows = []  # dicts
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                cols = line.rstrip("\n").split("\t")
                if cols[0] == "#doc":
                    docs[(cols[1], cols[2])] = (int(cols[3]), int(cols[4]))
                elif cols[0] == "pair":
                    rows.append({
                        "set": cols[1], "doc": cols[2], "key": cols[3],
                        "rule": [] if cols[4] == "-" else cols[4].split(","),
                        "gold": [] if cols[5] == "-" else cols[5].split(","),
                        "feats": cols[6].split(" ") if cols[6] else [],
                    })
    for r in rows:
        r["fold"] = MERGED.get(r["set"], r["set"])
        k = [f for f in r["feats"] if f.startswith("k:")][0][2:].split(">")
        r["kinds"] = "|".join(sorted(k))
    return docs, rows


def vocabulary(rows):
    """Features allowed: structural ones seen twice; lexical ones in >= 5 documents of >= 2 sets."""
    count = collections.Counter()
    docs_of = collections.defaultdict(set)
    sets_of = collections.defaultdict(set)
    for r in rows:
        for f in r["feats"]:
            count[f] += 1
            if f.startswith(LEXICAL):
                docs_of[f].add((r["set"], r["doc"]))
                sets_of[f].add(r["set"])
    keep = []
    for f in sorted(count):
        if f.startswith(LEXICAL):
            if len(docs_of[f]) >= 5 and len(sets_of[f]) >= 2:
                keep.append(f)
        elif count[f] >= 2:
            keep.append(f)
    return keep


def matrix(rows, vocab):
    index = {f: i for i, f in enumerate(vocab)}
    data, ri, ci = [], [], []
    for n, r in enumerate(rows):
        for f in r["feats"]:
            i = index.get(f)
            if i is not None:
                ri.append(n); ci.append(i); data.append(1.0)
    return sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))


def fit(X, y, l2, sw=None):
    """L2 logistic regression (bias unpenalised) by L-BFGS from zero, rows weighted by `sw` (default 1);
    returns (bias, weights)."""
    n, d = X.shape
    sw = np.ones(n) if sw is None else sw

    def loss(theta):
        b, w = theta[0], theta[1:]
        z = X @ w + b
        p = 1 / (1 + np.exp(-z))
        ll = np.sum(sw * (np.logaddexp(0, z) - y * z)) + 0.5 * l2 * w @ w
        g = sw * (p - y)
        return ll, np.concatenate([[g.sum()], X.T @ g + l2 * w])

    res = minimize(loss, np.zeros(d + 1), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x[0], res.x[1:]


CUES = 3
CUE_MIN_GAIN = 3


def type_model(rows):
    """Per unordered kind pair: the commonest gold type of gold-related candidates the rules did not relate, then
    up to three cues (feature -> type) picked greedily by how many more training pairs they type right."""
    by_kind = collections.defaultdict(list)
    for r in rows:
        if r["gold"] and not r["rule"]:
            by_kind[r["kinds"]].append(r)
    defaults, cues = {}, {}
    for kinds in sorted(by_kind):
        rs = by_kind[kinds]
        c = collections.Counter(t for r in rs for t in r["gold"])
        default = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        defaults[kinds] = default
        chosen = []

        def predict(r):
            fs = set(r["feats"])
            for f, t in chosen:
                if f in fs:
                    return t
            return default

        def correct():
            return sum(predict(r) in r["gold"] for r in rs)

        for _ in range(CUES):
            base = correct()
            best = None
            options = sorted({(f, t) for r in rs for f in r["feats"] for t in r["gold"] if t != default and not f.startswith("k:")})
            for f, t in options:
                chosen.append((f, t))
                gain = correct() - base
                chosen.pop()
                if gain >= CUE_MIN_GAIN and (best is None or gain > best[0]):
                    best = (gain, f, t)
            if best is None:
                break
            chosen.append((best[1], best[2]))
        cues[kinds] = chosen
    return defaults, cues


def type_of(r, defaults, cues):
    fs = set(r["feats"])
    for f, t in cues.get(r["kinds"], []):
        if f in fs:
            return t
    return defaults.get(r["kinds"])


REQUIRE_ADD = None


def add_threshold(t1, r):
    """The add threshold for a row: one number, or (default, {kinds: threshold}) per unordered kind pair."""
    if isinstance(t1, tuple):
        return t1[1].get(r["kinds"], t1[0])
    return t1


def required(r):
    """Whether a row passes --require-add: FEATURE present, or with `!FEATURE`, absent."""
    if REQUIRE_ADD is None:
        return True
    if REQUIRE_ADD.startswith("!"):
        return REQUIRE_ADD[1:] not in r["feats"]
    return REQUIRE_ADD in r["feats"]


def policy_counts(rows, probs, docs, t0, t1, defaults, cues, use_model=True):
    """Exact untyped and typed (tp, fp, fn) of the pipeline on the documents `docs` (key -> gold counts)."""
    pred, typed = set(), set()
    for r, p in zip(rows, probs):
        dk = (r["set"], r["doc"])
        if r["rule"]:
            if use_model and p < t0:
                continue
            pred.add((dk, r["key"]))
            for t in r["rule"]:
                typed.add((dk, r["key"], t))
        elif use_model and p >= add_threshold(t1, r) and required(r):
            t = type_of(r, defaults, cues)
            if t is None or not allowed(t, r):
                continue
            pred.add((dk, r["key"]))
            typed.add((dk, r["key"], t))
    gold_pairs, gold_typed = {}, set()
    for r in rows:
        if r["gold"]:
            gold_pairs[((r["set"], r["doc"]), r["key"])] = True
            for t in r["gold"]:
                gold_typed.add(((r["set"], r["doc"]), r["key"], t))
    docs_here = sorted(docs)
    tp = sum(1 for k in pred if k in gold_pairs)
    fn = sum(docs[d][0] for d in docs_here) - tp
    ttp = sum(1 for k in typed if k in gold_typed)
    tfn = sum(docs[d][1] for d in docs_here) - ttp
    return (tp, len(pred) - tp, fn), (ttp, len(typed) - ttp, tfn)


KIND_OK = {
    "affiliated_with": [("person", "organization"), ("person", "place")],
    "part_of": [("organization", "organization")],
    "located_in": [("organization", "place"), ("event", "place")],
    "participates_in": [("person", "event"), ("person", "project"), ("organization", "event"), ("organization", "project")],
    "organizes": [("person", "event"), ("person", "project"), ("organization", "event"), ("organization", "project")],
    "funded_by": [("project", "project"), ("project", "organization")],
    "partner_of": [("organization", "organization"), ("person", "person")],
}


def allowed(t, r):
    a, b = r["kinds"].split("|")
    return any(sorted(p) == [a, b] for p in KIND_OK[t])


def prf(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dumps", nargs="+")
    ap.add_argument("--out")
    ap.add_argument("--l2", default="0.3,1,3,10")
    ap.add_argument("--no-cues", action="store_true")
    ap.add_argument("--unseen", action="append", default=[], metavar="SET=DUMP",
                    help="score fold SET on DUMP instead: the set dumped by an extractor whose rules had not seen it; "
                         "SET=same: the set's own dump among DUMPS is unseen-condition already (rules never tuned on it)")
    ap.add_argument("--train-with", choices=["tuned", "unseen", "both"], default="tuned",
                    help="training rows of a set with an --unseen dump: today's dump (tuned), the unseen dump instead, or both")
    ap.add_argument("--tuned-rule-weight", type=float, default=1.0,
                    help="weight of the rule pairs of dumps whose rules were tuned on the set (0: the keep/drop decision "
                         "is learnt from unseen-condition rows only)")
    ap.add_argument("--unseen-weight", type=float, default=1.0,
                    help="weight of the rows of unseen-condition dumps (--unseen SET=DUMP and SET=same) in training")
    ap.add_argument("--min-gain", type=float, default=0.005,
                    help="mean CV F1 gain over the rules below which the model is written with @use 0")
    ap.add_argument("--max-loss", type=float, default=0.01,
                    help="settings are eligible only when no selected fold loses more than this much F1 to the rules")
    ap.add_argument("--t0", default="0,0.02,0.05,0.1,0.15,0.2",
                    help="keep thresholds to try (0 alone: rule relations are never dropped, and the scorer scores only the pairs it may add)")
    ap.add_argument("--require-add", metavar="FEATURE",
                    help="add only pairs with this feature (orph:2: both entities left unrelated by the rules), or without it (!orph:0: at least one)")
    ap.add_argument("--kind-t1", action="store_true",
                    help="then tune the add threshold per unordered kind pair (coordinate ascent on the same CV)")
    ap.add_argument("--select", choices=["all", "unseen"], default="all",
                    help="choose l2, t0, t1 by mean CV F1 over all folds, or over the --unseen folds only")
    ap.add_argument("--rule-features", action="store_true",
                    help="also learn from the rules' decision (r:, rk:); by default the model reads the text alone")
    ap.add_argument("--cues", type=int, default=3, help="type cues per kind pair, at most")
    ap.add_argument("--cue-min-gain", type=int, default=3, help="training pairs a type cue must type right in addition")
    args = ap.parse_args()
    docs, rows = load(args.dumps)
    global REQUIRE_ADD, CUES, CUE_MIN_GAIN
    CUES, CUE_MIN_GAIN = args.cues, args.cue_min_gain
    REQUIRE_ADD = args.require_add

    def strip(rs):
        if not args.rule_features:
            for r in rs:
                r["feats"] = [f for f in r["feats"] if not f.startswith(("r:", "rk:"))]
    strip(rows)
    for r in rows:
        r["src"] = "tuned"
    unseen = {}
    for spec in args.unseen:
        name, path = spec.split("=", 1)
        if path == "same":
            for r in rows:
                if r["fold"] == name:
                    r["src"] = "same"
            unseen[name] = ({d: v for d, v in docs.items() if MERGED.get(d[0], d[0]) == name},
                            [r for r in rows if r["fold"] == name])
            continue
        udocs, urows = load([path])
        strip(urows)
        for r in urows:
            r["src"] = "unseen"
            r["w"] = args.unseen_weight
        unseen[name] = (udocs, urows)
    for r in rows:
        r["w"] = args.tuned_rule_weight if r["src"] == "tuned" and r["rule"] else 1.0
        if r["src"] == "same":
            r["w"] = args.unseen_weight

    def training(exclude):
        """Training rows of every fold but `exclude` (None: all), as --train-with says."""
        out = []
        for r in rows:
            if r["fold"] == exclude:
                continue
            if args.train_with == "unseen" and r["src"] == "tuned" and r["fold"] in unseen:
                continue
            out.append(r)
        if args.train_with in ("unseen", "both"):
            for name in sorted(unseen):
                if name != exclude and unseen[name][1] and unseen[name][1][0]["src"] == "unseen":
                    out.extend(unseen[name][1])
        return out

    folds = sorted({r["fold"] for r in rows} | set(unseen))
    fold_docs = {f: {(r["set"], r["doc"]) for r in rows if r["fold"] == f} for f in folds}
    # Documents without any candidate still count their gold relations.
    for (s, d) in docs:
        fold_docs.setdefault(MERGED.get(s, s), set()).add((s, d))
    t0s = [float(x) for x in args.t0.split(",")]
    t1s = [round(0.3 + 0.05 * i, 2) for i in range(14)]
    l2s = [float(x) for x in args.l2.split(",")]
    # Per fold and l2: held-out probabilities, type model.
    cv = {}
    for l2 in l2s:
        for f in folds:
            train = training(f)
            test = [r for r in rows if r["fold"] == f] if f not in unseen else unseen[f][1]
            vocab = vocabulary(train)
            b, w = fit(matrix(train, vocab), np.array([1.0 if r["gold"] else 0.0 for r in train]), l2,
                       np.array([r["w"] for r in train]))
            probs = 1 / (1 + np.exp(-(matrix(test, vocab) @ w + b)))
            defaults, cues = type_model(train)
            if args.no_cues:
                cues = {}
            cv[(l2, f)] = (test, probs, defaults, cues)
        print(f"l2={l2} done", file=sys.stderr)

    memo = {}

    def fold_scores(l2, f, t0, t1, use_model=True):
        key = (l2, f, t0, repr(t1), use_model)
        if key not in memo:
            test, probs, defaults, cues = cv[(l2, f)]
            fdocs = unseen[f][0] if f in unseen else {d: docs[d] for d in fold_docs[f]}
            memo[key] = policy_counts(test, probs, fdocs, t0, t1, defaults, cues, use_model)
        return memo[key]

    chosen = sorted(unseen) if args.select == "unseen" else folds
    rules_f1 = {f: prf(fold_scores(l2s[0], f, 0, 1.0, use_model=False)[0])[2] for f in folds}

    def score(l2, t0, t1, among):
        """Mean CV F1 over the folds `among`, or None when one of them loses more than --max-loss."""
        f1s = [prf(fold_scores(l2, f, t0, t1)[0])[2] for f in among]
        if any(rules_f1[f] - x > args.max_loss + 1e-12 for f, x in zip(among, f1s)):
            return None
        return float(np.mean(f1s))

    def select(among):
        best = None
        for l2 in l2s:
            for t0 in t0s:
                for t1 in t1s:
                    m = score(l2, t0, t1, among)
                    if m is not None and (best is None or m > best[0] + 1e-12):
                        best = (m, l2, t0, t1)
        if best is None:
            return None
        if args.kind_t1:
            m, l2, t0, t1 = best
            kinds = sorted({r["kinds"] for f in among for r in cv[(l2, f)][0] if not r["rule"]})
            per = {}
            for k in kinds:
                for t in t1s + [1.01]:
                    trial = dict(per)
                    trial[k] = t
                    v = score(l2, t0, (t1, trial), among)
                    if v is not None and v > m + 1e-12:
                        m, per = v, trial
            best = (m, l2, t0, (t1, per))
        return best

    best = select(chosen)
    if best is None:
        best = (0.0, l2s[0], 0.0, 2.0)  # nothing eligible: add nothing, drop nothing
    _, l2, t0, t1 = best
    # Nested CV over the selected folds: settings chosen without the fold, then scored on it (an honest gain).
    nested = []
    for f in chosen:
        b2 = select([g for g in chosen if g != f])
        if b2 is None:
            nested.append(0.0)
            continue
        nested.append(prf(fold_scores(b2[1], f, b2[2], b2[3])[0])[2] - rules_f1[f])
    t1_text = t1 if not isinstance(t1, tuple) else f"{t1[0]} " + " ".join(f"{k}={v}" for k, v in sorted(t1[1].items()))
    lines = []
    lines.append(f"leave-one-set-out CV, l2={l2}, t0={t0}, t1={t1_text}, training rows: {args.train_with}, tuned rule rows weight {args.tuned_rule_weight}"
                 + (f", unseen-condition rows weight {args.unseen_weight}" if args.unseen_weight != 1.0 else ""))
    if unseen:
        lines.append("folds marked * are unseen-condition (dumped by an extractor whose rules had not seen them): " + ", ".join(sorted(unseen)))
    lines.append("fold   rules: P     R     F1    typedF1 | +scorer: P     R     F1    typedF1")
    mr, ms = [], []
    for f in folds:
        (u0, ty0) = fold_scores(l2, f, t0, t1, use_model=False)
        (u1, ty1) = fold_scores(l2, f, t0, t1)
        a, b = prf(u0), prf(u1)
        mr.append(a + (prf(ty0)[2],)); ms.append(b + (prf(ty1)[2],))
        lines.append(f"{f + ('*' if f in unseen else ''):6} {a[0]:.3f} {a[1]:.3f} {a[2]:.3f} {prf(ty0)[2]:.3f}   | {b[0]:.3f} {b[1]:.3f} {b[2]:.3f} {prf(ty1)[2]:.3f}")
    sel = [i for i, f in enumerate(folds) if f in chosen]
    gain = np.mean([ms[i][2] - mr[i][2] for i in sel])
    tgain = np.mean([ms[i][3] - mr[i][3] for i in sel])
    un = [i for i, f in enumerate(folds) if f in unseen]
    mr_u, ms_u = np.mean([mr[i] for i in un], axis=0) if un else None, np.mean([ms[i] for i in un], axis=0) if un else None
    mr, ms = np.mean(mr, axis=0), np.mean(ms, axis=0)
    lines.append(f"mean   {mr[0]:.3f} {mr[1]:.3f} {mr[2]:.3f} {mr[3]:.3f}   | {ms[0]:.3f} {ms[1]:.3f} {ms[2]:.3f} {ms[3]:.3f}")
    if un:
        lines.append(f"mean*  {mr_u[0]:.3f} {mr_u[1]:.3f} {mr_u[2]:.3f} {mr_u[3]:.3f}   | {ms_u[0]:.3f} {ms_u[1]:.3f} {ms_u[2]:.3f} {ms_u[3]:.3f}")
    lines.append(f"gain over the selected folds: untyped F1 {gain:+.4f}, typed F1 {tgain:+.4f}; nested CV (settings chosen without the fold) {np.mean(nested):+.4f}, worst fold {min(nested):+.4f}")
    print("\n".join(lines))
    if not args.out:
        return
    allrows = training(None)
    vocab = vocabulary(allrows)
    b, w = fit(matrix(allrows, vocab), np.array([1.0 if r["gold"] else 0.0 for r in allrows]), l2,
               np.array([r["w"] for r in allrows]))
    defaults, cues = type_model(allrows)
    if args.no_cues:
        cues = {}
    sets = sorted({r["set"] for r in allrows})
    ndocs = len({(r["set"], r["doc"], r["src"]) for r in allrows})
    # Ship it only if it helps: the scorer runs when its mean CV F1 beats the rules' by at least --min-gain.
    use = 1 if gain >= args.min_gain else 0
    lines.append(f"use={use}: mean CV F1 gain over {'the unseen folds' if args.select == 'unseen' else 'all folds'} {gain:+.3f} (required {args.min_gain})")
    print(lines[-1])
    out = [
        "# Learnt relation scorer (logistic regression) for StakeholderExtraction/Relations/Learnt.",
        "# Rebuild: see tools/relscore/README.md (tools/relscore/train.py on the dumps of `evaluate --dump-pairs`).",
        f"# Trained {datetime.date.today().isoformat()} on sets: {', '.join(sets)} ({len(allrows)} candidate pairs, {ndocs} document dumps).",
        f"# Regularisation l2={l2}; thresholds chosen by mean leave-one-set-out CV untyped relation F1 over {'the unseen folds' if args.select == 'unseen' else 'all folds'}.",
    ] + ["# " + l for l in lines] + [
        f"@use\t{use}",
        f"@bias\t{b:.5f}",
        f"@threshold.keep\t{t0}",
        f"@threshold.add\t{t1 if not isinstance(t1, tuple) else t1[0]}",
    ] + ([f"@threshold.add {k}\t{v}" for k, v in sorted(t1[1].items())] if isinstance(t1, tuple) else []) \
      + ([f"@require.add\t{args.require_add}"] if args.require_add else [])
    for k in sorted(defaults):
        out.append(f"@type {k}\t{defaults[k]}")
        for f, t in cues[k] if k in cues else []:
            out.append(f"@typecue {k} {f}\t{t}")
    for f, wt in zip(vocab, w):
        v = round(float(wt), 5)
        if abs(v) >= 1e-5:
            out.append(f"{f}\t{v:.5f}")
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
