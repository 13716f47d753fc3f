import StakeholderModel

/// Per-entity numbers the writers draw and list: named centralities, a community index and broker roles.
///
/// The analysis module fills it; every writer also works without it (see ``NodeMetrics/basic(for:)``).
///
///     var m = NodeMetrics(metricNames: ["degree", "betweenness"])
///     m.set("betweenness", 0.52, for: "organization:e-izba")
///     m.community["organization:e-izba"] = 0
public struct NodeMetrics: Sendable, Equatable {
  /// Metric names in the order tables and exports list them ("degree", "betweenness", "pagerank", …).
  public var metricNames: [String]
  /// Entity id → metric name → value.
  public var values: [String: [String: Double]]
  /// Entity id → community index (0-based).
  public var community: [String: Int]
  /// Entity id → broker role name (e.g. "coordinator", "gatekeeper") → count.
  public var brokerRoles: [String: [String: Int]]

  /// Creates metrics; values are added with ``set(_:_:for:)``.
  public init(
    metricNames: [String] = [], values: [String: [String: Double]] = [:], community: [String: Int] = [:],
    brokerRoles: [String: [String: Int]] = [:]
  ) {
    self.metricNames = metricNames
    self.values = values
    self.community = community
    self.brokerRoles = brokerRoles
  }

  /// The value of `metric` for the entity `id`, if known.
  public func value(_ metric: String, for id: String) -> Double? { values[id]?[metric] }

  /// Sets one value, adding the metric name to ``metricNames`` when it is new.
  public mutating func set(_ metric: String, _ value: Double, for id: String) {
    if !metricNames.contains(metric) { metricNames.append(metric) }
    values[id, default: [:]][metric] = value
  }

  /// Broker role names that occur, sorted.
  public var brokerRoleNames: [String] {
    Array(Set(brokerRoles.values.flatMap(\.keys))).sorted()
  }

  /// What the writers use when the analysis gave nothing: `degree` (distinct neighbours) and
  /// `strength` (sum of relation weights), both over the undirected view of the graph.
  ///
  /// - Complexity: O(n + m).
  public static func basic(for graph: StakeholderGraph) -> NodeMetrics {
    let adj = Adjacency(graph)
    var m = NodeMetrics(metricNames: ["degree", "strength"])
    for e in graph.entities {
      m.values[e.id] = [
        "degree": Double(adj.neighbours(of: e.id).count),
        "strength": Double(adj.strength(of: e.id)),
      ]
    }
    return m
  }

  /// These metrics, with `degree` filled in from the graph where missing (and `strength` too when
  /// there are no metrics at all).
  func completed(for graph: StakeholderGraph) -> NodeMetrics {
    var m = self
    // With the analysis's metrics only a missing degree is added (its weighted degree is the strength).
    let added = metricNames.isEmpty ? ["degree", "strength"] : ["degree"]
    for name in added where !m.metricNames.contains(name) {
      m.metricNames.insert(name, at: min(m.metricNames.count, name == "degree" ? 0 : 1))
    }
    // The analysis usually gives every entity its degree: then nothing needs counting.
    guard graph.entities.contains(where: { e in added.contains { m.values[e.id]?[$0] == nil } }) else { return m }
    let basic = NodeMetrics.basic(for: graph)
    for e in graph.entities {
      for name in added where m.values[e.id]?[name] == nil {
        m.values[e.id, default: [:]][name] = basic.values[e.id]?[name]
      }
    }
    return m
  }
}
