import Testing
@testable import StakeholderAnalysis

/// PageRank vs networkx
@Suite("PageRank vs networkx")
struct PageRankTests {
  @Test("PageRank", arguments: ReferenceFixture.all)
  func pagerank(name: String) throws {
    let f = try ReferenceFixture.load(name)
    expectClose(f.graph.pagerank().values, f.values("pagerank")!, "pagerank", graph: f.graph)
  }
}
