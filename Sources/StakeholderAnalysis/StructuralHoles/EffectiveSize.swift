extension NetworkGraph {
  /// Burt's effective size of every node, as networkx's `effective_size`:
  /// eᵢ = Σ_{j ∈ N(i)} (1 − Σ_k pᵢₖ mⱼₖ / maxₗ mⱼₗ), with pᵢₖ = mᵢₖ / Σₗ mᵢₗ the proportional mutual
  /// weight (0 when i's ties all weigh 0). Unweighted, on a loop-free graph this is Borgatti's n − 2t/n.
  /// Nodes with no neighbour but themselves get NaN, as in networkx.
  ///
  ///     let e = graph.effectiveSize()                 // networkx default weight=None
  ///     let ew = graph.effectiveSize(weighted: true)  // weight="weight", Burt's definition
  ///
  /// Weighted, this follows Burt and networkx's per-node computation (`effective_size(G, nodes=…,
  /// weight=…)`); networkx 3.6's all-nodes shortcut divides mⱼₖ by k's largest tie instead of j's and
  /// so differs on weighted graphs. Unweighted the two agree.
  ///
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, parallel over fixed blocks of nodes; O(n) scratch per block.
  /// - Source: Burt 1992; Borgatti, "Structural holes: unpacking Burt's redundancy measures", 1997;
  ///   networkx 3.x `structuralholes.effective_size`.
  public func effectiveSize(weighted: Bool = false) -> [Double] {
    let n = nodeCount
    let mw = MutualWeights(self, weighted: weighted)
    // p[k] = pᵢₖ for the entries of row i; for each j of row i, sⱼ = Σ_k pᵢₖ mⱼₖ is pulled from row j.
    // Raw buffers: this is Σ deg² work on dense views.
    return Parallel.map(n, initial: 0.0, scratch: { [Double](repeating: 0, count: n) }) { i, scratch in
      if neighborRange(i).isEmpty { return .nan }
      let si = mw.rowSum[i]
      return scratch.withUnsafeMutableBufferPointer { p in
        withRows { nb, wt, off in
          func m(_ slot: Int) -> Double { mw.mutual(wt[slot]) }
          for slot in off[i]..<off[i + 1] { p[Int(nb[slot])] = si == 0 ? 0 : m(slot) / si }
          if hasLoop[i] { p[i] = si == 0 ? 0 : mw.mutualLoop(self, i) / si }
          func redundancy(_ j: Int) -> Double {
            var sj = 0.0
            for s2 in off[j]..<off[j + 1] { sj += p[Int(nb[s2])] * m(s2) }
            if hasLoop[j] { sj += p[j] * mw.mutualLoop(self, j) }
            return 1 - (mw.rowMax[j] == 0 ? 0 : sj / mw.rowMax[j])
          }
          var e = 0.0
          for slot in off[i]..<off[i + 1] { e += redundancy(Int(nb[slot])) }
          if hasLoop[i] { e += redundancy(i) }
          for slot in off[i]..<off[i + 1] { p[Int(nb[slot])] = 0 }
          p[i] = 0
          return e
        }
      }
    }
  }
}
