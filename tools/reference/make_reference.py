#!/usr/bin/env python3
"""Reference values for the StakeholderAnalysis tests, computed with networkx (and python-igraph where
networkx has no counterpart: Leiden).

    python3 tools/reference/make_reference.py   # writes Tests/StakeholderAnalysisTests/Fixtures/*.json

Every fixture holds the graph (nodes with id/name/kind/sector, edges with weights) and each metric per node
id, computed with the library's default arguments unless the key says otherwise (`*_weighted` uses
weight="weight"). NaN is written as null. networkx and python-igraph come from PyPI; this script is a
development tool only, the tests read the committed JSON files.

Gould-Fernandez brokerage, E-I index and the triple-helix T have no networkx/igraph function; they are
computed here by direct enumeration from their published definitions (see the comments), independently
of the Swift code.
"""
import json
import math
import os
import random
import sys

import igraph as ig
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "StakeholderAnalysisTests", "Fixtures")
SECTORS = ["local_government", "science", "business", "central_government", "civil_society", "international", "other"]


def clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def per_node(d):
    return {str(k): clean(float(v)) for k, v in d.items()}


def attempt(f):
    """The metric per node, or None when networkx refuses the graph (e.g. no nodes)."""
    try:
        return per_node(f())
    except (nx.NetworkXException, ZeroDivisionError):
        return None


def brokerage(G, group):
    """Gould & Fernandez (1989) roles with each undirected tie read as two arcs: broker b on an open
    path a -> b -> c (a != c, a and c not adjacent); roles by group equality of a, b, c.
    Expected counts: open ordered paths through b times the probability of the role when the other
    endpoints' groups are drawn without replacement from the other n-1 nodes; z = (obs-exp)/sqrt(var),
    var = paths*p*(1-p)."""
    roles = ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"]
    n = G.number_of_nodes()
    sizes = {}
    for v in G:
        sizes[group[v]] = sizes.get(group[v], 0) + 1
    out = {r: {} for r in roles}
    exp = {r: {} for r in roles}
    z = {r: {} for r in roles}
    for b in G:
        counts = dict.fromkeys(roles, 0)
        nbrs = [u for u in G[b] if u != b]
        paths = 0
        for a in nbrs:
            for c in nbrs:
                if a == c or G.has_edge(a, c):
                    continue
                paths += 1
                ga, gb, gc = group[a], group[b], group[c]
                if ga == gb == gc:
                    counts["coordinator"] += 1
                elif ga == gc:
                    counts["itinerant"] += 1
                elif gb == gc:
                    counts["gatekeeper"] += 1
                elif ga == gb:
                    counts["representative"] += 1
                else:
                    counts["liaison"] += 1
        g = group[b]
        ng = sizes[g]
        denom = (n - 1) * (n - 2)
        p = dict.fromkeys(roles, 0.0)
        if denom > 0:
            p["coordinator"] = (ng - 1) * (ng - 2) / denom
            p["gatekeeper"] = (n - ng) * (ng - 1) / denom
            p["representative"] = (ng - 1) * (n - ng) / denom
            p["itinerant"] = sum(s * (s - 1) for h, s in sizes.items() if h != g) / denom
            others = [s for h, s in sizes.items() if h != g]
            p["liaison"] = (sum(others) ** 2 - sum(s * s for s in others)) / denom
        for r in roles:
            out[r][str(b)] = float(counts[r])
            e = paths * p[r]
            exp[r][str(b)] = e
            var = paths * p[r] * (1 - p[r])
            z[r][str(b)] = clean((counts[r] - e) / math.sqrt(var)) if var > 0 else None
    return {"counts": out, "expected": exp, "z": z}


