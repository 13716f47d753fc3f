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
    // from row j (k may be i or j through a self-loop). Raw buffers: Σ deg² work on dense views.
    return Parallel.map(n, initial: 0.0, scratch: { [Double](repeating: 0, count: n) }) { i, scratch in
      let si = mw.rowSum[i]
      if si == 0 { return .nan }
      let c = scratch.withUnsafeMutableBufferPointer { r in
        withRows { nb, wt, off -> Double in
          func m(_ slot: Int) -> Double { mw.mutual(wt[slot]) }
          func set(_ k: Int, _ mik: Double) {
            let sk = mw.rowSum[k]
            r[k] = sk == 0 ? 0 : (mik / si) / sk
          }
          for slot in off[i]..<off[i + 1] { set(Int(nb[slot]), m(slot)) }
          if hasLoop[i] { set(i, mw.mutualLoop(self, i)) }
          func term(_ j: Int, _ mij: Double) -> Double {
            let pij = mij / si
            guard pij > 0 else { return 0 }
            var qj = 0.0
            for s2 in off[j]..<off[j + 1] { qj += r[Int(nb[s2])] * m(s2) }
            if hasLoop[j] { qj += r[j] * mw.mutualLoop(self, j) }
            let t = pij + qj
            return t * t
          }
          var c = 0.0
          for slot in off[i]..<off[i + 1] { c += term(Int(nb[slot]), m(slot)) }
          if hasLoop[i] { c += term(i, mw.mutualLoop(self, i)) }
          for slot in off[i]..<off[i + 1] { r[Int(nb[slot])] = 0 }
          r[i] = 0
          return c
        }
      }
      // networkx marks nodes whose only mutual weight is a self-loop as isolated.
      return (si - 2 * (mw.mutualLoop(self, i) / si) == 0) ? .nan : c
    }
  }
}
