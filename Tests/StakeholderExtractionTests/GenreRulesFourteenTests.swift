import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-14 rules (2026-11-23), from the error lists of held-out sets Z–AE: firms named after a trade's noun, hotels,
/// houses of culture and the Church's charity, a company's seat before its legal form, the state's bodies and water
/// boards, a unit of the health insurer, titles in lower case, partners named by their kind, a company named again in
/// another case, and a town whose first word is a given name. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: trade nouns, seats before legal forms, lower-case titles, partners by kind")
struct GenreRulesFourteenTests {
  typealias F = ExtractionFixtures

  @Test("A trade's noun in lower case names the firm after it; a hotel, a house of culture and Caritas are organizations with their sectors")
  func tradeNounsAndHeads() throws {
    let g = F.extract("""
      Smaki Pogórza na jarmarku

      Na stoisku pokazały się winnica Złoty Stok z Ropczyc, tłocznia Dębowy Sad oraz pracownia Lniana Nić. Do sieci \
      przystąpił też Hotel Pod Sową w Łańcucie, a kiermasz przygotował Miejski Dom Kultury w Mogilnie wspólnie z \
      Caritas Diecezji Rzeszowskiej.
      """, id: "trades14.txt")
    let vineyard = try #require(F.entity(g, "Złoty Stok", .organization))
    #expect(vineyard.sector == .business)
    #expect(F.hasRelation("Złoty Stok", .locatedIn, "Ropczyce", in: g))
    #expect(F.entity(g, "Dębowy Sad", .organization) != nil)
    #expect(F.entity(g, "Lniana Nić", .organization) != nil)
    #expect(F.entity(g, "Hotel Pod Sową", .organization)?.sector == .business)
    #expect(F.entity(g, "Miejski Dom Kultury w Mogilnie", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Caritas Diecezji Rzeszowskiej", .organization)?.sector == .civilSociety)
  }

  @Test("A company's seat, and a name coordinated with 'i', run on to its legal form; the company named again in another case is the same")
  func companySeatBeforeLegalForm() throws {
    let g = F.extract("""
      Czujniki w sieci wodociągowej

      Dane przekaże Przedsiębiorstwo Wodociągów i Kanalizacji w Szubinie sp. z o.o. Umowę podpisały też Wodociągi \
      Miejskie w Żninie sp. z o.o. oraz Pomorska Telemetria S.A. Prezes Pomorskiej Telemetrii Anna Wrzosińska \
      zapowiedziała montaż w maju.
      """, id: "seats14.txt")
    #expect(F.entity(g, "Przedsiębiorstwo Wodociągów i Kanalizacji w Szubinie sp. z o.o.", .organization) != nil)
    #expect(F.entity(g, "Wodociągi Miejskie w Żninie sp. z o.o.", .organization) != nil)
    #expect(F.hasRelation("Anna Wrzosińska", .affiliatedWith, "Pomorska Telemetria S.A.", in: g))
    #expect(!g.entities.contains { $0.name.hasPrefix("Szubinie") || $0.name.hasPrefix("Żninie") })
  }

  @Test("State bodies and water boards are the state's; a branch of the health insurer is part of it; a town named with a given name is a place")
  func stateBodies() throws {
    let g = F.extract("""
      Susza i zdrowie

      Gmina podpisała porozumienie z Regionalnym Zarządem Gospodarki Wodnej w Rzeszowie oraz z Państwową Inspekcją \
      Ochrony Roślin. Badania seniorów sfinansuje Podkarpacki Oddział Wojewódzki Narodowego Funduszu Zdrowia. \
      Przyjechali też rolnicy z Kazimierza Biskupiego.
      """, id: "state14.txt")
    #expect(F.entity(g, "Regionalny Zarząd Gospodarki Wodnej w Rzeszowie", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Państwowa Inspekcja Ochrony Roślin", .organization)?.sector == .centralGovernment)
    let fund = try #require(F.entity(g, "Narodowy Fundusz Zdrowia", .organization))
    #expect(fund.sector == .centralGovernment)
    #expect(g.relations.contains { $0.type == .partOf && $0.target == fund.id })
    #expect(F.entity(g, "Kazimierz Biskupi", .place) != nil)
    #expect(F.entity(g, "Kazimierz Biskupi", .person) == nil)
  }

  @Test("Polish titles in lower case: an event's own head word or a marker before the quote names them; English quotations in lower case name nothing")
  func lowerCaseTitles() throws {
    let g = F.extract("""
      Lato na Pogórzu

      W lipcu w Łańcucie odbędzie się „święto młodego sera”, a gmina rozpoczyna kampanię „smaki pogórza”. Burmistrz \
      dodał, że „każdy gość to ambasador”.
      """, id: "titles14.txt")
    #expect(F.entity(g, "święto młodego sera", .event) != nil)
    #expect(F.entity(g, "smaki pogórza", .project) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("każdy gość") })
    let en = F.extract("""
      A table for the valley

      The museum will hold "the long table of the valley" in May, and the director called it "a feast for everyone".
      """, id: "titles14en.txt")
    #expect(!en.entities.contains { $0.name.hasPrefix("a feast") || $0.name.hasPrefix("the long table") })
  }

