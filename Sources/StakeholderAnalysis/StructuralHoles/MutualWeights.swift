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
        let w = 2 * (weighted ? g.weights[slot] : 1)
        s += w; m = max(m, w)
      }
      if g.hasLoop[v] {
        let w = 2 * (weighted ? g.loopWeight[v] : 1)
        s += w; m = max(m, w)
      }
      rowSum[v] = s
      rowMax[v] = m
    }
  }

  /// The mutual weight on a CSR slot or a loop.
  @inline(__always) func mutual(_ g: NetworkGraph, slot: Int) -> Double { 2 * (weighted ? g.weights[slot] : 1) }
  @inline(__always) func mutualLoop(_ g: NetworkGraph, _ v: Int) -> Double {
    g.hasLoop[v] ? 2 * (weighted ? g.loopWeight[v] : 1) : 0
  }

  /// Calls `body(j, mᵢⱼ)` for every j with an entry in row i (neighbours, then i itself for a loop).
  @inline(__always) func forEachEntry(_ g: NetworkGraph, _ i: Int, _ body: (Int, Double) -> Void) {
    for slot in g.neighborRange(i) { body(Int(g.neighbors[slot]), mutual(g, slot: slot)) }
    if g.hasLoop[i] { body(i, mutualLoop(g, i)) }
  }
}

extension NetworkGraph {
  /// Calls `body` with the CSR rows as raw buffers (neighbours, weights, offsets), for hot loops.
  @inline(__always) func withRows<T>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>, UnsafeBufferPointer<Int>) -> T) -> T {
    neighbors.withUnsafeBufferPointer { nb in
      weights.withUnsafeBufferPointer { wt in
        offsets.withUnsafeBufferPointer { off in body(nb, wt, off) }
      }
    }
  }
}
