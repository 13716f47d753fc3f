extension NetworkGraph {
  /// Closeness centrality with networkx's defaults (`closeness_centrality`, hop distances,
  /// `wf_improved=True`).
  ///
  ///     let c = graph.closeness()
  ///
  /// For a node reaching r − 1 others at total distance D in a graph of n nodes:
  /// c = ((r − 1) / D) · ((r − 1) / (n − 1)) — the Wasserman–Faust correction, which scales down
  /// nodes in small components; 0 when the node reaches nobody.
  ///
  /// - Complexity: O(n·m) time, parallel over sources.
  /// - Source: networkx 3.x `closeness_centrality`; Wasserman & Faust, Social Network Analysis, 1994.
  public func closeness(threads: Int? = nil) -> [Double] {
    closeness(from: allSourcePaths(weighted: false, wantDependencies: false, threads: threads ?? Parallel.defaultThreads))
  }

  /// Harmonic centrality as networkx's `harmonic_centrality`: the sum of 1/d over every other node
  /// reached (unreachable nodes add 0), not normalised.
  ///
  ///     let h = graph.harmonic()
  ///
  /// - Complexity: O(n·m) time, parallel over sources.
  /// - Source: Marchiori & Latora 2000; Boldi & Vigna 2014; networkx 3.x `harmonic_centrality`.
  public func harmonic(threads: Int? = nil) -> [Double] {
    allSourcePaths(weighted: false, wantDependencies: false, threads: threads ?? Parallel.defaultThreads).harmonic
  }

  /// Closeness from a finished all-sources pass.
  func closeness(from sums: PathSums) -> [Double] {
    let n = nodeCount
    return (0..<n).map { v in
      let total = sums.distanceSum[v]
      guard total > 0, n > 1 else { return 0 }
      let r = Double(sums.reached[v] - 1)
      return (r / total) * (r / Double(n - 1))
    }
  }
}
