import StakeholderModel

/// Picks the entities to draw when a graph is too big to read.
enum TopSelection {
  /// The `limit` entities with the highest `metric` (ties: higher degree, then id), or nil when all fit.
  /// - Complexity: O(n log n).
  static func top(_ graph: StakeholderGraph, metrics: NodeMetrics, metric: String, limit: Int) -> Set<String>? {
    guard graph.entities.count > limit else { return nil }
    let ranked = graph.entities.map(\.id).sorted { a, b in
      let va = SizeMetric.value(metric, for: a, metrics: metrics)
      let vb = SizeMetric.value(metric, for: b, metrics: metrics)
      if va != vb { return va > vb }
      let da = metrics.value("degree", for: a) ?? 0
      let db = metrics.value("degree", for: b) ?? 0
      if da != db { return da > db }
      return a < b
    }
    return Set(ranked.prefix(max(0, limit)))
  }
}
