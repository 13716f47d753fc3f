import Testing
@testable import StakeholderAnalysis

/// Connected components vs networkx
@Suite("Connected components vs networkx")
struct ComponentsTests {
  @Test("connected components equal networkx's", arguments: ReferenceFixture.all)
  func components(name: String) throws {
    let f = try ReferenceFixture.load(name)
    let expected = (f.json["components"] as! [[String]]).sorted { $0.lexicographicallyPrecedes($1) }
    let (labels, count) = f.graph.connectedComponents()
    var groups = [[String]](repeating: [], count: count)
    for v in 0..<f.graph.nodeCount { groups[labels[v]].append(f.graph.nodes[v].id) }
    #expect(groups.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) } == expected)
  }
}
