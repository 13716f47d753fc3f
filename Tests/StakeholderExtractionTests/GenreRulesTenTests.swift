import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-10 rules (2026-11-22): public bodies whose head word alone gives the wrong sector or kind, and English
/// names of institutions that carry their seat after "in". Made-up texts whose names occur in no fixture.
@Suite("Genre rules: environmental funds, state bodies, tourist organisations, English seats")
struct GenreRulesTenTests {
  typealias F = ExtractionFixtures

  @Test("An environmental protection fund is an institution: national → central, voivodeship → local government")
  func environmentalFunds() throws {
    let g = F.extract("""
      Pieniądze na termomodernizację

      Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej oraz Wojewódzki Fundusz Ochrony Środowiska i \
      Gospodarki Wodnej w Kielcach podpisały umowę z gminą Bodzentyn. Wiceprezes Wojewódzkiego Funduszu Ochrony \
      Środowiska i Gospodarki Wodnej w Kielcach Jan Kowiński mówił o programie Czyste Powietrze.
      """, id: "funds.txt")
    let national = try #require(F.entity(g, "Narodowy Fundusz Ochrony Środowiska i Gospodarki Wodnej", .organization))
    #expect(national.sector == .centralGovernment)
    let regional = try #require(g.entities.first { $0.kind == .organization && $0.name.hasPrefix("Wojewódzki Fundusz Ochrony Środowiska") })
    #expect(regional.sector == .localGovernment)
    #expect(!g.entities.contains { $0.kind == .project && $0.name.contains("Ochrony Środowiska") })
  }

  @Test("The English name of the national fund is an organization of the state")
  func environmentalFundInEnglish() throws {
    let g = F.extract("""
      Clean heating in Lesser Poland

      The National Fund for Environmental Protection and Water Management signed a loan agreement with the \
      municipality of Wieliczka on Monday.
      """, id: "fund-en.txt")
    let fund = try #require(F.entity(g, "National Fund for Environmental Protection and Water Management", .organization))
    #expect(fund.sector == .centralGovernment)
  }

  @Test("A maritime office, a national observatory and the national tourist organisation are the state's; a regional tourist organisation is an association; a business council is business")
  func stateBodiesAndAssociations() throws {
    let g = F.extract("""
      Turystyka nad morzem

      W spotkaniu udział wzięli przedstawiciele Urzędu Morskiego w Gdyni, Krajowego Obserwatorium Rynku Pracy, \
      Polskiej Organizacji Turystycznej oraz Regionalnej Organizacji Turystycznej Województwa Pomorskiego. \
      Porozumienie podpisała także Kaszubska Rada Biznesu.
      """, id: "bodies.txt")
    #expect(F.entity(g, "Urząd Morski w Gdyni", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Krajowe Obserwatorium Rynku Pracy", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Polska Organizacja Turystyczna", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Regionalna Organizacja Turystyczna Województwa Pomorskiego", .organization)?.sector == .civilSociety)
    #expect(F.entity(g, "Kaszubska Rada Biznesu", .organization)?.sector == .business)
  }

  @Test("A marshal's office of a 'pomorskie' voivodeship is no maritime office")
  func pomeranianMarshalsOffice() {
    let g = F.extract("""
      Innowacje na Pomorzu

      Urząd Marszałkowski Województwa Zachodniopomorskiego ogłosił nabór wniosków.
      """, id: "marshal.txt")
    #expect(F.entity(g, "Urząd Marszałkowski Województwa Zachodniopomorskiego", .organization)?.sector == .localGovernment)
  }

  @Test("An English institution keeps its seat after 'in', unless the name already says it or it is a month")
  func englishSeats() throws {
    let g = F.extract("""
      Soil and water

      Experts of the University of Forestry in Kraków and the Institute of Plant Protection in Poznań met in \
      Lublin. The Gdańsk Technology Park in Gdańsk and the Marshal's Office in Łódź sent observers. The Institute of \
      Food Research in October presented a report.
      """, id: "seats-en.txt")
    #expect(F.entity(g, "University of Forestry in Kraków", .organization) != nil)
    #expect(F.entity(g, "Institute of Plant Protection in Poznań", .organization) != nil)
    #expect(F.entity(g, "Gdańsk Technology Park", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasSuffix("in October") || $0.name.hasSuffix("Office in Łódź") })
  }

