import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-12 rules (2026-11-22), from the error lists of held-out sets X and Y: sectors of social cooperatives,
/// parks, the health fund, welfare services and unions of communes; regions written without diacritics; the sides
/// of an agreement about a project; a project's leader named after the project; "z tego wydziału"; a marker noun
/// with an adjective before a name; the partner of an accelerator. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: sectors of public services, agreements on projects, schemes and their partners")
struct GenreRulesTwelveTests {
  typealias F = ExtractionFixtures

  @Test("Social cooperatives, parks, the health fund and public services by owner get their sectors; a culture centre named by its owner is the owner's (since session 14), one named otherwise stays 'other'")
  func publicBodySectors() throws {
    let g = F.extract("""
      Wsparcie dla seniorów w powiecie

      W spotkaniu wzięli udział kierownik Miejskiego Ośrodka Pomocy Społecznej w Lipnie Jan Borowy, prezes \
      Spółdzielni Socjalnej „Dobry Zakwas” Marek Wierzbik oraz dyrektor Gminnego Ośrodka Kultury w Zalesiu Anna \
      Kołecka. Obecni byli także przedstawiciele Wigierskiego Parku Narodowego, Parku Krajobrazowego Doliny Baryczy \
      i Narodowego Funduszu Zdrowia. Koncert przygotowało Centrum Kultury i Sztuki w Zalesiu.
      """, id: "sectors12.txt")
    #expect(F.entity(g, "Miejski Ośrodek Pomocy Społecznej w Lipnie", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Spółdzielnia Socjalna „Dobry Zakwas”", .organization)?.sector == .civilSociety)
    #expect(F.entity(g, "Gminny Ośrodek Kultury w Zalesiu", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Centrum Kultury i Sztuki w Zalesiu", .organization)?.sector == .other)
    #expect(F.entity(g, "Wigierski Park Narodowy", .organization)?.sector == .centralGovernment)
    #expect(F.entity(g, "Park Krajobrazowy Doliny Baryczy", .organization)?.sector == .localGovernment)
    let fund = try #require(F.entity(g, "Narodowy Fundusz Zdrowia", .organization))
    #expect(fund.sector == .centralGovernment)
  }

  @Test("In English: a union of communes is local government, a marshal's office of a region written without diacritics stays Polish, a transfer office is a university's, 'wojt' is a function")
  func englishSectorsAndOffices() throws {
    let g = F.extract("""
      Growers and communes sign up

      The forum was organised by the Union of Raba Valley Communes together with the Marshal's Office of the \
      Malopolska Region, with guests from the Province of Verona in Italy. The ZHT Transfer Office presented the \
      testing plan. The agreement was signed by Jan Wilgosz, wojt of Dobra, and by the union's chairman.
      """, id: "english12.txt")
    #expect(F.entity(g, "Union of Raba Valley Communes", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Marshal's Office of the Malopolska Region", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "ZHT Transfer Office", .organization)?.sector == .science)
    #expect(F.entity(g, "Jan Wilgosz", .person)?.sector == .localGovernment)
    #expect(F.hasRelation("Jan Wilgosz", .affiliatedWith, "Dobra", in: g))
  }

  @Test("The sides of a partnership agreement about a project take part in it; the leader named after the project's acronym organizes it")
  func agreementSidesAndLeader() throws {
    let g = F.extract("""
      Trzy samorządy podpisały umowę

      Umowę partnerską w sprawie projektu „Zielona Dolina Seniorów” (ZDS) zawarły we wtorek w Opolu Powiat \
      Brzeski, Gmina Lewin Brzeski i Gmina Olszanka. Liderem projektu ZDS jest Powiat Brzeski, a całość jest \
      współfinansowana z programu Fundusze Europejskie dla Opolskiego 2021–2027.
      """, id: "agreement12.txt")
    #expect(F.hasRelation("Gmina Lewin Brzeski", .participatesIn, "Zielona Dolina Seniorów", in: g))
    #expect(F.hasRelation("Gmina Olszanka", .participatesIn, "Zielona Dolina Seniorów", in: g))
    #expect(F.hasRelation("Powiat Brzeski", .organizes, "Zielona Dolina Seniorów", in: g))
    #expect(!F.hasRelation("Powiat Brzeski", .participatesIn, "Zielona Dolina Seniorów", in: g))
  }

