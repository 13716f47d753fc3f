import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-15 rules (2026-11-23), from the error lists of held-out sets AF, AG and AH: a person's institution in the
/// next sentence, taking part in an event named before, bulleted lists of exhibitors and of agreements' sides, events
/// named by a phrase and a title, project work and declared participation, municipal companies, subsidiaries, English
/// name edges and partners introduced by a possessive. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: next-sentence functions, events referred to, bulleted sides, municipal companies")
struct GenreRulesFifteenTests {
  typealias F = ExtractionFixtures

  @Test("A function that opens the next sentence, a pronoun or a profession and a verb of working, name the institution of the person named just before")
  func functionInNextSentence() throws {
    let g = F.extract("""
      Kolej na Kujawach

      Podczas sesji głos zabrała także Irena Walczykowska. Dyrektor Departamentu Komunikacji w Urzędzie \
      Marszałkowskim Województwa Lubuskiego zapowiedziała nowe połączenia. Pomiary wykonał zespół dr. Tadeusza \
      Brzęczka. Naukowiec pracuje na Wydziale Fizyki Uniwersytetu Zielonogórskiego.
      """, id: "functionInNextSentence15.txt")
    #expect(F.hasRelation("Irena Walczykowska", .affiliatedWith, "Departament Komunikacji", in: g))
    #expect(F.entity(g, "Irena Walczykowska", .person)?.sector == .localGovernment)
    #expect(F.hasRelation("Tadeusz Brzęczek", .affiliatedWith, "Wydział Fizyki", in: g))
  }

  @Test("In English, 'The deputy president of X explained' and 'He has run X' name the institution of the person before")
  func englishFunctionInNextSentence() throws {
    let g = F.extract("""
      Freight talks in Gorzów

      The second panel opened with Greta Lindqvist. The deputy president of the Office of Freight Transport \
      explained the new rules. We asked Olaf Henriksen how. He has run the Planning Department of the Lubuskie \
      Logistics Centre since 2021.
      """, id: "englishFunctionInNextSentence15.txt")
    #expect(F.hasRelation("Greta Lindqvist", .affiliatedWith, "Office of Freight Transport", in: g))
    let henriksen = try #require(F.entity(g, "Olaf Henriksen", .person))
    #expect(g.relations.contains { $0.type == .affiliatedWith && $0.source == henriksen.id })
  }

  @Test("'Udział w nim', 'udział w konferencji': taking part in the event named before, by pronoun or by its marker")
  func eventReferredToBefore() throws {
    let g = F.extract("""
      Forum w Sulęcinie

      Opinie zbierze Sulęcińskie Forum Rowerowe, które gmina zorganizuje 22 kwietnia w Sulęcinie. Udział w nim \
      zapowiedziało już Stowarzyszenie Cyklistów Ziemi Sulęcińskiej. Inauguracja odbędzie się podczas \
      konferencji „Rower w mieście”, którą organizuje starostwo. Udział w konferencji zapowiedział Bogumił \
      Kraśniewski, członek Zarządu Województwa Lubuskiego.
      """, id: "eventReferredToBefore15.txt")
    #expect(F.hasRelation("Stowarzyszenie Cyklistów Ziemi Sulęcińskiej", .participatesIn, "Sulęcińskie Forum Rowerowe", in: g))
    #expect(F.hasRelation("Bogumił Kraśniewski", .participatesIn, "Rower w mieście", in: g))
    // The institution of the person's function takes no part itself.
    #expect(!F.hasRelation("Zarząd Województwa Lubuskiego", .participatesIn, "Rower w mieście", in: g))
  }

  @Test("Bulleted lists after 'Umowy z X zawarli:' are the partners of X; after 'oferty przedstawiło 40 wystawców, m.in.:' they take part in the fair")
  func bulletedListsOfSidesAndExhibitors() throws {
    let g = F.extract("""
      Umowy w Świebodzinie

      Zespół Szkół Technicznych w Świebodzinie (ZSTŚ) podpisał umowy z trzema firmami. Umowy z ZSTŚ zawarli:
      • Lubmet-Stal sp. z o.o., którą reprezentował prezes Ludwik Parchem,
      • Termozbyt S.A. z Gorzowa Wielkopolskiego,
      • Drewlux sp. z o.o.
      Podczas Targów Pracy „Praca bez Granic 2027” oferty przedstawiło 40 wystawców, m.in.:
      • Kruszbud sp. z o.o. – operatorzy maszyn,
      • Elwind S.A. z Zielonej Góry – elektrycy.
      """, id: "bulletedListsOfSidesAndExhibitors15.txt")
    for firm in ["Lubmet-Stal sp. z o.o.", "Termozbyt S.A.", "Drewlux sp. z o.o."] {
      #expect(F.hasRelation(firm, .partnerOf, "Zespół Szkół Technicznych w Świebodzinie", in: g), "\(firm)")
    }
    let fair = "Targi Pracy „Praca bez Granic 2027”"
    #expect(F.hasRelation("Kruszbud sp. z o.o.", .participatesIn, fair, in: g))
    #expect(F.hasRelation("Elwind S.A.", .participatesIn, fair, in: g))
  }

