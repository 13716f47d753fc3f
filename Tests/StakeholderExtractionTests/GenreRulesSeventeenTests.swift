import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-17 rules (2026-11-23), from the error lists of held-out sets AJ (business support and investment) and AK
/// (meetings on regional development): investment sites, units that work within a body, funding means and editions,
/// projects run by their common noun, plural heads in an oblique case, names in the locative before a new head,
/// stacked functions, English seats and person names ending in a head word. Made-up texts whose names occur in no
/// fixture.
@Suite("Genre rules: investment sites, units within bodies, plural heads, stacked functions")
struct GenreRulesSeventeenTests {
  typealias F = ExtractionFixtures

  @Test("A given name in the instrumental after a board's name opens a person, not a patron")
  func instrumentalPersonAfterBoard() throws {
    let g = F.extract("""
      Nagrody w Opolu

      Dyplomy wręczyła prezes spółki Irena Kwiatek wraz z członkiem Zarządu Województwa Opolskiego Markiem \
      Dziubałtą. Obecny był też rektor Uniwersytetu Medycznego Feliksa Morawca.
      """, id: "instrumentalPerson17.txt")
    #expect(F.entity(g, "Zarząd Województwa Opolskiego", .organization) != nil)
    #expect(F.hasRelation("Marek Dziubałta", .affiliatedWith, "Zarząd Województwa Opolskiego", in: g))
    #expect(!g.entities.contains { $0.name.contains("Markiem") })
  }

  @Test("Investment sites: 'zainwestuje … w nowy zakład w X', 'Firma zbuduje w Y centrum', 'ma zakład produkcyjny w Z'")
  func investmentSites() throws {
    let g = F.extract("""
      Nowe inwestycje w strefie

      Spółka Baltrox Polska sp. z o.o. zainwestuje 48 mln zł w nowy zakład w Koninie i zatrudni 60 osób. \
      Decyzję odebrała też firma Dremplast S.A. z Kalisza. Firma zbuduje w Turku centrum logistyczne. Termowik Energia \
      sp. z o.o. zatrudnia 140 osób, a oprócz siedziby w Opolu ma zakład produkcyjny w Krapkowicach.
      """, id: "investmentSites17.txt")
    #expect(F.hasRelation("Baltrox Polska sp. z o.o.", .locatedIn, "Konin", in: g))
    #expect(F.hasRelation("Dremplast S.A.", .locatedIn, "Turek", in: g))
    #expect(F.hasRelation("Termowik Energia sp. z o.o.", .locatedIn, "Krapkowice", in: g))
  }

  @Test("'działające w strukturze Urzędu …' and a participle before the unit ('Działające przy X Centrum Y') give part_of")
  func unitsWorkingWithinBodies() throws {
    let g = F.extract("""
      Obsługa inwestorów

      Inwestorów wspiera Centrum Obsługi Biznesu (COB), działające w strukturze Urzędu Marszałkowskiego \
      Województwa Lubuskiego. Działające przy Uniwersytecie Zielonogórskim Centrum Przedsiębiorczości \
      Akademickiej podpisało porozumienie z firmą Stalmor S.A.
      """, id: "unitsWithinBodies17.txt")
    #expect(F.hasRelation("Centrum Obsługi Biznesu", .partOf, "Urząd Marszałkowski Województwa Lubuskiego", in: g))
    // The name in the locative ends before the nominative head: two bodies, not one.
    #expect(F.entity(g, "Uniwersytet Zielonogórski", .organization) != nil)
    #expect(F.hasRelation("Centrum Przedsiębiorczości Akademickiej", .partOf, "Uniwersytet Zielonogórski", in: g))
  }

  @Test("'współfinansuje kredytem Bank X' funds; an edition of a programme is funded; 'który prowadzi program' organizes it")
  func fundingMeansEditionsAndGenericRunners() throws {
    let g = F.extract("""
      Akcelerator zakończony

      Drugą edycję programu akceleracyjnego Skok Naprzód zamknięto w czwartek. Organizatorem wydarzenia był \
      Podkarpacki Park Innowacji sp. z o.o. (PPI), który prowadzi program od 2020 roku. Tegoroczną edycję \
      Skok Naprzód sfinansowała Polska Agencja Rozwoju Przedsiębiorczości (PARP).

      Projekt „EKOWAT”, który spółka Drewnal sp. z o.o. realizuje w nowym zakładzie, współfinansuje kredytem \
      Bank Spółdzielczy w Leżajsku.
      """, id: "fundingMeans17.txt")
    #expect(F.hasRelation("Podkarpacki Park Innowacji sp. z o.o.", .organizes, "Skok Naprzód", in: g))
    #expect(F.hasRelation("Skok Naprzód", .fundedBy, "Polska Agencja Rozwoju Przedsiębiorczości", in: g))
    #expect(F.hasRelation("EKOWAT", .fundedBy, "Bank Spółdzielczy", in: g))
    #expect(!F.hasRelation("Bank Spółdzielczy", .participatesIn, "EKOWAT", in: g))
  }

