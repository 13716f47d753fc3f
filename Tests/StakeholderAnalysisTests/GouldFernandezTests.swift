import Testing
import TestSupport
import StakeholderModel
@testable import StakeholderAnalysis

/// Gould–Fernandez brokerage vs reference
@Suite("Gould–Fernandez brokerage vs reference")
struct GouldFernandezTests {
  @Test("Gould–Fernandez counts, expected counts and z-scores", arguments: ReferenceFixture.all)
  func gouldFernandez(name: String) throws {
    let f = try ReferenceFixture.load(name)
    let ref = f.json["brokerage"] as! [String: [String: [String: Any]]]
    let g = f.graph.withoutLoops()
    let scores = f.graph.brokerage()
    for role in BrokerageRole.allCases {
      expectClose(scores.counts[role.index], f.values(ref["counts"]![role.rawValue]!), "\(role) count", graph: g)
      expectClose(scores.expected[role.index], f.values(ref["expected"]![role.rawValue]!), "\(role) expected", graph: g)
      expectClose(scores.z[role.index], f.values(ref["z"]![role.rawValue]!), "\(role) z", graph: g)
    }
  }

  @Test("undirected ties: gatekeeper equals representative")
  func symmetricRoles() throws {
    let s = try ReferenceFixture.load("generated").graph.brokerage()
    #expect(s.counts[BrokerageRole.gatekeeper.index] == s.counts[BrokerageRole.representative.index])
  }
}

/// The word-operation count of tied neighbour pairs (dense graphs) must equal the marking walk.
@Suite("Gould–Fernandez on dense graphs")
struct GouldFernandezDenseTests {
  /// A seeded random graph with `n` nodes, edge probability `p` and `g` groups.
  static func random(n: Int, p: Double, groups g: Int, seed: UInt64) throws -> (NetworkGraph, [Int]) {
    var rng = SplitMix64(state: seed)
    func next() -> Double { rng.unit() }
    let nodes = (0..<n).map { NetworkNode(id: "v\($0)") }
    var edges: [(String, String, Double)] = []
    for u in 0..<n { for v in (u + 1)..<n where next() < p { edges.append(("v\(u)", "v\(v)", 1)) } }
    let graph = try NetworkGraph(nodes: nodes, edges: edges)
    let groups = (0..<n).map { _ in Int(next() * Double(g)) * 3 }  // sparse labels, some groups may be empty
    return (graph, groups)
  }

  @Test("bit rows and marking give the same role counts", arguments: [(70, 0.5, 3), (130, 0.3, 7), (200, 0.9, 2), (65, 0.05, 5)])
  func sameCounts(n: Int, p: Double, groups: Int) throws {
    let (graph, group) = try Self.random(n: n, p: p, groups: groups, seed: UInt64(n))
    #expect(graph.edgeCount > 0)
    let walked = graph.roleCounts(groups: group, bitRows: false)
    let counted = graph.roleCounts(groups: group, bitRows: true)
    #expect(walked == counted)
    #expect(walked.contains { $0.last! > 0 })
  }

  @Test("the organization-like dense view chooses bit rows; a sparse graph does not")
  func choice() throws {
    #expect(GroupedBitRows.pays(for: try Self.random(n: 300, p: 0.2, groups: 4, seed: 1).0))
    #expect(!GroupedBitRows.pays(for: try Self.random(n: 300, p: 0.01, groups: 4, seed: 1).0))
  }
}
