import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Relation phrasings of the genre added in the sixth quality round: co-organizers joined by a cooperation noun,
/// speaker lists and agenda items, credit lines, support of an event, event places around the name, functions
/// before names, project runners and partners, and bodies referred to by a common noun. Made-up texts whose names
/// occur in no fixture.
@Suite("Genre rules: relations of lists, credits, runners and partners (round six)")
struct GenreRulesRelationsSixTests {
  typealias F = ExtractionFixtures

  @Test("'we współpracy z' makes co-organizers partners; 'wraz z' adds a co-organizer only")
  func coOrganizers() {
    let g = F.extract("""
      Forum wodne w Cieszynie

      W czwartek w Cieszynie odbyło się Cieszyńskie Forum Wody 2025, zorganizowane przez Stowarzyszenie Dolina Olzy we współpracy z Cieszyńską Agencją Rozwoju.

      Dzień później warsztaty „Czysta Olza” przygotował Urząd Miejski w Głuchołazach wraz z Fundacją Zielony Jar.
      """, id: "co-organizers-pl.txt")
    #expect(F.hasRelation("Cieszyńska Agencja Rozwoju", .partnerOf, "Stowarzyszenie Dolina Olzy", in: g))
    #expect(F.hasRelation("Fundacja Zielony Jar", .organizes, "Czysta Olza", in: g))
    #expect(!F.hasRelation("Fundacja Zielony Jar", .partnerOf, "Urząd Miejski w Głuchołazach", in: g))
  }

  @Test("a short lead-in after a sentence naming a seminar: the listed speakers take part in the seminar, not the forum")
  func listAfterLeadIn() {
    let g = F.extract("""
      Rolnicy rozmawiali o cyfryzacji

      W Zambrowie odbyło się IV Zambrowskie Forum Rolnicze. Forum poprzedziło seminarium „Cyfrowa Wieś 2030”, przygotowane przez Gminę Zambrów. Głos zabrali:
      • Anna Zdrojewska, dyrektor Zambrowskiej Izby Rolniczej,
      • Piotr Kałużny, prezes spółki AgroData sp. z o.o.

      Forum otworzył burmistrz Zambrowa Adam Sokół.
      """, id: "list-lead-in-pl.txt")
    #expect(F.hasRelation("Anna Zdrojewska", .participatesIn, "Cyfrowa Wieś 2030", in: g))
    #expect(F.hasRelation("Piotr Kałużny", .participatesIn, "Cyfrowa Wieś 2030", in: g))
    #expect(!F.hasRelation("Anna Zdrojewska", .participatesIn, "IV Zambrowskie Forum Rolnicze", in: g))
    #expect(F.hasRelation("Adam Sokół", .participatesIn, "IV Zambrowskie Forum Rolnicze", in: g))
  }

  @Test("an agenda item naming its panel, an unnamed panel, support of the forum and a credit line")
  func agendaSupportAndCredit() {
    let g = F.extract("""
      Biznes z dwóch stron granicy

      W Żywcu odbyło się V Forum Gospodarcze Ziemi Żywieckiej.

      Program forum:
      • 10.00 – otwarcie,
      • 11.00 – panel „Miasto Jutra” z udziałem Ewy Nowackiej, prezes Gorbud S.A., oraz Jana Lisa z Akademii Żywieckiej,
      • 12.00 – panel energetyczny z udziałem Marka Zająca, prezesa Enerbud S.A.

      Przy wsparciu Fundacji Wspólna Ziemia przygotowano strefę wystawców.

      Tekst i zdjęcia: Marta Kos / Żywiecka Agencja Rozwoju
      """, id: "agenda-credit-pl.txt")
    #expect(F.hasRelation("Ewa Nowacka", .participatesIn, "Miasto Jutra", in: g))
    #expect(!F.hasRelation("Ewa Nowacka", .participatesIn, "V Forum Gospodarcze Ziemi Żywieckiej", in: g))
    #expect(F.hasRelation("Marek Zając", .participatesIn, "V Forum Gospodarcze Ziemi Żywieckiej", in: g))
    #expect(!F.hasRelation("Marek Zając", .participatesIn, "Miasto Jutra", in: g))
    #expect(F.hasRelation("Fundacja Wspólna Ziemia", .participatesIn, "V Forum Gospodarcze Ziemi Żywieckiej", in: g))
    #expect(F.hasRelation("Marta Kos", .affiliatedWith, "Żywiecka Agencja Rozwoju", in: g))
    #expect(!F.hasRelation("Marta Kos", .participatesIn, "V Forum Gospodarcze Ziemi Żywieckiej", in: g))
  }