  @Test("An event named by a capitalised phrase of its kind and a quoted title keeps both, in the nominative; a single marker word does not")
  func eventPhraseAndQuotedTitle() throws {
    let g = F.extract("""
      Forum w Żarach

      Uroczystość odbyła się w Żarach podczas V Forum Szkolnictwa Branżowego „Kadry na Start”, zorganizowanego \
      przez Miasto Żary. Podczas Powiatowych Targów Edukacyjnych „Wybierz Szkołę” szkoły pokazały pracownie. \
      Konferencja „Szkoła i rynek” zgromadziła 200 osób.
      """, id: "eventPhraseAndQuotedTitle15.txt")
    #expect(F.hasRelation("Miasto Żary", .organizes, "V Forum Szkolnictwa Branżowego „Kadry na Start”", in: g))
    #expect(F.entity(g, "Powiatowe Targi Edukacyjne „Wybierz Szkołę”", .event) != nil)
    #expect(F.entity(g, "Szkoła i rynek", .event) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Podczas") })
  }

  @Test("Bodies that declare their part, are tied to a project, or do its work take part in it")
  func declaredAndDoneProjectWork() throws {
    let g = F.extract("""
      Kolej w Lubuskiem

      Reaktywacja linii była celem projektu „Kolej Łużycka” (KŁ), którego liderem jest Województwo Lubuskie. W \
      doborze ofert pomogą Izba Rzemieślnicza w Żarach oraz Klaster Meblowy „Lubuskie Lasy”, które zadeklarowały \
      udział w KŁ. Z projektem od początku związany jest Uniwersytet Zielonogórski. W ramach projektu KŁ tory i \
      perony przebudowała firma Torlub sp. z o.o. z Nowej Soli. Analizę popytu dla projektu przygotowali \
      naukowcy z Politechniki Zielonogórskiej.
      """, id: "declaredAndDoneProjectWork15.txt")
    for body in ["Izba Rzemieślnicza w Żarach", "Klaster Meblowy „Lubuskie Lasy”", "Uniwersytet Zielonogórski", "Torlub sp. z o.o.",
                 "Politechnika Zielonogórska"] {
      #expect(F.hasRelation(body, .participatesIn, "Kolej Łużycka", in: g), "\(body)")
    }
    #expect(!F.hasRelation("Województwo Lubuskie", .participatesIn, "Kolej Łużycka", in: g))
  }

  @Test("'Obie spółki przystąpiły do projektu' and 'Generalnym wykonawcą jest X': participants of the project")
  func bothCompaniesJoinAndContractor() throws {
    let g = F.extract("""
      Spółki dołączają

      Umowę z Województwem Lubuskim podpisały spółki Lubtrans sp. z o.o. oraz Odratrans S.A. Obie spółki \
      przystąpiły tym samym do projektu „Bilet Lubuski”. Generalnym wykonawcą jest Budlub S.A. z Gorzowa \
      Wielkopolskiego.
      """, id: "bothCompaniesJoinAndContractor15.txt")
    #expect(F.hasRelation("Lubtrans sp. z o.o.", .participatesIn, "Bilet Lubuski", in: g))
    #expect(F.hasRelation("Odratrans S.A.", .participatesIn, "Bilet Lubuski", in: g))
    #expect(F.hasRelation("Budlub S.A.", .participatesIn, "Bilet Lubuski", in: g))
  }

  @Test("'Przedsiębiorstwo' heads a name with its quoted part; the quoted part in another case is the same body; units and subsidiaries stated with 'jest'")
  func municipalCompaniesAndSubordinates() throws {
    let g = F.extract("""
      Umowy w Sulechowie

      Umowę podpisało Lubuskie Przedsiębiorstwo Komunalne „Sulekom” sp. z o.o. z Sulechowa. Prezes Sulekomu \
      Danuta Wrzosek zapowiada, że nowa linia ruszy w 2026 roku. Odpowiadał jej Edmund Kaczorek, prezes \
      Przedsiębiorstwa Wodno-Kanalizacyjnego „Obra” sp. z o.o. Zakład Usług Miejskich jest jednostką budżetową \
      Gminy Sulechów. Sultermo sp. z o.o. jest spółką zależną niemieckiej firmy Wärmewerk Cottbus GmbH.
      """, id: "municipalCompaniesAndSubordinates15.txt")
    let company = "Lubuskie Przedsiębiorstwo Komunalne „Sulekom” sp. z o.o."
    #expect(F.hasRelation("Danuta Wrzosek", .affiliatedWith, company, in: g))
    #expect(!g.entities.contains { $0.name == "Sulekomu" })
    #expect(F.hasRelation("Edmund Kaczorek", .affiliatedWith, "Przedsiębiorstwo Wodno-Kanalizacyjne „Obra” sp. z o.o.", in: g))
    #expect(F.hasRelation("Zakład Usług Miejskich", .partOf, "Gmina Sulechów", in: g))
    #expect(F.hasRelation("Sultermo sp. z o.o.", .partOf, "Wärmewerk Cottbus GmbH", in: g))
  }

