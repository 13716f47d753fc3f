#!/usr/bin/env python3
"""Analysis benchmark: the built `stakeholders metrics` against python-igraph on the same graph, in one go.

    swift build -c release --product stakeholders
    python3 tools/bench/bench_analysis.py [--nodes 10000] [--edges 40000] [--tool .build/release/stakeholders]

Generates a seeded random graph (sectors, integer weights 1-5, planted groups), writes it as CSV, times
python-igraph's counterparts of each metric column (single run each, same process), runs the tool on the
CSV with --timings, and prints per-metric times and the ratios igraph/tool (>1 means the tool is faster).
The tool's total includes everything `metrics` computes (also brokerage roles, E-I, components,
effective size, which igraph does not have); the igraph total covers only the metrics it has.
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

import igraph as ig

SECTORS = ["local_government", "science", "business", "central_government", "civil_society", "international", "other"]


def generate(n, m, seed=11, groups=50):
    rnd = random.Random(seed)
    edges = {}
    while len(edges) < m:
        a = rnd.randrange(n)
        if rnd.random() < 0.7:
            g = a * groups // n
            b = rnd.randrange(g * n // groups, (g + 1) * n // groups)
        else:
            b = rnd.randrange(n)
        if a == b:
            continue
        key = (min(a, b), max(a, b))
        if key not in edges:
            edges[key] = rnd.randint(1, 5)
    sectors = [SECTORS[rnd.randrange(3)] if rnd.random() < 0.85 else SECTORS[3 + rnd.randrange(4)] for _ in range(n)]
    return sorted(edges.items()), sectors


CPU = {}


def timed(label, f, results):
    c = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    t = time.perf_counter()
    f()
    results[label] = time.perf_counter() - t
    CPU[label] = resource.getrusage(resource.RUSAGE_SELF).ru_utime - c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=10000)
    ap.add_argument("--edges", type=int, default=40000)
    ap.add_argument("--tool", default=os.path.join(os.path.dirname(__file__), "..", "..", ".build", "release", "stakeholders"))
    args = ap.parse_args()
    edges, sectors = generate(args.nodes, args.edges)
    tmp = tempfile.mkdtemp(prefix="bench-analysis-")
    nodes_csv = os.path.join(tmp, "bench.nodes.csv")
    edges_csv = os.path.join(tmp, "bench.edges.csv")
    with open(nodes_csv, "w") as f:
        f.write("id,name,kind,sector\n")
        for i, s in enumerate(sectors):
            f.write("n%05d,Node %d,organization,%s\n" % (i, i, s))
    with open(edges_csv, "w") as f:
        f.write("source,target,weight\n")
        for (a, b), w in edges:
            f.write("n%05d,n%05d,%d\n" % (a, b, w))

    g = ig.Graph(n=args.nodes, edges=[e for e, _ in edges])
    w = [float(x) for _, x in edges]
    py = {}
    timed("betweenness", lambda: g.betweenness(directed=False), py)
    timed("closeness", lambda: g.closeness(), py)
    timed("harmonic", lambda: g.harmonic_centrality(), py)
    timed("pagerank", lambda: g.pagerank(weights=w), py)
    timed("eigenvector", lambda: g.eigenvector_centrality(), py)
    timed("coreness", lambda: g.coreness(), py)
    timed("constraint", lambda: g.constraint(), py)
    timed("louvain", lambda: g.community_multilevel(weights=w), py)
    timed("leiden", lambda: g.community_leiden(objective_function="modularity", weights=w, n_iterations=-1), py)

    child_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    run = subprocess.run([args.tool, "metrics", nodes_csv, "--edges", edges_csv, "--view", "full", "--timings",
                          "--out", os.path.join(tmp, "metrics.csv")], capture_output=True, text=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    tool_cpu = (after.ru_utime - child_cpu.ru_utime) + (after.ru_stime - child_cpu.ru_stime)
    if run.returncode != 0:
        sys.exit("tool failed: " + run.stderr)
    tool = {}
    for line in run.stderr.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                tool[parts[0]] = float(parts[1])
            except ValueError:
                pass
    sp = tool.get("betweenness+closeness+harmonic", float("nan"))
    rows = [
        ("betweenness+closeness+harmonic", py["betweenness"] + py["closeness"] + py["harmonic"], sp),
        ("  betweenness alone (igraph) vs the shared pass", py["betweenness"], sp),
        ("pagerank", py["pagerank"], tool.get("pagerank")),
        ("eigenvector", py["eigenvector"], tool.get("eigenvector")),
        ("coreness", py["coreness"], tool.get("coreness")),
        ("constraint", py["constraint"], tool.get("constraint")),
        ("leiden (igraph) / leiden (tool)", py["leiden"], tool.get("leiden")),
        ("louvain (igraph) / leiden (tool)", py["louvain"], tool.get("leiden")),
    ]
    print("graph: %d nodes, %d edges; threads: %s" % (args.nodes, len(edges), os.environ.get("STAKEHOLDERS_THREADS", "all cores")))
    print("%-48s %10s %10s %8s" % ("metric", "igraph s", "tool s", "ratio"))
    for label, a, b in rows:
        print("%-48s %10.4f %10.4f %8.2f" % (label, a, b, a / b if b else float("nan")))
    igraph_total = sum(py.values())
    tool_total = tool.get("total_metrics", float("nan"))
    print("%-48s %10.4f %10.4f %8.2f" % ("suite (igraph: all above; tool: every column)", igraph_total, tool_total, igraph_total / tool_total))
    print("%-48s %10s %10.4f %8.2f" % ("tool wall time incl. process start + CSV read/write", "", wall, igraph_total / wall))
    # On a shared machine wall times depend on the other load; CPU seconds are steadier. The tool's CPU
    # covers both threads, so on an idle 2-core machine its wall time is about CPU/2 for the path pass.
    igraph_cpu = sum(CPU.values())
    print("CPU seconds: igraph %.2f (betweenness %.2f, closeness %.2f, harmonic %.2f); tool process %.2f (all threads)"
          % (igraph_cpu, CPU["betweenness"], CPU["closeness"], CPU["harmonic"], tool_cpu))
    print("CPU ratio igraph/tool: suite %.2f; betweenness alone vs the tool's whole run %.2f"
          % (igraph_cpu / tool_cpu, CPU["betweenness"] / tool_cpu))
    print("load average at end: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
