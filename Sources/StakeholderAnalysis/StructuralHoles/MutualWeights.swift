/// Burt's proportional tie strengths in the matrix form networkx 3.x uses: the mutual weight
/// mᵢⱼ = aᵢⱼ + aⱼᵢ (twice the edge weight for an undirected edge, a self-loop included), and for each
/// node its row sum and row maximum.
struct MutualWeights {
  /// Row sums Σⱼ mᵢⱼ and maxima maxⱼ mᵢⱼ.
  var rowSum: [Double]
  var rowMax: [Double]
  /// Whether weights are used (networkx `weight="weight"`) or every edge counts 1 (`weight=None`).
  var weighted: Bool

  init(_ g: NetworkGraph, weighted: Bool) {
    self.weighted = weighted
    rowSum = [Double](repeating: 0, count: g.nodeCount)
    rowMax = [Double](repeating: 0, count: g.nodeCount)
    for v in 0..<g.nodeCount {
      var s = 0.0, m = 0.0
      for slot in g.neighborRange(v) {
        let w = mutual(g.weights[slot])
        s += w; m = max(m, w)
      }
      if g.hasLoop[v] {
        let w = mutualLoop(g, v)
        s += w; m = max(m, w)
      }
      rowSum[v] = s
      rowMax[v] = m
    }
  }

  /// The mutual weight of an edge of weight `w`, and of `v`'s self-loop (0 without one).
  @inline(__always) func mutual(_ w: Double) -> Double { 2 * (weighted ? w : 1) }
  @inline(__always) func mutualLoop(_ g: NetworkGraph, _ v: Int) -> Double {
    g.hasLoop[v] ? mutual(g.loopWeight[v]) : 0
  }
}
