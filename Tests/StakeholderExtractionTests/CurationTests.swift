import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Corrections from YAML: merge, aliases, set, drop, relations; errors that name the line.
@Suite("Curation")
struct CurationTests {
  static let graph = StakeholderGraph(
    documents: [Document(id: "d.txt", language: "pl")],
    entities: [
      Entity(kind: .organization, name: "Izba Gospodarki Elektronicznej", sector: .business),
      Entity(kind: .organization, name: "IGE", mentions: [Mention(document: "d.txt", start: 5, end: 8)]),
      Entity(kind: .organization, name: "Holo4Med"),
      Entity(kind: .person, name: "Robert Król", role: "prezes"),
      Entity(kind: .organization, name: "Lokalny Biznes"),
    ],
    relations: [Relation(source: "organization:ige", target: "organization:holo4med", type: .partnerOf, evidence: [Evidence(document: "d.txt", start: 0, end: 4, text: "x")])])

  @Test("merge, alias, set, drop and a new relation apply in that order")
  func apply() throws {
    let yaml = """
      merge:
        - into: Izba Gospodarki Elektronicznej
          entities: [IGE]
      aliases:
        - entity: Izba Gospodarki Elektronicznej
          add: [e-Izba]
      set:
        - entity: Holo4Med
          sector: business
      drop: [Lokalny Biznes]
      relations:
        - {source: Robert Król, target: Holo4Med, type: affiliated_with}
      """
    let c = try Curation.parse(yaml, source: "stakeholders.yaml")
    let r = c.apply(to: Self.graph)
    #expect(r.diagnostics.isEmpty)
    let g = r.graph
    let izba = try #require(g.entities.first { $0.name == "Izba Gospodarki Elektronicznej" })
    #expect(Set(izba.aliases) == ["IGE", "e-Izba"])
    #expect(izba.mentions.count == 1)
    #expect(!g.entities.contains { $0.name == "IGE" || $0.name == "Lokalny Biznes" })
    #expect(g.entities.first { $0.name == "Holo4Med" }?.sector == .business)
    #expect(g.entities.first { $0.name == "Holo4Med" }?.sectorReason?.contains("curation") == true)
    // The partner relation moved to the merged entity; the new relation is there.
    #expect(g.relations.contains { $0.type == .partnerOf && Set([$0.source, $0.target]) == [izba.id, "organization:holo4med"] })
    #expect(g.relations.contains { $0.type == .affiliatedWith && $0.source == "person:robert-krol" })
    try g.validate()
  }

  @Test("set kind and name re-identifies the entity and keeps its relations")
  func rename() throws {
    let c = try Curation.parse("set:\n  - {entity: IGE, name: Izba Handlowa, kind: organization}\n", source: "s.yaml")
    let g = c.apply(to: Self.graph).graph
    #expect(g.entities.contains { $0.id == "organization:izba-handlowa" && $0.aliases.contains("IGE") })
    #expect(g.relations.contains { $0.source == "organization:holo4med" || $0.target == "organization:izba-handlowa" })
    try g.validate()
  }

  @Test("an unknown sector is an error naming the YAML line")
  func badSector() {
    let yaml = "set:\n  - entity: Holo4Med\n    sector: biznes\n"
    #expect(throws: CurationError(file: "s.yaml", line: 3, message: "unknown sector 'biznes'; use local_government, science, business, central_government, civil_society, international, other")) {
      try Curation.parse(yaml, source: "s.yaml")
    }
  }

  @Test("malformed YAML and unknown sections name the line")
  func malformed() {
    do {
      _ = try Curation.parse("merge:\n  - into: [a\n", source: "s.yaml")
      Issue.record("expected an error")
    } catch let e as CurationError {
      #expect(e.line != nil)
      #expect(e.description.hasPrefix("s.yaml:"))
    } catch { Issue.record("unexpected \(error)") }
    do {
      _ = try Curation.parse("drop: [x]\nrename:\n  - a\n", source: "s.yaml")
      Issue.record("expected an error")
    } catch let e as CurationError {
      #expect(e.line == 2)
    } catch { Issue.record("unexpected \(error)") }
  }

  @Test("a name that matches no entity is a warning naming the line; the rest still applies")
  func unknownEntity() throws {
    let c = try Curation.parse("drop:\n  - Nobody\n  - Lokalny Biznes\n", source: "s.yaml")
    let r = c.apply(to: Self.graph)
    #expect(r.diagnostics.count == 1)
    #expect(r.diagnostics.first?.line == 2)
    #expect(!r.graph.entities.contains { $0.name == "Lokalny Biznes" })
  }
}
