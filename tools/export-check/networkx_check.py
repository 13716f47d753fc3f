#!/usr/bin/env python3
"""Development-time check that other tools read the exports back unchanged.

Reads graph.json (the schema), then graph.graphml with networkx.read_graphml, graph.gexf with
networkx.read_gexf (GEXF 1.3 where this networkx supports it) and nodes.csv / edges.csv with the csv
module, and compares every node and edge, with their typed attributes, against the JSON.

Usage: tools/export-check/networkx_check.py OUTPUT_DIR      (exit status 1 on any difference)
"""
import csv, json, os, sys
import networkx as nx

out = sys.argv[1] if len(sys.argv) > 1 else "output"
graph = json.load(open(os.path.join(out, "graph.json"), encoding="utf-8"))
def xml_safe(v):
    """XML 1.0 cannot carry control characters: the writers put U+FFFD in their place."""
    if isinstance(v, str):
        return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f and ord(c) != 0x85 else c for c in v)
    if isinstance(v, list):
        return [xml_safe(x) for x in v]
    return v

raw_entities = {e["id"]: e for e in graph["entities"]}
entities = {k: {f: xml_safe(v) for f, v in e.items()} for k, e in raw_entities.items()}
relations = graph["relations"]
problems = []

def check(cond, message):
    if not cond:
        problems.append(message)

# GraphML
G = nx.read_graphml(os.path.join(out, "graph.graphml"))
check(G.is_directed(), "GraphML: graph should be directed")
check(set(G.nodes) == set(entities), f"GraphML: node ids differ ({len(G.nodes)} vs {len(entities)})")
for nid, e in entities.items():
    d = G.nodes.get(nid, {})
    check(d.get("name") == e["name"], f"GraphML: name of {nid}: {d.get('name')!r}")
    check(d.get("kind") == e["kind"], f"GraphML: kind of {nid}")
    check(d.get("sector") == e.get("sector"), f"GraphML: sector of {nid}: {d.get('sector')!r} vs {e.get('sector')!r}")
    check(d.get("role") == e.get("role"), f"GraphML: role of {nid}")
    check(d.get("aliases") == "; ".join(e.get("aliases", [])), f"GraphML: aliases of {nid}")
    check(d.get("mentions") == len(e.get("mentions", [])) and isinstance(d.get("mentions"), int), f"GraphML: mentions of {nid}")
    check(isinstance(d.get("degree"), float), f"GraphML: degree of {nid} should be a float, is {d.get('degree')!r}")
edges = list(G.edges(data=True, keys=True)) if G.is_multigraph() else [(u, v, None, d) for u, v, d in G.edges(data=True)]
check(len(edges) == len(relations), f"GraphML: {len(edges)} edges vs {len(relations)} relations")
have = sorted((u, v, d["type"], d["weight"], d["evidence_count"]) for u, v, _, d in edges)
want = sorted((r["source"], r["target"], r["type"], max(1, len(r.get("evidence", []))), len(r.get("evidence", []))) for r in relations)
check(have == want, "GraphML: edges (source, target, type, weight, evidence_count) differ")
check(all(isinstance(d["weight"], int) for *_, d in edges), "GraphML: weight should be an int")
print(f"GraphML: {G.number_of_nodes()} nodes, {len(edges)} edges, {type(G).__name__}; node attributes: "
      + ", ".join(sorted({k for _, d in G.nodes(data=True) for k in d})))

# GEXF
try:
    X = nx.read_gexf(os.path.join(out, "graph.gexf"), version="1.3") if "1.3" in getattr(nx.readwrite.gexf.GEXF, "versions", {}) \
        else nx.read_gexf(os.path.join(out, "graph.gexf"))
    check(set(X.nodes) == set(entities), "GEXF: node ids differ")
    for nid, e in entities.items():
        d = X.nodes.get(nid, {})
        check(d.get("label") == e["name"], f"GEXF: label of {nid}: {d.get('label')!r}")
        check(d.get("kind") == e["kind"], f"GEXF: kind of {nid}")
        check("viz" in d and "color" in d["viz"] and "size" in d["viz"], f"GEXF: viz of {nid}")
    print(f"GEXF: {X.number_of_nodes()} nodes, {X.number_of_edges()} edges (networkx {nx.__version__})")
except Exception as exc:  # an old networkx without GEXF 1.3 support is not a defect of the file
    problems.append(f"GEXF: networkx could not read it: {exc}")

# CSV
with open(os.path.join(out, "nodes.csv"), encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
check({r["id"] for r in rows} == set(entities), "CSV: node ids differ")
for r in rows:
    e = raw_entities.get(r["id"], {})
    name = e.get("name", "").replace("\x00", "")
    expected = "'" + name if name[:1] in "=+-@\t\r" else name
    check(r["name"] == expected, f"CSV: name of {r['id']}")
with open(os.path.join(out, "edges.csv"), encoding="utf-8", newline="") as f:
    erows = list(csv.DictReader(f))
check(len(erows) == len(relations), "CSV: edge count differs")
print(f"CSV: {len(rows)} node rows, {len(erows)} edge rows")

for p in problems:
    print("DIFF", p)
print("OK: every export reads back unchanged" if not problems else f"{len(problems)} difference(s)")
sys.exit(1 if problems else 0)
