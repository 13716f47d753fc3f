import StakeholderModel

/// The whole graph, or the part of it induced by a set of entities (ego network, top N).
enum WholeGraphView {
  /// Nodes for `ids` (all entities when nil) and the relations among them, in id order.
  /// - Complexity: O(n + m).
  static func build(
    _ graph: StakeholderGraph, metrics: NodeMetrics, sizeBy: String, grouping: DiagramStyle.Grouping,
    only ids: Set<String>? = nil
  ) -> DiagramGraph {
    let names = graph.entitiesByID
    let entities = graph.entities.filter { ids?.contains($0.id) ?? true }.sorted { $0.id < $1.id }
    let nodes = entities.map { e in
      DiagramNode(
        key: e.id, label: e.name, kind: e.kind, sector: e.sector,
        title: Tooltip.entity(e, metrics: metrics),
        size: SizeMetric.value(sizeBy, for: e.id, metrics: metrics),
        group: Grouping.group(of: e, by: grouping, metrics: metrics),
        classes: metrics.community[e.id].map { ["community-\($0 + 1)"] } ?? [])
    }
    let present = Set(entities.map(\.id))
    let edges = graph.relations
      .filter { present.contains($0.source) && present.contains($0.target) }
      .sorted { $0.key < $1.key }
      .map { r in
        DiagramEdge(source: r.source, target: r.target, type: r.type, weight: r.weight,
                    title: Tooltip.relation(r, names: names))
      }
    let hierarchy = !edges.isEmpty && edges.allSatisfy { $0.type == .partOf }
    return DiagramGraph(view: "whole", nodes: nodes, edges: edges, isHierarchy: hierarchy)
  }
}

/// Reading the size metric with a fallback to degree.
enum SizeMetric {
  /// The metric's value, or the degree when the metric is unknown for this entity.
  static func value(_ name: String, for id: String, metrics: NodeMetrics) -> Double {
    metrics.value(name, for: id) ?? metrics.value("degree", for: id) ?? 0
  }

  /// The metric actually used: `name` when any entity has it, else "degree".
  static func effective(_ name: String, metrics: NodeMetrics) -> String {
    metrics.metricNames.contains(name) ? name : "degree"
  }
}

/// Cluster membership for `--group-by`.
enum Grouping {
  static func group(of e: Entity, by grouping: DiagramStyle.Grouping, metrics: NodeMetrics)
    -> (key: String, label: String)?
  {
    switch grouping {
    case .none: return nil
    case .sector:
      guard let s = e.sector else { return nil }
      return ("sector-" + s.rawValue.replacingOccurrences(of: "_", with: "-"), s.label)
    case .community:
      guard let c = metrics.community[e.id] else { return nil }
      return ("community-\(c + 1)", "community \(c + 1)")
    }
  }
}
