import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-8 rules (2026-11-22): units for cooperation with a partner, regions named by two coordinated words,
/// technology transfer centres, institutes of a national academy, functions written before a unit and its parent,
/// and two units of one office kept apart. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: unit names, coordinated regions, functions before a unit and its parent")
struct GenreRulesEightTests {
  typealias F = ExtractionFixtures

  @Test("A unit for cooperation with a partner keeps the partner in its name and is part of its university")
  func cooperationUnit() throws {
    let g = F.extract("""
      Nauka dla firm

      W spotkaniu wzięli udział przedstawiciele Biura ds. Współpracy z Biznesem Uniwersytetu Opolskiego oraz Działu \
      Współpracy z Otoczeniem Gospodarczym Politechniki Koszalińskiej.
      """, id: "cooperation-unit.txt")
    let office = try #require(F.entity(g, "Biuro ds. Współpracy z Biznesem", .organization))
    #expect(office.sector == .science)
    #expect(F.hasRelation(office.name, .partOf, "Uniwersytet Opolski", in: g))
    let unit = try #require(F.entity(g, "Dział Współpracy z Otoczeniem Gospodarczym", .organization))
    #expect(F.hasRelation(unit.name, .partOf, "Politechnika Koszalińska", in: g))
    #expect(!g.entities.contains { $0.name.hasPrefix("Gospodarczym") })
  }

  @Test("A region named by two coordinated words is one place in any case")
  func coordinatedRegion() throws {
    let g = F.extract("""
      Turystyka w regionie

      Firmy z Kujaw i Pomorza chcą współpracować, bo region Kujawy i Pomorze przyciąga inwestorów.
      """, id: "coordinated-region.txt")
    let region = try #require(F.entity(g, "Kujawy i Pomorze", .place))
    #expect(region.aliases.contains("Kujaw i Pomorza"))
    #expect(F.entity(g, "Kujawy", .place) == nil)
    #expect(F.entity(g, "Pomorze", .place) == nil)
  }

  @Test("A technology transfer centre without a company form is science; with one it is business")
  func technologyTransferCentre() {
    let g = F.extract("""
      Transfer wiedzy

      Centrum Transferu Technologii przygotowało ofertę, a Mazowieckie Centrum Transferu Technologii sp. z o.o. \
      pokazało swoje usługi.
      """, id: "transfer.txt")
    #expect(F.entity(g, "Centrum Transferu Technologii", .organization)?.sector == .science)
    #expect(F.entity(g, "Mazowieckie Centrum Transferu Technologii sp. z o.o.", .organization)?.sector == .business)
  }

  @Test("An institute of the national academy: the academy's adjective opens the parent, not the institute's name")
  func academyInstitute() throws {
    let g = F.extract("""
      Badania dla rolnictwa

      Wykład wygłosił dr Marian Kos z Instytutu Agrofizyki Stosowanej Polskiej Akademii Nauk. Pracuje też w Katedrze \
      Literatury Polskiej Uniwersytetu Gdańskiego.
      """, id: "academy.txt")
    let institute = try #require(F.entity(g, "Instytut Agrofizyki Stosowanej", .organization))
    #expect(F.hasRelation(institute.name, .partOf, "Polska Akademia Nauk", in: g))
    #expect(F.entity(g, "Katedra Literatury Polskiej", .organization) != nil)
  }

  @Test("A function before a unit and its parent belongs to the name after them; two units of one office stay apart")
  func functionBeforeUnitAndParent() throws {
    let g = F.extract("""
      Rada programowa

      Urząd Marszałkowski Województwa Lubuskiego (UMWL) zaprosił gości. Dyrektor Departamentu Ochrony Zdrowia UMWL \
      Bogdan Sarnecki przedstawił plan. Następnie głos zabrał dyrektor Departamentu Rolnictwa Urzędu Marszałkowskiego \
      Województwa Lubuskiego Witold Grabiec.
      """, id: "function-unit-parent.txt")
    let sarnecki = try #require(F.entity(g, "Bogdan Sarnecki", .person))
    #expect(sarnecki.role == "dyrektor Departamentu Ochrony Zdrowia")
    #expect(F.hasRelation(sarnecki.name, .affiliatedWith, "Departament Ochrony Zdrowia", in: g))
    let grabiec = try #require(F.entity(g, "Witold Grabiec", .person))
    #expect(F.hasRelation(grabiec.name, .affiliatedWith, "Departament Rolnictwa", in: g))
    #expect(F.entity(g, "Departament Ochrony Zdrowia", .organization)?.aliases.contains { $0.contains("Rolnictwa") } == false)
    #expect(F.hasRelation("Departament Rolnictwa", .partOf, "Urząd Marszałkowski Województwa Lubuskiego", in: g))
  }

