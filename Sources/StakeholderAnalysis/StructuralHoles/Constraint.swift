extension NetworkGraph {
  /// Burt's constraint of every node, as networkx's `constraint` (its matrix form, networkx 3.x):
  /// cᵢ = Σ_{j: pᵢⱼ > 0} (pᵢⱼ + Σ_k pᵢₖ pₖⱼ)², with pᵢⱼ = mᵢⱼ / Σ_k mᵢₖ the proportional mutual weight.
  /// Isolated nodes get NaN, as in networkx.
  ///
  ///     let c = graph.constraint()                // networkx default weight=None
  ///     let cw = graph.constraint(weighted: true) // weight="weight"
  ///
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, parallel over fixed blocks of nodes; O(n) scratch per block.
  /// - Source: R. S. Burt, Structural Holes, 1992; networkx 3.x `structuralholes.constraint`.
  public func constraint(weighted: Bool = false) -> [Double] {
    let n = nodeCount
    let mw = MutualWeights(self, weighted: weighted)
    // r[k] = pᵢₖ / Σ_l mₖₗ for the entries of row i, so qⱼ = Σ_k pᵢₖ pₖⱼ = Σ_{k in row j} r[k] mⱼₖ is pulled
    // from row j (k may be i or j through a self-loop).
    return Parallel.map(n, initial: 0.0, scratch: { [Double](repeating: 0, count: n) }) { i, r in
      let si = mw.rowSum[i]
      if si == 0 { return .nan }
      mw.forEachEntry(self, i) { k, mik in
        let sk = mw.rowSum[k]
        r[k] = sk == 0 ? 0 : (mik / si) / sk
      }
      var c = 0.0
      mw.forEachEntry(self, i) { j, mij in
        let pij = mij / si
        guard pij > 0 else { return }
        var qj = 0.0
        mw.forEachEntry(self, j) { k, mjk in qj += r[k] * mjk }
        let t = pij + qj
        c += t * t
      }
      mw.forEachEntry(self, i) { k, _ in r[k] = 0 }
      // networkx marks nodes whose only mutual weight is a self-loop as isolated.
      return (si - 2 * (mw.mutualLoop(self, i) / si) == 0) ? .nan : c
    }
  }
}
