import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Sector rules added on 2026-11-22: the institution written next to a person when no affiliation is found,
/// English names of Polish voivodeships are at home, councils and administrations of foreign territories,
/// development agencies, faculties without a parent and training centres. Made-up texts whose names occur in no
/// fixture.
@Suite("Genre rules: sectors")
struct GenreRulesSectorTests {
  typealias F = ExtractionFixtures

  /// The sector decision for an organization with no legal form, seat abroad or parent.
  func bareOrganization(_ name: String, _ head: HeadWord?) -> SectorClassifier.Decision {
    SectorClassifier.organization(name: name, head: head, legalForm: nil, foreignLocation: nil, parent: nil, parentName: nil)
  }

  func sector(_ g: StakeholderGraph, _ name: String) -> Sector? {
    g.entities.first { $0.name == name }?.sector
  }

  @Test("A person with no affiliation found takes the sector of the institution written next to the name")
  func nearbyInstitution() {
    let g = F.extract("""
      Speakers

      The following speakers shared their experience:
      Dr Joanna Lipska (Faculty of Chemistry, Gdańsk University of Technology) – results of a survey of 300 firms;
      """, id: "nearby.txt")
    #expect(sector(g, "Joanna Lipska") == .science)
  }

  @Test("An English name of a Polish voivodeship is no foreign place: its deputy marshal is local government")
  func englishVoivodeship() {
    let g = F.extract("""
      Regional voices

      Among the speakers were Ewa Mrozek, Deputy Marshal of the Opolskie Voivodeship, and the Mayor of Nysa.
      """, id: "voivodeship.txt")
    #expect(sector(g, "Ewa Mrozek") == .localGovernment)
  }

  @Test("Councils and administrations of foreign territories are international")
  func foreignTerritories() {
    let g = F.extract("""
      Goście zza granicy

      Delegacji przewodniczył Juraj Novák, członek Rady Kraju Preszowskiego. Gośćmi byli także przedstawiciele \
      Lwowskiej Obwodowej Administracji Państwowej ze Lwowa.
      """, id: "foreign-territory.txt")
    #expect(sector(g, "Rada Kraju Preszowskiego") == .international)
    let d = F.extract("""
      Goście z Litwy

      Z Rasą Petraitienė, przedstawicielką Urzędu Rejonu Olickiego, rozmawiano o wymianie doświadczeń.
      """, id: "rejon.txt")
    #expect(sector(d, "Urząd Rejonu Olickiego") == .international)
    #expect(g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Lwowska Obwodowa Administracja") && $0.sector == .international })
  }

  @Test("A regional development agency is business; a national one keeps its state sector")
  func developmentAgencies() {
    let d = bareOrganization("Opolska Agencja Rozwoju Przedsiębiorczości", HeadWords.head("agencja"))
    #expect(d.sector == .business)
    let n = bareOrganization("Polska Agencja Rozwoju Przedsiębiorczości", HeadWords.head("agencja"))
    #expect(n.sector != .business)
  }

  @Test("A faculty with no parent found is science; a training centre is science")
  func facultiesAndTraining() {
    let f = bareOrganization("Wydział Nauk o Ziemi", HeadWords.head("wydział"))
    #expect(f.sector == .science)
    let t = bareOrganization("Riga Maritime Training Centre", HeadWords.englishHead("centre"))
    #expect(t.sector == .science)
  }

  @Test("An organization read before, in the English possessive before a function, gives the person its sector")
  func possessiveAcronym() {
    let g = F.extract("""
      Dairy lab

      Kielce University of Technology (TUK) welcomed forty farmers. Opening the workshop, Prof. Adam Lis, TUK's \
      Vice-Rector for Development, said the project was a chance for farms.
      """, id: "possessive.txt")
    #expect(sector(g, "Adam Lis") == .science)
  }
}