  @Test("A function after a name, a title and a mixed-case university acronym belongs to the name before")
  func functionAfterMixedCaseAcronym() throws {
    let g = F.extract("""
      Forum w Rzeszowie

      Wśród prelegentów znaleźli się: dr hab. Alicja Dymek, prof. PRz, dziekan Wydziału Chemii Politechniki \
      Rzeszowskiej, Roman Kwiek, prezes spółki Ferro Lab oraz Irena Pstrąg z Fundacji Dobrej Energii.
      """, id: "mixed-acronym.txt")
    #expect(F.entity(g, "Alicja Dymek", .person)?.role == "dziekan Wydziału Chemii")
    #expect(F.hasRelation("Alicja Dymek", .affiliatedWith, "Wydział Chemii", in: g))
    #expect(F.entity(g, "Roman Kwiek", .person)?.role == "prezes spółki Ferro Lab")
    #expect(!F.hasRelation("Roman Kwiek", .affiliatedWith, "Wydział Chemii", in: g))
  }

  @Test("The organizer noun before the event's own name and the copula: the organization after them organizes it")
  func organizerBeforeEventName() {
    let g = F.extract("""
      Kongres w Krośnie

      Organizatorem III Kongresu Gospodarczego Beskidu była Krośnieńska Izba Gospodarcza, a gości przywitał jej prezes.
      """, id: "organizer-event.txt")
    #expect(F.hasRelation("Krośnieńska Izba Gospodarcza", .organizes, "III Kongres Gospodarczy Beskidu", in: g))
  }

  @Test("English: a company's legal form after 'representatives of' stays in its name; a function is kept as written")
  func englishLegalFormAndFunction() {
    let g = F.extract("""
      Cluster assembly in Gdynia

      The cluster held its annual assembly in Gdynia. Representatives of Nordwave Sp. z o.o. and of Ambra Labs S.A. \
      took part in the assembly, and the cluster manager, Celina Rydz, presented the work plan for the next year.
      """, id: "english-legal-form.txt")
    #expect(F.entity(g, "Nordwave Sp. z o.o.", .organization)?.sector == .business)
    #expect(F.entity(g, "Ambra Labs S.A.", .organization) != nil)
    #expect(!g.entities.contains { $0.name == "Nordwave Sp" })
    #expect(F.entity(g, "Celina Rydz", .person)?.role == "cluster manager")
  }

  @Test("An acronym never defined may leave out the seat; partners of 'przedsięwzięcia' take part in the project named before")
  func acronymWithoutSeatAndUndertakingPartners() {
    let g = F.extract("""
      List intencyjny w Olsztynie

      Uniwersytet Nauk Rolniczych w Olsztynie oraz Olsztyńska Izba Rolnicza podpisały list intencyjny w sprawie \
      utworzenia Warmińskiego Centrum Biogospodarki. Uczelnię reprezentował prof. dr hab. Lech Mrugała (UNR).
      Partnerami przedsięwzięcia są także: Gmina Barczewo, Powiat Olsztyński oraz Mleczarnia Łyna S.A.
      """, id: "acronym-seat.txt")
    #expect(F.hasRelation("Lech Mrugała", .affiliatedWith, "Uniwersytet Nauk Rolniczych w Olsztynie", in: g))
    #expect(F.hasRelation("Gmina Barczewo", .participatesIn, "Warmińskie Centrum Biogospodarki", in: g))
    #expect(F.hasRelation("Mleczarnia Łyna S.A.", .participatesIn, "Warmińskie Centrum Biogospodarki", in: g))
  }

