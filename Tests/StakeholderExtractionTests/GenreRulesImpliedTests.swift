import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Rules of the genre for what the text implies rather than states with a verb (participation, joint
/// organizers, seats, units written with their parent), on made-up texts whose names occur in no fixture.
@Suite("Genre rules: implied relations")
struct GenreRulesImpliedTests {
  typealias F = ExtractionFixtures

  static let english = F.extract("""
    HARBOUR-LINK partners meet in Galway

    Galway, 4 June 2024 – Partners of the project "Harbour Links for Green Fisheries" (HARBOUR-LINK) met in Galway, \
    Ireland. The project is led by Mayo County Council, whose Senior Executive Officer Caoimhe Ní Dhomhnaill opened the meeting.

    The Basque partner was represented by Dr. Itziar Urrutia Mendibe, Head of Unit at the Department of Fisheries and \
    Oceans of the Basque Regional Government. Ruairí Doherty, Managing Director of Harbour Fish Ltd (Westport), \
    presented a new quay sensor.

    On 5 June the partners joined the "Galway Blue Food Day", organised by the University of Galway and the Galway \
    Port Company. HARBOUR-LINK is co-financed by the Interreg Atlantic Area programme through the European Regional \
    Development Fund.
    """, id: "e.txt")

  @Test("a short form in parentheses after a quoted title is its alias")
  func shortFormAfterTitle() {
    let p = Self.english.entities.first { $0.name == "Harbour Links for Green Fisheries" }
    #expect(p?.aliases.contains("HARBOUR-LINK") == true)
    #expect(Self.english.entities.filter { $0.kind == .project && $0.name.hasPrefix("HARBOUR") }.isEmpty)
  }

  @Test("persons by function context: unknown given names after or before a function")
  func personsByFunction() {
    let g = Self.english
    #expect(g.entities.first { $0.name == "Caoimhe Ní Dhomhnaill" }?.kind == .person)
    #expect(g.entities.first { $0.name == "Ruairí Doherty" }?.kind == .person)
    #expect(F.hasRelation("Caoimhe Ní Dhomhnaill", .affiliatedWith, "Mayo County Council", in: g))
    #expect(F.hasRelation("Ruairí Doherty", .affiliatedWith, "Harbour Fish Ltd", in: g))
    #expect(F.hasRelation("Harbour Fish Ltd", .locatedIn, "Westport", in: g))
  }

  @Test("an English unit with a coordinated complement, its parent, its represented partner")
  func englishUnit() {
    let g = Self.english
    #expect(F.hasRelation("Department of Fisheries and Oceans", .partOf, "Basque Regional Government", in: g))
    #expect(F.hasRelation("Itziar Urrutia Mendibe", .affiliatedWith, "Department of Fisheries and Oceans", in: g))
    #expect(F.hasRelation("Department of Fisheries and Oceans", .participatesIn, "Harbour Links for Green Fisheries", in: g))
  }

  @Test("coordinated organizers and funders are all taken")
  func coordinated() {
    let g = Self.english
    #expect(F.hasRelation("University of Galway", .organizes, "Galway Blue Food Day", in: g))
    #expect(F.hasRelation("Galway Port Company", .organizes, "Galway Blue Food Day", in: g))
    #expect(F.hasRelation("Harbour Links for Green Fisheries", .fundedBy, "Interreg Atlantic Area", in: g))
    #expect(F.hasRelation("Harbour Links for Green Fisheries", .fundedBy, "European Regional Development Fund", in: g))
  }

  static let polish = F.extract("""
    III Forum Młodych Sołtysów za nami

    12 maja 2024 r. w Gorlicach odbyło się III Forum Młodych Sołtysów, zorganizowane przez Stowarzyszenie Lokalna \
    Grupa Działania „Beskidzka Dolina” wspólnie z Fundacją Rozwoju Ziemi Bieckiej oraz Starostwem Powiatowym w Gorlicach. \
    W wydarzeniu wzięli udział sołtysi z powiatu gorlickiego.

    Forum otworzyła Zofia Kwiatkowska-Bury, prezes Zarządu LGD „Beskidzka Dolina”. Głos zabrał też Tadeusz Wróblewski, \
    starosta gorlicki.

    Wśród gości była dr Alicja Bednarz z Instytutu Ekonomicznego Państwowej Akademii Nauk Stosowanych w Krośnie.

    Partnerzy zamierzają złożyć wniosek o dofinansowanie w ramach programu „Fundusze Europejskie dla Małopolski \
    2021-2027” (FEMP).
    """, id: "p.txt")

  @Test("co-organizers after „wspólnie z” are all organizers, not partners")
  func coOrganizers() {
    let g = Self.polish
    for o in ["Stowarzyszenie Lokalna Grupa Działania „Beskidzka Dolina”", "Fundacja Rozwoju Ziemi Bieckiej", "Starostwo Powiatowe w Gorlicach"] {
      #expect(F.hasRelation(o, .organizes, "III Forum Młodych Sołtysów", in: g), "\(o)")
    }
    #expect(!g.relations.contains { $0.type == .partnerOf })
  }

  @Test("LGD „X” is the association named in full; a county office-holder by adjective; institute of an academy")
  func shortNamesAndUnits() {
    let g = Self.polish
    #expect(g.entities.filter { $0.kind == .organization && $0.name.contains("Beskidzka Dolina") }.count == 1)
    #expect(F.hasRelation("Zofia Kwiatkowska-Bury", .affiliatedWith, "Stowarzyszenie Lokalna Grupa Działania „Beskidzka Dolina”", in: g))
    #expect(F.hasRelation("Tadeusz Wróblewski", .affiliatedWith, "powiat gorlicki", in: g))
    #expect(!F.hasRelation("Tadeusz Wróblewski", .affiliatedWith, "Starostwo Powiatowe w Gorlicach", in: g))
    #expect(F.hasRelation("Instytut Ekonomiczny", .partOf, "Państwowa Akademia Nauk Stosowanych w Krośnie", in: g))
  }

  @Test("funding applied for is not funding; the acronym in parentheses joins the programme")
  func fundingHedge() {
    let g = Self.polish
    #expect(!g.relations.contains { $0.type == .fundedBy })
    #expect(g.entities.first { $0.name == "Fundusze Europejskie dla Małopolski 2021-2027" }?.aliases.contains("FEMP") == true)
  }

  @Test("a council at a rector's office, its short name, an acronym never defined, a seat, a workshop named by an acronym")
  func councilAndAcronyms() {
    let g = F.extract("""
      Pierwsze posiedzenie Rady Gospodarczej przy Rektorze Politechniki Wrocławskiej

      We Wrocławiu odbyło się posiedzenie Rady Gospodarczej przy Rektorze Politechniki Wrocławskiej. Spotkanie otworzył \
      rektor PWr prof. Mariusz Kamiński.

      Przewodniczącą Rady wybrano Teresę Jastrzębską, prezes zarządu spółki Odra Steel sp. z o.o. Warsztaty WARP w \
      Radomiu zaplanowano na czerwiec. Agencja Rozwoju Regionalnego „WARP” S.A. z siedzibą w Radomiu przygotuje je dla firm.
      """)
    #expect(F.hasRelation("Rada Gospodarcza", .partOf, "Politechnika Wrocławska", in: g))
    #expect(g.entities.first { $0.name == "Rada Gospodarcza" }?.sector == .science)
    #expect(F.hasRelation("Teresa Jastrzębska", .affiliatedWith, "Rada Gospodarcza", in: g))
    #expect(F.hasRelation("Mariusz Kamiński", .affiliatedWith, "Politechnika Wrocławska", in: g))
    #expect(g.entities.first { $0.name == "Politechnika Wrocławska" }?.aliases.contains("PWr") == true)
    #expect(!g.entities.contains { $0.kind == .event })
    #expect(F.hasRelation("Agencja Rozwoju Regionalnego „WARP” S.A.", .locatedIn, "Radom", in: g))
  }

  @Test("representatives of organizations at the event just named; a project the organization's possessive owns")
  func representativesAndPossessive() {
    let g = F.extract("""
      Partners met in Bergen

      On the second day the partners took part in the workshop "Fjord Logistics Lab", organised by the Bergen Port \
      Authority. Around 30 stakeholders, including representatives of Hordaland Shipping AS and the Chamber of Commerce \
      of Vestland, discussed automation. Mr Lars Dahl, Chamber of Commerce of Vestland, presented the chamber's \
      "Green Quay" advisory service.
      """)
    #expect(F.hasRelation("Hordaland Shipping AS", .participatesIn, "Fjord Logistics Lab", in: g))
    #expect(F.hasRelation("Chamber of Commerce of Vestland", .participatesIn, "Fjord Logistics Lab", in: g))
    #expect(!F.hasRelation("Bergen Port Authority", .participatesIn, "Fjord Logistics Lab", in: g))
    #expect(F.hasRelation("Chamber of Commerce of Vestland", .organizes, "Green Quay", in: g))
  }

  @Test("a bare capitalised head refers back; 'partner for' is no project partnership; a mayor's name after the town")
  func bareHeadsAndMayors() {
    let g = F.extract("""
      Konferencja w Białymstoku

      W Białymstoku odbyła się konferencja „Przemysł 4.0 na Podlasiu”, zorganizowana przez Podlaski Klaster Obróbki \
      Metali. Klaster chce być partnerem dla samorządu – mówił Piotr Zalewski, prezes zarządu klastra. Projekt \
      „Podlaskie Centrum Robotyki” będzie współfinansowany ze środków Funduszy Europejskich.
      """)
    #expect(g.entities.first { $0.name == "Podlaski Klaster Obróbki Metali" }?.aliases.contains("Klaster") == true)
    #expect(F.hasRelation("Piotr Zalewski", .affiliatedWith, "Podlaski Klaster Obróbki Metali", in: g))
    #expect(!F.hasRelation("Podlaski Klaster Obróbki Metali", .participatesIn, "Podlaskie Centrum Robotyki", in: g))
    let e = F.extract("Partners met in Tampere on 1 March. Welcoming the guests, Mayor of Tampere Kalle Rantanen spoke.")
    #expect(F.hasRelation("Kalle Rantanen", .affiliatedWith, "Tampere", in: e))
    #expect(!e.entities.contains { $0.kind == .place && $0.name.contains("Kalle") })
  }

  @Test("an organizer named by a noun; a club is an organization; a faculty at a university; a vice-marshal")
  func organizerNounsAndUnits() {
    let g = F.extract("""
      Gala w Zielonej Górze

      W Zielonej Górze odbyło się XII Forum Gospodarcze Ziemi Lubuskiej. Organizatorem wydarzenia był Lubuski Klub Biznesu.
      """)
    #expect(g.entities.first { $0.name == "Lubuski Klub Biznesu" }?.kind == .organization)
    #expect(F.hasRelation("Lubuski Klub Biznesu", .organizes, "XII Forum Gospodarcze Ziemi Lubuskiej", in: g))
    let e = F.extract("""
      Baltic Hydrogen Forum held in Gdańsk

      The "Baltic Hydrogen Forum" was held in Gdańsk on 8 October. The forum was opened by Grzegorz Kowalczyk, \
      Vice-Marshal of the Pomorskie Voivodeship. Professor Joanna Lis, Dean of the Faculty of Chemistry at the Gdańsk \
      University of Technology, spoke about research.
      """)
    #expect(F.hasRelation("Faculty of Chemistry", .partOf, "Gdańsk University of Technology", in: e))
    #expect(!e.entities.contains { $0.kind == .place && $0.name.hasPrefix("Vice") })
    #expect(e.entities.first { $0.name == "Grzegorz Kowalczyk" }?.sector == .localGovernment)
  }

  @Test("a quoted short name in another case is the association; co-organizing with it; an event to be held in a town")
  func quotedShortNames() {
    let g = F.extract("""
      Posiedzenie Rady

      W pracach Rady uczestniczy Jan Wiatr, dyrektor biura Stowarzyszenia „Dolina Mleka”. Jan Wiatr zaproponował, \
      aby Izba Rolnicza Podlasia współorganizowała z „Doliną Mleka” jesienną edycję Podlaskiego Forum Mleczarskiego, \
      które ma odbyć się w Zambrowie.
      """)
    #expect(F.hasRelation("Stowarzyszenie „Dolina Mleka”", .organizes, "Podlaskie Forum Mleczarskie", in: g))
    #expect(F.hasRelation("Podlaskie Forum Mleczarskie", .locatedIn, "Zambrów", in: g))
  }

  @Test("given name, particle and surname after an abbreviated title")
  func particlesAfterTitle() {
    let g = F.extract("Meeting in Rotterdam\n\nProf. Jan de Vries from the Erasmus School of Economics presented the plan.")
    #expect(F.hasRelation("Jan de Vries", .affiliatedWith, "Erasmus School of Economics", in: g))
  }
}
