import Testing
@testable import StakeholderAnalysis

/// Every centrality against networkx's values on the reference graphs, to 1e-9.
@Suite("Centrality vs networkx")
struct CentralityTests {
  @Test("degree and weighted degree", arguments: ReferenceFixture.all)
  func degree(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.degrees().map(Double.init), f.values("degree")!, "degree", graph: f.graph)
    expectClose(f.graph.weightedDegrees(), f.values("weighted_degree")!, "weighted degree", graph: f.graph)
  }

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

  @Test("closeness and harmonic", arguments: ReferenceFixture.all)
  func closeness(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.closeness(), f.values("closeness")!, "closeness", graph: f.graph)
    expectClose(f.graph.harmonic(), f.values("harmonic")!, "harmonic", graph: f.graph)
  }

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

  @Test("PageRank", arguments: ReferenceFixture.all)
  func pagerank(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.pagerank().values, f.values("pagerank")!, "pagerank", graph: f.graph)
  }

  @Test("core number", arguments: ReferenceFixture.all)
  func coreNumber(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.coreNumbers().map(Double.init), f.values("core_number")!, "core", graph: f.graph)
  }
}
