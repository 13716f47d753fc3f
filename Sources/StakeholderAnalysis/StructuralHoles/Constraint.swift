extension NetworkGraph {
  /// Burt's constraint of every node, as networkx's `constraint` (its matrix form, networkx 3.x):
  /// cᵢ = Σ_{j: pᵢⱼ > 0} (pᵢⱼ + Σ_k pᵢₖ pₖⱼ)², with pᵢⱼ = mᵢⱼ / Σ_k mᵢₖ the proportional mutual weight.
  /// Isolated nodes get NaN, as in networkx.
  ///
  ///     let c = graph.constraint()                // networkx default weight=None
  ///     let cw = graph.constraint(weighted: true) // weight="weight"
  ///
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, O(n) scratch.
  /// - Source: R. S. Burt, Structural Holes, 1992; networkx 3.x `structuralholes.constraint`.
  public func constraint(weighted: Bool = false) -> [Double] {
    let n = nodeCount
    let mw = MutualWeights(self, weighted: weighted)
    var q = [Double](repeating: 0, count: n)
    var touched = [Int]()
    var result = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let si = mw.rowSum[i]
      if si == 0 { result[i] = .nan; continue }
      // q[j] = Σ_k p_ik p_kj over two-step paths (k may be i or j through a self-loop).
      mw.forEachEntry(self, i) { k, mik in
        let pik = mik / si
        let sk = mw.rowSum[k]
        guard sk != 0 else { return }
        mw.forEachEntry(self, k) { j, mkj in
          if q[j] == 0 { touched.append(j) }
          q[j] += pik * (mkj / sk)
        }
      }
      var c = 0.0
      mw.forEachEntry(self, i) { j, mij in
        let pij = mij / si
        if pij > 0 { let t = pij + q[j]; c += t * t }
      }
      for j in touched { q[j] = 0 }
      touched.removeAll(keepingCapacity: true)
      // networkx marks nodes whose only mutual weight is a self-loop as isolated.
      result[i] = (si - 2 * (mw.mutualLoop(self, i) / si) == 0) ? .nan : c
    }
    return result
  }
}