def ei_index(G, sector):
    """Krackhardt & Stern (1988): (E - I) / (E + I), ties counted once; only ties whose two ends have a
    sector; per node over its ties, per sector over ties with at least one end in it, and the whole graph."""
    node = {}
    for v in G:
        if sector[v] is None:
            node[str(v)] = None
            continue
        e = i = 0
        for u in G[v]:
            if u == v or sector[u] is None:
                continue
            if sector[u] == sector[v]:
                i += 1
            else:
                e += 1
        node[str(v)] = (e - i) / (e + i) if e + i > 0 else None
    sect = {}
    te = ti = 0
    for s in SECTORS:
        e = i = 0
        for a, b in G.edges():
            if a == b or sector[a] is None or sector[b] is None:
                continue
            if sector[a] == s and sector[b] == s:
                i += 1
            elif sector[a] == s or sector[b] == s:
                e += 1
        if e + i > 0:
            sect[s] = (e - i) / (e + i)
    for a, b in G.edges():
        if a == b or sector[a] is None or sector[b] is None:
            continue
        if sector[a] == sector[b]:
            ti += 1
        else:
            te += 1
    return {"node": node, "sector": sect, "graph": (te - ti) / (te + ti) if te + ti else None}


def triple_helix(units):
    """Leydesdorff (2003): T_UIG = H_U + H_I + H_G - H_UI - H_UG - H_IG + H_UIG in bits, over units
    (co-participation sets) that include at least one of the three sectors."""
    rows = [tuple(int(s in u) for s in ("local_government", "science", "business")) for u in units]
    rows = [r for r in rows if any(r)]
    if not rows:
        return None

    def H(idx):
        counts = {}
        for r in rows:
            key = tuple(r[i] for i in idx)
            counts[key] = counts.get(key, 0) + 1
        n = len(rows)
        return -sum(c / n * math.log2(c / n) for c in counts.values())

    return H([0]) + H([1]) + H([2]) - H([0, 1]) - H([0, 2]) - H([1, 2]) + H([0, 1, 2])


def fixture(name, G, sector=None, kind=None, louvain_seeds=range(10)):
    sector = sector or {v: None for v in G}
    kind = kind or {v: None for v in G}
    nodes = [{"id": str(v), "name": str(v), "kind": kind[v], "sector": sector[v]} for v in G]
    edges = [[str(a), str(b), float(d.get("weight", 1))] for a, b, d in G.edges(data=True)]
    H = G.copy()
    H.remove_edges_from(list(nx.selfloop_edges(H)))
    res = {"name": name, "nodes": nodes, "edges": edges}
    res["degree"] = per_node(dict(G.degree()))
    res["weighted_degree"] = per_node(dict(G.degree(weight="weight")))
    res["betweenness"] = per_node(nx.betweenness_centrality(G))
    res["betweenness_raw"] = per_node(nx.betweenness_centrality(G, normalized=False))
    if all(d.get("weight", 1) > 0 for _, _, d in G.edges(data=True)):
        res["betweenness_weighted"] = per_node(nx.betweenness_centrality(G, weight="weight"))
    res["closeness"] = per_node(nx.closeness_centrality(G))
    res["harmonic"] = per_node(nx.harmonic_centrality(G))
    for key, kw in (("eigenvector", {}), ("eigenvector_weighted", {"weight": "weight"})):
        try:
            res[key] = per_node(nx.eigenvector_centrality(G, **kw))
        except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
            res[key] = None
    res["pagerank"] = per_node(nx.pagerank(G))
    res["core_number_note"] = "networkx refuses self-loops: computed on G without them"
    res["core_number"] = per_node(nx.core_number(H))
    res["constraint"] = attempt(lambda: nx.constraint(G))
    res["constraint_weighted"] = attempt(lambda: nx.constraint(G, weight="weight"))
    res["effective_size"] = attempt(lambda: nx.effective_size(G))
    # networkx 3.6's all-nodes (matrix) path divides m_jk by the largest tie of k instead of j's, which
    # disagrees with its own per-node path and with Burt; the per-node path (Burt's definition) is used.
    res["effective_size_weighted"] = attempt(lambda: nx.effective_size(G, nodes=list(G), weight="weight"))
    res["components"] = sorted(sorted(str(v) for v in c) for c in nx.connected_components(G))
    if G.size(weight="weight") > 0:
        mods = []
        part = None
        for s in louvain_seeds:
            p = nx.community.louvain_communities(G, weight="weight", seed=s)
            mods.append(nx.community.modularity(G, p, weight="weight"))
            if part is None:
                part = p
        res["louvain"] = {
            "seeds": list(louvain_seeds), "modularity": mods,
            "partition": sorted(sorted(str(v) for v in c) for c in part),
            "partition_modularity": nx.community.modularity(G, part, weight="weight"),
        }
        idx = {v: i for i, v in enumerate(G)}
        g = ig.Graph(n=len(idx), edges=[(idx[a], idx[b]) for a, b in G.edges()])
        w = [float(d.get("weight", 1)) for _, _, d in G.edges(data=True)]
        lmods = []
        for s in louvain_seeds:
            random.seed(s)
            ig.set_random_number_generator(random)
            cl = g.community_leiden(objective_function="modularity", weights=w, n_iterations=-1)
            lmods.append(g.modularity(cl.membership, weights=w))
        res["leiden_igraph_modularity"] = lmods
    res["brokerage"] = brokerage(H, {v: sector[v] or "none" for v in H})
    res["ei"] = ei_index(G, sector)
    units = [{sector[u] for u in list(G[v]) + [v] if sector[u]} for v in G]
    res["triple_helix_closed_neighbourhoods"] = triple_helix(units)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(res, f, indent=1, sort_keys=True)
        f.write("\n")
    print(name, G.number_of_nodes(), G.number_of_edges(), file=sys.stderr)


