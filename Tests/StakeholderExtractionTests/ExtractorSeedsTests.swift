import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Specific people, roles, institutions and relations the seeds must yield.
@Suite("Extraction from the seeds")
struct ExtractorSeedsTests {
  typealias F = ExtractionFixtures

  @Test("persons get nominative names, roles and sectors", arguments: [
    ("Piotr Kuczera", "prezydent Rybnika", Sector.localGovernment),
    ("Patrycja Sass-Staniszewska", "prezes e-Izby", Sector.business),
    ("Harri Kuusela", "kierownik projektu", Sector.international),
    ("Grzegorz Jakuć", "wójt gminy Turośń Kościelna", Sector.localGovernment),
    ("Robert Król", "prezes Zarządu Holo4Med", Sector.business),
  ])
  func persons(name: String, role: String, sector: Sector) throws {
    let p = try #require(F.entity(name, .person))
    #expect(p.role == role)
    #expect(p.sector == sector)
    #expect(p.sectorReason != nil)
  }

  @Test("inflected forms are aliases of the nominative name")
  func aliases() throws {
    #expect(try #require(F.entity("Piotr Kuczera")).aliases.contains("Piotra Kuczerę"))
    #expect(try #require(F.entity("Patrycja Sass-Staniszewska")).aliases.contains("Patrycję Sass-Staniszewską"))
    #expect(try #require(F.entity("Stalowa Wola", .place)).aliases.contains("Stalowej Woli"))
    #expect(try #require(F.entity("Białystok", .place)).aliases.contains("Białymstoku"))
    #expect(F.entity("Urząd Marszałkowski Województwa Podlaskiego", .organization)?.aliases.contains("UMWP") == true)
  }

  @Test("the short form e-Izba is the Izba Gospodarki Elektronicznej, a business chamber")
  func shortForm() throws {
    let izba = try #require(F.entity("Izba Gospodarki Elektronicznej", .organization))
    #expect(izba.aliases.contains("e-Izba"))
    #expect(izba.aliases.contains("e-Izby"))
    #expect(izba.sector == .business)
    #expect(!F.seedGraph.entities.contains { $0.name == "e-Izba" })
  }

  @Test("roles are affiliations; titles are dropped")
  func affiliations() {
    #expect(F.hasRelation("Piotr Kuczera", .affiliatedWith, "Rybnik"))
    #expect(F.hasRelation("Izabela Łokić", .affiliatedWith, "Departament Rozwoju Regionalnego"))
    #expect(F.hasRelation("Artur Kosicki", .affiliatedWith, "Urząd Marszałkowski Województwa Podlaskiego"))
    #expect(F.hasRelation("Iwona Nowakowska", .affiliatedWith, "Wydział Oświaty i Wychowania"))
    #expect(!F.seedGraph.entities.contains { $0.name.hasPrefix("Prezes") || $0.name.hasPrefix("Dyrektor") })
  }

  @Test("departments and branches are part of their parent")
  func units() {
    #expect(F.hasRelation("Departament Rozwoju Regionalnego", .partOf, "Urząd Marszałkowski Województwa Podlaskiego"))
    #expect(F.hasRelation("Departament Społeczeństwa Informacyjnego", .partOf, "Urząd Marszałkowski Województwa Podlaskiego"))
    #expect(F.hasRelation("Śląski oddział Izby Gospodarki Elektronicznej", .partOf, "Izba Gospodarki Elektronicznej"))
    #expect(F.hasRelation("Wydział Promocji Miasta i Turystyki", .partOf, "Urząd Miasta Wrocławia"))
  }

  @Test("projects, events and the relations between them, each with its evidence sentence")
  func projectsAndEvents() throws {
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Podlaskiego", .organizes, "Next2Met Policy Learning Event #5 – Good practices in the Podlaskie Region"))
    #expect(F.hasRelation("Next2Met", .fundedBy, "Interreg Europe"))
    #expect(F.hasRelation("Rozwój lokalny", .fundedBy, "MF EOG"))
    #expect(F.hasRelation("Izba Gospodarki Elektronicznej", .organizes, "Polska Regionalna Gospodarka Cyfrowa"))
    #expect(F.hasRelation("Izba Gospodarki Elektronicznej", .partnerOf, "Rybnik"))
    #expect(F.hasRelation("Izba Gospodarki Elektronicznej", .partnerOf, "Ministerstwo Cyfryzacji"))
    #expect(F.hasRelation("Agencja Rozwoju Regionalnego S.A.", .locatedIn, "Bielsko-Biała"))
    let forum = try #require(F.entity("II Forum Metropolii Krakowskiej", .event))
    #expect(forum.aliases.contains("Forum Metropolii Krakowskiej"))
    for r in F.seedGraph.relations {
      #expect(!r.evidence.isEmpty)
      for e in r.evidence { #expect(!e.text.isEmpty && e.end > e.start) }
    }
  }

  @Test("documents get language, title and date")
  func documents() {
    let docs = Dictionary(uniqueKeysWithValues: F.seedGraph.documents.map { ($0.id, $0) })
    #expect(docs["000_45e639ab875eea77.txt"]?.language == "en")
    #expect(docs["001_c518fcb33a3aa5d0.txt"]?.language == "pl")
    #expect(docs["001_c518fcb33a3aa5d0.txt"]?.title == "Dobre praktyki w dziedzinie cyfryzacji z Podlaskiego")
    #expect(docs["004_dfa2b57d984fcb2f.txt"]?.date == "2021-12-01")
    #expect(docs["000_45e639ab875eea77.txt"]?.title == nil)
  }

  @Test("mentions point at the text they name (Unicode scalar offsets)")
  func offsets() throws {
    let doc = try #require(F.seeds.first { $0.id == "002_740a5c4a39753fb8.txt" })
    let scalars = Array(doc.text.unicodeScalars)
    let kuczera = try #require(F.entity("Piotr Kuczera"))
    let surfaces = kuczera.mentions.filter { $0.document == doc.id }.map { m in
      String(String.UnicodeScalarView(scalars[m.start..<m.end]))
    }
    #expect(surfaces.contains("Piotra Kuczerę"))
    #expect(surfaces.contains("Piotr Kuczera"))
  }
}
