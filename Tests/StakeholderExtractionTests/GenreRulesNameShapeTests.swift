import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Name shapes and relation patterns met on held-out set E and written as general rules (quoted parts of
/// organization names, alias lists in parentheses, mixed-case acronyms, coordinated complements before a legal
/// form, partners of a body, project leaders, money "coming from" a programme, functions naming their body by a
/// common noun or a pronoun, signatory regions and their short form, launching, letters of support, partners
/// introduced by country, "part of" appositions, ministries of ministers), on made-up texts whose names occur in
/// no fixture.
@Suite("Genre rules: name shapes and partner lists")
struct GenreRulesNameShapeTests {
  typealias F = ExtractionFixtures

  static let polish = F.extract("""
    Klaster „Drewno-Lux” o meblach przyszłości

    10 kwietnia 2025 r. w Gnieźnie odbyło się spotkanie członków Klastra Meblarskiego „Drewno-Lux”. Spotkanie \
    otworzył koordynator klastra Marek Zawisza, prezes zarządu firmy Domtech sp. z o.o. z Gniezna.

    W Gnieźnie zainaugurowano projekt „Meble z Odzysku”, którego liderem jest Akademia Henryka Brzozowskiego \
    (AHBr). Partnerami akademii są Gnieźnieński Park Technologiczny (GPT) oraz Centrum Innowacji i Wzornictwa \
    Meblowego sp. z o.o. Wartość przedsięwzięcia wynosi 5 mln zł, z czego 4 mln zł pochodzi z programu Fundusze \
    Europejskie dla Regionu 2021–2027 (FER).

    Jego partnerami są m.in. Drewno-Lux oraz Domtech sp. z o.o. Prezesa Spółdzielni Stolarskiej „Nowy Warsztat” \
    Jana Kmitę przywitał rektor AHBr prof. Tomasz Sikorka.

    Gnieźnieński Park Technologiczny – jego dyrektor Adam Wierzba – zaprosił firmy do współpracy.
    """, id: "shapes-pl.txt")

  static let english = F.extract("""
    RIVER-SKILLS partners sign letter of intent in Stavanger

    On 5 May 2025, three institutions signed a letter of intent in Stavanger to establish the Fjord Skills \
    Alliance. The signatories are the Lubuskie Voivodeship, the City of Zielonka and the energy company \
    Fjordkraft Nord AS.

    The Voivodeship was represented by Marshal Jan Kowalik.

    Nordic Coast University of Technology (Politechnika Nordycka, Nordic Tech) has launched RIVER-SKILLS, a \
    three-year Horizon Europe project. The Coastal Investment Zone (CIZ) has signed a letter of support.

    Partners from Austria and Norway, the Municipality of Graz and the University of Bergen, reported on their \
    plans. Dr Anne Berg of the Institute of Marine Energy, part of the Faculty of Ocean Engineering, presented \
    its research. Deputy Minister of Climate Piotr Dembiński spoke about the grid.
    """, id: "shapes-en.txt")

  @Test("a quotation after an organization's head words ends its name; the quoted part alone refers to it")
  func quotedOrganizationNames() {
    let g = Self.polish
    let cluster = g.entities.first { $0.kind == .organization && $0.name.hasSuffix("„Drewno-Lux”") && $0.name.count > "Klaster „Drewno-Lux”".count }
    #expect(cluster != nil)
    #expect(cluster?.aliases.contains("Drewno-Lux") == true)
    #expect(!g.entities.contains { $0.kind == .event })
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Spółdzielnia Stolarska „Nowy Warsztat”" && $0.sector == .business })
    #expect(F.hasRelation("Jan Kmita", .affiliatedWith, "Spółdzielnia Stolarska „Nowy Warsztat”", in: g))
    if let c = cluster {
      #expect(F.hasRelation("Marek Zawisza", .affiliatedWith, c.name, in: g))
      #expect(F.hasRelation("Marek Zawisza", .affiliatedWith, "Domtech sp. z o.o.", in: g))
      #expect(F.hasRelation(c.name, .participatesIn, "Meble z Odzysku", in: g))
    }
  }

  @Test("a leader, partners of the body named by a common noun, money coming from a programme")
  func leaderAndPartners() {
    let g = Self.polish
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Centrum Innowacji i Wzornictwa Meblowego sp. z o.o." })
    #expect(F.hasRelation("Akademia Henryka Brzozowskiego", .organizes, "Meble z Odzysku", in: g))
    for partner in ["Gnieźnieński Park Technologiczny", "Centrum Innowacji i Wzornictwa Meblowego sp. z o.o."] {
      #expect(F.hasRelation("Akademia Henryka Brzozowskiego", .partnerOf, partner, in: g), "\(partner)")
      #expect(F.hasRelation(partner, .participatesIn, "Meble z Odzysku", in: g), "\(partner)")
    }
    #expect(F.hasRelation("Meble z Odzysku", .fundedBy, "Fundusze Europejskie dla Regionu 2021–2027", in: g))
  }

  @Test("a mixed-case acronym, a function after a dash and a possessive pronoun")
  func acronymsAndPronouns() {
    let g = Self.polish
    #expect(g.entities.contains { $0.name == "Akademia Henryka Brzozowskiego" && $0.aliases.contains("AHBr") })
    #expect(!g.entities.contains { $0.kind == .person && $0.name.hasPrefix("Henryk") })
    #expect(F.hasRelation("Tomasz Sikorka", .affiliatedWith, "Akademia Henryka Brzozowskiego", in: g))
    #expect(F.hasRelation("Adam Wierzba", .affiliatedWith, "Gnieźnieński Park Technologiczny", in: g))
  }

  @Test("signatories: a voivodeship that signs is an organization, its short form is an alias")
  func signatories() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Lubuskie Voivodeship" && $0.aliases.contains("Voivodeship") })
    #expect(F.hasRelation("Lubuskie Voivodeship", .partnerOf, "City of Zielonka", in: g))
    #expect(F.hasRelation("Fjordkraft Nord AS", .partnerOf, "City of Zielonka", in: g))
    #expect(F.hasRelation("Jan Kowalik", .affiliatedWith, "Lubuskie Voivodeship", in: g))
  }

  @Test("aliases listed in parentheses, launching, a Horizon project, a letter of support")
  func launchedProject() {
    let g = Self.english
    let uni = g.entities.first { $0.name == "Nordic Coast University of Technology" }
    #expect(uni?.aliases.contains("Nordic Tech") == true)
    #expect(uni?.aliases.contains("Politechnika Nordycka") == true)
    #expect(F.hasRelation("Nordic Coast University of Technology", .organizes, "RIVER-SKILLS", in: g))
    #expect(F.hasRelation("RIVER-SKILLS", .fundedBy, "Horizon Europe", in: g))
    #expect(F.hasRelation("Coastal Investment Zone", .participatesIn, "RIVER-SKILLS", in: g))
  }

  @Test("partners introduced by their countries, a unit 'part of' its faculty, the ministry of a minister")
  func countriesUnitsMinistries() {
    let g = Self.english
    #expect(F.hasRelation("Municipality of Graz", .participatesIn, "RIVER-SKILLS", in: g))
    #expect(F.hasRelation("University of Bergen", .participatesIn, "RIVER-SKILLS", in: g))
    #expect(F.hasRelation("Municipality of Graz", .locatedIn, "Austria", in: g))
    #expect(F.hasRelation("University of Bergen", .locatedIn, "Norway", in: g))
    #expect(F.hasRelation("Institute of Marine Energy", .partOf, "Faculty of Ocean Engineering", in: g))
    #expect(g.entities.contains { $0.name == "Ministry of Climate" && $0.sector == .centralGovernment })
    #expect(F.hasRelation("Piotr Dembiński", .affiliatedWith, "Ministry of Climate", in: g))
    #expect(!g.entities.contains { $0.name == "Climate" })
  }

  @Test("names with a plural head take the nominative: 'Zakładów Mięsnych X S.A.', 'Targami X S.A.', 'Kowalowskich Dni …'")
  func pluralCompanyNames() {
    let g = F.extract("""
      Nowa hala w Kowalowie

      Halę otworzył Jan Kot, prezes Zakładów Mięsnych Kowalowo S.A., wspólnie z Targami Kowalowo S.A. Maszyny \
      pokazano podczas Kowalowskich Dni Stolarstwa.
      """, id: "plural-pl.txt")
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Zakłady Mięsne Kowalowo S.A." })
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "Targi Kowalowo S.A." })
    #expect(g.entities.contains { $0.kind == .event && $0.name == "Kowalowskie Dni Stolarstwa" })
  }

  @Test("a spaced short form in parentheses; a unit before its parent's acronym is the subject of 'który koordynuje'")
  func relativeSubjectUnit() {
    let g = F.extract("""
      Cyfrowy region

      Urząd Marszałkowski Województwa Lubuskiego (UMWL) przyjął Regionalny Plan Cyfryzacji do 2030 roku (RPC 2030). \
      Plan przedstawiła Anna Kos, dyrektor Departamentu Cyfryzacji UMWL, który koordynuje prace nad wdrażaniem RPC 2030.
      """, id: "relative-pl.txt")
    #expect(g.entities.contains { $0.kind == .project && $0.name == "Regionalny Plan Cyfryzacji do 2030 roku" && $0.aliases.contains("RPC 2030") })
    #expect(F.hasRelation("Departament Cyfryzacji", .organizes, "Regionalny Plan Cyfryzacji do 2030 roku", in: g))
    #expect(!F.hasRelation("Urząd Marszałkowski Województwa Lubuskiego", .organizes, "Regionalny Plan Cyfryzacji do 2030 roku", in: g))
  }

  @Test("a person who leads work in the project, in a relative clause, takes part in it")
  func personLeadingWork() {
    let g = F.extract("""
      Cyfrowa wieś

      W Lubinie ruszył projekt „Cyfrowa Wieś”. Założenia omówiła dr Ewa Czapla z Politechniki Lubińskiej, która \
      kieruje pracami uczelni w projekcie.
      """, id: "leading-pl.txt")
    #expect(F.hasRelation("Ewa Czapla", .participatesIn, "Cyfrowa Wieś", in: g))
    #expect(F.hasRelation("Ewa Czapla", .affiliatedWith, "Politechnika Lubińska", in: g))
  }
}
