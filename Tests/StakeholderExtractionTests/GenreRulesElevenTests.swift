import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-11 rules (2026-11-22): units written with their parent, public services and foreign missions, meetings
/// and bodies that share a head word, a company noun opening a sentence, and Polish towns written without
/// diacritics. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: unit full forms, public services, missions, sessions and assemblies")
struct GenreRulesElevenTests {
  typealias F = ExtractionFixtures

  @Test("A unit written with its parent in the genitive keeps that full form as an alias")
  func unitFullFormAlias() throws {
    let g = F.extract("""
      Spotkanie o transferze wiedzy

      W rozmowach wziął udział dr Jan Wierzbicki, prodziekan Wydziału Inżynierii Procesowej Politechniki Opolskiej. \
      Uczelnia przygotuje ofertę szkoleń dla firm z powiatu.
      """, id: "unit.txt")
    let unit = try #require(F.entity(g, "Wydział Inżynierii Procesowej", .organization))
    #expect(unit.aliases.contains("Wydziału Inżynierii Procesowej Politechniki Opolskiej"))
    #expect(F.hasRelation("Wydział Inżynierii Procesowej", .partOf, "Politechnika Opolska", in: g))
  }

  @Test("Hospitals are public services, a school superintendent's office is the state's, an embassy keeps its seat and is international")
  func publicServicesAndMissions() throws {
    let pl = F.extract("""
      Zdrowie w regionie

      W spotkaniu uczestniczyli przedstawiciele Szpitala Wojewódzkiego w Zamościu oraz Kuratorium Oświaty w Lublinie. \
      Dyrektor szpitala Adam Lisowski przedstawił plan inwestycji.
      """, id: "services.txt")
    #expect(F.entity(pl, "Szpital Wojewódzki w Zamościu", .organization)?.sector == .other)
    #expect(F.entity(pl, "Kuratorium Oświaty w Lublinie", .organization)?.sector == .centralGovernment)
    let en = F.extract("""
      Ports and data

      The meeting was attended by Henrik Dahl, Counsellor at the Embassy of Norway in Warsaw, and by the \
      partners of the project. The talks were held in Gdynia on Monday. The partners will meet again in spring.
      """, id: "embassy.txt")
    let embassy = try #require(F.entity(en, "Embassy of Norway in Warsaw", .organization))
    #expect(embassy.sector == .international)
  }

  @Test("'at' after a unit names its city hall, which is an organization of local government")
  func unitAtCityHall() throws {
    let g = F.extract("""
      Smart city partners

      Iga Smolarek, Director of the Department of Urban Mobility at Sopot City Hall, presented the plan. The \
      department will test new bus lanes next year. The partners will meet again in autumn.
      """, id: "cityhall.txt")
    #expect(F.entity(g, "Sopot City Hall", .organization)?.sector == .localGovernment)
  }

  @Test("A council session opening a headline is no event; an assembly someone chairs is a body, and the chained function stays with its person")
  func sessionsAndAssemblies() throws {
    let g = F.extract("""
      Sesja Rady Miasta Kłodzka: budżet na przyszły rok

      W obradach uczestniczyli: Marek Zawadzki, burmistrz Nowej Rudy i przewodniczący Zgromadzenia Związku Gmin \
      Ziemi Kłodzkiej, Anna Pietrasik, wiceprezes spółki Kłodzkie Wodociągi, oraz radni.
      """, id: "session.txt")
    #expect(!g.entities.contains { $0.kind == .event })
    let assembly = try #require(g.entities.first { $0.kind == .organization && $0.name.hasPrefix("Zgromadzenie") })
    #expect(F.hasRelation("Marek Zawadzki", .affiliatedWith, assembly.name, in: g))
    #expect(!F.hasRelation("Anna Pietrasik", .affiliatedWith, assembly.name, in: g))
  }

  @Test("A director of 'Zarząd …' heads an institution of that name; a president of the board sits on a company's board")
  func directorOfBoard() throws {
    let g = F.extract("""
      Nowe linie autobusowe

      O planach mówił Tomasz Bielak, dyrektor Zarządu Dróg Powiatowych w Nysie. Prezes Zarządu spółki Autobusy \
      Paczków Jan Ćwik zapowiedział zakup pojazdów.
      """, id: "board.txt")
    #expect(g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Zarząd Dróg Powiatowych") })
  }

  @Test("'Spółka' opening a sentence before a brand with its legal form is no part of the name")
  func companyNounAtSentenceStart() {
    let g = F.extract("""
      Nowy magazyn w strefie

      Spółka Tremvex Logistics Sp. z o.o. zbuduje centrum dystrybucyjne w Gliwicach. Inwestycja da pracę 200 osobom.
      """, id: "company.txt")
    #expect(F.entity(g, "Tremvex Logistics Sp. z o.o.", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Spółka Tremvex") })
  }

  @Test("English texts without diacritics: Polish towns and voivodeships stay at home")
  func townsWithoutDiacritics() throws {
    let g = F.extract("""
      Robots for small factories

      The City of Bialystok and the Marshal's Office of the Podlaskie Voivodeship opened a robotics lab on Friday. \
      The lab will serve companies from Bialystok and Lomza. The partners will present the first results in spring.
      """, id: "nodiacritics.txt")
    #expect(F.entity(g, "City of Bialystok", .organization)?.sector == .localGovernment)
    #expect(PlacesWithoutDiacritics.fold("Łódź") == "Lodz")
    #expect(PolishLexicon.shared.placesWithoutDiacritics.polishName("Bialystok") == "Białystok")
    #expect(Places.voivodeshipWithoutDiacritics("slaskie"))
    #expect(!Places.voivodeshipWithoutDiacritics("saxonie"))
  }

  @Test("English without diacritics: a town of two words is at home; a Polish seat keeps its place in the name")
  func twoWordTownsAndSeats() {
    let g = F.extract("""
      Timber for the mountains

      The Town of Nowy Targ and the University of Agriculture in Krakow signed a letter of intent on Friday. The \
      partners will test two timber bridges. They will meet again in June.
      """, id: "towns.txt")
    #expect(g.entities.first { $0.kind == .organization && $0.name == "Town of Nowy Targ" }?.sector == .localGovernment)
    #expect(F.entity(g, "University of Agriculture in Krakow", .organization) != nil)
  }

  @Test("A committee named after its programme is a committee and a programme")
  func committeeOfProgramme() throws {
    let g = F.extract("""
      New calls approved

      The Monitoring Committee of the European Funds for Opolskie 2021-2027 programme met in Opole on Thursday and \
      approved three calls. The committee will meet again in June. The calls open in autumn.
      """, id: "committee.txt")
    #expect(F.entity(g, "Monitoring Committee", .organization) != nil)
    #expect(g.entities.contains { $0.kind == .project && $0.name.hasPrefix("European Funds for Opolskie") })
  }
}
