import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-11 relation rules (2026-11-22): stated participation in the report's meeting, heading verbs in a relative
/// clause, members listed after a colon, an event's place in its own relative clause, a short possessive function.
/// Made-up texts whose names occur in no fixture.
@Suite("Genre rules: stated participation, heading clauses, members' lists, event places")
struct GenreRulesRelationsElevenTests {
  typealias F = ExtractionFixtures

  @Test("Persons take part in the report's meeting where their sentence says so, not when only quoted or mentioned")
  func statedParticipation() {
    let g = F.extract("""
      Forum w Sieradzu

      W czwartek w Sieradzu odbyło się III Forum Gospodarcze Ziemi Sieradzkiej. Obrady otworzył starosta Paweł Wilk. \
      Wykład wygłosił dr Jan Gawron z Uniwersytetu Łódzkiego.
      „Potrzebujemy inwestycji w drogi” – mówiła Ewa Kmita, prezes spółki Sierpol Sp. z o.o.
      """, id: "forum.txt")
    let event = "III Forum Gospodarcze Ziemi Sieradzkiej"
    #expect(F.hasRelation("Paweł Wilk", .participatesIn, event, in: g))
    #expect(!F.hasRelation("Ewa Kmita", .participatesIn, event, in: g))
    #expect(F.hasRelation("Ewa Kmita", .affiliatedWith, "Sierpol Sp. z o.o.", in: g))
  }

  @Test("A bulleted list after a lead-in of speakers takes part in the meeting")
  func bulletedSpeakers() {
    let g = F.extract("""
      W Urzędzie Gminy Zbójno odbyła się konferencja „Woda dla Wsi 2026”. Wśród prelegentów byli:
      • Marta Rogala – dyrektor firmy Aquavex sp. z o.o.,
      • Adam Sowa – wójt gminy Zbójno.

      Konferencję zorganizował Urząd Gminy Zbójno.
      """, id: "bullets.txt")
    #expect(F.hasRelation("Marta Rogala", .participatesIn, "Woda dla Wsi 2026", in: g))
  }

  @Test("'X, która kieruje spółką Y' and 'X, who runs Y': the person heads the organization; a body that only qualifies a noun does not count")
  func relativeHeading() {
    let pl = F.extract("""
      Eksport z regionu

      W spotkaniu udział wzięła wiceprezes izby Halina Struś, która kieruje również spółką Drewmax Sp. z o.o. z Biłgoraja.
      """, id: "heading-pl.txt")
    #expect(F.hasRelation("Halina Struś", .affiliatedWith, "Drewmax Sp. z o.o.", in: pl))
    let en = F.extract("""
      Robots in small firms

      The visitors met Tom Brecken, who runs Vexel Robotics Ltd from Gdańsk, and Dr Ann Lowe, who leads the WUT team \
      at the Faculty of Mechatronics. The partners will meet again in May. They will test two pilots.
      """, id: "heading-en.txt")
    #expect(F.hasRelation("Tom Brecken", .affiliatedWith, "Vexel Robotics Ltd", in: en))
    #expect(!en.relations.contains { r in
      r.type == .affiliatedWith && en.entities.first { $0.id == r.source }?.name == "Ann Lowe" && en.entities.first { $0.id == r.target }?.name == "WUT"
    })
  }

  @Test("Members listed after a body and a colon are affiliated with that body")
  func membersAfterColon() throws {
    let g = F.extract("""
      Samorząd i przedsiębiorcy

      Stronę samorządową reprezentowali członkowie Zarządu Powiatu Kozienickiego: starosta Irena Mazur i Jerzy Bąk, a także \
      przedstawiciele urzędu pracy.
      """, id: "members.txt")
    let board = try #require(g.entities.first { $0.kind == .organization && $0.name.hasPrefix("Zarząd Powiatu") })
    #expect(F.hasRelation("Jerzy Bąk", .affiliatedWith, board.name, in: g))
  }

  @Test("A named event the next meeting is held during is where its own relative clause says")
  func eventPlaceInRelativeClause() {
    let g = F.extract("""
      Współpraca z izbą

      Strony zapowiedziały kolejne spotkanie podczas Kongresu Rzemiosła Podlasia, który izba zorganizuje 12 maja w Łomży.
      """, id: "place.txt")
    #expect(F.hasRelation("Kongres Rzemiosła Podlasia", .locatedIn, "Łomża", in: g))
  }

  @Test("'Its owner X' after a sentence about a company: the owner works there")
  func possessiveDirectFunction() {
    let g = F.extract("""
      Robots for workshops

      Metalform, a stamping company from Kutno, showed a robot it now leases. Its owner Jan Rybak said the robot paid \
      off in a year. The partners will meet again in May.
      """, id: "owner.txt")
    #expect(F.hasRelation("Jan Rybak", .affiliatedWith, "Metalform", in: g))
  }
}

