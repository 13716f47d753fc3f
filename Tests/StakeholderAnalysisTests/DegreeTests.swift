import Testing
@testable import StakeholderAnalysis

/// Degree vs networkx
@Suite("Degree vs networkx")
struct DegreeTests {
  @Test("degree and weighted degree", arguments: ReferenceFixture.all)
  func degree(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.degrees().map(Double.init), f.values("degree")!, "degree", graph: f.graph)
    expectClose(f.graph.weightedDegrees(), f.values("weighted_degree")!, "weighted degree", graph: f.graph)
  }
}