  @Test("An acronym that spells the conjunction keeps 'i' inside the company's name")
  func acronymThroughConjunction() throws {
    let g = F.extract("""
      Porty i kolej

      Spotkanie zorganizował Zarząd Portów Kołobrzeg i Darłowo S.A. (ZPKiD) wspólnie z gminą. Prezes ZPKiD Adam \
      Grzebyk mówił o inwestycjach.
      """, id: "ports.txt")
    let ports = try #require(F.entity(g, "Zarząd Portów Kołobrzeg i Darłowo S.A.", .organization))
    #expect(ports.aliases.contains("ZPKiD"))
    #expect(F.entity(g, "Zarząd Portów Kołobrzeg", .organization) == nil)
  }

  @Test("A known person's surname after a function is no first word of the town after it")
  func surnameBeforeTown() throws {
    let g = F.extract("""
      Mieszkania dla inżynierów

      Gościem był burmistrz Radomia Jan Kociołek. Zdaniem burmistrza Kociołka Radom potrzebuje mieszkań. Firma \
      Odlewnia Żmudzin z Radomia zatrudnia inżynierów.
      """, id: "surname-town.txt")
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Kocio") })
    #expect(F.entity(g, "Jan Kociołek", .person)?.aliases.contains("Kociołka") == true)
    #expect(F.entity(g, "Radom", .place) != nil)
  }

  @Test("A Polish town after 'w' is no programme's name even when 'program' follows; parts of Europe are places")
  func townBeforeProgrammeNoun() throws {
    let g = F.extract("""
      Sąsiedzi projektują

      Fundacja Wspólne Podwórko prowadzi w Tarnowie program „Podwórko Marzeń”. Towary jadą do Skandynawii.
      """, id: "town-programme.txt")
    #expect(!g.entities.contains { $0.kind == .project && $0.name.hasPrefix("Tarn") })
    #expect(F.entity(g, "Tarnów", .place) != nil)
    #expect(F.entity(g, "Skandynawia", .place) != nil)
  }

  @Test("A programme's numbered measure is named with its number; the title alone is its short form")
  func programmeMeasures() throws {
    let g = F.extract("""
      Nabór rozstrzygnięty

      Zarząd województwa przyjął listę projektów wybranych w ramach Działania 3.1 „Cyfrowe usługi publiczne”. \
      Grants come from Measure 2.2 "Green heat in schools" of the programme.
      """, id: "measures.txt")
    let measure = try #require(F.entity(g, "Działanie 3.1 „Cyfrowe usługi publiczne”", .project))
    #expect(measure.aliases.contains("Cyfrowe usługi publiczne"))
    #expect(F.entity(g, "Measure 2.2 \"Green heat in schools\"", .project) != nil)
  }

  @Test("Towns named by their river are places; two names joined by an unspaced dash open one event's name")
  func riverTownsAndDashedNames() throws {
    let pl = F.extract("""
      Goście zza Odry

      Na spotkanie przyjechali goście z Kostrzyna nad Odrą i ze Słubic.
      """, id: "river.txt")
    #expect(F.entity(pl, "Kostrzyn nad Odrą", .place)?.aliases.contains("Kostrzyna nad Odrą") == true)
    let en = F.extract("""
      Fjords and lakes

      Forty companies took part in the Bergen–Mazury Business Day in Olsztyn on Monday.
      """, id: "dash.txt")
    #expect(F.entity(en, "Bergen–Mazury Business Day", .event) != nil)
    #expect(F.entity(en, "Mazury Business Day", .event) == nil)
  }

  @Test("A head and one agreeing adjective before 'i' is complete; numbered schools keep 'nr N' and are local government")
  func completeNamesAndSchools() throws {
    let g = F.extract("""
      Szkoła i firma

      Porozumienie podpisały Politechnika Kaliska i Termobud Polska. Partnerem jest Szkoła Podstawowa nr 3 w \
      Pleszewie. Wydział Oświaty i Wychowania przygotował program.
      """, id: "complete.txt")
    #expect(F.entity(g, "Politechnika Kaliska", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Politechnika Kaliska i") })
    let school = try #require(F.entity(g, "Szkoła Podstawowa nr 3 w Pleszewie", .organization))
    #expect(school.sector == .localGovernment)
    #expect(F.entity(g, "Wydział Oświaty i Wychowania", .organization) != nil)
  }

