extension NetworkGraph {
  /// Burt's constraint of every node, as networkx's `constraint` (its matrix form, networkx 3.x):
  /// cᵢ = Σ_{j: pᵢⱼ > 0} (pᵢⱼ + Σ_k pᵢₖ pₖⱼ)², with pᵢⱼ = mᵢⱼ / Σ_k mᵢₖ the proportional mutual weight.
  /// Isolated nodes get NaN, as in networkx.
  ///
  ///     let c = graph.constraint()                // networkx default weight=None
  ///     let cw = graph.constraint(weighted: true) // weight="weight"
  ///
  /// Computed with the other structural-holes measure in one pass (``structuralHoles(weighted:)``).
  /// - Complexity: O(Σᵢ Σ_{k∈N(i)} deg k) time, parallel over fixed blocks of nodes; O(n) scratch per block.
  /// - Source: R. S. Burt, Structural Holes, 1992; networkx 3.x `structuralholes.constraint`.
  public func constraint(weighted: Bool = false) -> [Double] {
    structuralHoles(weighted: weighted).constraint
  }
}
