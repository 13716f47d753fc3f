import StakeholderModel

/// Krackhardt's E-I index per node, per sector and for the whole graph.
public struct EIIndex: Sendable {
  /// Per node; NaN for nodes without a sector or without ties to nodes with one.
  public var byNode: [Double]
  /// Per sector that has ties (sectors in `Sector.allCases` order).
  public var bySector: [(sector: Sector, value: Double)]
  /// The whole graph; NaN when no tie joins two nodes with sectors.
  public var graph: Double
}

extension NetworkGraph {
  /// Krackhardt's E-I index with sector as the group: (E − I) / (E + I), where E counts ties leaving the
  /// group and I ties inside it. Ties are counted once each, unweighted; self-loops and ties to nodes
  /// without a sector are left out. −1: all ties inside the sector; +1: all ties across sectors.
  ///
  ///     let ei = graph.eiIndex()
  ///
  /// - Complexity: O(n + m · sectors).
  /// - Source: D. Krackhardt & R. N. Stern, "Informal networks and organizational crises: an experimental
  ///   simulation", Social Psychology Quarterly 51(2), 1988.
  public func eiIndex() -> EIIndex {
    let n = nodeCount
    var byNode = [Double](repeating: .nan, count: n)
    for v in 0..<n {
      guard let sv = nodes[v].sector else { continue }
      var e = 0.0, i = 0.0
      for slot in neighborRange(v) {
        guard let su = nodes[Int(neighbors[slot])].sector else { continue }
        if su == sv { i += 1 } else { e += 1 }
      }
      if e + i > 0 { byNode[v] = (e - i) / (e + i) }
    }
    var bySector: [(Sector, Double)] = []
    var te = 0.0, ti = 0.0
    for edge in edges where edge.source != edge.target {
      guard let a = nodes[edge.source].sector, let b = nodes[edge.target].sector else { continue }
      if a == b { ti += 1 } else { te += 1 }
    }
    for s in Sector.allCases {
      var e = 0.0, i = 0.0
      for edge in edges where edge.source != edge.target {
        guard let a = nodes[edge.source].sector, let b = nodes[edge.target].sector else { continue }
        if a == s && b == s { i += 1 } else if a == s || b == s { e += 1 }
      }
      if e + i > 0 { bySector.append((s, (e - i) / (e + i))) }
    }
    return EIIndex(byNode: byNode, bySector: bySector, graph: te + ti > 0 ? (te - ti) / (te + ti) : .nan)
  }
}
