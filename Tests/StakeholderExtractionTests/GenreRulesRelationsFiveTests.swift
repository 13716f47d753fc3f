import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Relation phrasings of the genre added in the fifth quality round: affiliations around a name (apposition ending in
/// "at", parentheses, an owner before the function), where a named event is held, partner lists, who runs a project,
/// and signatories named by function. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: relations around names, events, partners and signatories")
struct GenreRulesRelationsFiveTests {
  typealias F = ExtractionFixtures

  @Test("English apposition or working clause ending in \"at ORG\" gives the affiliation")
  func appositionAt() {
    let g = F.extract("""
      Smart farms meet in Olsztyn

      The Warmia Dairy Forum 2025 took place in Olsztyn on 3 May. Dr Anna Kowalczyk, an assistant professor at the \
      Institute of Food Engineering, presented a milk sensor. Tomasz Zieliński, chief technologist at Mleczarnia \
      Mazurska sp. z o.o., described the plant. Dr Jonas Berg, who leads the research team at Uppsala University, \
      spoke about cooling.
      """, id: "apposition-at-en.txt")
    #expect(F.hasRelation("Anna Kowalczyk", .affiliatedWith, "Institute of Food Engineering", in: g))
    #expect(F.hasRelation("Tomasz Zieliński", .affiliatedWith, "Mleczarnia Mazurska sp. z o.o.", in: g))
    #expect(F.hasRelation("Jonas Berg", .affiliatedWith, "Uppsala University", in: g))
  }

  @Test("a unit and its parent in parentheses after a name: the person works in the unit, the unit is part of the parent")
  func parenthesisedUnitAndParent() {
    let g = F.extract("""
      Eksperci o transformacji

      W Opolu odbyło się Opolskie Forum Energii 2025. Głos zabrali:
      – dr Marek Nowicki (Uniwersytet Opolski, Instytut Nauk o Energii),
      – Ewa Sadowska (Opolska Agencja Rozwoju Gospodarczego, OARG).
      """, id: "parenthesised-pl.txt")
    #expect(F.hasRelation("Marek Nowicki", .affiliatedWith, "Instytut Nauk o Energii", in: g))
    #expect(!F.hasRelation("Marek Nowicki", .affiliatedWith, "Uniwersytet Opolski", in: g))
    #expect(F.hasRelation("Instytut Nauk o Energii", .partOf, "Uniwersytet Opolski", in: g))
    #expect(F.hasRelation("Ewa Sadowska", .affiliatedWith, "Opolska Agencja Rozwoju Gospodarczego", in: g))
  }

  @Test("an institution or a possessive territory written before an English function")
  func ownerBeforeFunction() {
    let g = F.extract("""
      Circular towns meet

      The Circular Towns Summit 2025 took place in Gdańsk on 12 March. Gdańsk's Deputy Mayor Piotr Lewicki opened the \
      meeting. The next speaker was Pomeranian Development Agency Director Jan Malinowski.
      """, id: "owner-before-function-en.txt")
    #expect(F.hasRelation("Piotr Lewicki", .affiliatedWith, "Gdańsk", in: g))
    #expect(F.hasRelation("Jan Malinowski", .affiliatedWith, "Pomeranian Development Agency", in: g))
  }

  @Test("an event is where one comes for it, where something happens during it, and a later edition named by its ordinal where it will be")
  func eventPlaces() {
    let g = F.extract("""
      Wodór na Warmii

      Ponad 150 osób przyjechało w piątek do Elbląga na III Warmińskie Forum Wodorowe. List intencyjny w tej sprawie \
      podpisano w Olsztynie, podczas IV Kongresu Energii Warmii. Kolejne, V Warmińskie Forum Wodorowe odbędzie się za \
      rok w Ełku.
      """, id: "event-places-pl.txt")
    #expect(F.hasRelation("III Warmińskie Forum Wodorowe", .locatedIn, "Elbląg", in: g))
    #expect(F.hasRelation("IV Kongres Energii Warmii", .locatedIn, "Olsztyn", in: g))
    #expect(F.hasRelation("V Warmińskie Forum Wodorowe", .locatedIn, "Ełk", in: g))
    #expect(!F.hasRelation("III Warmińskie Forum Wodorowe", .locatedIn, "Ełk", in: g))
  }

  @Test("\"The visit … took place in A and B\": the study visit named before is in both places")
  func visitInTwoPlaces() {
    let g = F.extract("""
      Spas and start-ups

      Guests from Spain met on 3 June during "Healthy Springs", the second study visit of the SPAHEALTH project. The \
      visit was hosted by the Marshal's Office of the Opolskie Voivodeship and took place in Opole and Nysa.
      """, id: "visit-places-en.txt")
    #expect(F.hasRelation("Healthy Springs", .locatedIn, "Opole", in: g))
    #expect(F.hasRelation("Healthy Springs", .locatedIn, "Nysa", in: g))
  }

  @Test("a consortium \"złożone z\" lists the project's members; \"Koordynatorem sieci będzie X\" runs it")
  func consortiumAndCoordinator() {
    let g = F.extract("""
      Sieć biogospodarki

      Głównym tematem był projekt „Zielona Dolina Odry”. Przedsięwzięcie realizuje konsorcjum złożone z Politechniki \
      Opolskiej, Uniwersytetu Opolskiego oraz Opolskiej Izby Gospodarczej. Koordynatorem sieci będzie Opolski Park \
      Naukowo-Technologiczny.
      """, id: "consortium-pl.txt")
    for member in ["Politechnika Opolska", "Uniwersytet Opolski", "Opolska Izba Gospodarcza"] {
      #expect(F.hasRelation(member, .participatesIn, "Zielona Dolina Odry", in: g))
    }
    #expect(F.hasRelation("Opolski Park Naukowo-Technologiczny", .organizes, "Zielona Dolina Odry", in: g))
    #expect(!F.hasRelation("Opolski Park Naukowo-Technologiczny", .participatesIn, "Zielona Dolina Odry", in: g))
  }

  @Test("\"A and the B are the two Polish partners of P\": both subjects take part")
  func coordinatedPartners() {
    let g = F.extract("""
      Offshore skills

      The Baltic Skills Forum 2025 was organised within the WindWorks project. Pomeranian University and the \
      Pomeranian Development Agency are the two Polish partners of WindWorks.
      """, id: "partners-en.txt")
    #expect(F.hasRelation("Pomeranian University", .participatesIn, "WindWorks", in: g))
    #expect(F.hasRelation("Pomeranian Development Agency", .participatesIn, "WindWorks", in: g))
  }

  @Test("signatories named by function after the signing bodies: each with the side its function fits")
  func signatories() {
    let g = F.extract("""
      Geotermia w Sudetach

      W Kłodzku odbył się Sudecki Kongres Geotermalny 2025. Konkretnym efektem spotkania jest list intencyjny, który \
      podpisały Gmina Kudowa-Zdrój i spółka GeoTerm Sudety. Dokument podpisali burmistrz Kudowy-Zdroju Adam Wilczek i \
      prezes spółki Robert Nowacki.
      """, id: "signatories-pl.txt")
    #expect(F.hasRelation("Adam Wilczek", .affiliatedWith, "Gmina Kudowa-Zdrój", in: g))
    #expect(F.hasRelation("Robert Nowacki", .affiliatedWith, "GeoTerm Sudety", in: g))
    #expect(!F.hasRelation("Robert Nowacki", .affiliatedWith, "Gmina Kudowa-Zdrój", in: g))
  }

  @Test("adverbials between the verb and its subject: \"Forum organizuje co roku X\", \"które 20 listopada organizuje w Y Z\"")
  func adverbialOrganizers() {
    let g = F.extract("""
      Forum Żywności

      W Ełku odbyło się V Forum Smaków Mazur. Forum organizuje co roku Stowarzyszenie Smaki Mazur. Wnioski trafią na \
      Warmińskie Forum Rolnicze, które 20 listopada organizuje w Olsztynie Urząd Marszałkowski Województwa \
      Warmińsko-Mazurskiego.
      """, id: "adverbial-organizers-pl.txt")
    #expect(F.hasRelation("Stowarzyszenie Smaki Mazur", .organizes, "V Forum Smaków Mazur", in: g))
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Warmińsko-Mazurskiego", .organizes, "Warmińskie Forum Rolnicze", in: g))
  }
}
