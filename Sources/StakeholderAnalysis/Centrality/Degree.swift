extension NetworkGraph {
  /// Number of edge ends at `v`: a self-loop counts twice, as in networkx's `G.degree`.
  ///
  ///     g.degree(of: 0)
  public func degree(of v: Int) -> Int {
    offsets[v + 1] - offsets[v] + (hasLoop[v] ? 2 : 0)
  }

  /// Degree of every node (networkx `dict(G.degree())`).
  /// - Complexity: O(n).
  public func degrees() -> [Int] { (0..<nodeCount).map { degree(of: $0) } }

  /// Sum of incident edge weights, a self-loop's weight counted twice (networkx `G.degree(weight="weight")`).
  /// - Complexity: O(n + m).
  public func weightedDegrees() -> [Double] {
    (0..<nodeCount).map { v in
      var s = 0.0
      for slot in neighborRange(v) { s += weights[slot] }
      return s + 2 * loopWeight[v]
    }
  }
}