  @Test("'Współorganizatorem jest X' after the event's sentence; a title followed by a relative clause keeps its own kind")
  func coOrganizerAndRelativeClauseAfterTitle() throws {
    let g = F.extract("""
      Dni biznesu

      W maju Fundacja Rozwoju Roztocza organizuje w Zamościu „Dni Przedsiębiorczości”. Współorganizatorem jest \
      Wydział Gospodarki Urzędu Miejskiego w Zamościu. Ofertę fundusz zaprezentuje podczas „Lubelskiego Forum \
      Kapitałowego”, które fundusz organizuje w Lublinie.
      """, id: "coOrganizer17.txt")
    #expect(F.hasRelation("Wydział Gospodarki", .organizes, "Dni Przedsiębiorczości", in: g))
    #expect(F.entity(g, "Lubelskie Forum Kapitałowe", .event) != nil)
    #expect(F.hasRelation("Lubelskie Forum Kapitałowe", .locatedIn, "Lublin", in: g))
  }

  @Test("Who took the floor or sat on the jury takes part in the meeting")
  func floorAndJury() throws {
    let g = F.extract("""
      Startupy w Rzeszowie

      Forum Startupów Rzeszów 2026 zamknęło trzecią edycję programu akceleracyjnego. W jury zasiedli: dr hab. Irena \
      Pączek z Politechniki Rzeszowskiej oraz Adam Wierzbięta z Uniwersytetu Rzeszowskiego.
      """, id: "floorAndJury17.txt")
    #expect(F.hasRelation("Irena Pączek", .participatesIn, "Forum Startupów Rzeszów 2026", in: g))
    #expect(F.hasRelation("Adam Wierzbięta", .participatesIn, "Forum Startupów Rzeszów 2026", in: g))
  }

  @Test("Plural heads in an oblique case: 'z Funduszy Europejskich dla …', 'Opolskich Sieci Ciepłowniczych'")
  func pluralHeads() throws {
    let l = PolishLemmatizer(lexicon: PolishLexicon.shared)
    #expect(l.lemma("Funduszy Europejskich dla Pomorza 2021-2027", kind: .other) == "Fundusze Europejskie dla Pomorza 2021-2027")
    #expect(l.lemma("Funduszami Europejskimi", kind: .other) == "Fundusze Europejskie")
    #expect(l.lemma("Kaliskich Sieci Ciepłowniczych", kind: .organization) == "Kaliskie Sieci Ciepłownicze")
    // Singular names and genitive complements are untouched.
    #expect(l.lemma("Funduszem Europejskim", kind: .organization) == "Fundusz Europejski")
    #expect(l.lemma("Departamentu Programów Regionalnych", kind: .organization) == "Departament Programów Regionalnych")
  }

  @Test("A second function stacked before the same person; 'Prezesem zarządu X został Y'; a council after a function")
  func stackedFunctions() throws {
    let g = F.extract("""
      Metropolia obradowała

      Stowarzyszenie Aglomeracja Kaliska (SAK) obradowało w czwartek. Zebranie otworzył prezes zarządu SAK, \
      burmistrz Stawiszyna Damian Pikulski. Prezesem zarządu Klastra Energii Prosny ponownie został dr inż. \
      Feliks Nowacz. Przewodnicząca Rady Miejskiej w Kaliszu Oliwia Kmieć zapowiedziała debatę.
      """, id: "stackedFunctions17.txt")
    #expect(F.hasRelation("Damian Pikulski", .affiliatedWith, "Stowarzyszenie Aglomeracja Kaliska", in: g))
    #expect(F.hasRelation("Feliks Nowacz", .affiliatedWith, "Klaster Energii Prosny", in: g))
    #expect(F.hasRelation("Oliwia Kmieć", .affiliatedWith, "Rada Miejska w Kaliszu", in: g))
  }

