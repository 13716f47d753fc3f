import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Bridges
@Suite("Bridges")
struct BridgesTests {
  @Test("bridges: a path's edges are all bridges, a cycle's none")
  func bridges() throws {
    let path = try NetworkGraph(nodes: ["a", "b", "c", "d"].map { NetworkNode(id: $0) },
                                edges: [("a", "b", 1), ("b", "c", 1), ("c", "d", 1)])
    #expect(path.bridgeEdges().count == 3)
    let cycle = try NetworkGraph(nodes: ["a", "b", "c", "d"].map { NetworkNode(id: $0) },
                                 edges: [("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 1)])
    #expect(cycle.bridgeEdges().map { cycle.edges[$0].target } == [3])
  }
}
