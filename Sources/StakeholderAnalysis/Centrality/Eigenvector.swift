import Foundation

/// The result of a power iteration: the vector and whether it met the tolerance within `maxIterations`.
public struct PowerIterationResult: Sendable, Equatable {
  public var values: [Double]
  public var converged: Bool
  public var iterations: Int
}

extension NetworkGraph {
  /// Eigenvector centrality by networkx's power iteration (`eigenvector_centrality`, defaults:
  /// `max_iter=100`, `tol=1e-6`, unweighted, start 1/n), iterating with A + I and normalising to unit
  /// Euclidean length, stopping when Σ|xᵢ − xᵢ'| < n·tol — the same steps, so the same numbers.
  ///
  ///     let e = graph.eigenvector().values
  ///
  /// networkx raises when it does not converge; this returns the last iterate with `converged == false`.
  /// A self-loop adds its weight once to the node's own update, as networkx's adjacency loop does.
  ///
  /// - Parameters:
  ///   - weighted: use edge weights (networkx `weight="weight"`); default unweighted as networkx.
  /// - Complexity: O(iterations · (n + m)).
  /// - Source: networkx 3.x `eigenvector_centrality`; Bonacich 1987.
  public func eigenvector(maxIterations: Int = 100, tolerance: Double = 1e-6,
                          weighted: Bool = false) -> PowerIterationResult {
    let n = nodeCount
    if n == 0 { return PowerIterationResult(values: [], converged: true, iterations: 0) }
    var x = [Double](repeating: 1.0 / Double(n), count: n)
    var next = x
    for iteration in 1...max(1, maxIterations) {
      for v in 0..<n {
        var s = x[v]
        for slot in neighborRange(v) {
          s += x[Int(neighbors[slot])] * (weighted ? weights[slot] : 1)
        }
        if hasLoop[v] { s += x[v] * (weighted ? loopWeight[v] : 1) }
        next[v] = s
      }
      var norm = NetworkGraph.euclideanNorm(next)
      if norm == 0 { norm = 1 }
      var err = 0.0
      for v in 0..<n {
        next[v] /= norm
        err += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if err < Double(n) * tolerance {
        return PowerIterationResult(values: x, converged: true, iterations: iteration)
      }
    }
    return PowerIterationResult(values: x, converged: false, iterations: maxIterations)
  }

  /// Euclidean length, scaled to avoid overflow (as `math.hypot`).
  static func euclideanNorm(_ v: [Double]) -> Double {
    let scale = v.reduce(0) { max($0, abs($1)) }
    if scale == 0 || !scale.isFinite { return scale }
    var s = 0.0
    for x in v { let y = x / scale; s += y * y }
    return scale * s.squareRoot()
  }
}