  @Test("English: a seat in a hyphenated town, 'Co.', a fund with a president, 'Ji-ho Kang, Vice President of …'")
  func englishSeatsAndNames() throws {
    let g = F.extract("""
      Investor forum in Wrocław

      The company and the District Labour Office in Bielsko-Biała will hold a career day. Seo-jun Park, Vice \
      President of Daesan Materials Co., described the plant. Halina Wrzos, President of the Opole Fund for \
      Development, spoke about loans.
      """, id: "englishSeats17.txt")
    #expect(F.entity(g, "District Labour Office in Bielsko-Biała", .organization) != nil)
    #expect(F.entity(g, "Seo-jun Park", .person) != nil)
    #expect(F.hasRelation("Seo-jun Park", .affiliatedWith, "Daesan Materials Co.", in: g))
    #expect(F.entity(g, "Opole Fund for Development", .organization) != nil)
    #expect(F.hasRelation("Halina Wrzos", .affiliatedWith, "Opole Fund for Development", in: g))
  }

  @Test("Joining a project by its quoted name; a project run 'przez siebie'; 'zarządza programem'")
  func joiningAndRunning() throws {
    let g = F.extract("""
      Kadry dla regionu

      Marszałek przedstawił program „Kompetencje Opolskie”. Politechnika Opolska i Uniwersytet Opolski \
      zadeklarowały, że jako pierwsze przystąpią do „Kompetencji Opolskich”. Misję przygotowała Agencja \
      Rozwoju Śląska Opolskiego S.A. w ramach realizowanej przez siebie inicjatywy „Opolskie Eksportuje”. \
      Urząd Marszałkowski Województwa Opolskiego (UMWO) zarządza programem Fundusze Europejskie dla \
      Opolskiego 2021-2027.
      """, id: "joiningAndRunning17.txt")
    #expect(F.hasRelation("Politechnika Opolska", .participatesIn, "Kompetencje Opolskie", in: g))
    #expect(F.hasRelation("Uniwersytet Opolski", .participatesIn, "Kompetencje Opolskie", in: g))
    #expect(F.hasRelation("Agencja Rozwoju Śląska Opolskiego S.A.", .organizes, "Opolskie Eksportuje", in: g))
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Opolskiego", .organizes, "Fundusze Europejskie dla Opolskiego 2021-2027", in: g))
  }

  @Test("An interview's answers in the first person plural speak for the interviewee's organization")
  func interviewAnswers() throws {
    let g = F.extract("""
      „Szybciej niż bank”. Rozmowa z prezesem LARF

      Od lutego prezes Lubuskiej Agencji Rozwoju Firm S.A. (LARF) zarządza funduszem pożyczkowym. Z Romanem \
      Cebulskim rozmawiamy o tym, kto może z niego skorzystać.

      Skąd pochodzą pieniądze?
      W marcu podpisaliśmy umowę z Województwem Lubuskim. Od maja prowadzimy wspólnie z Parkiem Naukowym \
      Gorzów program „Start Lubuski”.
      """, id: "interview17.txt")
    let agency = "Lubuska Agencja Rozwoju Firm S.A."
    #expect(F.hasRelation(agency, .partnerOf, "Województwo Lubuskie", in: g))
    #expect(F.hasRelation(agency, .partnerOf, "Park Naukowy Gorzów", in: g))
    #expect(F.hasRelation(agency, .organizes, "Start Lubuski", in: g))
  }

  @Test("Start-ups listed inline with a description in parentheses are companies that take part; an advisory body is part of the board it advises")
  func describedListAndAdvisoryBody() throws {
    let g = F.extract("""
      Finał akceleratora w Kielcach

      Finał „Kielce Demo Day 2026” odbył się w czwartek. Przed publicznością wystąpiły: Solvix (magazyny \
      energii), Medilo AI (asystent dla przychodni) i Kartograf Labs (cyfrowe mapy). Nagrodę publiczności dostała \
      Medilo AI. Obrady oceniała Świętokrzyska Rada Innowacji (ŚRI), organ doradczy Zarządu Województwa \
      Świętokrzyskiego.
      """, id: "describedList17.txt")
    for name in ["Solvix", "Medilo AI", "Kartograf Labs"] {
      #expect(F.entity(g, name, .organization) != nil, "\(name)")
      #expect(F.hasRelation(name, .participatesIn, "Kielce Demo Day 2026", in: g), "\(name)")
    }
    #expect(F.entity(g, "Medilo AI", .place) == nil)
    #expect(F.hasRelation("Świętokrzyska Rada Innowacji", .partOf, "Zarząd Województwa Świętokrzyskiego", in: g))
  }
}

