import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Session-9 rules (2026-11-22): edition words around event names, company nouns before adjectives, one-word
/// companies in other cases, bodies attached to an office-holder, functions naming a unit or body by its head,
/// names without their leading adjectives, working groups of a metropolis, English general assemblies. Made-up texts
/// whose names occur in no fixture.
@Suite("Genre rules: editions of events, companies, attached bodies, working groups")
struct GenreRulesNineTests {
  typealias F = ExtractionFixtures

  @Test("The Roman 'I' before an event is its edition; an edition adjective opening the sentence is not in the name")
  func editionWords() throws {
    let g = F.extract("""
      Wodór w regionie

      W Rzeszowie odbył się I Kongres Wodorowy Podkarpacia. Organizatorem I Kongresu Wodorowego Podkarpacia była \
      Politechnika Rzeszowska.

      Tegoroczne Forum Przemysłu Opolskiego zgromadziło 300 gości.
      """, id: "edition.txt")
    let congress = try #require(F.entity(g, "I Kongres Wodorowy Podkarpacia", .event))
    #expect(F.entity(g, "Kongres Wodorowy Podkarpacia", .event) == nil)
    #expect(F.hasRelation("Politechnika Rzeszowska", .organizes, congress.name, in: g))
    #expect(F.entity(g, "Forum Przemysłu Opolskiego", .event) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Tegoroczne") })
  }

  @Test("'Przegląd' heads an event, and its later mentions by the head alone are the same event")
  func reviewEvent() throws {
    let g = F.extract("""
      Innowacje w rolnictwie

      W Opolu Urząd Miasta Opola zorganizował III Regionalny Przegląd Innowacji Rolniczych. W Przeglądzie wzięło \
      udział 40 firm.
      """, id: "review.txt")
    let review = try #require(F.entity(g, "III Regionalny Przegląd Innowacji Rolniczych", .event))
    #expect(review.aliases.contains("Przeglądzie"))
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Przegląd") })
  }

  @Test("A company noun before adjectives types the name; a one-word company is the same in other cases")
  func companyNounAndCases() throws {
    let g = F.extract("""
      Chemia i kadry

      W debacie wzięła udział Iwona Kminkowska z zarządu firmy farmaceutycznej Lekoplast. Uczelnia prowadzi studia \
      dualne we współpracy z Lekoplastem. Zarząd spółki Grafenix reprezentowała Anna Bąk. Przedstawicielka Grafenixu \
      przypomniała o projekcie.
      """, id: "company-cases.txt")
    let pharma = try #require(F.entity(g, "Lekoplast", .organization))
    #expect(pharma.aliases.contains("Lekoplastem"))
    #expect(F.entity(g, "Grafenix", .organization)?.aliases.contains("Grafenixu") == true)
    #expect(!g.entities.contains { $0.kind == .place && $0.name.hasPrefix("Lekoplast") })
  }

  @Test("A soft-stem adjective opens a headed name in the nominative")
  func softAdjective() {
    let g = F.extract("""
      Izby i samorząd

      Porozumienie podpisały Miasto Chełm i Zachodnia Izba Przemysłowa.
      """, id: "soft-adjective.txt")
    #expect(F.entity(g, "Zachodnia Izba Przemysłowa", .organization) != nil)
    #expect(F.entity(g, "Izba Przemysłowa", .organization) == nil)
  }

  @Test("A body attached to an office-holder keeps it in its name; one attached to a rector is a unit of the university")
  func attachedBodies() throws {
    let g = F.extract("""
      Rady doradcze

      Obradowała Rada Gospodarcza przy Prezydencie Miasta Chełm. Tego samego dnia zebrała się Rada Przemysłowa przy \
      Rektorze Politechniki Lubelskiej.
      """, id: "attached.txt")
    #expect(F.entity(g, "Rada Gospodarcza przy Prezydencie Miasta Chełm", .organization) != nil)
    let unit = try #require(g.entities.first { $0.name.hasPrefix("Rada Przemysłowa") })
    #expect(F.hasRelation(unit.name, .partOf, "Politechnika Lubelska", in: g))
  }

  @Test("A lower-case unit noun in a function refers to the nearest unit with that head")
  func nearestUnit() {
    let g = F.extract("""
      Plan dla miasta

      Wydział Mechaniczny Politechniki Lubelskiej poprowadzi zajęcia. Dokument przygotował Wydział Rozwoju Urzędu \
      Miasta Chełm, a jego założenia przedstawiła dyrektor wydziału Ewa Pstrągowska.
      """, id: "nearest-unit.txt")
    #expect(F.hasRelation("Ewa Pstrągowska", .affiliatedWith, "Wydział Rozwoju", in: g))
    #expect(!F.hasRelation("Ewa Pstrągowska", .affiliatedWith, "Wydział Mechaniczny", in: g))
  }

