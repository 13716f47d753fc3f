extension NetworkGraph {
  /// PageRank as networkx's `pagerank` with its defaults: damping 0.85, the `weight` attribute,
  /// uniform start and teleport, dangling nodes (no weight to pass on, including nodes whose edges
  /// all weigh 0) spreading their rank uniformly, stopping when Σ|xᵢ − xᵢ'| < n·1e-6 — the same
  /// iteration, so the same numbers.
  ///
  ///     let pr = graph.pagerank().values
  ///
  /// A self-loop is one entry of the adjacency matrix (its weight counted once), as in
  /// `to_scipy_sparse_array`.
  ///
  /// - Complexity: O(iterations · (n + m)).
  /// - Source: Page, Brin, Motwani & Winograd 1999; networkx 3.x `_pagerank_scipy`.
  public func pagerank(alpha: Double = 0.85, maxIterations: Int = 100, tolerance: Double = 1e-6,
                       weighted: Bool = true) -> PowerIterationResult {
    let n = nodeCount
    if n == 0 { return PowerIterationResult(values: [], converged: true, iterations: 0) }
    var inverseOut = [Double](repeating: 0, count: n)
    var dangling = [Int]()
    for v in 0..<n {
      var s = 0.0
      for slot in neighborRange(v) { s += weighted ? weights[slot] : 1 }
      if hasLoop[v] { s += weighted ? loopWeight[v] : 1 }
      if s != 0 { inverseOut[v] = 1.0 / s } else { dangling.append(v) }
    }
    let p = 1.0 / Double(n)
    var x = [Double](repeating: p, count: n)
    var next = x
    for iteration in 1...max(1, maxIterations) {
      var danglingSum = 0.0
      for v in dangling { danglingSum += x[v] }
      var err = 0.0
      for v in 0..<n {
        // (x @ A)_v = Σ_u x_u · w_uv / out_u; A is symmetric in pattern, so iterate v's row.
        var s = 0.0
        for slot in neighborRange(v) {
          let u = Int(neighbors[slot])
          s += x[u] * ((weighted ? weights[slot] : 1) * inverseOut[u])
        }
        if hasLoop[v] { s += x[v] * ((weighted ? loopWeight[v] : 1) * inverseOut[v]) }
        let value = alpha * (s + danglingSum * p) + (1 - alpha) * p
        next[v] = value
        err += abs(value - x[v])
      }
      swap(&x, &next)
      if err < Double(n) * tolerance {
        return PowerIterationResult(values: x, converged: true, iterations: iteration)
      }
    }
    return PowerIterationResult(values: x, converged: false, iterations: maxIterations)
  }
}