  @Test("a function with a seat and an acronym before the next name belongs to that name; a 'Czytaj także' line places its event")
  func functionBeforeNameAndReadAlso() {
    let g = F.extract("""
      Przedsiębiorcy w Przemyślu

      W Przemyślu odbyło się III Przemyskie Forum Biznesu. Wśród gości byli wicemarszałek województwa podkarpackiego Jan Kowal, prezes Agencji Rozwoju Regionalnego S.A. w Przemyślu (ARRP) Ewa Bąk oraz rektor Akademii Nauk Stosowanych w Chełmie prof. Adam Trzciński.

      Czytaj także: Forum Przedsiębiorczości Ziemi Zamojskiej już w maju w Chełmie
      """, id: "function-seat-pl.txt")
    #expect(F.hasRelation("Ewa Bąk", .affiliatedWith, "Agencja Rozwoju Regionalnego S.A.", in: g))
    #expect(!F.hasRelation("Jan Kowal", .affiliatedWith, "Agencja Rozwoju Regionalnego S.A.", in: g))
    #expect(F.hasRelation("Adam Trzciński", .affiliatedWith, "Akademia Nauk Stosowanych w Chełmie", in: g))
    #expect(F.hasRelation("Forum Przedsiębiorczości Ziemi Zamojskiej", .locatedIn, "Chełm", in: g))
  }

  @Test("English: a project run by a body, 'Both institutions are partners', 'also a project partner', a seat-described association")
  func englishRunnersAndPartners() {
    let g = F.extract("""
      Grants for small firms

      The Hamburg Green Business Forum 2025 took place in Hamburg on 4 April. The "Green Start Elbe" project is run by the Hamburg Climate Office. The Hamburg Climate Office works with the Elbe Development Agency. Both institutions are partners in the "Elbe Green Link" project. Altona Technology Park, also a project partner, showed its laboratory. Karl Hoffner of the Dresden-based industry association Sachsen Holz spoke about timber.
      """, id: "runners-partners-en.txt")
    #expect(F.hasRelation("Hamburg Climate Office", .organizes, "Green Start Elbe", in: g))
    #expect(F.hasRelation("Hamburg Climate Office", .participatesIn, "Elbe Green Link", in: g))
    #expect(F.hasRelation("Elbe Development Agency", .participatesIn, "Elbe Green Link", in: g))
    #expect(F.hasRelation("Altona Technology Park", .participatesIn, "Green Start Elbe", in: g))
    #expect(F.hasRelation("Karl Hoffner", .affiliatedWith, "Sachsen Holz", in: g))
  }

