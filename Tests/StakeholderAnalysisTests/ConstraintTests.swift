import Testing
import TestSupport
@testable import StakeholderAnalysis

/// Constraint vs networkx
@Suite("Constraint vs networkx")
struct ConstraintTests {
  @Test("constraint", arguments: ReferenceFixture.all)
  func constraint(name: String) throws {
    let f = try ReferenceFixture.load(name)
    if let c = f.values("constraint") { expectClose(f.graph.constraint(), c, "constraint", graph: f.graph) }
    if let c = f.values("constraint_weighted") {
      expectClose(f.graph.constraint(weighted: true), c, "weighted constraint", graph: f.graph)
    }
  }
}

/// On dense graphs the structural-holes pass reads common neighbours from bit rows; the numbers must be
/// exactly those of the row walk, self-loops included.
@Suite("Structural holes on dense graphs")
struct StructuralHolesDenseTests {
  @Test("bit rows and the row walk give identical constraint and effective size", arguments: [(70, 0.5), (150, 0.25), (90, 0.95)])
  func identical(n: Int, p: Double) throws {
    var rng = SplitMix64(state: UInt64(n))
    func next() -> Double { rng.unit() }
    let nodes = (0..<n).map { NetworkNode(id: "v\($0)") }
    var edges: [(String, String, Double)] = []
    for u in 0..<n {
      if next() < 0.1 { edges.append(("v\(u)", "v\(u)", 1)) }  // some self-loops
      for v in (u + 1)..<n where next() < p { edges.append(("v\(u)", "v\(v)", 1 + Double(Int(next() * 3)))) }
    }
    let g = try NetworkGraph(nodes: nodes, edges: edges)
    #expect(g.hasLoop.contains(true))
    let walked = g.structuralHoles(weighted: false, bitRows: false)
    let read = g.structuralHoles(weighted: false, bitRows: true)
    #expect(walked.constraint.elementsEqual(read.constraint) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    #expect(walked.effectiveSize.elementsEqual(read.effectiveSize) { $0 == $1 || ($0.isNaN && $1.isNaN) })
    #expect(walked.constraint.contains { $0 > 0 })
  }
}