  @Test("Signatories named in the sentence after a letter of intent about a project: their bodies take part in it")
  func signatoriesInTheNextSentence() throws {
    let g = F.extract("""
      Forum w Chmielniku

      Najważniejszym punktem forum było podpisanie listu intencyjnego w sprawie projektu wspólnej marki „Kuchnia \
      Doliny Mierzawy”. Dokument podpisali prezes Stowarzyszenia „Dolina Mierzawy” Jan Kosowicz, prorektor \
      Uniwersytetu Kieleckiego prof. Anna Mrozik oraz prezes Fundacji Rozwoju Przedsiębiorczości Piotr Wilkoń.
      """, id: "letter12.txt")
    for side in ["Stowarzyszenie „Dolina Mierzawy”", "Uniwersytet Kielecki", "Fundacja Rozwoju Przedsiębiorczości"] {
      #expect(F.hasRelation(side, .participatesIn, "Kuchnia Doliny Mierzawy", in: g), "\(side)")
    }
  }

  @Test("An agenda's items that run on as one sentence do not make a later agreement's sides take part in an earlier item's project")
  func agendaItemsStayApart() {
    let g = F.extract("""
      Sesja Rady Miasta Kutna

      Porządek obrad obejmował:
      1. projekt uchwały w sprawie przystąpienia Miasta Kutna do projektu „Partnerstwo dla Ziemi Kutnowskiej”,
      2. projekt uchwały w sprawie porozumienia z Powiatem Kutnowskim o wspólnej komunikacji autobusowej.
      """, id: "agenda12.txt")
    #expect(!F.hasRelation("Powiat Kutnowski", .participatesIn, "Partnerstwo dla Ziemi Kutnowskiej", in: g))
  }

  @Test("'z tego wydziału' after a person points to the faculty named before")
  func demonstrativeUnit() {
    let g = F.extract("""
      Testy czujników

      Algorytmy przetestują naukowcy z Wydziału Mechaniki Politechniki Koszalińskiej. Zespołem kieruje dr inż. \
      Radosław Kępczyk z tego wydziału.
      """, id: "unit12.txt")
    #expect(F.hasRelation("Radosław Kępczyk", .affiliatedWith, "Wydział Mechaniki", in: g))
  }

  @Test("A farm named with its quoted name is one organization; a marker noun with an adjective, opening the sentence, names a project; the accelerator's partner takes part in it")
  func farmsSchemesAndPartners() throws {
    let farm = F.extract("""
      Agroturystyka nad Nidą

      O potrzebach mówiła Halina Sówka, właścicielka Gospodarstwa Agroturystycznego „Pod Jesionem” w Dębnie.
      """, id: "farm12.txt")
    #expect(F.hasRelation("Halina Sówka", .affiliatedWith, "Gospodarstwo Agroturystyczne „Pod Jesionem”", in: farm))
    let scheme = F.extract("""
      Akcelerator nad Bałtykiem

      Program akceleracyjny SeaSprint, prowadzony przez Fundację Morskich Technologii, wsparł 40 zespołów. \
      Partnerem akceleratora jest Agencja Rozwoju Pucka S.A., która zapewnia kontakty z inwestorami.
      """, id: "scheme12.txt")
    _ = try #require(F.entity(scheme, "SeaSprint", .project))
    #expect(F.hasRelation("Agencja Rozwoju Pucka S.A.", .participatesIn, "SeaSprint", in: scheme))
  }

  @Test("'którego operatorem jest X' names the runner of the programme before the comma; 'otrzymały … z programu' funds the project; 'X rozpoczęło realizację projektu P'")
  func operatorsAndStartedProjects() {
    let g = F.extract("""
      Gminy ratują pieśni

      Stowarzyszenie Gmin Podlaskiego Bugu (SGPB) z siedzibą w Drohiczynie, zrzeszające samorządy z powiatu, \
      rozpoczęło realizację projektu „Dawne Głosy”. „Dawne Głosy” otrzymały 300 tys. zł z programu „Kultura \
      Lokalna”, którego operatorem jest Narodowe Centrum Kultury (NCK).
      """, id: "operator12.txt")
    #expect(F.hasRelation("Stowarzyszenie Gmin Podlaskiego Bugu", .organizes, "Dawne Głosy", in: g))
    #expect(F.hasRelation("Narodowe Centrum Kultury", .organizes, "Kultura Lokalna", in: g))
    #expect(!F.hasRelation("Narodowe Centrum Kultury", .organizes, "Dawne Głosy", in: g))
    #expect(F.hasRelation("Dawne Głosy", .fundedBy, "Kultura Lokalna", in: g))
  }

