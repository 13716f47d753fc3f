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

  /// The `limit` entities of `entities` largest by `metric` (ties by id), most central first; all of them
  /// in that order when they fit.
  /// - Complexity: O(n log n).
  static func mostCentral(_ entities: [Entity], metrics: NodeMetrics, metric: String, limit: Int) -> [Entity] {
    entities.map { ($0, SizeMetric.value(metric, for: $0.id, metrics: metrics)) }
      .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }
      .prefix(max(0, limit)).map(\.0)
  }
}
