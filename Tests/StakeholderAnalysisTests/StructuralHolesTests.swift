import Testing
@testable import StakeholderAnalysis

/// Burt's constraint and effective size against networkx, weighted and unweighted.
@Suite("Structural holes vs networkx")
struct StructuralHolesTests {
  @Test("constraint", arguments: ReferenceFixture.all)
  func constraint(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let c = f.values("constraint") { expectClose(f.graph.constraint(), c, "constraint", graph: f.graph) }
    if let c = f.values("constraint_weighted") {
      expectClose(f.graph.constraint(weighted: true), c, "weighted constraint", graph: f.graph)
    }
  }

  @Test("effective size", arguments: ReferenceFixture.all)
  func effectiveSize(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let e = f.values("effective_size") { expectClose(f.graph.effectiveSize(), e, "effective size", graph: f.graph) }
    if let e = f.values("effective_size_weighted") {
      expectClose(f.graph.effectiveSize(weighted: true), e, "weighted effective size", graph: f.graph)
    }
  }
}
