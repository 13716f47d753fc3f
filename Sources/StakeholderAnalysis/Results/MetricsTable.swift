import Foundation
import StakeholderModel

/// One row per node with every metric `stakeholders metrics` writes, in node (id) order.
///
///     let table = MetricsTable.compute(network)
///     let csv = table.csv()
///
/// Columns and the networkx function each equals on a plain undirected graph (default arguments):
/// degree = `G.degree`, weighted_degree = `G.degree(weight="weight")`, betweenness =
/// `betweenness_centrality`, closeness = `closeness_centrality`, harmonic = `harmonic_centrality`,
/// eigenvector = `eigenvector_centrality`, pagerank = `pagerank` (weight attribute), coreness =
/// `core_number`, constraint = `constraint`, effective_size = `effective_size`; community = Leiden
/// (modularity, edge weights, seeded); coordinator … liaison = Gould–Fernandez role counts with sector as
/// the group; component = connected component; ei_index = the node's Krackhardt E-I index.
public struct MetricsTable: Sendable {
  /// A node's metrics.
  public struct Row: Sendable, Equatable {
    public var id: String
    public var name: String
    public var kind: String?
    public var sector: Sector?
    public var degree: Int
    public var weightedDegree: Double
    public var betweenness: Double
    public var closeness: Double
    public var harmonic: Double
    public var eigenvector: Double
    public var pagerank: Double
    public var coreness: Int
    public var constraint: Double
    public var effectiveSize: Double
    public var community: Int
    public var coordinator: Double
    public var itinerant: Double
    public var gatekeeper: Double
    public var representative: Double
    public var liaison: Double
    public var component: Int
    public var eiIndex: Double
  }

  /// The CSV header, in column order.
  public static let columns = [
    "id", "name", "kind", "sector", "degree", "weighted_degree", "betweenness", "closeness", "harmonic",
    "eigenvector", "pagerank", "coreness", "constraint", "effective_size", "community", "coordinator",
    "itinerant", "gatekeeper", "representative", "liaison", "component", "ei_index",
  ]

  public var rows: [Row]
  /// The Leiden partition behind the `community` column.
  public var communities: CommunityResult
  /// The Gould–Fernandez roles behind the role columns, with expected counts and z-scores.
  public var roles: BrokerageScores
  /// Sources of the shortest-path pass behind betweenness, closeness and harmonic: every node, or a
  /// seeded sample when the exact pass would exceed the budget (then those columns are estimates).
  public var pathSources: PathSources
  /// Whether the power iterations met networkx's tolerance (networkx raises when they do not).
  public var eigenvectorConverged: Bool
  public var pagerankConverged: Bool
  /// Seconds spent per stage, in the order run (for benchmarks).
  public var timings: [(stage: String, seconds: Double)]

