import StakeholderModel

/// Everything `stakeholders brokers` prints and a report needs about brokerage: Gould–Fernandez roles
/// per node (with expected counts and z-scores), graph-level role totals, and the top brokers explained.
public struct BrokerageReport: Sendable {
  /// One node's roles.
  public struct Row: Sendable {
    public var id: String
    public var name: String
    public var sector: String?
    public var betweenness: Double
    public var counts: [Double]
    public var expected: [Double]
    public var z: [Double]
  }
  public var view: GraphView
  /// Rows sorted by total brokerage (descending), then id.
  public var rows: [Row]
  /// Sum of each role over all nodes, observed and expected.
  public var totals: [Double]
  public var expectedTotals: [Double]
  public var explanations: [BrokerExplanation]
}

extension BrokerageReport {
  /// Computes the report on a view of a loaded graph.
  ///
  ///     let r = BrokerageReport.make(network: g, view: .organizations, top: 10)
  ///
  /// - Parameters:
  ///   - typed: the typed graph, when there is one, for entity names in explanations.
  ///   - betweenness: the network's normalised betweenness when already computed (a ``MetricsTable``'s
  ///     column); computed here otherwise.
  ///   - roles: the network's Gould–Fernandez roles when already computed.
  public static func make(network: NetworkGraph, view: GraphView, typed: StakeholderGraph? = nil, top: Int = 10,
                          betweenness: [Double]? = nil, roles: BrokerageScores? = nil) -> BrokerageReport {
    let roles = roles ?? network.brokerage()
    let bet = betweenness ?? network.betweenness()
    let r = BrokerageRole.allCases.count
    var rows = (0..<network.nodeCount).map { v in
      Row(id: network.nodes[v].id, name: network.nodes[v].name, sector: network.nodes[v].sector?.rawValue,
          betweenness: bet[v], counts: (0..<r).map { roles.counts[$0][v] },
          expected: (0..<r).map { roles.expected[$0][v] }, z: (0..<r).map { roles.z[$0][v] })
    }
    rows.sort { a, b in
      let ta = a.counts.reduce(0, +), tb = b.counts.reduce(0, +)
      return ta != tb ? ta > tb : a.id < b.id
    }
    var names: [String: String] = [:], kinds: [String: String] = [:]
    for e in typed?.entities ?? [] { names[e.id] = e.name; kinds[e.id] = e.kind.rawValue }
    return BrokerageReport(
      view: view, rows: rows,
      totals: (0..<r).map { i in roles.counts[i].reduce(0, +) },
      expectedTotals: (0..<r).map { i in roles.expected[i].reduce(0, +) },
      explanations: network.explainBrokers(top: top, betweenness: bet, names: names, kinds: kinds))
  }
}