  @Test("The media are organizations (business) and a journalist is affiliated with the paper")
  func mediaAndJournalists() {
    let g = F.extract("""
      Debata w Tarnowie

      Debatę poprowadziła dziennikarka Gazety Tarnowskiej Hanna Sokół, a patronat medialny objęło Radio Dunajec.
      """, id: "media.txt")
    #expect(F.entity(g, "Gazeta Tarnowska", .organization)?.sector == .business)
    #expect(F.entity(g, "Hanna Sokół", .person)?.role == "dziennikarka Gazety Tarnowskiej")
    #expect(F.hasRelation("Hanna Sokół", .affiliatedWith, "Gazeta Tarnowska", in: g))
    #expect(F.entity(g, "Radio Dunajec", .organization) != nil)
  }

  @Test("English partner lists from several countries; a region among them acts; agencies by their English names")
  func englishPartnerListsAndAgencies() {
    let g = F.extract("""
      Partners meet in Opole

      Partners of the Interreg Europe project BLUEFIELD met in Opole. The project, led by the Regional Council of \
      Normandy, brings together seven partners from five countries, including the Västerbotten Region, the \
      University of Tartu and the Opole University of Technology. They met the Subcarpathian Innovation Agency and \
      the Kraków Metropolitan Development Agency.
      """, id: "english-partners.txt")
    #expect(F.entity(g, "Västerbotten Region", .organization) != nil)
    #expect(F.hasRelation("University of Tartu", .participatesIn, "BLUEFIELD", in: g))
    #expect(F.hasRelation("Opole University of Technology", .participatesIn, "BLUEFIELD", in: g))
    #expect(F.entity(g, "Subcarpathian Innovation Agency", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Kraków Metropolitan Development Agency", .organization)?.sector == .business)
  }

  @Test("After 'przedstawiciele', a name with a head word is left to the classifier: a local action group keeps its quoted name")
  func representativesOfHeadedName() {
    let g = F.extract("""
      Spotkanie gmin

      W spotkaniu wzięli udział przedstawiciele Lokalnej Grupy Działania „Dolina Rudawy” oraz wójtowie gmin powiatu.
      """, id: "representatives-headed.txt")
    let lgd = F.entity(g, "Lokalna Grupa Działania „Dolina Rudawy”", .organization)
    #expect(lgd?.sector == .civilSociety)
    #expect(!g.entities.contains { $0.name == "Lokalna Grupa Działania" })
  }

  @Test("A function's field after its territory ('zastępca prezydenta X ds. Y Name'); an inverted function keeps no copula")
  func fieldAfterTerritoryAndInvertedFunction() throws {
    let g = F.extract("""
      Rada Gospodarcza w Koszalinie

      Posiedzeniu przewodniczyła zastępczyni prezydenta Koszalina ds. gospodarki Iwona Mróz-Kalina. Sekretarzem Rady \
      jest Adam Czapla.
      """, id: "field-after-territory.txt")
    let deputy = try #require(F.entity(g, "Iwona Mróz-Kalina", .person))
    #expect(deputy.role == "zastępczyni prezydenta Koszalina ds. gospodarki")
    #expect(F.hasRelation("Iwona Mróz-Kalina", .affiliatedWith, "Koszalin", in: g))
    #expect(F.entity(g, "Adam Czapla", .person)?.role == "sekretarz Rady")
  }

  @Test("English: a voivodeship after 'organised by' acts (an organization) and organizes with the body coordinated with it")
  func voivodeshipAsOrganizer() {
    let g = F.extract("""
      Energy forum

      The 2nd Amber Energy Forum, organised by the Opolskie Voivodeship and the Brzeg Technology Park, gathered 300 \
      participants. The meeting was hosted by the Marshal's Office of the Opolskie Voivodeship.
      """, id: "voivodeship-organizer.txt")
    #expect(F.entity(g, "Opolskie Voivodeship", .organization)?.sector == .localGovernment)
    #expect(F.hasRelation("Opolskie Voivodeship", .organizes, "2nd Amber Energy Forum", in: g))
    #expect(F.hasRelation("Brzeg Technology Park", .organizes, "2nd Amber Energy Forum", in: g))
    #expect(F.entity(g, "Marshal's Office of the Opolskie Voivodeship", .organization) != nil)
  }

