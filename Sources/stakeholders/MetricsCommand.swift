import ArgumentParser
import Foundation
import StakeholderAnalysis

/// `stakeholders metrics`: one row of centrality, community and brokerage metrics per node.
struct MetricsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "metrics",
    abstract: "Centrality, communities and brokerage roles of every node, as CSV or JSON.",
    discussion: """
      GRAPH is the project's graph (.json), GraphML (.graphml: node attributes name,
      kind, sector; edge attribute weight) or a nodes CSV (id,name,kind,sector) with
      its edges CSV (source,target,weight), given by --edges or found by replacing
      the last "nodes" in the file name with "edges" (net.nodes.csv →
      net.edges.csv).

      Views: full (every entity; relations weighted by evidence count),
      organizations (tied by the people, events and projects they share), people
      (tied by shared organizations, events, projects). Default: organizations when
      at least 5 organizations have a tie there, else full.

      Columns, one row per node in id order; on a plain undirected graph (--view
      full) each equals networkx 3.x with default arguments:
        degree            G.degree (a self-loop counts 2)
        weighted_degree   G.degree(weight="weight")
        betweenness       betweenness_centrality (unweighted, normalised by
                          (n-1)(n-2))
        closeness         closeness_centrality (wf_improved: scaled by the reachable
                          share, so disconnected graphs are handled; 0 for isolated
                          nodes)
        harmonic          harmonic_centrality (sum of 1/d; unreachable nodes add 0)
        eigenvector       eigenvector_centrality (max_iter 100, tol 1e-6,
                          unweighted)
        pagerank          pagerank (alpha 0.85, weight attribute, dangling nodes
                          uniform)
        coreness          core_number (self-loops ignored; networkx refuses them)
        constraint        constraint (Burt; unweighted; empty for isolated nodes)
        effective_size    effective_size (Burt/Borgatti; unweighted; empty for
                          isolated nodes)
        community         Leiden communities maximising weighted modularity (seeded)
        coordinator, itinerant, gatekeeper, representative, liaison
                          Gould–Fernandez brokerage counts, sector as the group; each undirected tie
                          read as two arcs (so gatekeeper = representative)
        component         connected component (numbered in id order)
        ei_index          Krackhardt E-I index of the node (ties to other sectors vs
                          own)
      Numbers have up to 12 significant digits; NaN is an empty field (null in
      JSON). Shortest paths run on every core (STAKEHOLDERS_THREADS=n to choose);
      results do not depend on it.

      Example:
        stakeholders metrics output/graph.json --view full --out metrics.csv
        stakeholders metrics net.nodes.csv --format json
      """)

  @Argument(help: "Graph file: .json, .graphml, or a nodes .csv.")
  var graph: String

  @Option(help: "Edges CSV for a nodes CSV.")
  var edges: String?

  @Option(help: "full, organizations or people (default: organizations where there are enough).")
  var view: String?

  @Option(help: "csv or json.")
  var format: String = "csv"

  @Option(help: "Output file (default: standard output).")
  var out: String?

  @Option(help: "Seed for community detection.")
  var seed: UInt64 = 1

  @Flag(help: "Print the time each stage took to standard error (for benchmarks).")
  var timings = false

  func run() throws {
    guard format == "csv" || format == "json" else { throw ValidationError("unknown format '\(format)'; use csv or json") }
    let start = Date()
    let (_, network, chosen) = try GraphLoading.load(graph, edges: edges, view: view)
    let loaded = Date()
    let table = MetricsTable.compute(network, seed: seed)
    if timings {
      var lines = "view \(chosen.rawValue): \(network.nodeCount) nodes, \(network.edgeCount) edges\n"
      lines += String(format: "load %.4f\n", loaded.timeIntervalSince(start))
      for t in table.timings { lines += String(format: "%@ %.4f\n", t.stage, t.seconds) }
      lines += String(format: "total_metrics %.4f\n", table.timings.reduce(0) { $0 + $1.seconds })
      FileHandle.standardError.write(Data(lines.utf8))
    }
    if !table.eigenvectorConverged { Log.warning("eigenvector centrality did not converge in 100 iterations (networkx would raise)") }
    if !table.pagerankConverged { Log.warning("PageRank did not converge in 100 iterations (networkx would raise)") }
    let text = format == "csv" ? table.csv() : table.json()
    try CLIOutput.write(Data(text.utf8), to: out)
  }
}
