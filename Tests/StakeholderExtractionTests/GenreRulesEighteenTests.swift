import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-18 rules (2026-11-23), from the error lists of held-out sets AL (EU funds and international cooperation)
/// and AM (local government below the region): functions in parentheses after names, signatory lists, urban-rural
/// communes, quoted names of local action groups, acting heads, possessives after an introduced company, English
/// branches and communes in functions. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: functions in parentheses, signatory lists, communes, acting heads")
struct GenreRulesEighteenTests {
  typealias F = ExtractionFixtures

  @Test("'A (wójt gminy X), B (wójt gminy Y) oraz C (burmistrz Z)': each function names the person before it")
  func parenthesisedFunctionsInAList() throws {
    let g = F.extract("""
      Zjazd sołtysów w Brzegu

      W XII Zjeździe Sołtysów Powiatu Brzeskiego udział wzięli: Anna Kowalczyk (wójt gminy Lubsza), Jerzy \
      Malinowski (wójt gminy Skarbimierz) oraz Ewa Dudek (burmistrz Grodkowa).
      """, id: "parenthesisedFunctions18.txt")
    #expect(F.hasRelation("Anna Kowalczyk", .affiliatedWith, "Lubsza", in: g))
    #expect(F.hasRelation("Jerzy Malinowski", .affiliatedWith, "Skarbimierz", in: g))
    #expect(F.hasRelation("Ewa Dudek", .affiliatedWith, "Grodków", in: g))
    #expect(!F.hasRelation("Jerzy Malinowski", .affiliatedWith, "Lubsza", in: g))
    #expect(!F.hasRelation("Ewa Dudek", .affiliatedWith, "Skarbimierz", in: g))
  }

  @Test("English: '(Director General, X Secretariat)' names the body after the comma; 'Head of X Municipality' the place")
  func englishParenthesisedFunctions() throws {
    let g = F.extract("""
      Baltic towns meet in Gdynia

      Among the speakers were Maria Lindqvist (Director General, Nordlake Secretariat), Paweł Zaremski (Mayor of \
      Wejherowo) and Olga Krupa (Head of Kosakowo Municipality).
      """, id: "englishParentheses18.txt")
    #expect(F.hasRelation("Maria Lindqvist", .affiliatedWith, "Nordlake Secretariat", in: g))
    #expect(F.hasRelation("Paweł Zaremski", .affiliatedWith, "Wejherowo", in: g))
    #expect(F.hasRelation("Olga Krupa", .affiliatedWith, "Kosakowo", in: g))
    #expect(F.entity(g, "Kosakowo", .place) != nil)
    #expect(F.entity(g, "Kosakowo Municipality", .organization) == nil)
  }

  @Test("'Porozumienie podpisali:' and a list: the signatories are partners; 'Gmina i Miasto X' is one commune")
  func signatoryListAndUrbanRuralCommune() throws {
    let g = F.extract("""
      Porozumienie w Słupcy

      Porozumienie podpisali:
      – Miasto Słupca – burmistrz Jan Nowacki,
      – Gmina i Miasto Zagórów – burmistrz Adam Liszka,
      – Gmina Lądek – wójt Ewa Wilkosz.
      """, id: "signatoryList18.txt")
    #expect(F.entity(g, "Gmina i Miasto Zagórów", .organization) != nil)
    #expect(F.hasRelation("Adam Liszka", .affiliatedWith, "Gmina i Miasto Zagórów", in: g))
    #expect(F.hasRelation("Miasto Słupca", .partnerOf, "Gmina i Miasto Zagórów", in: g))
    #expect(F.hasRelation("Miasto Słupca", .partnerOf, "Gmina Lądek", in: g))
    #expect(F.hasRelation("Gmina i Miasto Zagórów", .partnerOf, "Gmina Lądek", in: g))
  }

  @Test("A longer signatory list is the first signatory's agreement with each of the others")
  func longSignatoryListIsAStar() throws {
    let g = F.extract("""
      Wspólny bilet

      Porozumienie podpisali:
      – Miasto Turek – burmistrz Jan Nowacki,
      – Gmina Tuliszków – wójt Adam Liszka,
      – Gmina Władysławów – wójt Ewa Wilkosz,
      – Gmina Brudzew – wójt Piotr Sowiński,
      – Gmina Malanów – wójt Anna Grzelak.
      """, id: "longSignatoryList18.txt")
    for commune in ["Gmina Tuliszków", "Gmina Władysławów", "Gmina Brudzew", "Gmina Malanów"] {
      #expect(F.hasRelation("Miasto Turek", .partnerOf, commune, in: g))
    }
    #expect(!F.hasRelation("Gmina Tuliszków", .partnerOf, "Gmina Brudzew", in: g))
  }

  @Test("'Lokalna Grupa Działania „X”' keeps its quoted name; a quote after 'LGD' is the group, not the project before it")
  func localActionGroupsWithQuotedNames() throws {
    let g = F.extract("""
      Szlak serów

      Zebranie przyjęło sprawozdanie z projektu współpracy „Szlak Kozich Serów”, który LGD „Dolina Wiaru” realizuje \
      razem z Lokalną Grupą Działania „Zielony Sad”. W imieniu grupy dokument podpisał jej prezes Roman Wiercioch.
      """, id: "localActionGroups18.txt")
    #expect(F.entity(g, "Lokalna Grupa Działania „Zielony Sad”", .organization) != nil)
    #expect(F.entity(g, "Dolina Wiaru", .project) == nil)
    #expect(F.hasRelation("Roman Wiercioch", .affiliatedWith, "Lokalna Grupa Działania „Zielony Sad”", in: g))
  }

