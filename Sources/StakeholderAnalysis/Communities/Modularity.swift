extension NetworkGraph {
  /// Newman's weighted modularity of a partition, with networkx's definition (`community.modularity`):
  /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where L_c is the weight inside c (self-loops once), d_c the
  /// sum of weighted degrees (self-loops twice) and m the total weight. 0 for a graph without weight.
  ///
  ///     let q = graph.modularity(communities)
  ///
  /// - Parameters:
  ///   - membership: community label of each node (any integers).
  ///   - resolution: γ, 1 for classic modularity.
  /// - Complexity: O(n + m).
  /// - Source: M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E 70, 2004.
  public func modularity(_ membership: [Int], resolution: Double = 1) -> Double {
    WeightedLevel(self).modularity(membership, resolution: resolution)
  }
}

extension WeightedLevel {
  func modularity(_ membership: [Int], resolution: Double) -> Double {
    guard total > 0 else { return 0 }
    let (labels, k) = compactLabels(membership)
    var inside = [Double](repeating: 0, count: k)
    var tot = [Double](repeating: 0, count: k)
    for v in 0..<n {
      let c = labels[v]
      tot[c] += degree[v]
      inside[c] += loop[v]
      for slot in offsets[v]..<offsets[v + 1] where neighbors[slot] > v && labels[neighbors[slot]] == c {
        inside[c] += weights[slot]
      }
    }
    var q = 0.0
    for c in 0..<k {
      let d = tot[c] / (2 * total)
      q += inside[c] / total - resolution * d * d
    }
    return q
  }
}
