/// Chooses a Graphviz layout engine from the size and shape of what is drawn.
///
/// Reference timings on this kind of machine (shared/research/c-libraries.md): sfdp 1,000 nodes 0.3 s and
/// 5,000 nodes 2.6 s; neato 1,000 nodes 6 s; dot on a 400-node network about 3 minutes. So: dot only for
/// part_of hierarchies (small), neato for small networks (it draws them best), sfdp above that.
enum EngineChoice {
  /// Largest network neato draws by default.
  static let neatoLimit = 120
  /// Largest edges × nodes for which edges are routed around nodes (`splines=true`); never `curved`,
  /// which took 521 s on a 100-node, 200-edge graph.
  static let splineBudget = 8_000
  /// Largest hierarchy dot draws by default.
  static let dotLimit = 200

  /// - Parameters:
  ///   - nodes: number of nodes drawn.
  ///   - hierarchy: whether every edge is part_of.
  ///   - clustered: whether clusters are drawn (neato and sfdp ignore clusters; dot draws them).
  ///   - pinned: whether nodes have fixed positions (only neato honours them).
  static func engine(nodes: Int, hierarchy: Bool, clustered: Bool, pinned: Bool) -> String {
    if pinned { return "neato" }
    if hierarchy && nodes <= dotLimit { return "dot" }
    // fdp draws clusters too, but does not repeat in-process (it keeps state between calls), so dot.
    if clustered { return nodes <= dotLimit ? "dot" : "sfdp" }
    return nodes <= neatoLimit ? "neato" : "sfdp"
  }
}