  @Test("English without diacritics: a Polish head word folded still heads a name; an acronym spelled out before 'a pilot project' names a project, and its repeat opening a sentence is the same project")
  func foldedHeadsAndRepeatedProjects() throws {
    let g = F.extract("""
      Villages test buses on demand

      The service is the core of WIEBUS (Village Buses on Demand), a pilot project presented on Tuesday in \
      Kartuzy. WIEBUS is coordinated by the Association of Kociewie Towns. The minibuses will be driven by members \
      of Spoldzielnia Socjalna Nowa Droga from Skarszewy.
      """, id: "folded12.txt")
    _ = try #require(F.entity(g, "WIEBUS", .project))
    #expect(F.hasRelation("Association of Kociewie Towns", .organizes, "WIEBUS", in: g))
    #expect(F.entity(g, "Spoldzielnia Socjalna Nowa Droga", .organization)?.sector == .civilSociety)
  }

  @Test("Who heads or leads: 'którym od ubiegłego roku kieruje X', '; its chief executive X', 'researchers from X, led by Dr Y', 'badacze z X (XA) pod kierunkiem dr Y'")
  func headsAndLeaders() {
    let pl = F.extract("""
      Festiwal nad zalewem

      Festiwal organizuje Gminny Ośrodek Kultury w Zalesiu, którym od ubiegłego roku kieruje Anna Wasikowska. \
      Nagrania przeprowadzą badacze z Uniwersytetu Wschodniego (UWsch) pod kierunkiem dr hab. Ireny Sadłowskiej.
      """, id: "heads12.txt")
    #expect(F.hasRelation("Anna Wasikowska", .affiliatedWith, "Gminny Ośrodek Kultury w Zalesiu", in: pl))
    #expect(F.hasRelation("Irena Sadłowska", .affiliatedWith, "Uniwersytet Wschodni", in: pl))
    let en = F.extract("""
      Buses for the villages

      The vehicles will be leased from Nordic Fleet S.A. of Gdynia; its chief executive Henrik Lundqvist told the \
      conference that the company would install chargers. Researchers from the University of Agriculture in \
      Krakow, led by Dr Pawel Stolarczyk, tested the routes.
      """, id: "leaders12.txt")
    #expect(F.hasRelation("Henrik Lundqvist", .affiliatedWith, "Nordic Fleet S.A.", in: en))
    #expect(F.hasRelation("Pawel Stolarczyk", .affiliatedWith, "University of Agriculture in Krakow", in: en))
  }

  @Test("A village fair is an event; a patron's title ('im. dr.', 'im. prof.') stays inside the institution's name")
  func fairsAndPatrons() throws {
    let g = F.extract("""
      Gmina Zalesie zaprasza na jarmark

      W sobotę w Zalesiu odbędzie się II Jarmark Smaków Doliny Pilicy. Centrum teleopieki uruchomi Szpital Powiatowy \
      im. dr. Józefa Rostkowskiego w Lipnie, a udział wezmą uczniowie Zespołu Szkół im. prof. Adama Nowackiego w \
      Zalesiu.
      """, id: "fair12.txt")
    _ = try #require(F.entity(g, "II Jarmark Smaków Doliny Pilicy", .event))
    _ = try #require(F.entity(g, "Szpital Powiatowy im. dr. Józefa Rostkowskiego w Lipnie", .organization))
    _ = try #require(F.entity(g, "Zespół Szkół im. prof. Adama Nowackiego w Zalesiu", .organization))
    #expect(F.entity(g, "Józef Rostkowski", .person) == nil)
  }

  @Test("'z zarządu firmy farmaceutycznej X' names the person's company; 'She leads … at the Faculty of X' after a sentence naming her")
  func boardsAndPronouns() {
    let pl = F.extract("""
      Wizyta w parku

      W spotkaniu uczestniczyła Iwona Zdrojewska z zarządu firmy farmaceutycznej Medifarm.
      """, id: "board12.txt")
    #expect(F.hasRelation("Iwona Zdrojewska", .affiliatedWith, "Medifarm", in: pl))
    let en = F.extract("""
      Drones over the bay

      The delegation was welcomed by Olga Maciejak. She leads the unmanned systems team at the Faculty of Mechanical \
      Engineering of the Warsaw University of Technology.
      """, id: "pronoun12.txt")
    #expect(F.hasRelation("Olga Maciejak", .affiliatedWith, "Faculty of Mechanical Engineering", in: en))
  }

  @Test("An innovation breakfast is a meeting: an event with its organizers")
  func breakfasts() throws {
    let g = F.extract("""
      Firms meet in Rzeszów

      The Rzeszów Regional Development Agency organised the Carpathian Innovation Breakfast in Rzeszów on Monday. \
      Twenty firms took part.
      """, id: "breakfast12.txt")
    _ = try #require(F.entity(g, "Carpathian Innovation Breakfast", .event))
    #expect(F.hasRelation("Rzeszów Regional Development Agency", .organizes, "Carpathian Innovation Breakfast", in: g))
  }