  /// Computes every column on `network`.
  /// - Parameters:
  ///   - seed: Leiden's seed.
  ///   - threads: threads for the shortest-path pass (default: all cores); results do not depend on it.
  ///   - pathBudget: arc visits the exact all-sources pass may take (n × 2m); above it betweenness,
  ///     closeness and harmonic are estimated from sampled sources (``pathSources`` says how many);
  ///     nil: always exact.
  /// - Complexity: dominated by the shortest-path pass, O(n·m), or O(pathBudget) when sampled.
  public static func compute(_ network: NetworkGraph, seed: UInt64 = 1, threads: Int? = nil,
                             pathBudget: Int? = NetworkGraph.defaultPathBudget) -> MetricsTable {
    var timings: [(String, Double)] = []
    func timed<T>(_ stage: String, _ body: () -> T) -> T {
      let start = DispatchTime.now().uptimeNanoseconds
      let r = body()
      timings.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
      return r
    }
    let g = network
    let degree = timed("degree") { g.degrees() }
    let wdeg = timed("weighted_degree") { g.weightedDegrees() }
    let threads = threads ?? Parallel.defaultThreads
    let (paths, sources) = timed("betweenness+closeness+harmonic") { () -> (PathSums, Int) in
      if let budget = pathBudget, !g.exactPathsFit(budget: budget) {
        return g.sampledSourcePaths(budget: budget, seed: seed, threads: threads)
      }
      return (g.allSourcePaths(weighted: false, wantDependencies: true, threads: threads), g.nodeCount)
    }
    let bet = g.rescaleBetweenness(paths.dependency, normalized: true)
    let clo = g.closeness(from: paths)
    let eig = timed("eigenvector") { g.eigenvector() }
    let pr = timed("pagerank") { g.pagerank() }
    let core = timed("coreness") { g.coreNumbers() }
    let holes = timed("constraint and effective_size") { g.structuralHoles() }
    let con = holes.constraint, eff = holes.effectiveSize
    let comm = timed("leiden") { g.leiden(seed: seed) }
    let roles = timed("brokerage") { g.brokerage() }
    let comp = timed("components") { g.connectedComponents() }
    let ei = timed("ei_index") { g.eiIndex() }
    let rows = (0..<g.nodeCount).map { v in
      Row(id: g.nodes[v].id, name: g.nodes[v].name, kind: g.nodes[v].kind, sector: g.nodes[v].sector,
          degree: degree[v], weightedDegree: wdeg[v], betweenness: bet[v], closeness: clo[v],
          harmonic: paths.harmonic[v], eigenvector: eig.values[v], pagerank: pr.values[v], coreness: core[v],
          constraint: con[v], effectiveSize: eff[v], community: comm.membership[v],
          coordinator: roles.counts[0][v], itinerant: roles.counts[1][v], gatekeeper: roles.counts[2][v],
          representative: roles.counts[3][v], liaison: roles.counts[4][v], component: comp.labels[v],
          eiIndex: ei.byNode[v])
    }
    return MetricsTable(rows: rows, communities: comm, roles: roles,
                        pathSources: PathSources(sources: sources, nodes: g.nodeCount), eigenvectorConverged: eig.converged,
                        pagerankConverged: pr.converged, timings: timings)
  }

  /// The row's fields as text, in ``columns`` order (numbers through ``NumberFormat/text(_:)``).
  func fields(_ r: Row) -> [String] {
    let f = NumberFormat.text
    return [r.id, r.name, r.kind ?? "", r.sector?.rawValue ?? "", String(r.degree), f(r.weightedDegree),
            f(r.betweenness), f(r.closeness), f(r.harmonic), f(r.eigenvector), f(r.pagerank), String(r.coreness),
            f(r.constraint), f(r.effectiveSize), String(r.community), f(r.coordinator), f(r.itinerant),
            f(r.gatekeeper), f(r.representative), f(r.liaison), String(r.component), f(r.eiIndex)]
  }

  /// CSV text: a header, then one line per node; RFC 4180 quoting; NaN as an empty field; LF line ends.
  public func csv() -> String {
    var out = MetricsTable.columns.joined(separator: ",") + "\n"
    for r in rows { out += fields(r).map(NumberFormat.csvField).joined(separator: ",") + "\n" }
    return out
  }

  /// JSON text: `{"modularity": …, "communities": …, "nodes": [{column: value, …}, …]}`, keys in column
  /// order, NaN as null.
  public func json() -> String {
    let textColumns: Set<String> = ["id", "name", "kind", "sector"]
    var out = "{\n  \"communities\": \(communities.count),\n  \"modularity\": \(NumberFormat.json(communities.modularity)),\n  \"nodes\": ["
    for (i, r) in rows.enumerated() {
      let values = fields(r)
      let pairs = zip(MetricsTable.columns, values).map { key, value -> String in
        let v: String
        if textColumns.contains(key) { v = value.isEmpty && key != "id" && key != "name" ? "null" : NumberFormat.jsonString(value) }
        else { v = value.isEmpty ? "null" : value }
        return "\(NumberFormat.jsonString(key)): \(v)"
      }
      out += (i == 0 ? "\n" : ",\n") + "    {" + pairs.joined(separator: ", ") + "}"
    }
    out += rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return out
  }
}
