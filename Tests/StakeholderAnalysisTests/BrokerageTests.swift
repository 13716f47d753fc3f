import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Gould–Fernandez roles, E-I index and triple-helix T against the reference script's direct enumeration.
@Suite("Brokerage and sectors vs reference")
struct BrokerageTests {
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

  @Test("E-I index per node, per sector and whole graph", arguments: ReferenceFixture.all)
  func eiIndex(name: String) throws {
    let f = try ReferenceFixture.load(name)
    let ref = f.json["ei"] as! [String: Any]
    let ei = f.graph.eiIndex()
    expectClose(ei.byNode, f.values(ref["node"] as! [String: Any]), "E-I per node", graph: f.graph)
    let sectors = ref["sector"] as! [String: Double]
    #expect(ei.bySector.count == sectors.count)
    for (s, v) in ei.bySector { #expect(abs(v - sectors[s.rawValue]!) < 1e-12, "\(s)") }
    if let whole = ref["graph"] as? Double { #expect(abs(ei.graph - whole) < 1e-12) } else { #expect(ei.graph.isNaN) }
  }

  @Test("triple-helix T over closed neighbourhoods", arguments: ReferenceFixture.all)
  func tripleHelix(name: String) throws {
    let f = try ReferenceFixture.load(name)
    let t = f.graph.tripleHelix()
    if let expected = f.json["triple_helix_closed_neighbourhoods"] as? Double {
      #expect(abs(t!.t - expected) < 1e-12)
      #expect(t!.unitKind == "closed neighbourhoods")
    } else {
      #expect(t == nil)
    }
  }

  @Test("triple-helix T: a hand-computed case")
  func tripleHelixKnownValues() {
    let u: [[Sector]] = [[.localGovernment], [.science], [.business], [.localGovernment, .science, .business]]
    let t = NetworkGraph.tripleHelix(units: u, unitKind: "test")!
    // By hand: each sector in 2 of 4 units → H = 1 bit (×3); each pair has 4 equally likely cells → 2 bits
    // (×3); the triple has 4 distinct cells → 2 bits. T = 3 − 6 + 2 = −1 bit.
    #expect(abs(t.t + 1) < 1e-12)
    let indep = [[Sector]]([[.localGovernment], [.science], [.localGovernment, .science], [.business], [.localGovernment, .business],
                            [.science, .business], [.localGovernment, .science, .business]])
    // Every non-empty cell once (the empty cell is left out): defined.
    #expect(NetworkGraph.tripleHelix(units: indep, unitKind: "test") != nil)
  }

  @Test("bridges: a path's edges are all bridges, a cycle's none")
  func bridges() throws {
    let path = try NetworkGraph(nodes: ["a", "b", "c", "d"].map { NetworkNode(id: $0) },
                                edges: [("a", "b", 1), ("b", "c", 1), ("c", "d", 1)])
    #expect(path.bridgeEdges().count == 3)
    let cycle = try NetworkGraph(nodes: ["a", "b", "c", "d"].map { NetworkNode(id: $0) },
                                 edges: [("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 1)])
    #expect(cycle.bridgeEdges().map { cycle.edges[$0].target } == [3])
  }

  @Test("sector analysis finds triangle communities and explains brokers")
  func sectorAnalysis() throws {
    let nodes = [NetworkNode(id: "city", name: "City Hall", kind: "organization", sector: .localGovernment),
                 NetworkNode(id: "uni", name: "University", kind: "organization", sector: .science),
                 NetworkNode(id: "firm", name: "Firm", kind: "organization", sector: .business)]
    let g = try NetworkGraph(nodes: nodes, edges: [("city", "uni", 1), ("uni", "firm", 1)])
    let a = g.sectorAnalysis(communities: CommunityResult(membership: [0, 0, 0], count: 1, modularity: 0))
    #expect(a.triangleCommunities.count == 1)
    #expect(a.crossSectorTies.allSatisfy { $0.isBridge })
    let why = g.explainBrokers(top: 3, betweenness: g.betweenness())
    #expect(why.count == 1)
    #expect(why.first?.id == "uni")
    #expect(why.first?.sentence == "University (science) connects business (Firm) with local_government (City Hall).".replacingOccurrences(of: "local_government", with: "local government"))
  }
}