  @Test("A headline's name without its adjective is the body of the report, whose chair is named by 'Rady'")
  func bodyWithoutAdjective() throws {
    let g = F.extract("""
      Rada Innowacji ocenia bony

      W Opolu zebrała się Regionalna Rada Innowacji (RRI). Posiedzenie poprowadził przewodniczący Rady prof. Jan \
      Wilk, prorektor Uniwersytetu Opolskiego.
      """, id: "council.txt")
    let council = try #require(F.entity(g, "Regionalna Rada Innowacji", .organization))
    #expect(F.entity(g, "Rada Innowacji", .organization) == nil)
    #expect(F.hasRelation("Jan Wilk", .affiliatedWith, council.name, in: g))
    #expect(F.hasRelation("Jan Wilk", .affiliatedWith, "Uniwersytet Opolski", in: g))
  }

  @Test("An organizer noun with a lower-case event head refers to the event named just before")
  func organizerOfEventByHead() {
    let g = F.extract("""
      Kongres jesienią

      Rada przyjęła harmonogram Opolskiego Kongresu Innowacji, który odbędzie się w październiku w Nysie. \
      Organizatorem kongresu będzie Opolska Agencja Innowacji.
      """, id: "organizer-head.txt")
    #expect(F.hasRelation("Opolska Agencja Innowacji", .organizes, "Opolski Kongres Innowacji", in: g))
  }

  @Test("A working group is a unit of the metropolis after it, which keeps its hyphenated adjective and acronym")
  func workingGroup() throws {
    let g = F.extract("""
      Metropolia i wodór

      W Katowicach zebrała się Grupa Robocza ds. Transportu Śląsko-Małopolskiej Metropolii (ŚMM). Grupa Robocza \
      przyjmie rekomendacje do końca czerwca.
      """, id: "working-group.txt")
    // One entity for both forms, named by the full one.
    let group = try #require(F.entity(g, "Grupa Robocza ds. Transportu", .organization))
    #expect(group.aliases.contains("Grupa Robocza"))
    #expect(F.entity(g, "Grupa Robocza", .organization) == nil)
    #expect(F.hasRelation(group.name, .partOf, "Śląsko-Małopolska Metropolia", in: g))
    #expect(F.entity(g, "Śląsko-Małopolska Metropolia", .organization)?.sector == .localGovernment)
  }

  @Test("English: a company read before ends a name at 'and'")
  func englishCompanyBeforeAnd() {
    let g = F.extract("""
      Cluster assembly

      New members include Fjordlab AS, a research company from Bergen. Fjordlab and Rogaland County Council will join \
      the training project.
      """, id: "company-and.txt")
    #expect(F.entity(g, "Rogaland County Council", .organization) != nil)
    #expect(!g.entities.contains { $0.name.contains(" and Rogaland") })
  }
}

/// Session-9 rules, continued: companies in bulleted lists, English titles and ministries, brands with a capital
/// inside, acronyms with a later letter, foreign names ending in their head. Made-up texts.
@Suite("Genre rules: list-item companies, English titles and ministries, brands, acronyms")
struct GenreRulesNineMoreTests {
  typealias F = ExtractionFixtures

  @Test("Bulleted list items name companies by their seat or description, not common nouns")
  func listItemCompanies() throws {
    let g = F.extract("""
      Akcelerator

      Do programu zakwalifikowało się 12 zespołów, m.in.:
      • Dronex Systems z Ostrowca Świętokrzyskiego, który tworzy drony,
      • Ceramplon z Kielc, producent opakowań,
      • Region, który wspiera firmy.

      The round table heard two examples:
      - Soilbit, a start-up from Leszno whose CEO Filip Żurawiecki presented a soil sensor;
      - Optiray Labs, which has opened a joint laboratory.
      """, id: "list-companies.txt")
    for name in ["Dronex Systems", "Ceramplon", "Soilbit", "Optiray Labs"] {
      #expect(F.entity(g, name, .organization) != nil, "\(name)")
    }
    #expect(F.entity(g, "Region", .organization) == nil)
    #expect(F.hasRelation("Filip Żurawiecki", .affiliatedWith, "Soilbit", in: g))
  }

  @Test("English: a town before 'for the' ends; a programme's fields run to its period; a minister's ministry")
  func englishTitles() {
    let g = F.extract("""
      Regions meet the ministry

      Representatives of all regions met in Warsaw for the Regional Funds Dialogue Forum, a meeting on the national \
      programme European Funds for Transport, Energy, Water 2021–2027 (FETEW). The forum was organised by the \
      Ministry of Funds and Regional Policy. Opening it, Anna Kruk, Deputy Minister of Funds and Regional Policy, \
      spoke about delays.
      """, id: "english-titles.txt")
    #expect(F.entity(g, "Regional Funds Dialogue Forum", .event) != nil)
    #expect(F.entity(g, "Warsaw", .place) != nil)
    #expect(F.entity(g, "European Funds for Transport, Energy, Water 2021–2027", .project) != nil)
    #expect(F.hasRelation("Anna Kruk", .affiliatedWith, "Ministry of Funds and Regional Policy", in: g))
    #expect(F.entity(g, "Ministry of Funds", .organization) == nil)
  }

