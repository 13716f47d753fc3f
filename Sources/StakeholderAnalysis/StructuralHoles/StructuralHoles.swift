extension NetworkGraph {
  /// Burt's constraint and effective size of every node in one pass: both pull, for each neighbour j of
  /// i, a sum over j's row (Σ_k pᵢₖ pₖⱼ for constraint, Σ_k pᵢₖ mⱼₖ for effective size), so one walk of
  /// those rows serves both. The numbers are exactly those of ``constraint(weighted:)`` and
  /// ``effectiveSize(weighted:)`` (same terms, summed in the same order); on the dense organization view
  /// of a large corpus this walk (Σ deg² steps) is most of their cost, so sharing it halves it.
  ///
  ///     let holes = graph.structuralHoles()
  ///     holes.constraint[v]; holes.effectiveSize[v]
  ///
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, parallel over fixed blocks of nodes; O(n) scratch per block.
  /// - Source: R. S. Burt, Structural Holes, 1992; Borgatti 1997; networkx 3.x `structuralholes`.
  public func structuralHoles(weighted: Bool = false) -> (constraint: [Double], effectiveSize: [Double]) {
    structuralHoles(weighted: weighted, bitRows: nil)
  }

  /// - Parameter bitRows: (unweighted only) sum over common neighbours read from bit rows instead of
  ///   walking row j; nil chooses by density (``GroupedBitRows/pays(for:)``). Both give the same numbers.
  func structuralHoles(weighted: Bool, bitRows: Bool?) -> (constraint: [Double], effectiveSize: [Double]) {
    let n = nodeCount
    let mw = MutualWeights(self, weighted: weighted)
    // Unweighted on a dense graph, row j's walk is replaced by the common neighbours of i and j read
    // from bit rows (in id order, as the walk visits them; the walk's other terms are zeros).
    let rows = !weighted && (bitRows ?? GroupedBitRows.pays(for: self)) ? GroupedBitRows.inIDOrder(self) : nil
    struct Scratch { var r: [Double]; var p: [Double]; var mine: [UInt64] }
    let both = Parallel.map(n, initial: SIMD2<Double>(0, 0), scratch: {
      Scratch(r: [Double](repeating: 0, count: n), p: [Double](repeating: 0, count: n), mine: [UInt64](repeating: 0, count: rows?.words ?? 0))
    }) { i, scratch in
      let si = mw.rowSum[i]
      let hasNeighbours = !neighborRange(i).isEmpty
      // Bits of N(i) and i itself (r[i], p[i] are zero unless i has a self-loop, as in the walk).
      if rows != nil {
        for slot in neighborRange(i) { let k = Int(neighbors[slot]); scratch.mine[k >> 6] |= 1 << UInt64(k & 63) }
        scratch.mine[i >> 6] |= 1 << UInt64(i & 63)
      }
      defer {
        if rows != nil {
          for slot in neighborRange(i) { scratch.mine[Int(neighbors[slot]) >> 6] = 0 }
          scratch.mine[i >> 6] = 0
        }
      }
      // r[k] = pᵢₖ / Σ_l mₖₗ (constraint), p[k] = pᵢₖ (effective size), for the entries of row i.
      let (c, e) = scratch.r.withUnsafeMutableBufferPointer { r in
        scratch.p.withUnsafeMutableBufferPointer { p in
          scratch.mine.withUnsafeBufferPointer { mine in
          withRows { nb, wt, off -> (Double, Double) in
            func m(_ slot: Int) -> Double { mw.mutual(wt[slot]) }
            func set(_ k: Int, _ mik: Double) {
              let sk = mw.rowSum[k]
              r[k] = si == 0 || sk == 0 ? 0 : (mik / si) / sk
              p[k] = si == 0 ? 0 : mik / si
            }
            for slot in off[i]..<off[i + 1] { set(Int(nb[slot]), m(slot)) }
            if hasLoop[i] { set(i, mw.mutualLoop(self, i)) }
            // One walk of row j gives qⱼ = Σ_k pᵢₖ pₖⱼ and sⱼ = Σ_k pᵢₖ mⱼₖ.
            func terms(_ j: Int, _ mij: Double) -> (Double, Double) {
              var qj = 0.0, sj = 0.0
              if let rows, j != i {
                let mjk = mw.mutual(1)
                rows.bits.withUnsafeBufferPointer { all in
                  for w in 0..<rows.words {
                    var x = all[j * rows.words + w] & mine[w]
                    while x != 0 {
                      let k = w << 6 + x.trailingZeroBitCount
                      qj += r[k] * mjk
                      sj += p[k] * mjk
                      x &= x - 1
                    }
                  }
                }
              } else {
                for s2 in off[j]..<off[j + 1] {
                  let k = Int(nb[s2]), mjk = m(s2)
                  qj += r[k] * mjk
                  sj += p[k] * mjk
                }
              }
              if hasLoop[j] {
                let mjj = mw.mutualLoop(self, j)
                qj += r[j] * mjj
                sj += p[j] * mjj
              }
              let pij = si == 0 ? 0 : mij / si
              let t = pij + qj
              let constraintTerm = pij > 0 ? t * t : 0
              return (constraintTerm, 1 - (mw.rowMax[j] == 0 ? 0 : sj / mw.rowMax[j]))
            }
            var c = 0.0, e = 0.0
            for slot in off[i]..<off[i + 1] {
              let (ct, et) = terms(Int(nb[slot]), m(slot))
              c += ct; e += et
            }
            if hasLoop[i] {
              let (ct, et) = terms(i, mw.mutualLoop(self, i))
              c += ct; e += et
            }
            for slot in off[i]..<off[i + 1] { r[Int(nb[slot])] = 0; p[Int(nb[slot])] = 0 }
            r[i] = 0; p[i] = 0
            return (c, e)
          }
          }
        }
      }
      // networkx marks nodes whose only mutual weight is a self-loop as isolated (constraint), and nodes
      // without a neighbour but themselves (effective size).
      let constraint = si == 0 || si - 2 * (mw.mutualLoop(self, i) / si) == 0 ? Double.nan : c
      return SIMD2(constraint, hasNeighbours ? e : .nan)
    }
    return (both.map { $0[0] }, both.map { $0[1] })
  }
}