  @Test("Seats: a company with its town in parentheses, 'X działa w Y', 'X, based in Y'")
  func seats() {
    let pl = F.extract("""
      Firmy w parku

      W spotkaniu wzięli udział przedstawiciele firm Biofarm Wiślany Sp. z o.o. (Puławy) i Zamtech Systemy Sp. z o.o. \
      (Zamość). Fundacja Przedsiębiorcze Mamy działa w Poznaniu od 2015 roku.
      """, id: "seats12.txt")
    #expect(F.hasRelation("Biofarm Wiślany Sp. z o.o.", .locatedIn, "Puławy", in: pl))
    #expect(F.hasRelation("Zamtech Systemy Sp. z o.o.", .locatedIn, "Zamość", in: pl))
    #expect(F.hasRelation("Fundacja Przedsiębiorcze Mamy", .locatedIn, "Poznań", in: pl))
    let en = F.extract("""
      Partners from the east

      The Western Galician Business Association, based in Lviv, joined the network.
      """, id: "based12.txt")
    #expect(F.hasRelation("Western Galician Business Association", .locatedIn, "Lviv", in: en))
  }

  @Test("The results of a call: the organizations among the selected take part in the programme; a host who welcomes the guests takes part in the meeting")
  func selectedAndWelcoming() {
    let g = F.extract("""
      Dwanaście zespołów w akceleratorze „Deep Bay”

      Park Naukowy Sopot S.A. ogłosił wyniki naboru do programu akceleracyjnego „Deep Bay”. Wśród wybranych spółek \
      są m.in. Lumenox sp. z o.o. oraz Neurolab Pomorze sp. z o.o. z Wejherowa.
      """, id: "selected12.txt")
    #expect(F.hasRelation("Lumenox sp. z o.o.", .participatesIn, "Deep Bay", in: g))
    #expect(F.hasRelation("Neurolab Pomorze sp. z o.o.", .participatesIn, "Deep Bay", in: g))
    let welcome = F.extract("""
      III Forum Inwestorów Mieleckich

      W czwartek w Mielcu odbyło się III Forum Inwestorów Mieleckich. Gości powitał prezydent Mielca Jan Wróblarczyk.
      """, id: "welcome12.txt")
    #expect(F.hasRelation("Jan Wróblarczyk", .participatesIn, "III Forum Inwestorów Mieleckich", in: welcome))
  }

  @Test("'Firma realizuje projekt „P”' opening a sentence: the company named before runs the project")
  func genericSubjectRunsProject() {
    let g = F.extract("""
      Firma z Radomia

      Wirski-Stal sp. z o.o. z Radomia produkuje konstrukcje stalowe. Firma realizuje projekt „Robotyzacja linii \
      cięcia”, współfinansowany z programu FENG.
      """, id: "firma12.txt")
    #expect(F.hasRelation("Wirski-Stal sp. z o.o.", .organizes, "Robotyzacja linii cięcia", in: g))
  }

  @Test("'X (XA), which organised the meeting': the organizer of the report's meeting")
  func organizerInRelativeClause() {
    let g = F.extract("""
      TimberCycle kick-off in Tarnów

      The TimberCycle Kick-off Meeting took place in Tarnów on 3 March. The partners were welcomed by the Tarnów \
      Regional Development Agency (TRDA), which organised the meeting.
      """, id: "clause12.txt")
    #expect(F.hasRelation("Tarnów Regional Development Agency", .organizes, "TimberCycle Kick-off Meeting", in: g))
  }

  @Test("'LGD X' is the local action group X, one organization with its full name; a bare 'LGD' after it is the same group")
  func typeAbbreviations() throws {
    let g = F.extract("""
      Szlak nad Wieprzem

      Lokalna Grupa Działania Dolina Wieprza podpisała porozumienie z gminą. Spotkanie zorganizowała LGD Dolina \
      Wieprza wspólnie z Urzędem Gminy Łaszczów. Dokument podpisała prezes LGD Anna Wieprzycka.
      """, id: "lgd12.txt")
    let lgd = try #require(F.entity(g, "Lokalna Grupa Działania Dolina Wieprza", .organization))
    #expect(lgd.aliases.contains("LGD Dolina Wieprza"))
    #expect(F.entity(g, "LGD", .organization) == nil)
    #expect(F.hasRelation("Anna Wieprzycka", .affiliatedWith, "Lokalna Grupa Działania Dolina Wieprza", in: g))
  }
}
