import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Two English shapes met on an unseen set and written as general rules: a seat adjective before a name
/// ("Szczecin-based X": the place, the organization, located_in) and a person whose foreign given name the lists
/// lack, written "Name Surname of the Institution". Made-up text; its names occur in no fixture.
@Suite("Genre rules: seat adjectives and foreign names before \"of\"")
struct GenreRulesSeatAndForeignNameTests {
  typealias F = ExtractionFixtures

  static let english = F.extract("""
    Offshore skills forum in Kołobrzeg

    The forum was opened by Dainė Žemaitytė of the Šiauliai Vocational Training Centre. Later, the Gdynia-based \
    Nordwind Crewing and Koszalin-based KZB joined the consortium. Cloud-based tools were shown by the \
    Energy Village of the Baltic University of Logistics.
    """, id: "seat-en.txt")

  @Test("a seat adjective gives the place, the organization after it (with or without a head word) and located_in")
  func seatAdjective() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Nordwind Crewing" })
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "KZB" })
    #expect(F.hasRelation("Nordwind Crewing", .locatedIn, "Gdynia", in: g))
    #expect(F.hasRelation("KZB", .locatedIn, "Koszalin", in: g))
    // Only a known place makes a seat: "Cloud-based" is no place, and no name keeps "-based".
    #expect(!g.entities.contains { $0.name.contains("based") || $0.name == "Cloud" })
  }

  @Test("a diacritic-bearing name before \"of the\" + institution is a person affiliated with it; English words are not")
  func foreignPersonBeforeOf() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .person && $0.name == "Dainė Žemaitytė" })
    #expect(F.hasRelation("Dainė Žemaitytė", .affiliatedWith, "Šiauliai Vocational Training Centre", in: g))
    #expect(!g.entities.contains { $0.kind == .person && $0.name == "Energy Village" })
  }
}
