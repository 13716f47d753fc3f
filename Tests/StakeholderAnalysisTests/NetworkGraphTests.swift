import Foundation
import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Network graph construction
@Suite("Network graph construction")
struct NetworkGraphTests {
  @Test("parallel edges are summed; negative or non-finite weights refused")
  func parallelAndWeights() throws {
    let n = [NetworkNode(id: "a"), NetworkNode(id: "b")]
    let g = try NetworkGraph(nodes: n, edges: [("a", "b", 1), ("b", "a", 2)])
    #expect(g.edges.count == 1 && g.edges[0].weight == 3)
    #expect(throws: NetworkGraphError.self) { try NetworkGraph(nodes: n, edges: [("a", "b", .nan)]) }
    #expect(throws: NetworkGraphError.duplicateNode("a")) { try NetworkGraph(nodes: n + [NetworkNode(id: "a")], edges: []) }
  }
}
