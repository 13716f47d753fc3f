import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// One entity per real-world thing: inflected forms, surname-only mentions, acronyms, short forms, documents.
@Suite("Resolution")
struct ResolutionTests {
  typealias F = ExtractionFixtures

  @Test("inflected forms and a surname-only mention are one person")
  func surnameOnly() throws {
    let g = F.extract("""
      Spotkanie otworzyła Katarzyna Zielińska, prezes Zarządu Fundacji Rozwoju Przedsiębiorczości. \
      Według Zielińskiej fundacja wspiera start-upy. Z Katarzyną Zielińską rozmawiali goście.
      """)
    let people = g.entities.filter { $0.kind == .person }
    #expect(people.count == 1)
    let p = try #require(people.first)
    #expect(p.name == "Katarzyna Zielińska")
    #expect(p.aliases.contains("Zielińskiej"))
    #expect(p.mentions.count == 3)
    #expect(F.hasRelation("Katarzyna Zielińska", .affiliatedWith, "Fundacja Rozwoju Przedsiębiorczości", in: g))
  }

  @Test("an acronym defined in the text is an alias, and its later uses are mentions")
  func acronym() throws {
    let g = F.extract("""
      Konferencję przygotowała Wojewódzka Agencja Rozwoju (WAR). Dyrektor WAR Jan Kowalczyk przedstawił wyniki. \
      WAR prowadzi także szkolenia.
      """)
    let war = try #require(g.entities.first { $0.aliases.contains("WAR") })
    #expect(war.name == "Wojewódzka Agencja Rozwoju")
    #expect(war.mentions.count == 3)
    #expect(!g.entities.contains { $0.name == "WAR" })
  }

  @Test("a unit written with its parent is part of it, and the parent stays its own entity")
  func units() {
    let g = F.extract("Głos zabrała Ewa Majewska, naczelnik Wydziału Rozwoju Gospodarczego Urzędu Miasta Gdańska.")
    #expect(F.hasRelation("Wydział Rozwoju Gospodarczego", .partOf, "Urząd Miasta Gdańska", in: g))
    #expect(F.hasRelation("Ewa Majewska", .affiliatedWith, "Wydział Rozwoju Gospodarczego", in: g))
    #expect(g.entities.first { $0.name == "Ewa Majewska" }?.sector == .localGovernment)
  }

  @Test("the same name in two documents is one entity with mentions in both")
  func acrossDocuments() throws {
    let x = Extractor()
    let docs = [
      SourceDocument(id: "a.txt", text: "W Gdańsku spotkali się przedstawiciele Pomorskiej Specjalnej Strefy Ekonomicznej i Politechniki Gdańskiej."),
      SourceDocument(id: "b.txt", text: "Politechnika Gdańska podpisała porozumienie z Urzędem Miasta Gdyni."),
    ]
    let g = x.extract(docs).graph
    let pg = try #require(g.entities.first { $0.name == "Politechnika Gdańska" })
    #expect(Set(pg.mentions.map(\.document)) == ["a.txt", "b.txt"])
    #expect(pg.sector == .science)
    #expect(F.hasRelation("Politechnika Gdańska", .partnerOf, "Urząd Miasta Gdyni", in: g))
  }

  @Test("English: functions, institutions by head word, places")
  func english() {
    let g = F.extract("""
      The meeting was opened by Jan Nowak, Mayor of Gdynia. Maria Kowalska, Director of the Pomeranian Science \
      and Technology Park, presented the park's incubator. The Gdańsk University of Technology signed a letter of \
      intent with the Pomeranian Science and Technology Park.
      """)
    #expect(F.hasRelation("Jan Nowak", .affiliatedWith, "Gdynia", in: g))
    #expect(g.entities.first { $0.name == "Jan Nowak" }?.role == "mayor of Gdynia")
    #expect(g.entities.first { $0.name == "Maria Kowalska" }?.role == "director of the Pomeranian Science and Technology Park")
    #expect(F.hasRelation("Maria Kowalska", .affiliatedWith, "Pomeranian Science and Technology Park", in: g))
    #expect(F.hasRelation("Gdańsk University of Technology", .partnerOf, "Pomeranian Science and Technology Park", in: g))
    #expect(g.entities.first { $0.name == "Gdańsk University of Technology" }?.sector == .science)
  }
}
