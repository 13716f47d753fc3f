extension NetworkGraph {
  /// Louvain community detection on edge weights, maximising modularity, seeded.
  ///
  ///     let parts = graph.louvain(seed: 42)
  ///     parts.modularity
  ///
  /// Each level moves nodes, in a seeded random order, to the neighbouring community with the largest
  /// modularity gain until a pass moves nobody, then aggregates communities into nodes; it stops when a
  /// level moves nobody. Ties go to the community seen first in the (id-ordered) adjacency.
  ///
  /// - Parameters:
  ///   - resolution: γ in the modularity (1 = classic).
  ///   - seed: the random order's seed; the same seed gives the same partition.
  /// - Complexity: about O(m) per pass; a few passes and levels in practice.
  /// - Source: V. D. Blondel, J.-L. Guillaume, R. Lambiotte & E. Lefebvre, "Fast unfolding of
  ///   communities in large networks", J. Stat. Mech. 2008.
  public func louvain(resolution: Double = 1, seed: UInt64 = 1) -> CommunityResult {
    var rng = SeededRandom(seed: seed)
    let base = WeightedLevel(self)
    var level = base
    var original = Array(0..<nodeCount)
    if base.total > 0 {
      while true {
        var part = Array(0..<level.n)
        let moved = level.localMovingPasses(&part, resolution: resolution, rng: &rng)
        if !moved { break }
        let (labels, k) = compactLabels(part)
        original = original.map { labels[$0] }
        level = level.aggregated(by: labels, count: k)
      }
    }
    let (labels, k) = compactLabels(original)
    return CommunityResult(membership: labels, count: k, modularity: base.modularity(labels, resolution: resolution))
  }
}

extension WeightedLevel {
  /// Classic Louvain phase one: sweeps in random order until a sweep moves nobody. Returns whether any
  /// node moved.
  func localMovingPasses(_ part: inout [Int], resolution: Double, rng: inout SeededRandom) -> Bool {
    let twoM = 2 * total
    var tot = [Double](repeating: 0, count: n)
    for v in 0..<n { tot[part[v]] += degree[v] }
    var scratch = NeighborCommunityWeights(size: n)
    var movedAny = false
    for _ in 0..<1000 {
      var moves = 0
      for v in rng.permutation(n) {
        let kv = degree[v]
        for slot in offsets[v]..<offsets[v + 1] { scratch.add(part[neighbors[slot]], weights[slot]) }
        let old = part[v]
        tot[old] -= kv
        var best = old
        var bestGain = scratch.weight[old] - resolution * kv * tot[old] / twoM
        for c in scratch.list where c != old {
          let gain = scratch.weight[c] - resolution * kv * tot[c] / twoM
          if gain > bestGain { bestGain = gain; best = c }
        }
        tot[best] += kv
        part[v] = best
        if best != old { moves += 1 }
        scratch.clear()
      }
      if moves == 0 { break }
      movedAny = true
    }
    return movedAny
  }
}
