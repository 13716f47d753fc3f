extension NetworkGraph {
  /// Shortest-path betweenness of every node, as networkx's `betweenness_centrality` computes it.
  ///
  ///     let scores = graph.betweenness()            // networkx defaults: unweighted, normalised
  ///     let w = graph.betweenness(weighted: true)   // weight = length, networkx weight="weight"
  ///
  /// - Parameters:
  ///   - normalized: divide by (n−1)(n−2) for undirected graphs (pairs counted in both directions),
  ///     as networkx does; otherwise halve, giving the count over unordered pairs. Graphs with fewer than
  ///     three nodes are all zero either way.
  ///   - weighted: use edge weights as path lengths (Dijkstra) instead of hop counts, as networkx's
  ///     `weight="weight"` does (so a heavier tie is a *longer* path). Equal lengths are compared exactly,
  ///     as networkx does. With zero-length edges a node's predecessors are the neighbours settled before
  ///     it; networkx's result then depends on its heap order, so the two may differ on such graphs.
  ///   - threads: worker threads; the result is bit-identical for every thread count.
  /// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted; O(32·n) memory for the fixed blocks.
  /// - Source: Brandes 2001; normalisation of networkx 3.x `_rescale`.
  public func betweenness(normalized: Bool = true, weighted: Bool = false,
                          threads: Int? = nil) -> [Double] {
    let sums = allSourcePaths(weighted: weighted, wantDependencies: true, threads: threads ?? Parallel.defaultThreads)
    return rescaleBetweenness(sums.dependency, normalized: normalized)
  }

  /// Applies networkx's rescaling to raw ordered-pair dependencies.
  func rescaleBetweenness(_ raw: [Double], normalized: Bool) -> [Double] {
    let n = nodeCount
    if n - 1 < 2 { return raw }
    let scale = normalized ? 1.0 / (Double(n - 1) * Double(n - 2)) : 0.5
    return raw.map { $0 * scale }
  }
}
