import Testing
@testable import StakeholderAnalysis

/// Eigenvector vs networkx
@Suite("Eigenvector vs networkx")
struct EigenvectorTests {
  @Test("eigenvector (unweighted and weighted)", arguments: ReferenceFixture.all)
  func eigenvector(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let e = f.values("eigenvector") {
      let r = f.graph.eigenvector()
      #expect(r.converged)
      expectClose(r.values, e, "eigenvector", graph: f.graph)
    }
    if let e = f.values("eigenvector_weighted") {
      expectClose(f.graph.eigenvector(weighted: true).values, e, "weighted eigenvector", graph: f.graph)
    }
  }
}