  @Test("Polish text: an English project title with 'in', a Czech name ending in its head, a brand with a capital inside")
  func foreignNamesInPolish() {
    let g = F.extract("""
      Drewno w obiegu

      W Opolu odbyło się spotkanie projektu Timber Loops in Central Europe (TIMLOOP). Partnerem jest czeskie \
      stowarzyszenie Slezský nábytkářský klastr z Ostrawy. O nawozach mówił Jan Chmielarz, członek zarządu AgroChem \
      Kędzierzyn S.A.
      """, id: "foreign-in-polish.txt")
    #expect(F.entity(g, "Timber Loops in Central Europe", .project) != nil)
    #expect(F.entity(g, "Slezský nábytkářský klastr", .organization) != nil)
    #expect(F.entity(g, "AgroChem Kędzierzyn S.A.", .organization) != nil)
  }

  @Test("An acronym with a later letter of the last word names the university: its unit is part of it")
  func acronymWithLaterLetter() {
    let g = F.extract("""
      Laboratorium

      Porozumienie podpisała Politechnika Świętokrzyska. Laboratorium powstanie w budynku Wydziału Inżynierii \
      Środowiska PŚk w Kielcach.
      """, id: "later-letter.txt")
    #expect(F.hasRelation("Wydział Inżynierii Środowiska", .partOf, "Politechnika Świętokrzyska", in: g))
  }

  @Test("'Prezes spółki' with no company named: the company named just before")
  func presidentOfTheCompany() {
    let g = F.extract("""
      Wizyta

      Goście odwiedzili zakład Tartex sp. z o.o. w Świebodzinie. Prezes spółki Jerzy Mrówczyński pokazał linię.
      """, id: "company-reference.txt")
    #expect(F.hasRelation("Jerzy Mrówczyński", .affiliatedWith, "Tartex sp. z o.o.", in: g))
  }

  @Test("Legal form P.S.A., a sentence-opening adverb, an indeclinable head's adjective, a company after 'i'")
  func polishCompaniesAndForum() {
    let g = F.extract("""
      Przemysł

      Na Forum Gospodarczym Ziemi Kaliskiej 2026 spotkali się przedsiębiorcy. Porozumienie podpisały Uniwersytet \
      Kaliski i Odlewex. Wcześniej Odlewex sp. z o.o. otworzył fabrykę. Nagrodę dostała spółka Robotrix P.S.A. z Leszna.
      """, id: "polish-companies.txt")
    #expect(F.entity(g, "Forum Gospodarcze Ziemi Kaliskiej 2026", .event) != nil)
    #expect(F.entity(g, "Uniwersytet Kaliski", .organization) != nil)
    #expect(F.entity(g, "Odlewex sp. z o.o.", .organization) != nil)
    #expect(F.entity(g, "Robotrix P.S.A.", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("Wcześniej") || $0.name.hasSuffix(" i Odlewex") })
  }

  @Test("English heads: a cooperative (housing ones are civil society), a directorate-general, a roundtable")
  func englishHeads() {
    let g = F.extract("""
      Dairy and housing

      The Bugowia Dairy Cooperative and the Zielony Dom Housing Cooperative will test the sensors. Pierre Lenoir, head \
      of unit at the Directorate-General for Coastal Affairs (DG COAST), spoke at the Baltic Rivers Tourism Roundtable.
      """, id: "english-heads.txt")
    #expect(F.entity(g, "Bugowia Dairy Cooperative", .organization)?.sector == .business)
    #expect(F.entity(g, "Zielony Dom Housing Cooperative", .organization)?.sector == .civilSociety)
    #expect(F.hasRelation("Pierre Lenoir", .affiliatedWith, "Directorate-General for Coastal Affairs", in: g))
    #expect(F.entity(g, "Baltic Rivers Tourism Roundtable", .event) != nil)
  }

  @Test("English: legal form A/S; a company described with an 'of' complement and its seat and country")
  func englishCompanySeat() {
    let g = F.extract("""
      New members

      New members include Fjordvind A/S, a wind energy company from Esbjerg, Denmark, and Hullform Composites, a \
      manufacturer of lightweight hulls based in Ustka.
      """, id: "english-seat.txt")
    #expect(F.entity(g, "Fjordvind A/S", .organization) != nil)
    #expect(F.hasRelation("Fjordvind A/S", .locatedIn, "Denmark", in: g))
    #expect(F.hasRelation("Hullform Composites", .locatedIn, "Ustka", in: g))
  }

  @Test("A district or village named after its noun is a place")
  func districtPlaces() {
    let g = F.extract("""
      Tereny inwestycyjne

      Miasto podpisało porozumienie o promocji terenów w dzielnicy Wrzosowo. W sołectwie Przylesie powstanie świetlica.
      """, id: "districts.txt")
    #expect(F.entity(g, "Wrzosowo", .place) != nil)
    #expect(F.entity(g, "Przylesie", .place) != nil)
  }
}
