import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-6 rules (2026-11-22) on names in Polish text: networks run by a director, project names that go on
/// through "w" and an abstract noun, acronyms after "przedstawiciele", Czech and Slovak surnames and German towns
/// declined in Polish, determiners opening a quoted statement, titles repeated in another case; and in English
/// text, seats spelt out by the acronym and regional development agencies abroad. Made-up texts whose names occur
/// in no fixture.
@Suite("Genre rules: foreign names and name forms")
struct GenreRulesForeignNamesTests {
  typealias F = ExtractionFixtures


  @Test("Polish text: networks with a director, names through 'w', acronyms before a verb, declined foreign names, repeated titles")
  func polishNameForms() {
    let g = F.extract("""
      Spotkanie partnerów w Kętach

      Głos zabrał Jens Bauer, dyrektor zarządzający sieci Robotiknetz Sachsen z Chemnitz. Miasto Kęty przystąpiło \
      do projektu Sieć Gmin w Transformacji, a przedstawiciele ŁARR zachęcali firmy do udziału w naborze. Gościem był \
      Jan Kubík, a rozmowę z Janem Kubíkiem poprowadziła Zuzana Sýkorová; głos zabrała też Eva Kráľová, \
      a Zuzany Sýkorovej słuchano uważnie. Mówiono o połączeniach z Magdeburgu. – Każdy region ma swoje \
      atuty – mówił Bauer. Partnerzy podpisali porozumienie o inicjatywie „Beskidzka Dolina Drewna”, a miasto \
      zgłosi „Beskidzką Dolinę Drewna” do konkursu.
      """, id: "foreign-pl.txt")
    #expect(F.entity(g, "Robotiknetz Sachsen", .organization) != nil)
    #expect(F.entity(g, "Sieć Gmin w Transformacji", .project) != nil)
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Transformac") })
    #expect(F.entity(g, "ŁARR", .organization) != nil)
    #expect(!g.entities.contains { $0.name.contains("zachęcali") })
    #expect(F.entity(g, "Jan Kubík", .person) != nil)
    #expect(!g.entities.contains { $0.kind == .person && $0.name.hasPrefix("Jan Kubíki") })
    #expect(F.entity(g, "Zuzana Sýkorová", .person) != nil)
    #expect(!g.entities.contains { $0.name == "Zuzana Sýkorovej" || $0.name == "Zuzana Sýkorova" })
    #expect(F.entity(g, "Magdeburg", .place) != nil)
    #expect(F.entity(g, "Każdy") == nil)
    #expect(F.entity(g, "Beskidzka Dolina Drewna", .project) != nil)
    #expect(g.entities.filter { $0.kind == .project && $0.name.hasPrefix("Beskidzk") }.count == 1)
  }

  @Test("English text: a seat the acronym spells is part of the name; a development agency abroad is business")
  func englishSeatsAndAgencies() {
    let g = F.extract("""
      Chamber opens office in Gdynia

      The Polish Chamber of Commerce in Norway (PCCN) and the Regional Development Agency of Olomouc met in Gdynia.
      """, id: "seat-en.txt")
    #expect(F.entity(g, "Polish Chamber of Commerce in Norway", .organization) != nil)
    #expect(F.entity(g, "Norway") == nil)
    #expect(F.entity(g, "Regional Development Agency of Olomouc", .organization)?.sector == .business)
    let u = F.extract("""
      Care workshop in Szczytno

      The workshop was organised together with the university's Jan Lipski Collegium Medicum in Szczytno, which \
      hosted the second day.
      """, id: "collegium-en.txt")
    #expect(F.entity(u, "Jan Lipski Collegium Medicum in Szczytno", .organization) != nil)
  }

  @Test("An English City Hall with its town's name is the town's office; a City Hall where something happens is no entity")
  func cityHalls() {
    let g = F.extract("""
      Hackathon in Kęty

      Photo: Ewa Zych / Kęty City Hall

      The meeting took place in Wadowice City Hall. Adam Wrona of Andrychów Town Hall spoke.
      """, id: "city-hall.txt")
    #expect(F.entity(g, "Kęty City Hall", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Andrychów Town Hall", .organization) != nil)
    #expect(F.hasRelation("Adam Wrona", .affiliatedWith, "Andrychów Town Hall", in: g))
    #expect(F.entity(g, "Wadowice City Hall", .organization) == nil)
  }

  @Test("A town's authority declined in the genitive is 'Miasto' with the town in the nominative")
  func townAuthorityInTheGenitive() {
    let g = F.extract("""
      Tczew w partnerstwie

      Radni zdecydowali o przystąpieniu Miasta Tczewa do projektu „Zielone Powiśle”. Miasto Tczew podpisze \
      porozumienie w maju.
      """, id: "town-authority.txt")
    #expect(F.entity(g, "Miasto Tczew", .organization) != nil)
    #expect(F.entity(g, "Miasto Tczewa") == nil)
  }

  @Test("Foreign surname and German town rules leave Polish words alone")
  func foreignRulesAreNarrow() {
    #expect(CandidateGenerator.foreignLetterSurname("Nowaka") == nil)
    #expect(CandidateGenerator.foreignLetterSurname("Hudáka")?.contains { $0.lemma == "Hudák" && $0.cases.contains(.genitive) } == true)
    #expect(CandidateGenerator.foreignLetterSurname("Kováčovej")?.contains { $0.lemma == "Kováčová" && $0.gender == .f } == true)
    #expect(NameServices.germanTownStem("Hamburgu") == "Hamburg")
    #expect(NameServices.germanTownStem("Krakowu") == nil)
    #expect(NameServices.germanTownStem("Eberswaldu") == nil)
  }
}