  @Test("English names: a month, a plural noun of people and a language name are no part of a name; 'No. 3' numbers a school; 'van der' keeps a person whole")
  func englishNameEdges() throws {
    let g = F.extract("""
      Green funds in Zielona Góra

      The Provincial Fund for Environmental Protection and Water Management in Zielona Góra signed 30 contracts. \
      In May Oderwind GmbH, an operator from Cottbus, joined the programme. Activists of the Lubusz Bike Kitchen \
      Association fixed bikes. Pupils of the Technical School Complex No. 3 in Żary took part. Anna van der \
      Meulen of the Blue River Foundation spoke. The talks were held in English.
      """, id: "englishNameEdges15.txt")
    #expect(F.entity(g, "Oderwind GmbH", .organization) != nil)
    #expect(F.entity(g, "Lubusz Bike Kitchen Association", .organization) != nil)
    #expect(F.entity(g, "Technical School Complex No. 3 in Żary", .organization) != nil)
    #expect(F.hasRelation("Anna van der Meulen", .affiliatedWith, "Blue River Foundation", in: g))
    #expect(!g.entities.contains { $0.name == "English" || $0.name.hasPrefix("May ") || $0.name.hasPrefix("Activists") })
  }

  @Test("'Jej partnerem jest X' after a sentence opened by a foundation; 'prezes spółki' of the only company of the text")
  func possessivePartnerAndCompanyFunction() throws {
    let g = F.extract("""
      Warsztaty w Słubicach

      Fundacja „Zielone Słubice” od lat prowadzi warsztaty dla szkół. Jej partnerem jest Park Krajobrazowy \
      Ujście Warty. Radni głosowali nad planem dla terenu, gdzie spółka Ekolumen sp. z o.o. chce zbudować \
      instalację. Na sesję przyjechał prezes spółki Wiesław Grądzki.
      """, id: "possessivePartnerAndCompanyFunction15.txt")
    #expect(F.hasRelation("Fundacja „Zielone Słubice”", .partnerOf, "Park Krajobrazowy Ujście Warty", in: g))
    #expect(F.hasRelation("Wiesław Grądzki", .affiliatedWith, "Ekolumen sp. z o.o.", in: g))
  }

  @Test("A bulleted list after 'Umowy z funduszem podpisali:' names the partners of the fund, and the projects it pays for")
  func fundContractsList() throws {
    let g = F.extract("""
      Fundusz podpisał umowy

      Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Zielonej Górze podpisał 4 marca umowy z \
      beneficjentami.

      Umowy z funduszem podpisali:
      • Gmina Bytnica – 2,3 mln zł pożyczki na rozbudowę oczyszczalni;
      • Uniwersytet Zielonogórski – 860 tys. zł na projekt „Zielona Pracownia Lubuska”;
      • Fundacja „Czysta Obra” – 180 tys. zł na warsztaty.
      """, id: "fundContractsList15.txt")
    let fund = "Wojewódzki Fundusz Ochrony Środowiska i Gospodarki Wodnej w Zielonej Górze"
    for body in ["Gmina Bytnica", "Uniwersytet Zielonogórski", "Fundacja „Czysta Obra”"] {
      #expect(F.hasRelation(body, .partnerOf, fund, in: g), "\\(body)")
    }
    #expect(F.hasRelation("Zielona Pracownia Lubuska", .fundedBy, fund, in: g))
    // Each signed with the fund, not with the others of the list.
    #expect(!F.hasRelation("Gmina Bytnica", .partnerOf, "Uniwersytet Zielonogórski", in: g))
  }

  @Test("The body that invites to an event organizes it; a programme it launches ('uruchamia') too")
  func invitingHostAndLaunch() throws {
    let g = F.extract("""
      Targi w Sulęcinie

      Starostwo Powiatowe w Sulęcinie zaprosiło radnych na Powiatowe Targi Edukacyjne „Szkoła Jutra”, które \
      odbędą się 12 marca. Równolegle Biuro Karier Uniwersytetu Zielonogórskiego uruchamia program mentoringowy \
      „Mentor Lubuski”.
      """, id: "invitingHostAndLaunch15.txt")
    #expect(F.hasRelation("Starostwo Powiatowe w Sulęcinie", .organizes, "Powiatowe Targi Edukacyjne „Szkoła Jutra”", in: g))
    #expect(!F.hasRelation("Starostwo Powiatowe w Sulęcinie", .participatesIn, "Powiatowe Targi Edukacyjne „Szkoła Jutra”", in: g))
    #expect(F.hasRelation("Biuro Karier", .organizes, "Mentor Lubuski", in: g))
  }
}
