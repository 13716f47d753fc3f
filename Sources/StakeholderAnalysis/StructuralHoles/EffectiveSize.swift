extension NetworkGraph {
  /// Burt's effective size of every node, as networkx's `effective_size` (its matrix form, networkx
  /// 3.x): eᵢ = Σ_{j: pᵢⱼ > 0} (1 − Σ_k pᵢₖ mⱼₖ / maxₗ mⱼₗ). Unweighted, on a loop-free graph this is
  /// Borgatti's n − 2t/n. Nodes with no neighbour but themselves get NaN, as in networkx.
  ///
  ///     let e = graph.effectiveSize()
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
      let si = mw.rowSum[i]
      let ownShare = si == 0 ? Double.nan : mw.mutualLoop(self, i) / si
      if si == 0 || 1 - ownShare == 0 { result[i] = .nan; continue }
      // s[j] = Σ_k p_ik m_kj (m symmetric, so m_jk = m_kj).
      mw.forEachEntry(self, i) { k, mik in
        let pik = mik / si
        mw.forEachEntry(self, k) { j, mkj in
          if s[j] == 0 { touched.append(j) }
          s[j] += pik * mkj
        }
      }
      var e = 0.0
      mw.forEachEntry(self, i) { j, mij in
        if mij / si > 0 { e += 1 - (mw.rowMax[j] == 0 ? .nan : s[j] / mw.rowMax[j]) }
      }
      for j in touched { s[j] = 0 }
      touched.removeAll(keepingCapacity: true)
      result[i] = e
    }
    return result
  }
}