  @Test("Partners named by their kind or side take part in the report's project; 'Projekt realizujemy razem z X'; the meeting's partner does not")
  func partnersByKind() throws {
    let g = F.extract("""
      Ciepło z ziemi dla Wieliczki

      Gmina Wieliczka realizuje projekt „Geotermia Pogórza” (GP). Partnerem naukowym jest Akademia Nauk Stosowanych w \
      Łańcucie. Partnerem po stronie czeskiej jest Město Lomnice. Projekt realizujemy razem z Gminą Bojanów. \
      Organizatorem wydarzenia była Izba Gospodarcza Pogórza, a partnerem merytorycznym – Fundacja Czysta Ziemia.
      """, id: "partners14.txt")
    #expect(F.hasRelation("Akademia Nauk Stosowanych w Łańcucie", .participatesIn, "Geotermia Pogórza", in: g))
    #expect(F.hasRelation("Město Lomnice", .participatesIn, "Geotermia Pogórza", in: g))
    #expect(F.hasRelation("Gmina Bojanów", .participatesIn, "Geotermia Pogórza", in: g))
    #expect(!F.hasRelation("Fundacja Czysta Ziemia", .participatesIn, "Geotermia Pogórza", in: g))
  }

  @Test("In English, 'the Marshal Office of …' is the office, not a function before a name")
  func marshalOffice() throws {
    let g = F.extract("""
      Health data summit

      The summit was organised by the Marshal Office of the Opolskie Voivodeship. A letter was signed with the Marshal Office.
      """, id: "marshal14.txt")
    let office = try #require(F.entity(g, "Marshal Office of the Opolskie Voivodeship", .organization))
    #expect(office.aliases.contains("Marshal Office"))
  }

  @Test("Two bodies named before and referred to together as the signing subject are partners; with the other side named, each is its partner")
  func bothSidesSign() throws {
    let g = F.extract("""
      Wspólny doktorat

      Program prowadzi Politechnika Mogileńska razem z Akademią Nauk Stosowanych w Szubinie. Obie uczelnie zawarły \
      porozumienie w czerwcu. Sieć zasilą Wodociągi Żnińskie sp. z o.o. oraz Ciepło Szubin sp. z o.o. Obie spółki \
      podpisały umowy z Bojanowską Grupą Budowlaną S.A.
      """, id: "both14.txt")
    #expect(F.hasRelation("Politechnika Mogileńska", .partnerOf, "Akademia Nauk Stosowanych w Szubinie", in: g))
    #expect(F.hasRelation("Wodociągi Żnińskie sp. z o.o.", .partnerOf, "Bojanowska Grupa Budowlana S.A.", in: g))
    #expect(F.hasRelation("Ciepło Szubin sp. z o.o.", .partnerOf, "Bojanowska Grupa Budowlana S.A.", in: g))
    #expect(!F.hasRelation("Wodociągi Żnińskie sp. z o.o.", .partnerOf, "Ciepło Szubin sp. z o.o.", in: g))
    let en = F.extract("""
      Water partners

      Fjordby Municipality joined the project as a donor partner. The City of Łańcut leads it, and the two cities \
      signed a partnership agreement in May.
      """, id: "both14en.txt")
    #expect(F.hasRelation("Fjordby Municipality", .partnerOf, "City of Łańcut", in: en))
  }

  @Test("Joining a programme named by its acronym; a subject after 'Do programu dołączyła' is no project; an opening common noun refers to what the sentence before named")
  func joiningAndOpeningNouns() throws {
    let g = F.extract("""
      Aktywny senior

      Urząd Miasta Łańcuta koordynuje program „Aktywny Senior Łańcucki” (ASŁ). Do ASŁ przystąpił Szpital Miejski w \
      Łańcucie. Do ASŁ włączyła się także Spółdzielnia Socjalna Kotwica z Mogilna. Do programu dołączyła Fundacja \
      Zdrowe Serce. W sierpniu w Łańcucie odbędzie się Festiwal Sera Pogórza. Imprezę organizuje Miejski Dom Kultury \
      w Łańcucie. W Mogilnie rusza projekt „Seniorzy Online” (SO). Projekt przygotował i koordynuje Urząd Miejski w \
      Mogilnie.
      """, id: "joining14.txt")
    #expect(F.hasRelation("Szpital Miejski w Łańcucie", .participatesIn, "Aktywny Senior Łańcucki", in: g))
    #expect(F.hasRelation("Spółdzielnia Socjalna Kotwica", .participatesIn, "Aktywny Senior Łańcucki", in: g))
    #expect(F.entity(g, "Fundacja Zdrowe Serce", .organization) != nil)
    #expect(F.entity(g, "Fundacja Zdrowe Serce", .project) == nil)
    #expect(F.hasRelation("Miejski Dom Kultury w Łańcucie", .organizes, "Festiwal Sera Pogórza", in: g))
    #expect(F.hasRelation("Urząd Miejski w Mogilnie", .organizes, "Seniorzy Online", in: g))
  }

