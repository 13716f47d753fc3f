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
    return Parallel.map(n, initial: 0.0, scratch: { [Double](repeating: 0, count: n) }) { i, p in
      if neighborRange(i).isEmpty { return .nan }
      let si = mw.rowSum[i]
      mw.forEachEntry(self, i) { k, mik in p[k] = si == 0 ? 0 : mik / si }
      var e = 0.0
      mw.forEachEntry(self, i) { j, _ in
        var sj = 0.0
        mw.forEachEntry(self, j) { k, mjk in sj += p[k] * mjk }
        e += 1 - (mw.rowMax[j] == 0 ? 0 : sj / mw.rowMax[j])
      }
      mw.forEachEntry(self, i) { k, _ in p[k] = 0 }
      return e
    }
  }
}
