import StakeholderModel

/// Tie weight and tie count between every pair of sectors (plus "no sector").
public struct SectorMixing: Sendable {
  /// Row/column labels: every sector's raw value, then `none`.
  public var labels: [String]
  /// Symmetric; the diagonal holds ties inside a sector. Self-loops are left out.
  public var weight: [[Double]]
  public var count: [[Int]]
}

extension NetworkGraph {
  /// The sector mixing matrix: summed edge weight and number of edges between sectors.
  ///
  ///     let mix = graph.sectorMixing()
  ///
  /// - Complexity: O(m).
  public func sectorMixing() -> SectorMixing {
    let k = Sector.allCases.count + 1
    var w = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
    var c = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
    let g = SectorGroups.of(self)
    for e in edges where e.source != e.target {
      let a = g[e.source], b = g[e.target]
      w[a][b] += e.weight; c[a][b] += 1
      if a != b { w[b][a] += e.weight; c[b][a] += 1 }
    }
    return SectorMixing(labels: Sector.allCases.map(\.rawValue) + ["none"], weight: w, count: c)
  }
}