  @Test("An institute of the state research network is named after the network's brand; the network is an organization")
  func researchNetwork() throws {
    let pl = F.extract("""
      Nowe stopy

      Badania prowadzi Łukasiewicz – Instytut Spawalnictwa Stosowanego (Łukasiewicz – ISS) z Gliwic.
      """, id: "network-pl.txt")
    let institute = try #require(F.entity(pl, "Łukasiewicz – Instytut Spawalnictwa Stosowanego", .organization))
    #expect(institute.aliases.contains("Instytut Spawalnictwa Stosowanego"))
    #expect(institute.sector == .science)
    let en = F.extract("""
      New alloys

      The project is run with the Łukasiewicz Research Network and two companies.
      """, id: "network-en.txt")
    #expect(F.entity(en, "Łukasiewicz Research Network", .organization)?.sector == .science)
  }

  @Test("A surname read before, after a preposition, is the person, not a town")
  func surnameAfterPreposition() throws {
    let g = F.extract("""
      Klasa patronacka

      Umowę podpisała prezes spółki Termex Joanna Wierzbięta-Cebulska. Z Wierzbiętą-Cebulską rozmawiał też burmistrz Kórnika.
      """, id: "surname-prep.txt")
    let person = try #require(F.entity(g, "Joanna Wierzbięta-Cebulska", .person))
    #expect(person.aliases.contains("Wierzbiętą-Cebulską"))
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Wierzbi") })
  }

  @Test("A regional branch keeps its seat; the state development bank is the state's; a company's 'Board of' is the company")
  func branchesBanksAndBoards() throws {
    let g = F.extract("""
      Pożyczki dla gmin

      Umowę podpisał Bank Gospodarstwa Krajowego. Wnioski przyjmuje Oddział Regionalny BGK w Rzeszowie.
      """, id: "branch.txt")
    #expect(F.entity(g, "Bank Gospodarstwa Krajowego", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Oddział Regionalny BGK w Rzeszowie", .organization) != nil)
    let en = F.extract("""
      New council

      The council is chaired by Ewa Ziemba, President of the Board of Nordlab Sp. z o.o., a biotech company.
      """, id: "board.txt")
    #expect(F.entity(en, "Nordlab Sp. z o.o.", .organization) != nil)
    #expect(!en.entities.contains { $0.name.hasPrefix("Board of") })
  }

  @Test("A named incubator, accelerator or hub is a support programme; a business incubator stays a body; pilots are projects")
  func supportProgrammes() throws {
    let g = F.extract("""
      Nowe programy dla firm

      Gmina uruchomiła Kaliski Inkubator Rzemiosła, a Podgórski Inkubator Przedsiębiorczości przyjął nowe firmy. \
      Miasto dołączy do pilotażu „Otwarte Dane Miejskie”.
      """, id: "support.txt")
    #expect(F.entity(g, "Kaliski Inkubator Rzemiosła", .project) != nil)
    #expect(F.entity(g, "Podgórski Inkubator Przedsiębiorczości", .organization) != nil)
    #expect(F.entity(g, "Otwarte Dane Miejskie", .project) != nil)
    let en = F.extract("""
      Start-ups by the sea

      Eleven teams finished the Baltic Dune Accelerator on Friday. The hospital presented its telemonitoring pilot \
      HeartLink Mazury.
      """, id: "support-en.txt")
    #expect(F.entity(en, "Baltic Dune Accelerator", .project) != nil)
    #expect(F.entity(en, "HeartLink Mazury", .project) != nil)
  }

  @Test("An apposition after a name's acronym gives the name's kind")
  func appositionAfterAcronym() throws {
    let g = F.extract("""
      Energia z regionu

      Najważniejszym tematem była Słoneczna Dolina Kociewia (SDK) – projekt, który klaster prowadzi od roku.
      """, id: "apposition-acronym.txt")
    let project = try #require(F.entity(g, "Słoneczna Dolina Kociewia", .project))
    #expect(project.aliases.contains("SDK"))
  }

  @Test("Advisory centres are the voivodeship's, social economy centres civil society, service offices local government; European banks and agencies international; a neighbour's ministry international")
  func moreSectors() throws {
    let g = F.extract("""
      Wsparcie dla wsi

      W spotkaniu udział wzięli przedstawiciele Mazurskiego Ośrodka Doradztwa Rolniczego, Ośrodka Wsparcia Ekonomii \
      Społecznej Subregionu Zachodniego, Centrum Obsługi Przedsiębiorcy w Ełku oraz Saksońskiego Ministerstwa \
      Rolnictwa.
      """, id: "sectors-pl.txt")
    #expect(F.entity(g, "Mazurski Ośrodek Doradztwa Rolniczego", .organization)?.sector == .localGovernment)
    #expect(g.entities.first { $0.name.hasPrefix("Ośrodek Wsparcia Ekonomii Społecznej") }?.sector == .civilSociety)
    #expect(g.entities.first { $0.name.hasPrefix("Centrum Obsługi Przedsiębiorcy") }?.sector == .localGovernment)
    #expect(g.entities.first { $0.name.hasPrefix("Saksońskie Ministerstwo") }?.sector == .international)
    let en = F.extract("""
      Loans for heat

      The European Investment Bank signed a loan with the city of Elbląg on Monday.
      """, id: "sectors-en.txt")
    #expect(F.entity(en, "European Investment Bank", .organization)?.sector == .international)
  }

