extension NetworkGraph {
  /// Burt's effective size of every node, as networkx's `effective_size`:
  /// eᵢ = Σ_{j ∈ N(i)} (1 − Σ_k pᵢₖ mⱼₖ / maxₗ mⱼₗ), with pᵢₖ = mᵢₖ / Σₗ mᵢₗ the proportional mutual
  /// weight (0 when i's ties all weigh 0). Unweighted, on a loop-free graph this is Borgatti's n − 2t/n.
  /// Nodes with no neighbour but themselves get NaN, as in networkx.
  ///
  ///     let e = graph.effectiveSize()                 // networkx default weight=None
  ///     let ew = graph.effectiveSize(weighted: true)  // weight="weight", Burt's definition
  ///
  /// Weighted, this follows Burt and networkx's per-node computation (`effective_size(G, nodes=…,
  /// weight=…)`); networkx 3.6's all-nodes shortcut divides mⱼₖ by k's largest tie instead of j's and
  /// so differs on weighted graphs. Unweighted the two agree.
  ///
  /// Computed with the other structural-holes measure in one pass (``structuralHoles(weighted:)``).
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, parallel over fixed blocks of nodes; O(n) scratch per block.
  /// - Source: Burt 1992; Borgatti, "Structural holes: unpacking Burt's redundancy measures", 1997;
  ///   networkx 3.x `structuralholes.effective_size`.
  public func effectiveSize(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).effectiveSize
  }
}
