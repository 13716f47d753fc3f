import Testing
@testable import StakeholderAnalysis

/// Effective size vs networkx
@Suite("Effective size vs networkx")
struct EffectiveSizeTests {
  @Test("effective size", arguments: ReferenceFixture.all)
  func effectiveSize(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let e = f.values("effective_size") { expectClose(f.graph.effectiveSize(), e, "effective size", graph: f.graph) }
    if let e = f.values("effective_size_weighted") {
      expectClose(f.graph.effectiveSize(weighted: true), e, "weighted effective size", graph: f.graph)
    }
  }
}
