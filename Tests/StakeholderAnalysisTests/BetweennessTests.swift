import Testing
@testable import StakeholderAnalysis

/// Betweenness vs networkx
@Suite("Betweenness vs networkx")
struct BetweennessTests {
  @Test("betweenness (normalised, raw, weighted)", arguments: ReferenceFixture.all)
  func betweenness(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.betweenness(), f.values("betweenness")!, "betweenness", graph: f.graph)
    expectClose(f.graph.betweenness(normalized: false), f.values("betweenness_raw")!, "raw", graph: f.graph)
    if let w = f.values("betweenness_weighted") {
      expectClose(f.graph.betweenness(weighted: true), w, "weighted betweenness", graph: f.graph)
    }
  }

  @Test("betweenness is bit-identical on 1, 2 and 5 threads")
  func threadIndependence() throws {
    let g = try ReferenceFixture.load("generated").graph
    let one = g.betweenness(threads: 1)
    #expect(g.betweenness(threads: 2) == one)
    #expect(g.betweenness(threads: 5) == one)
  }

  @Test("Florentine families: Medici betweenness 0.522")
  func medici() throws {
    let f = try ReferenceFixture.load("florentine")
    let b = f.graph.betweenness()
    #expect(abs(b[f.graph.index["Medici"]!] - 0.521978) < 1e-6)
  }
}
