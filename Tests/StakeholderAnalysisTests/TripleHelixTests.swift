import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// Triple-helix T vs reference
@Suite("Triple-helix T vs reference")
struct TripleHelixTests {
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
}
