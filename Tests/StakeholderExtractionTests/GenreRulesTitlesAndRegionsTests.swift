import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Entity rules of session 6 (2026-11-22): quoted titles of visits and English titles ending in an event noun,
/// numbered council sessions, names joined by "&", dates before a name, defined acronyms before "and", programmes
/// named with their period, names after a project noun, seat adjectives of unknown towns, patrons with a place of
/// origin, foreign names in English word order in Polish text, laboratories, units of a named region, regions
/// named as partners, headed names described as a programme, headlines that repeat a quoted title in another case,
/// and the sectors of associations and national centres. Made-up texts whose names occur in no fixture.
@Suite("Genre rules: titles, regions and name shapes")
struct GenreRulesTitlesAndRegionsTests {
  typealias F = ExtractionFixtures


  @Test("A study visit's quoted title, a numbered council session and a name after 'projekt' are entities")
  func polishVisitSessionAndProject() {
    let g = F.extract("""
      Wizyta w Kętach

      W dniach 3–4 kwietnia w Kętach odbyła się wizyta studyjna „Zielona energia w małej gminie”, zorganizowana \
      przez Urząd Miejski w Kętach. We wtorek odbyła się XXII sesja Rady Miejskiej w Kętach. Dr Anna Kruk mówiła o \
      projekcie badawczym AquaGrid, w którym uczelnia testuje czujniki.
      """, id: "visit-pl.txt")
    #expect(F.entity(g, "Zielona energia w małej gminie", .event) != nil)
    #expect(F.entity(g, "XXII sesja Rady Miejskiej w Kętach", .event) != nil)
    #expect(F.entity(g, "Rada Miejska w Kętach", .organization) != nil)
    #expect(F.entity(g, "AquaGrid", .project) != nil)
    #expect(F.hasRelation("Urząd Miejski w Kętach", .organizes, "Zielona energia w małej gminie", in: g))
  }

  @Test("English titles ending in an event noun, names with '&', dates before a name, acronyms before 'and', programmes with their period")
  func englishShapes() {
    let g = F.extract("""
      Trade mission ends in Białystok

      Twelve companies from Latvia took part in the "Riga–Białystok Trade Mission 2026". More than 150 designers \
      attended the Baltic Wood & Design Forum 2026, held on 4 May in Gdynia. On 5 May 2026 Baltic University of \
      Technology (BUTG) hosted a workshop. The project is co-financed from the European Funds for Pomerania \
      2021-2027 (FEP) programme. Later BUTG and Gdynia Science Park signed a letter of intent.
      """, id: "shapes-en.txt")
    #expect(F.entity(g, "Riga–Białystok Trade Mission 2026", .event) != nil)
    #expect(F.entity(g, "Baltic Wood & Design Forum 2026", .event) != nil)
    #expect(F.entity(g, "Baltic University of Technology", .organization) != nil)
    #expect(!g.entities.contains { $0.name.hasPrefix("May") || $0.name.hasPrefix("2026") })
    #expect(F.entity(g, "European Funds for Pomerania 2021-2027", .project) != nil)
    #expect(F.entity(g, "Gdynia Science Park", .organization) != nil)
    #expect(!g.entities.contains { $0.name.contains(" and Gdynia") })
  }

  @Test("Unknown seat adjectives, a bare management board, units of a foreign region, regions as partners, programmes in apposition, foundation patrons")
  func englishRegionsAndAppositions() {
    let g = F.extract("""
      Partners from abroad meet in Rzeszów

      Anna Wrona, CEO of the Meppen-based cable maker Kabelwerk, spoke first. The speakers were:
      - Tomasz Lis, President of the Management Board, Kabelwerk;
      - Ewa Maj, head of the Regional Policy Department of the Hradec Králové Region.
      The visit was organised on behalf of the project's Polish partner, the Podkarpackie Voivodeship. On the second \
      day, the partners announced the Green Start Accelerator, a programme that will support start-ups. Fondazione \
      Marco Rossi from Bergamo also joined.
      """, id: "regions-en.txt")
    #expect(F.entity(g, "Meppen", .place) != nil)
    #expect(!g.entities.contains { $0.name.hasSuffix("-based") })
    #expect(F.entity(g, "Management Board") == nil)
    let region = F.entity(g, "Hradec Králové Region", .organization)
    #expect(region?.sector == .international)
    #expect(F.hasRelation("Regional Policy Department", .partOf, "Hradec Králové Region", in: g))
    #expect(F.hasRelation("Ewa Maj", .affiliatedWith, "Regional Policy Department", in: g))
    #expect(F.entity(g, "Podkarpackie Voivodeship", .organization)?.sector == .localGovernment)
    #expect(F.entity(g, "Green Start Accelerator", .project) != nil)
    #expect(F.entity(g, "Fondazione Marco Rossi", .organization) != nil)
    #expect(F.entity(g, "Marco Rossi", .person) == nil)
  }

