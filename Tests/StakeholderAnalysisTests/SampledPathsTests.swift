import Testing
@testable import StakeholderAnalysis

/// Betweenness, closeness and harmonic from sampled sources (large graphs) against the exact pass.
@Suite("Sampled shortest paths")
struct SampledPathsTests {
  /// A seeded small-world graph: a ring of `n` with two neighbours each side, plus random chords,
  /// and a separate path of 5 nodes (a second component).
  static func graph(n: Int, chords: Int) throws -> NetworkGraph {
    var rng = SeededRandom(seed: 7)
    var edges: [(String, String, Double)] = []
    for i in 0..<n {
      edges.append(("v\(i)", "v\((i + 1) % n)", 1))
      edges.append(("v\(i)", "v\((i + 2) % n)", 1))
    }
    for _ in 0..<chords { edges.append(("v\(Int(rng.next() % UInt64(n)))", "v\(Int(rng.next() % UInt64(n)))", 1)) }
    for i in 0..<4 { edges.append(("p\(i)", "p\(i + 1)", 1)) }
    let nodes = (0..<n).map { NetworkNode(id: "v\($0)") } + (0..<5).map { NetworkNode(id: "p\($0)") }
    return try NetworkGraph(nodes: nodes, edges: edges.filter { $0.0 != $0.1 })
  }

  @Test("a budget the exact pass fits in gives the exact table")
  func exactUnderBudget() throws {
    let g = try Self.graph(n: 300, chords: 60)
    let exact = MetricsTable.compute(g, pathBudget: nil)
    let budgeted = MetricsTable.compute(g)
    #expect(budgeted.pathSources.isExact)
    #expect(budgeted.csv() == exact.csv())
  }

  @Test("sampled estimates track the exact values, small components stay exact, and repeat bit for bit")
  func estimates() throws {
    let g = try Self.graph(n: 1200, chords: 300)
    let exact = MetricsTable.compute(g, pathBudget: nil)
    let sampled = MetricsTable.compute(g, pathBudget: 1)  // the minimum sample: 256 sources in the large component
    #expect(sampled.pathSources.sources == NetworkGraph.minimumSampledSources + 5)
    #expect(!sampled.pathSources.isExact)
    let again = MetricsTable.compute(g, pathBudget: 1)
    #expect(again.csv() == sampled.csv())
    var closeError = 0.0, betweennessError = 0.0, betweennessTotal = 0.0
    for (e, s) in zip(exact.rows, sampled.rows) {
      if e.id.hasPrefix("p") {
        #expect(e.betweenness == s.betweenness && e.closeness == s.closeness, "\(e.id) is in a fully sampled component")
        continue
      }
      closeError += abs(s.closeness - e.closeness) / e.closeness
      betweennessError += abs(s.betweenness - e.betweenness)
      betweennessTotal += e.betweenness
    }
    #expect(closeError / 1200 < 0.03, "mean relative closeness error \(closeError / 1200)")
    #expect(betweennessError / betweennessTotal < 0.25, "relative betweenness error \(betweennessError / betweennessTotal)")
    // The ten most central nodes are mostly the same.
    func top(_ t: MetricsTable) -> Set<String> {
      Set(t.rows.sorted { ($0.betweenness, $1.id) > ($1.betweenness, $0.id) }.prefix(10).map(\.id))
    }
    #expect(top(exact).intersection(top(sampled)).count >= 6)
  }
}