  @Test("Polish: an operator of a programme, a managing body in a relative clause, a university named by a common noun")
  func polishRunnersAndGenericSubject() {
    let g = F.extract("""
      Gmina przystąpi do programu

      W Chełmie odbyło się II Chełmskie Forum Samorządowe. Anna Lis zapowiedziała, że Chełmska Agencja Rozwoju będzie operatorem programu grantowego „Zielony Chełm 2030”. Nowe nabory ruszą w programie Fundusze Europejskie dla Lubelszczyzny 2021-2027 (FEL), którym zarządza Województwo Lubelskie. Jan Nowak przypomniał, że uczelnia zawarła umowę o współpracy z firmą Chełmskie Wodociągi sp. z o.o. Jan Nowak jest rektorem Akademii Chełmskiej.
      """, id: "runners-generic-pl.txt")
    #expect(F.hasRelation("Chełmska Agencja Rozwoju", .organizes, "Zielony Chełm 2030", in: g))
    #expect(F.hasRelation("Województwo Lubelskie", .organizes, "Fundusze Europejskie dla Lubelszczyzny 2021-2027", in: g))
    #expect(F.hasRelation("Akademia Chełmska", .partnerOf, "Chełmskie Wodociągi sp. z o.o.", in: g))
  }

  @Test("a round table where its place precedes the verb; list items with a dash, a county adjective and representatives; a participle's agent")
  func listItemsAndParticipleAgent() {
    let g = F.extract("""
      Zielona energia w Przemyślu

      W środę w Przemyślu obradował Przemyski Okrągły Stół Energii. Przy stole zasiedli m.in.:
      – Ewa Lis – Katedra Energetyki Akademii Przemyskiej,
      – starosta przemyski Jan Bury,
      – przedstawiciele Fundacji Czysta Rzeka.

      Powiat Przemyski przystąpi do sieci „Energia Doliny”. Przedstawiciele agencji zachęcali firmy do udziału w prowadzonym przez agencję programie „Zielony Bon”. Program przygotowała Przemyska Agencja Rozwoju.
      """, id: "list-items-pl.txt")
    #expect(F.hasRelation("Przemyski Okrągły Stół Energii", .locatedIn, "Przemyśl", in: g))
    #expect(F.hasRelation("Ewa Lis", .affiliatedWith, "Katedra Energetyki", in: g))
    #expect(F.hasRelation("Jan Bury", .affiliatedWith, "Powiat Przemyski", in: g))
    #expect(F.hasRelation("Fundacja Czysta Rzeka", .participatesIn, "Przemyski Okrągły Stół Energii", in: g))
    #expect(F.hasRelation("Przemyska Agencja Rozwoju", .organizes, "Zielony Bon", in: g))
  }

  @Test("English: a company described by its town, a person in a where-clause, a budgetary unit of a city")
  func whereClauseAndSubordinateUnit() {
    let g = F.extract("""
      Hamburg partners meet

      The Elbe Circular Forum 2025 took place in Hamburg on 4 April. Altona Port Services, a Hamburg logistics company, presented its depot. On the second day the guests visited the Elbe Energy Zone, where Deputy President Karin Brandt showed new plots. Elbe Innovation Park (EIP), a budgetary unit of the City of Hamburg, hosted the workshops.
      """, id: "where-unit-en.txt")
    #expect(F.hasRelation("Altona Port Services", .locatedIn, "Hamburg", in: g))
    #expect(F.hasRelation("Karin Brandt", .affiliatedWith, "Elbe Energy Zone", in: g))
    #expect(F.hasRelation("Elbe Innovation Park", .partOf, "City of Hamburg", in: g))
  }

  @Test("a speaker list item 'Name, function of a governing body, Organization': the person works for the organization")
  func functionThenOrganizationItem() {
    let g = F.extract("""
      Investors visit Hamburg

      The Elbe Investment Days 2025 took place in Hamburg on 3 June.

      Speakers at the opening session:
      - Greta Sommer, President of the Management Board, Elbe Logistics Zone;
      - Jonas Fahrner, Director General of Altona Chamber of Crafts.
      """, id: "function-organization-item-en.txt")
    #expect(F.hasRelation("Greta Sommer", .affiliatedWith, "Elbe Logistics Zone", in: g))
    #expect(!F.hasRelation("Greta Sommer", .affiliatedWith, "Management Board", in: g))
    #expect(F.hasRelation("Jonas Fahrner", .affiliatedWith, "Altona Chamber of Crafts", in: g))
  }
}
