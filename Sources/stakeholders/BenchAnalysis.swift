import StakeholderAnalysis
import StakeholderExport
import StakeholderModel

/// The analysis stage of `stakeholders bench`: exactly what `stakeholders analyze` computes
/// (``GraphAnalysis``: the metric suite on the full graph and on the chosen view, brokerage, sector
/// measures), timed, with what the renderer needs.
enum BenchAnalysis {
  /// Runs the analysis of `graph` and appends an `analyze` stage to `report`.
  static func run(graph: StakeholderGraph, report: inout BenchReport) -> (NodeMetrics, AnalysisSummary) {
    let (result, seconds) = Stopwatch.time { () -> (NodeMetrics, AnalysisSummary, String) in
      let full = NetworkGraph(full: graph)
      let analysis = GraphAnalysis(full: full, typed: graph, view: nil)
      let note = "full graph \(full.nodeCount) nodes / \(full.edgeCount) edges; \(analysis.view.rawValue) view "
        + "\(analysis.viewNetwork.nodeCount) nodes / \(analysis.viewNetwork.edgeCount) edges"
      var tables = [("full graph", analysis.fullTable)]
      if analysis.view != .full { tables.append(("\(analysis.view.rawValue) view", analysis.viewTable)) }
      for (label, table) in tables {
        let slowest = table.timings.sorted { $0.seconds > $1.seconds }.prefix(4)
        let sources = table.pathSources.isExact ? "exact" : "\(table.pathSources.sources) sampled sources"
        Log.info("bench:   \(label) (paths: \(sources)): "
          + slowest.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", "))
      }
      return (analysis.nodeMetrics, analysis.summary, note)
    }
    report.add(.init(name: "analyze", seconds: seconds, documents: 0, bytes: 0, note: result.2))
    return (result.0, result.1)
  }
}