  @Test("'Jej prezes' after a company introduced by its noun goes to that company, not to the body named first")
  func possessiveAfterIntroducedCompany() throws {
    let g = F.extract("""
      Wspólny zakup energii

      Przygotowanie dokumentacji Grupy Zakupowej Powiatu starostwo powierzyło spółce Nadwiślańskie Doradztwo \
      Techniczne sp. z o.o. z siedzibą w Toruniu. Jej prezes Dariusz Lewandowicz zapowiedział audyt liczników.
      """, id: "possessiveCompany18.txt")
    #expect(F.hasRelation("Dariusz Lewandowicz", .affiliatedWith, "Nadwiślańskie Doradztwo Techniczne sp. z o.o.", in: g))
  }

  @Test("'X, wójt gminy Y, od 2019 roku jest przewodniczącym Z' and an acting head ('pełniący obowiązki burmistrza')")
  func appositionThenCopulaAndActingHeads() throws {
    let g = F.extract("""
      Gminy wiejskie u ministra

      Spotkanie odbyło się w przerwie zjazdu Związku Gmin Wiejskich Pomorza (ZGWP). Bogdan Kowalik, wójt gminy \
      Lipnica, od 2019 roku jest przewodniczącym ZGWP. Wraz z nim przyszedł Arkadiusz Lisiecki, pełniący obowiązki \
      burmistrza Czarnej Wody.
      """, id: "actingHeads18.txt")
    #expect(F.hasRelation("Bogdan Kowalik", .affiliatedWith, "Związek Gmin Wiejskich Pomorza", in: g))
    #expect(F.hasRelation("Bogdan Kowalik", .affiliatedWith, "Lipnica", in: g))
    #expect(F.hasRelation("Arkadiusz Lisiecki", .affiliatedWith, "Czarna Woda", in: g))
  }

  @Test("An acronym after a company's seat is the company's; 'Urząd zarządza programem P' opening a sentence organizes P")
  func acronymAfterSeatAndGenericManager() throws {
    let g = F.extract("""
      Forum w Lesznie

      Organizatorami V Leszczyńskiego Forum Gospodarczego były Agencja Rozwoju Lokalnego S.A. w Lesznie (ARLL) i \
      Miasto Leszno. Doradztwo zapewni ARLL, zapowiedziała prezes ARLL Lidia Nowicka. Nabór prowadzi Departament Wdrażania Programu Regionalnego w Urzędzie \
      Marszałkowskim Województwa Wielkopolskiego. Urząd zarządza programem Fundusze Europejskie dla Wielkopolski \
      2021–2027 (FEW 2021+).
      """, id: "acronymAfterSeat18.txt")
    #expect(F.entity(g, "ARLL", .organization) == nil)
    #expect(F.hasRelation("Lidia Nowicka", .affiliatedWith, "Agencja Rozwoju Lokalnego S.A.", in: g))
    #expect(F.hasRelation("Urząd Marszałkowski Województwa Wielkopolskiego", .organizes, "Fundusze Europejskie dla Wielkopolski 2021–2027", in: g))
  }

  @Test("English: 'X Branch of the Y Centre' is a branch part of Y; 'Deputy Mayor of Lviv A B' is a town and a person; 'the City of X and Y City Council' are two")
  func englishBranchesTownsAndCouncils() throws {
    let g = F.extract("""
      Farmers and cities

      The advice days will be staffed by the Kolno Branch of the Mazovian Agricultural Advisory Centre. A memorandum \
      was signed between the City of Olsztyn and Ternopil City Council. Deputy Mayor of Lviv Taras Hnatiuk attended \
      the ceremony.
      """, id: "englishBranches18.txt")
    #expect(F.hasRelation("Kolno Branch", .partOf, "Mazovian Agricultural Advisory Centre", in: g))
    #expect(F.entity(g, "City of Olsztyn", .organization) != nil)
    #expect(F.entity(g, "Ternopil City Council", .organization) != nil)
    #expect(F.entity(g, "Taras Hnatiuk", .person) != nil)
    #expect(F.hasRelation("Taras Hnatiuk", .affiliatedWith, "Lviv", in: g))
  }

  @Test("'partnerami zostały spółki X i Y' with no project in the sentence: X and Y are partners")
  func mutualPartnersAfterPartnerNoun() throws {
    let g = F.extract("""
      Współpraca z Czechami

      W obszarze energii partnerami zostały spółki Odra Gaz S.A. z Kędzierzyna-Koźla i Beskyd Plyn a.s. z Ostrawy. \
      Chcemy uruchomić stację tankowania – zapowiedział Łukasz Ferens, prezes Odra Gaz S.A.
      """, id: "mutualPartners18.txt")
    #expect(F.hasRelation("Odra Gaz S.A.", .partnerOf, "Beskyd Plyn a.s.", in: g))
  }
}
