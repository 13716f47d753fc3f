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
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, O(n) scratch.
  /// - Source: Burt 1992; Borgatti, "Structural holes: unpacking Burt's redundancy measures", 1997;
  ///   networkx 3.x `structuralholes.effective_size`.
  public func effectiveSize(weighted: Bool = false) -> [Double] {
    let n = nodeCount
    let mw = MutualWeights(self, weighted: weighted)
    var s = [Double](repeating: 0, count: n)
    var touched = [Int]()
    var result = [Double](repeating: 0, count: n)
    for i in 0..<n {
      if neighborRange(i).isEmpty { result[i] = .nan; continue }
      let si = mw.rowSum[i]
      // s[j] = Σ_k p_ik m_kj (m symmetric, so m_jk = m_kj).
      mw.forEachEntry(self, i) { k, mik in
        let pik = si == 0 ? 0 : mik / si
        mw.forEachEntry(self, k) { j, mkj in
          touched.append(j)
          s[j] += pik * mkj
        }
      }
      var e = 0.0
      mw.forEachEntry(self, i) { j, _ in
        e += 1 - (mw.rowMax[j] == 0 ? 0 : s[j] / mw.rowMax[j])
      }
      for j in touched { s[j] = 0 }
      touched.removeAll(keepingCapacity: true)
      result[i] = e
    }
    return result
  }
}