def sectors_by_index(G):
    return {v: SECTORS[i % 3] if i % 5 else SECTORS[3 + i % 4] for i, v in enumerate(G)}


def generated(n=1000, groups=10, seed=7):
    rnd = random.Random(seed)
    G = nx.Graph()
    sector = {}
    kind = {}
    for i in range(n):
        v = "n%04d" % i
        G.add_node(v)
        r = rnd.random()
        sector[v] = SECTORS[0] if r < 0.3 else SECTORS[1] if r < 0.55 else SECTORS[2] if r < 0.85 else SECTORS[3 + rnd.randrange(4)] if r < 0.95 else None
        kind[v] = "organization" if rnd.random() < 0.7 else "person"
    nodes = list(G)
    for i, v in enumerate(nodes[: n - 5]):  # the last five stay isolated
        gi = i * groups // n
        for _ in range(4):
            if rnd.random() < 0.8:
                lo, hi = gi * n // groups, (gi + 1) * n // groups
                u = nodes[rnd.randrange(lo, hi)]
            else:
                u = nodes[rnd.randrange(n - 5)]
            if u != v:
                G.add_edge(v, u, weight=float(rnd.randint(1, 5)))
    return G, sector, kind


def main():
    os.makedirs(OUT, exist_ok=True)
    F = nx.florentine_families_graph()
    fixture("florentine", F, sectors_by_index(F))
    K = nx.relabel_nodes(nx.krackhardt_kite_graph(), str)
    fixture("kite", K, sectors_by_index(K))
    Z = nx.relabel_nodes(nx.karate_club_graph(), lambda v: "k%02d" % v)
    fixture("karate", Z, sectors_by_index(Z))
    G, sector, kind = generated()
    fixture("generated", G, sector, kind)
    fixture("empty", nx.Graph())
    one = nx.Graph(); one.add_node("solo")
    fixture("one_node", one, {"solo": "science"})
    L = nx.Graph([("a", "b", {"weight": 2.0}), ("b", "c", {"weight": 1.0}), ("a", "c", {"weight": 3.0}),
                  ("c", "d", {"weight": 1.0}), ("b", "b", {"weight": 4.0}), ("d", "d", {"weight": 1.0})])
    fixture("self_loops", L, sectors_by_index(L))
    D = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "g")])
    D.add_node("z")
    fixture("disconnected", D, sectors_by_index(D))
    W = nx.Graph([("a", "b", {"weight": 0.0}), ("b", "c", {"weight": 2.0}), ("c", "d", {"weight": 1.0}),
                  ("d", "a", {"weight": 0.0}), ("d", "e", {"weight": 0.0}), ("c", "e", {"weight": 3.0})])
    fixture("zero_weights", W, sectors_by_index(W))


if __name__ == "__main__":
    main()