  @Test("Polish: the co-organizers written after a plural verb ('Konferencję „X” współorganizowały A i B') organize it")
  func pluralCoOrganizers() {
    let g = F.extract("""
      Konferencja w Nysie

      Konferencję „Woda dla Regionu” współorganizowały Politechnika Opolska i Nyska Izba Gospodarcza.
      """, id: "plural-co-organizers.txt")
    #expect(F.hasRelation("Politechnika Opolska", .organizes, "Woda dla Regionu", in: g))
    #expect(F.hasRelation("Nyska Izba Gospodarcza", .organizes, "Woda dla Regionu", in: g))
  }

  @Test("A centre named by its voivodeship without a company form is local government; an innovation centre is business")
  func voivodeshipCentres() {
    let g = F.extract("""
      Spotkanie w Kielcach

      Przybyli przedstawiciele Świętokrzyskiego Ośrodka Doradztwa Rolniczego, Regionalnego Ośrodka Polityki Społecznej \
      w Kielcach oraz Świętokrzyskiego Centrum Innowacji.
      """, id: "voivodeship-centres.txt")
    #expect(F.entity(g, "Świętokrzyski Ośrodek Doradztwa Rolniczego", .organization)?.sector == .localGovernment)
    #expect(g.entities.first { $0.name.hasPrefix("Regionalny Ośrodek Polityki Społecznej") }?.sector == .localGovernment)
    #expect(F.entity(g, "Świętokrzyskie Centrum Innowacji", .organization)?.sector == .business)
  }

  @Test("Members listed after 'Członkami platformy zostali:' take part in the platform; a cluster's members do not")
  func platformMembers() {
    let g = F.extract("""
      Lubuska Platforma Biogazowa

      Zielona Góra, 3 lutego 2027 r.

      Zainaugurowano Lubuską Platformę Biogazową. Członkami platformy zostali:
      - Uniwersytet Zielonogórski,
      - Gmina Sulechów,
      - Biogaz Lubuski sp. z o.o.
      Członkami Lubuskiego Klastra Energii są też Gmina Nowa Sól i Ekoprojekt S.A.
      """, id: "platform-members.txt")
    #expect(F.hasRelation("Uniwersytet Zielonogórski", .participatesIn, "Lubuska Platforma Biogazowa", in: g))
    #expect(F.hasRelation("Biogaz Lubuski sp. z o.o.", .participatesIn, "Lubuska Platforma Biogazowa", in: g))
    #expect(!F.hasRelation("Ekoprojekt S.A.", .participatesIn, "Lubuska Platforma Biogazowa", in: g))
  }

  @Test("A branch of a named body ends before the person named after it")
  func branchBeforePerson() {
    let g = F.extract("""
      Fundusze dla firm

      Dyrektorka opolskiego oddziału Agencji Rozwoju Przemysłu Beata Mak zachęcała firmy do składania wniosków.
      """, id: "branch-person.txt")
    #expect(F.entity(g, "Beata Mak", .person) != nil)
    #expect(F.entity(g, "Agencja Rozwoju Przemysłu", .organization) != nil)
    #expect(F.hasRelation("opolski oddział Agencji Rozwoju Przemysłu", .partOf, "Agencja Rozwoju Przemysłu", in: g))
    #expect(!g.entities.contains { $0.name.contains("Beata") && $0.kind == .organization })
  }

  @Test("English: a commune named with a capital is the gmina (local government)")
  func englishCommune() {
    let g = F.extract("""
      Smart villages

      "Villages need digital services," said Irena Sosna, head of the Krynki Commune, at the meeting in Białystok.
      """, id: "english-commune.txt")
    #expect(F.entity(g, "Krynki Commune", .organization)?.sector == .localGovernment)
    #expect(F.hasRelation("Irena Sosna", .affiliatedWith, "Krynki Commune", in: g))
  }

