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

  @Test("possessive owners of functions and functions of a described organization")
  func possessiveAndDescribedOwners() {
    let g = F.extract("""
      Spa visit

      The Spa Days 2025 took place in Opole. Guests then toured Termy Opolskie Ltd., the largest spa operator in Opole. \
      Its CEO, Anna Lewandowska, presented a booking platform. Marek Nowak, manager of the Nysa-based Opole Spa \
      Cluster, explained the marketing plan. Jan Kowalski, CEO of the Finnish company Kylpylä Oy, discussed exports. \
      The Opole Health Foundation was also there. The foundation's president, Ewa Kowal, thanked the guests.
      """, id: "possessive-owner-en.txt")
    #expect(F.hasRelation("Anna Lewandowska", .affiliatedWith, "Termy Opolskie Ltd.", in: g))
    #expect(F.hasRelation("Marek Nowak", .affiliatedWith, "Opole Spa Cluster", in: g))
    #expect(!F.hasRelation("Marek Nowak", .affiliatedWith, "Nysa", in: g))
    #expect(F.hasRelation("Opole Spa Cluster", .locatedIn, "Nysa", in: g))
    #expect(F.hasRelation("Jan Kowalski", .affiliatedWith, "Kylpylä Oy", in: g))
    #expect(F.hasRelation("Ewa Kowal", .affiliatedWith, "Opole Health Foundation", in: g))
    #expect(F.hasRelation("Termy Opolskie Ltd.", .locatedIn, "Opole", in: g))
  }

  @Test("active funding with the funder after the verb, and bodies stated to take part in or join the project")
  func activeFundingAndJoining() {
    let g = F.extract("""
      Czyste powietrze na Śląsku

      Głównym tematem był projekt „Czysty Śląsk”. Projekt współfinansuje Europejski Fundusz Rozwoju Regionalnego w \
      ramach programu Fundusze Europejskie dla Śląskiego 2021-2027. W projekcie bierze udział również Fundacja Zielone \
      Miasto. Do projektu przystąpiło także Starostwo Powiatowe w Gliwicach.
      """, id: "active-funding-pl.txt")
    #expect(F.hasRelation("Czysty Śląsk", .fundedBy, "Europejski Fundusz Rozwoju Regionalnego", in: g))
    #expect(F.hasRelation("Czysty Śląsk", .fundedBy, "Fundusze Europejskie dla Śląskiego 2021-2027", in: g))
    #expect(F.hasRelation("Fundacja Zielone Miasto", .participatesIn, "Czysty Śląsk", in: g))
    #expect(F.hasRelation("Starostwo Powiatowe w Gliwicach", .participatesIn, "Czysty Śląsk", in: g))
  }

  @Test("\"Both universities are partners in P\" and a seat in a relative clause")
  func bothPartnersAndRelativeSeat() {
    let g = F.extract("""
      Dairy cooperation

      The Dairy Days 2025 took place in Białystok. The workshop was hosted by Białystok University of Technology \
      together with Vilnius University. Both universities are partners in MilkBridge, a project co-financed by the \
      Interreg programme. The partnership also includes the Podlaskie Milk Cluster, which is based in Łomża.
      """, id: "both-partners-en.txt")
    #expect(F.hasRelation("Białystok University of Technology", .participatesIn, "MilkBridge", in: g))
    #expect(F.hasRelation("Vilnius University", .participatesIn, "MilkBridge", in: g))
    #expect(F.hasRelation("Białystok University of Technology", .partnerOf, "Vilnius University", in: g))
    #expect(F.hasRelation("Podlaskie Milk Cluster", .locatedIn, "Łomża", in: g))
  }

  @Test("a managing authority runs its programme; \"z którym X współpracuje\" makes partners")
  func managingAuthorityAndRelativeCooperation() {
    let g = F.extract("""
      Fundusze dla Warmii

      W Olsztynie odbyło się Forum Funduszy Warmii 2025. Możliwości wsparcia przedstawił Piotr Nowak, dyrektor \
      Departamentu Polityki Regionalnej Urzędu Marszałkowskiego Województwa Warmińsko-Mazurskiego, czyli instytucji \
      zarządzającej programem Fundusze Europejskie dla Warmii i Mazur 2021-2027. Wśród gości był Jonas Jonaitis z \
      Uniwersytetu Wileńskiego, z którym Uniwersytet Warmińsko-Mazurski od lat współpracuje.
      """, id: "managing-authority-pl.txt")
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Warmińsko-Mazurskiego", .organizes, "Fundusze Europejskie dla Warmii i Mazur 2021-2027", in: g))
    #expect(F.hasRelation("Uniwersytet Warmińsko-Mazurski", .partnerOf, "Uniwersytet Wileński", in: g))
  }

  @Test("\"X, which signed a letter of intent with Y\": only X and Y are the agreement's sides")
  func relativeSigning() {
    let g = F.extract("""
      Circular construction

      The Circular Building Forum 2025 took place in Kraków. Polish partners also include the Małopolska Innovation \
      Agency and the City of Tarnów, which signed a letter of intent with Kraków University of Technology in July.
      """, id: "relative-signing-en.txt")
    #expect(F.hasRelation("City of Tarnów", .partnerOf, "Kraków University of Technology", in: g))
    #expect(!F.hasRelation("City of Tarnów", .partnerOf, "Małopolska Innovation Agency", in: g))
    #expect(!F.hasRelation("Małopolska Innovation Agency", .partnerOf, "Kraków University of Technology", in: g))
  }

  @Test("joint work run by a faculty is the faculty's; cooperation partners end at the next clause")
  func unitJointWorkAndClauseEnd() {
    let g = F.extract("""
      Wodór w Opolu

      W Opolu odbyło się Opolskie Forum Wodorowe 2025. Dr Jan Nowak z Wydziału Chemicznego Politechniki Opolskiej \
      przedstawił badania nad ogniwami, które wydział prowadzi wspólnie z firmą ChemTech Opole sp. z o.o. od 2023 roku. \
      Misję przygotowało Opolskie Centrum Rozwoju Gospodarki we współpracy z Urzędem Miasta Opola, a gospodarzem \
      części roboczej był Opolski Park Przemysłowy.
      """, id: "unit-joint-work-pl.txt")
    #expect(F.hasRelation("ChemTech Opole sp. z o.o.", .partnerOf, "Wydział Chemiczny", in: g))
    #expect(!F.hasRelation("ChemTech Opole sp. z o.o.", .partnerOf, "Politechnika Opolska", in: g))
    #expect(!F.hasRelation("Opolskie Centrum Rozwoju Gospodarki", .partnerOf, "Opolski Park Przemysłowy", in: g))
  }

  @Test("a project manager without a name works on the project named just before; a programme in the project's clause funds it")
  func recentProjectAndClauseProgramme() {
    let g = F.extract("""
      Transformacja w Sudetach

      W Wałbrzychu odbył się Sudecki Kongres Transformacji 2025. Kongres był częścią projektu „Sudeckie Laboratorium \
      Zmiany”, który Uniwersytet Wrocławski realizuje wspólnie z partnerami w programie Interreg Europe. – Chcemy \
      działać szybko – tłumaczył Adam Kowal, kierownik projektu.
      """, id: "recent-project-pl.txt")
    #expect(F.hasRelation("Adam Kowal", .participatesIn, "Sudeckie Laboratorium Zmiany", in: g))
    #expect(F.hasRelation("Sudeckie Laboratorium Zmiany", .fundedBy, "Interreg Europe", in: g))
  }

  @Test("a seat adjective before \"campus of X\" is the campus's seat, not X's")
  func seatOfCampus() {
    let g = F.extract("""
      Medical visit

      The Health Days 2025 took place in Toruń. On Wednesday the partners visited Collegium Novum, the Bydgoszcz-based \
      medical campus of Kujawy University in Toruń.
      """, id: "seat-campus-en.txt")
    // An English university keeps its seat after "in" (GenreRulesTenTests.englishSeats).
    #expect(g.entities.contains { $0.name == "Kujawy University in Toruń" })
    #expect(!F.hasRelation("Kujawy University in Toruń", .locatedIn, "Bydgoszcz", in: g))
  }

  @Test("a project that opens the sentence is funded by the programme it runs \"under\"")
  func subjectProjectUnderProgramme() {
    let g = F.extract("""
      Spa towns

      The Spa Days 2025 took place in Nysa. The SPAHEALTH project brings together six partners from four countries \
      under the Interreg Europe programme.
      """, id: "subject-under-programme-en.txt")
    #expect(F.hasRelation("SPAHEALTH", .fundedBy, "Interreg Europe", in: g))
  }

  @Test("a working relative clause after a first apposition still gives the unit the person works in")
  func relativeClauseAfterApposition() {
    let g = F.extract("""
      Symbiosis in Opole

      The Opole Symbiosis Day 2025 took place in Opole. Piotr Lis, Professor at Opole University, who leads the \
      SYMBIO-NET research team at the Institute of Process Engineering, presented the pilot.
      """, id: "relative-after-apposition-en.txt")
    #expect(F.hasRelation("Piotr Lis", .affiliatedWith, "Institute of Process Engineering", in: g))
    #expect(F.hasRelation("Piotr Lis", .affiliatedWith, "Opole University", in: g))
  }
}
