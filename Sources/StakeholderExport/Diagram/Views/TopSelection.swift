import StakeholderModel

/// Picks the entities to draw when a graph is too big to read.
enum TopSelection {
  /// The `limit` entities with the highest `metric` (ties: higher degree, then id), or nil when all fit.
  /// - Complexity: O(n log n).
  static func top(_ graph: StakeholderGraph, metrics: NodeMetrics, metric: String, limit: Int) -> Set<String>? {
    guard graph.entities.count > limit else { return nil }
    // The values are looked up once per entity, not once per comparison.
    let ranked = graph.entities.map {
      (id: $0.id, value: SizeMetric.value(metric, for: $0.id, metrics: metrics), degree: metrics.value("degree", for: $0.id) ?? 0)
    }.sorted { a, b in
      if a.value != b.value { return a.value > b.value }
      if a.degree != b.degree { return a.degree > b.degree }
      return a.id < b.id
    }
    return Set(ranked.prefix(max(0, limit)).map(\.id))
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
