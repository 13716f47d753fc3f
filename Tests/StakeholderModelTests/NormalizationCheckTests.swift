import Testing
@testable import StakeholderModel

/// `isNormalized` lets the exporters skip re-normalising; it must never say yes to a graph that
/// `normalized()` would change.
@Suite("Normalisation check")
struct NormalizationCheckTests {
  static let ev = Evidence(document: "a.txt", start: 0, end: 4, text: "Text")

  @Test("a normalised graph is recognised and returned as it is")
  func normalised() throws {
    let a = Entity(kind: .organization, name: "Urząd", aliases: ["Urzędu", "Urząd"])
    let b = Entity(kind: .person, name: "Jan Nowak")
    let g = StakeholderGraph(documents: [Document(id: "a.txt", language: "pl")], entities: [b, a],
                             relations: [Relation(source: b.id, target: a.id, type: .affiliatedWith, evidence: [Self.ev, Self.ev])])
    #expect(!g.isNormalized)
    let n = g.normalized()
    #expect(n.isNormalized)
    #expect(try n.normalized().jsonData() == n.jsonData())
    #expect(n.entities.map(\.id) == [a.id, b.id].sorted())
    #expect(n.entities.first { $0.id == a.id }?.aliases == ["Urzędu"])
    #expect(n.relations.first?.evidence.count == 1)
  }

  @Test("duplicates and disorder anywhere are caught")
  func caught() {
    let a = Entity(kind: .organization, name: "Urząd")
    var rel = Relation(source: a.id, target: a.id, type: .partOf, evidence: [Self.ev])
    let base = StakeholderGraph(documents: [], entities: [a], relations: [rel]).normalized()
    #expect(base.isNormalized)
    var twice = base
    twice.relations.append(rel)
    #expect(!twice.isNormalized)
    rel.evidence = [Self.ev, Self.ev]
    var doubled = base
    doubled.relations = [rel]
    #expect(!doubled.isNormalized)
    var doc = base
    doc.documents = [Document(id: "b.txt", language: "pl"), Document(id: "a.txt", language: "pl")]
    #expect(!doc.isNormalized)
  }
}
