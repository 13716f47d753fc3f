import Testing
@testable import StakeholderAnalysis

/// Core number vs networkx
@Suite("Core number vs networkx")
struct CoreNumberTests {
  @Test("core number", arguments: ReferenceFixture.all)
  func coreNumber(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.coreNumbers().map(Double.init), f.values("core_number")!, "core", graph: f.graph)
  }
}