  @Test("Patrons with a place of origin, laboratories, foreign names in English word order, headlines that repeat a title, association and national sectors")
  func polishNamesAndSectors() {
    let g = F.extract("""
      List intencyjny w sprawie Zielonego Centrum Kompetencji

      Politechnika Koszalińska (PKo) i Akademia im. Jana z Kolna będą wspólnie przygotowywać projekt „Zielone \
      Centrum Kompetencji”. Zajęcia poprowadził dr Piotr Szpak, kierownik Laboratorium Materiałów Kompozytowych PKo. \
      Gościem był Lars Holm z Nordic Food Park w Odense. Jonas Becker jest członkiem zarządu stowarzyszenia \
      Wasserstoff Nord e.V. z Lubeki, a klaster Holzcluster Elbe e.V. z Drezna współpracuje z PKo. Grant przyznało \
      Narodowe Centrum Nauki.
      """, id: "names-pl.txt")
    #expect(F.entity(g, "Akademia im. Jana z Kolna", .organization) != nil)
    #expect(F.hasRelation("Laboratorium Materiałów Kompozytowych", .partOf, "Politechnika Koszalińska", in: g))
    #expect(F.hasRelation("Piotr Szpak", .affiliatedWith, "Laboratorium Materiałów Kompozytowych", in: g))
    #expect(F.entity(g, "Nordic Food Park", .organization) != nil)
    #expect(F.entity(g, "Zielone Centrum Kompetencji", .project) != nil)
    #expect(!g.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Zielon") })
    #expect(F.entity(g, "Wasserstoff Nord e.V.")?.sector == .civilSociety)
    #expect(F.entity(g, "Holzcluster Elbe e.V.")?.sector == .business)
    #expect(F.entity(g, "Narodowe Centrum Nauki")?.sector == .centralGovernment)
  }

  @Test("An institution that an agreement is about to create is a project, in Polish and in English")
  func institutionsToBeCreated() {
    let pl = F.extract("""
      Porozumienie w Kętach

      W ratuszu podpisano list intencyjny pomiędzy Gminą Kęty a Politechniką Koszalińską w sprawie wspólnego \
      tworzenia Centrum Usług Wodnych, które ma kształcić techników.
      """, id: "created-pl.txt")
    #expect(F.entity(pl, "Centrum Usług Wodnych", .project) != nil)
    let en = F.extract("""
      Letter of intent signed

      On the second day, the city and Gdynia Science Park signed a letter of intent on the joint creation of the \
      Blue Start Hub, which will support start-ups.
      """, id: "created-en.txt")
    #expect(F.entity(en, "Blue Start Hub", .project) != nil)
  }

  @Test("An event named short before an event noun is the event named in full; a quoted app is a project")
  func shortEventNamesAndApps() {
    let g = F.extract("""
      Amber forum in Gdynia ends with a new agreement

      More than 150 designers attended the Baltic Amber & Design Forum 2026, held on 4 May in Gdynia. The winning \
      app, "CleanCommute", suggests routes to school.
      """, id: "short-event.txt")
    #expect(F.entity(g, "Baltic Amber & Design Forum 2026", .event) != nil)
    #expect(!g.entities.contains { $0.kind == .event && $0.name == "Amber" })
    #expect(F.entity(g, "CleanCommute", .project) != nil)
  }

  @Test("A title word before an unrelated quote and a capitalised '-based' word opening a sentence make nothing")
  func negatives() {
    let g = F.extract("""
      Visit to a dairy

      Cloud-based tools were shown to the guests. During the visit the guests saw the "Zorza" dairy in Kęty, and \
      the study visit to the plant of "Mlekpol Trade" ended the day.
      """, id: "negatives-en.txt")
    #expect(F.entity(g, "Cloud") == nil)
    #expect(!g.entities.contains { $0.kind == .event && $0.name == "Mlekpol Trade" })
  }
}
