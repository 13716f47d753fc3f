import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Rules that keep extraction from firing too eagerly on unseen articles (venues, streets, adjectives of origin, a
/// company's board, headline short names, document titles) and the relations of partnerships, meeting partners and
/// funders, on made-up texts whose names occur in no fixture.
@Suite("Genre rules: precision on unseen articles")
struct GenreRulesPrecisionTests {
  typealias F = ExtractionFixtures

  static let polish = F.extract("""
    Forum Gospodarki Morskiej w Koszalinie. Uczelnie podpisały list intencyjny

    Koszalin, 3 marca 2025

    W auli Centrum Kongresowego Politechniki Koszalińskiej odbyło się V Forum Gospodarki Morskiej Pomorza \
    Środkowego. Organizatorami wydarzenia byli Miasto Koszalin oraz Koszalińska Izba Przemysłowo-Handlowa, a \
    partnerem merytorycznym – Akademia Pomorska w Słupsku.

    Otwierając forum, Tomasz Sielicki, prezydent Koszalina, przypomniał o inwestycjach w porcie. Głos zabrali dr \
    Adam Wierzbicki z Wydziału Nauk o Zdrowiu Akademii Pomorskiej oraz dr Ewa Mazur z Wydziału Inżynierii Lądowej, \
    Środowiska i Geodezji Politechniki Koszalińskiej. Jan Sadowy, członek zarządu powiatu koszalińskiego, \
    reprezentujący Starostwo Powiatowe w Koszalinie, mówił o drogach.

    Po południu podpisano list intencyjny w sprawie utworzenia partnerstwa „Środkowopomorska Sieć Portowa”. \
    Dokument sygnowali przedstawiciele Politechniki Koszalińskiej, Akademii Pomorskiej oraz spółki Portowe Usługi \
    Koszalin. Uczestnicy przyjęli dokument „Strategia Rozwoju Portu Koszalin do 2035 roku”.

    Kolejne spotkanie odbędzie się w siedzibie Izby przy ul. Tadeusza Kościuszki w Koszalinie.
    """, id: "p.txt")

  static let english = F.extract("""
    Northern partners in Tampere for the MARINETWIN meeting

    Published: 3 May 2025

    The partners of the Interreg Aurora project MARINETWIN met in Tampere, Finland. The project is funded by \
    the European Union's Interreg Aurora programme. The meeting took place in the university's Innovation \
    Centre.

    Other partners include Jutland University from Denmark, the Norwegian company Fjord Sensors and the City of \
    Aalborg. The document was signed by Maria Olsen, President of the Management Board of Fjord Sensors, and Lars \
    Berg, manager of the Danish cluster.

    Dr Hanna Koski, Vice-Rector for Research of the University of Tampere, described the Swedish and Polish \
    approach to coastal monitoring.
    """, id: "e.txt")

  static func names(_ g: StakeholderGraph, _ kind: EntityKind) -> Set<String> { Set(g.entities.filter { $0.kind == kind }.map(\.name)) }

  @Test("venues, street names and participles name nothing; a headline's short event name is the event")
  func polishPrecision() {
    let g = Self.polish
    #expect(!g.entities.contains { $0.name.hasPrefix("Centrum Kongresow") })
    #expect(!g.entities.contains { $0.name.contains("Kościuszk") })
    #expect(!g.entities.contains { $0.name == "Otwierając" })
    #expect(Self.names(g, .event) == ["V Forum Gospodarki Morskiej Pomorza Środkowego"])
    #expect(g.entities.first { $0.name == "V Forum Gospodarki Morskiej Pomorza Środkowego" }?.aliases.contains("Forum Gospodarki Morskiej") == true)
    #expect(g.entities.first { $0.name == "Strategia Rozwoju Portu Koszalin do 2035 roku" }?.kind == .project)
  }

  @Test("unit names: 'Nauk o X', a comma list of fields; a university with and without its seat is one")
  func polishUnits() {
    let g = Self.polish
    #expect(F.hasRelation("Wydział Nauk o Zdrowiu", .partOf, "Akademia Pomorska w Słupsku", in: g))
    #expect(F.hasRelation("Wydział Inżynierii Lądowej, Środowiska i Geodezji", .partOf, "Politechnika Koszalińska", in: g))
    #expect(F.hasRelation("Ewa Mazur", .affiliatedWith, "Wydział Inżynierii Lądowej, Środowiska i Geodezji", in: g))
    #expect(g.entities.filter { $0.name.hasPrefix("Akademia Pomorska") }.count == 1)
  }

  @Test("a meeting's partner takes part in it; an agreement's sides join the partnership it creates; 'reprezentujący'")
  func polishRelations() {
    let g = Self.polish
    #expect(F.hasRelation("Akademia Pomorska w Słupsku", .participatesIn, "V Forum Gospodarki Morskiej Pomorza Środkowego", in: g))
    #expect(!F.hasRelation("Akademia Pomorska w Słupsku", .organizes, "V Forum Gospodarki Morskiej Pomorza Środkowego", in: g))
    for side in ["Politechnika Koszalińska", "Akademia Pomorska w Słupsku", "Portowe Usługi Koszalin"] {
      #expect(F.hasRelation(side, .participatesIn, "Środkowopomorska Sieć Portowa", in: g))
    }
    #expect(F.hasRelation("Politechnika Koszalińska", .partnerOf, "Portowe Usługi Koszalin", in: g))
    #expect(F.hasRelation("Jan Sadowy", .affiliatedWith, "Starostwo Powiatowe w Koszalinie", in: g))
  }

  @Test("English: adjectives of origin, a facility, a company's board; possessive owners and portfolios")
  func englishPrecision() {
    let g = Self.english
    for bad in ["Swedish", "Polish", "Danish", "Innovation Centre"] { #expect(!g.entities.contains { $0.name == bad }) }
    #expect(!g.entities.contains { $0.name.hasPrefix("Management Board") || $0.name.hasPrefix("Research of") })
    #expect(F.hasRelation("Maria Olsen", .affiliatedWith, "Fjord Sensors", in: g))
    #expect(F.hasRelation("Hanna Koski", .affiliatedWith, "University of Tampere", in: g))
    #expect(g.entities.first { $0.name == "European Union" }?.sector == .international)
    #expect(F.hasRelation("MARINETWIN", .fundedBy, "European Union", in: g))
    #expect(F.hasRelation("MARINETWIN", .fundedBy, "Interreg Aurora", in: g))
    #expect(!F.hasRelation("Interreg Aurora", .fundedBy, "European Union", in: g))
  }

  @Test("English: partners listed after 'include', over seats and descriptors")
  func englishPartners() {
    let g = Self.english
    for p in ["Jutland University", "Fjord Sensors", "City of Aalborg"] { #expect(F.hasRelation(p, .participatesIn, "MARINETWIN", in: g)) }
    #expect(F.hasRelation("Jutland University", .locatedIn, "Denmark", in: g))
  }
}