  @Test("A title after 'pn.' ends before its predicate; a programme's fields run on to its period of years")
  func programmeTitles() {
    let g = F.extract("""
      Inwestycje w gminie

      Projekt pn. Czyste Rzeki Kaszub jest finansowany z Krajowego Planu Odbudowy i Zwiększania Odporności (KPO). \
      Gmina realizuje też projekt „Cyfrowy Urząd” w ramach programu Fundusze Europejskie na Infrastrukturę, Klimat, \
      Środowisko 2021-2027 (FEnIKS).
      """, id: "programme-titles.txt")
    #expect(F.entity(g, "Czyste Rzeki Kaszub", .project) != nil)
    #expect(F.hasRelation("Czyste Rzeki Kaszub", .fundedBy, "Krajowy Plan Odbudowy i Zwiększania Odporności", in: g))
    let feniks = F.entity(g, "Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko 2021-2027", .project)
    #expect(feniks?.aliases.contains("FEnIKS") == true)
  }

  @Test("Committees, a region's representation abroad and European groupings are organizations")
  func committeesAndRepresentations() {
    let g = F.extract("""
      Samorządowcy w Brukseli

      Delegacja spotkała się z członkami Europejskiego Komitetu Regionów. W rozmowach uczestniczyła dyrektor \
      Przedstawicielstwa Województwa Opolskiego w Brukseli Danuta Brzoza, a także przedstawiciele Europejskiego \
      Ugrupowania Współpracy Terytorialnej TRITIA.
      """, id: "committees.txt")
    #expect(F.entity(g, "Europejski Komitet Regionów", .organization)?.sector == .international)
    #expect(F.entity(g, "Przedstawicielstwo Województwa Opolskiego", .organization)?.sector == .localGovernment)
    #expect(F.hasRelation("Danuta Brzoza", .affiliatedWith, "Przedstawicielstwo Województwa Opolskiego", in: g))
    #expect(F.entity(g, "Europejskie Ugrupowanie Współpracy Terytorialnej TRITIA", .organization) != nil)
  }

  @Test("A person the learnt scorer affiliates takes the sector of that affiliation")
  func sectorFromScorerAffiliation() {
    let g = F.extract("""
      Sensors for farms

      Lublin, 3 May 2027 – GreenLoop sp. z o.o. from Lublin presented its soil sensors.

      From lab to field
      GreenLoop was founded in 2021 by Dr Marta Zięba, CEO, and Olaf Grad, CTO, both former researchers at the \
      Faculty of Agrobioengineering. The company works with the University of Life Sciences in Lublin.

      "Our customers are farmers," said Marta Zięba.
      """, id: "scorer-sector.txt")
    #expect(F.hasRelation("Marta Zięba", .affiliatedWith, "GreenLoop sp. z o.o.", in: g))
    #expect(F.entity(g, "Marta Zięba", .person)?.sector == .business)
  }

  @Test("A known place written after an institution's adjectives keeps its case in the canonical name")
  func knownPlaceAfterAdjectives() {
    let names = NameServices.shared
    #expect(names.organizationName("Przedstawicielstwa Regionalnego Dolnego Śląska") == "Przedstawicielstwo Regionalne Dolnego Śląska")
    #expect(names.organizationName("Stowarzyszenia Regionalnego Górnego Śląska") == "Stowarzyszenie Regionalne Górnego Śląska")
    #expect(names.organizationName("Politechniki Śląskiej") == "Politechnika Śląska")
  }

  @Test("'Organizacja' heads an organization's name, but not the organising of an event")
  func organizacjaHead() {
    let g = F.extract("""
      Turystyka w Beskidach

      Wójtowie złożyli wspólny wniosek do Podhalańskiej Organizacji Turystycznej. – Organizacja Forum to deklaracja \
      współpracy gmin – powiedział starosta. Organizacja konferencji była możliwa dzięki gminom.
      """, id: "organizacja.txt")
    #expect(F.entity(g, "Podhalańska Organizacja Turystyczna", .organization)?.sector == .civilSociety)
    #expect(!g.entities.contains { $0.name.hasPrefix("Organizacja") })
  }
}
