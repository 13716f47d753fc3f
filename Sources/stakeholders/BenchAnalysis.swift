import StakeholderAnalysis
import StakeholderExport
import StakeholderModel

/// The analysis stage of `stakeholders bench`: the metric suite of the analysis module on the default view
/// (the organization network when it has enough tied organizations), timed, and handed to the renderer
/// as ``NodeMetrics``.
enum BenchAnalysis {
  /// Computes degree, weighted degree, betweenness, closeness, harmonic, eigenvector, PageRank, coreness,
  /// constraint, effective size and Leiden communities; appends an `analyze` stage to `report`.
  /// - Parameter workers: threads for the all-pairs measures (betweenness, closeness, harmonic).
  static func run(graph: StakeholderGraph, workers: Int, report: inout BenchReport) -> NodeMetrics {
    let ((metrics, note), seconds) = Stopwatch.time { () -> (NodeMetrics, String) in
      let full = NetworkGraph(full: graph)
      let view = GraphView.defaultView(for: full)
      let net = full.projected(view)
      var m = NodeMetrics()
      func put(_ name: String, _ values: [Double]) {
        for (i, v) in values.enumerated() { m.set(name, v, for: net.nodes[i].id) }
      }
      put("degree", net.degrees().map(Double.init))
      put("weighted_degree", net.weightedDegrees())
      put("betweenness", net.betweenness(normalized: true, threads: workers))
      put("closeness", net.closeness(threads: workers))
      put("harmonic", net.harmonic(threads: workers))
      put("eigenvector", net.eigenvector(maxIterations: 1000).values)
      put("pagerank", net.pagerank().values)
      put("coreness", net.coreNumbers().map(Double.init))
      put("constraint", net.constraint())
      put("effective_size", net.effectiveSize())
      let communities = net.leiden(seed: 1)
      for (i, c) in communities.membership.enumerated() { m.community[net.nodes[i].id] = c }
      let note = "\(view.rawValue) view: \(net.nodeCount) nodes, \(net.edgeCount) edges, "
        + "\(communities.count) communities (Leiden, Q=\(String(format: "%.3f", communities.modularity)))"
      return (m, note)
    }
    report.stages.append(.init(name: "analyze", seconds: seconds, documents: 0, bytes: 0, note: note))
    return metrics
  }
}
