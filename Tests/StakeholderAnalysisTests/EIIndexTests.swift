import Testing
import StakeholderModel
@testable import StakeholderAnalysis

/// E-I index vs reference
@Suite("E-I index vs reference")
struct EIIndexTests {
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
}