  @Test("The national investment zone is a programme; a special economic zone is a company")
  func investmentZone() {
    let g = F.extract("""
      Nowa hala

      Firma otrzymała decyzję o wsparciu w ramach Polskiej Strefy Inwestycji od Kaszubsko-Kociewskiej Specjalnej \
      Strefy Ekonomicznej.
      """, id: "zone.txt")
    #expect(F.entity(g, "Polska Strefa Inwestycji", .project) != nil)
    #expect(F.entity(g, "Kaszubsko-Kociewska Specjalna Strefa Ekonomiczna", .organization) != nil)
  }

  @Test("A regional centre keeps its seat, and the seat form is the canonical name")
  func seatsInCanonicalNames() throws {
    let g = F.extract("""
      Polityka społeczna

      Regionalny Ośrodek Polityki Społecznej przygotował raport. Dyrektor Regionalnego Ośrodka Polityki Społecznej \
      w Rzeszowie Anna Kwapisz przedstawiła wnioski.
      """, id: "seat-canonical.txt")
    let centre = try #require(F.entity(g, "Regionalny Ośrodek Polityki Społecznej w Rzeszowie", .organization))
    #expect(centre.aliases.contains("Regionalny Ośrodek Polityki Społecznej"))
  }

  @Test("A conjunctive adverb with an adjective's ending opens no name")
  func conjunctiveAdverb() {
    let g = F.extract("""
      Nowy projekt

      Dlatego Lubuskie Centrum Rozwoju Gospodarki przygotowało projekt dla firm.
      """, id: "adverb.txt")
    #expect(F.entity(g, "Lubuskie Centrum Rozwoju Gospodarki", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Dlat") })
  }

  @Test("An English organization named without the kind words that end its full name is the same organization")
  func trailingKindWords() throws {
    let g = F.extract("""
      Apples and advice

      The centre signed a letter of intent with Złoty Sad Producer Group. Jan Pstrąg, chairman of Złoty Sad, said his \
      members would test the app.
      """, id: "trailing-kind.txt")
    let group = try #require(F.entity(g, "Złoty Sad Producer Group", .organization))
    #expect(group.aliases.contains("Złoty Sad"))
  }

  @Test("A winner after 'went to' is no place; a town after 'to' still is")
  func winnerAfterTo() {
    let g = F.extract("""
      The winners of the final

      The jury of the competition met on Friday evening and announced the winners of the contest. The first prize \
      went to Leakwise, a Bydgoszcz start-up whose sensors find leaks. The jury then travelled to Toruń.
      """, id: "winner.txt")
    #expect(!g.entities.contains { $0.kind == .place && $0.name == "Leakwise" })
    #expect(F.entity(g, "Leakwise", .organization) != nil)
    #expect(F.entity(g, "Toruń", .place) != nil)
  }

  @Test("English 'Grants' heads a programme, coordinated names included")
  func grantsProgramme() {
    let g = F.extract("""
      Fish and whey

      The memorandum builds on a joint project of the two universities funded by the EEA and Norway Grants, which \
      tests ways of turning whey and fish by-products into feed. The partners met in Olsztyn on Monday to plan the \
      next steps of the work.
      """, id: "grants.txt")
    #expect(F.entity(g, "EEA and Norway Grants", .project) != nil)
  }

  @Test("An English plural possessive stays inside a name; a weekday opens none")
  func pluralPossessiveAndWeekday() {
    let g = F.extract("""
      The summit of mayors

      The mayors of the region met in Kalisz on Monday for the Kalisz Region Mayors' Summit, organised by the \
      county. They discussed buses and trams for the next ten years of the programme.
      """, id: "possessive.txt")
    #expect(F.entity(g, "Kalisz Region Mayors' Summit", .event) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Monday") })
  }
}
