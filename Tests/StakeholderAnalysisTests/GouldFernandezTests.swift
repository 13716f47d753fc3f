import Testing
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