/// Session-11 runners of a project named before a relative clause or a "run by" participle.
@Suite("Genre rules: runners in a project's relative clause")
struct GenreRulesRelativeRunnerTests {
  typealias F = ExtractionFixtures

  @Test("'„P”, który X realizuje razem z Y': the clause's subject and its partner organize the project")
  func polishRelativeRunners() {
    let g = F.extract("""
      Smaki regionu

      Do szlaku przystąpiło 12 firm. Projekt „Szlak Miodów Nadbużańskich”, który Stowarzyszenie Pszczelarzy Podlasia \
      realizuje razem z Gminą Drohiczyn, potrwa trzy lata.
      """, id: "runners-pl.txt")
    #expect(F.hasRelation("Stowarzyszenie Pszczelarzy Podlasia", .organizes, "Szlak Miodów Nadbużańskich", in: g))
    #expect(F.hasRelation("Gmina Drohiczyn", .organizes, "Szlak Miodów Nadbużańskich", in: g))
  }

  @Test("'X, a programme run by Y together with Z': both organize it")
  func englishRunBy() {
    let g = F.extract("""
      Deep tech in the region

      The park presented Vistula Hardware Accelerator, a programme run by Torun Technology Park together with \
      Nicolaus Copernicus University. The first call opens in May. The partners will meet again in June.
      """, id: "runners-en.txt")
    #expect(F.hasRelation("Torun Technology Park", .organizes, "Vistula Hardware Accelerator", in: g))
    #expect(F.hasRelation("Nicolaus Copernicus University", .organizes, "Vistula Hardware Accelerator", in: g))
  }
}

/// Session-11 participants named in a clause about a project.
@Suite("Genre rules: participants in a project's clause")
struct GenreRulesClauseParticipantTests {
  typealias F = ExtractionFixtures

  @Test("'projektu P, w którym uczestniczy także X' and 'W projekcie weźmie udział Y': both take part")
  func clauseParticipants() {
    let g = F.extract("""
      Transfer wiedzy

      Rozmawiano o projekcie RIS-LINK, w którym uczestniczy także Sądecka Agencja Rozwoju Regionalnego. Projekt \
      „Młodzi Konstruktorzy” prowadzi Gmina Grybów. W projekcie weźmie udział Szkoła Podstawowa nr 3 w Grybowie.
      """, id: "clause.txt")
    #expect(F.hasRelation("Sądecka Agencja Rozwoju Regionalnego", .participatesIn, "RIS-LINK", in: g))
    #expect(F.hasRelation("Szkoła Podstawowa nr 3 w Grybowie", .participatesIn, "Młodzi Konstruktorzy", in: g))
  }
}

/// Session-11 partners listed after a lead-in about a partnership.
@Suite("Genre rules: a partnership's bulleted list")
struct GenreRulesPartnerListTests {
  typealias F = ExtractionFixtures

  @Test("'The partnership consists of:' and a list: each organization takes part in the project")
  func partnershipList() {
    let g = F.extract("""
      The HempLoop project was launched in Rzeszów on Monday. The project is led by the Podkarpackie Regional Agency.
      The partnership consists of:
      • Town of Sanok,
      • University of Rzeszów,
      • Carpathian Hemp Cooperative (Slovakia).
      """, id: "partnership.txt")
    #expect(F.hasRelation("University of Rzeszów", .participatesIn, "HempLoop", in: g))
    #expect(F.hasRelation("Town of Sanok", .participatesIn, "HempLoop", in: g))
  }
}
