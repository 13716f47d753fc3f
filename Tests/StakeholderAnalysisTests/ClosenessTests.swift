import Testing
@testable import StakeholderAnalysis

/// Closeness and harmonic vs networkx
@Suite("Closeness and harmonic vs networkx")
struct ClosenessTests {
  @Test("closeness and harmonic", arguments: ReferenceFixture.all)
  func closeness(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.closeness(), f.values("closeness")!, "closeness", graph: f.graph)
    expectClose(f.graph.harmonic(), f.values("harmonic")!, "harmonic", graph: f.graph)
  }
}