  @Test("'dyrektor szkoły' of a school complex, 'rektor uczelni' of the university named just before (not another one)")
  func kindNounsInFunctions() throws {
    let g = F.extract("""
      Klasy patronackie

      Zespół Szkół Technicznych w Mogilnie otworzy klasę. Dyrektor szkoły Anna Kruk podziękowała firmom. Wnioski \
      przedstawił Jan Horák z Uniwersytetu Technicznego w Brnie. Umowę zawarły Gmina Mogilno i Politechnika \
      Mogileńska. Dokument sygnowali burmistrz Adam Wrona oraz rektor uczelni prof. Ewa Sikora.
      """, id: "kinds14.txt")
    #expect(F.hasRelation("Anna Kruk", .affiliatedWith, "Zespół Szkół Technicznych w Mogilnie", in: g))
    #expect(F.hasRelation("Ewa Sikora", .affiliatedWith, "Politechnika Mogileńska", in: g))
    #expect(!F.hasRelation("Ewa Sikora", .affiliatedWith, "Uniwersytet Techniczny w Brnie", in: g))
  }

  @Test("A councillor named with the bare function belongs to the report's only council; with two councils, to none")
  func councillors() throws {
    let g = F.extract("""
      Sesja o kolei

      Sejmik Województwa Lubuskiego przyjął program kolejowy. Radny Adam Szpak zapytał o terminy. Radna Ewa Mak \
      poparła uchwałę.
      """, id: "council14.txt")
    #expect(F.hasRelation("Adam Szpak", .affiliatedWith, "Sejmik Województwa Lubuskiego", in: g))
    #expect(F.hasRelation("Ewa Mak", .affiliatedWith, "Sejmik Województwa Lubuskiego", in: g))
    let two = F.extract("""
      Dwie rady

      Rada Miejska w Mogilnie i Rada Powiatu Mogileńskiego spotkały się w ratuszu. Radny Adam Szpak zapytał o terminy.
      """, id: "council14b.txt")
    #expect(!two.relations.contains { $0.type == .affiliatedWith })
  }

  @Test("'Listy intencyjne podpisały z Powiatem X: A, B oraz C': the one side after 'z' signs with each listed body, not they with each other")
  func starAfterWith() throws {
    let g = F.extract("""
      Staże w powiecie

      Listy intencyjne o przyjmowaniu stażystów podpisały z Powiatem Mogileńskim: Agrotech Serwis sp. z o.o., \
      Wodtrans S.A. oraz Elmont Instalacje sp. z o.o.
      """, id: "star14.txt")
    for firm in ["Agrotech Serwis sp. z o.o.", "Wodtrans S.A.", "Elmont Instalacje sp. z o.o."] {
      #expect(F.hasRelation(firm, .partnerOf, "Powiat Mogileński", in: g))
    }
    #expect(!F.hasRelation("Agrotech Serwis sp. z o.o.", .partnerOf, "Wodtrans S.A.", in: g))
  }

  @Test("A capital 'R.' is an initial, not the year's 'r.': the sentence goes on with the surname; an apiary is a firm")
  func initialR() throws {
    let g = F.extract("""
      Miód z Pogórza

      Robimy miód dla całego regionu – powiedział R. Gąsiorek, założyciel pracowni Dobry Wosk. Pasiekę Leśną prowadzi \
      rodzina Mazurów. Umowę podpisano w 2025 r. Wkrótce ruszy sprzedaż.
      """, id: "initial14.txt")
    #expect(F.entity(g, "R. Gąsiorek", .person) != nil)
    #expect(F.entity(g, "Pasieka Leśna", .organization)?.sector == .business)
  }

  @Test("In English, a project's title runs through 'and' / 'in' up to its acronym in parentheses")
  func englishTitleBeforeAcronym() throws {
    let g = F.extract("""
      Rain in the valley

      Fjordby Municipality joined the project Green Roofs and Water Gardens in Lower Mogilno (GRWM) as its donor partner.
      """, id: "title14en.txt")
    let project = try #require(F.entity(g, "Green Roofs and Water Gardens in Lower Mogilno", .project))
    #expect(project.aliases.contains("GRWM"))
    #expect(F.entity(g, "Green Roofs", .project) == nil)
  }
}
