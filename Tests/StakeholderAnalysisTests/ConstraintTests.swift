import Testing
@testable import StakeholderAnalysis

/// Constraint vs networkx
@Suite("Constraint vs networkx")
struct ConstraintTests {
  @Test("constraint", arguments: ReferenceFixture.all)
  func constraint(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let c = f.values("constraint") { expectClose(f.graph.constraint(), c, "constraint", graph: f.graph) }
    if let c = f.values("constraint_weighted") {
      expectClose(f.graph.constraint(weighted: true), c, "weighted constraint", graph: f.graph)
    }
  }
}
