import Testing
@testable import StakeholderAnalysis

/// Louvain and Leiden quality
@Suite("Louvain and Leiden quality")
struct LeidenLouvainTests {
  @Test("Louvain within networkx's range; Leiden at least networkx's best Louvain", arguments: ReferenceFixture.all)
  func quality(name: String) throws {
    let f = try ReferenceFixture.load(name)
    guard let l = f.json["louvain"] as? [String: Any] else { return }
    let mods = l["modularity"] as! [Double]
    let louvain = f.graph.louvain(seed: 1)
    let leiden = f.graph.leiden(seed: 1)
    #expect(louvain.modularity >= mods.min()! - 1e-9, "louvain \(louvain.modularity) vs networkx worst \(mods.min()!)")
    #expect(leiden.modularity >= mods.max()! - 1e-9, "leiden \(leiden.modularity) vs networkx best \(mods.max()!)")
    #expect(abs(leiden.modularity - f.graph.modularity(leiden.membership)) < 1e-12)
  }

  @Test("seeded: same seed, same partition")
  func repeatable() throws {
    let g = try ReferenceFixture.load("generated").graph
    #expect(g.leiden(seed: 7) == g.leiden(seed: 7))
    #expect(g.louvain(seed: 7) == g.louvain(seed: 7))
  }

  @Test("Leiden communities are connected")
  func connectedCommunities() throws {
    let g = try ReferenceFixture.load("generated").graph
    let parts = g.leiden(seed: 3)
    for members in parts.communities where members.count > 1 {
      let sub = try NetworkGraph(
        nodes: members.map { g.nodes[$0] },
        edges: g.edges.filter { parts.membership[$0.source] == parts.membership[$0.target] && members.contains($0.source) }
          .map { (g.nodes[$0.source].id, g.nodes[$0.target].id, $0.weight) })
      #expect(sub.connectedComponents().count == 1)
    }
  }
}
