import Testing
@testable import StakeholderAnalysis

/// Modularity as networkx defines it
@Suite("Modularity as networkx defines it")
struct ModularityTests {
  @Test("modularity of networkx's partition equals networkx's value", arguments: ReferenceFixture.all)
  func modularityDefinition(name: String) throws {
    let f = try ReferenceFixture.load(name)
    guard let l = f.json["louvain"] as? [String: Any] else { return }
    let parts = l["partition"] as! [[String]]
    var membership = [Int](repeating: -1, count: f.graph.nodeCount)
    for (c, ids) in parts.enumerated() { for id in ids { membership[f.graph.index[id]!] = c } }
    let expected = (l["partition_modularity"] as! Double)
    #expect(abs(f.graph.modularity(membership) - expected) < 1e-12)
  }

  /// Louvain is as random as networkx's: it must land within networkx's range over ten seeds. Leiden,
  /// which gives the `community` column, must reach networkx's best Louvain result.
}
