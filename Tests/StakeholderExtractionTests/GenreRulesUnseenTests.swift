import Foundation
import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Conventions of the genre met on an unseen held-out set and written as general rules (ordinals of events,
/// cross-border programme names, units after a parent's acronym, gathered partners, created undertakings, office-holders
/// who speak for a territory, companies described in apposition), on made-up texts whose names occur in no fixture.
@Suite("Genre rules: conventions of unseen reports")
struct GenreRulesUnseenTests {
  typealias F = ExtractionFixtures

  static let english = F.extract("""
    NORD-HUB project kicks off in Tallinn

    Tallinn, 3 March 2025

    The 2nd Baltic Green Ports Forum was hosted by Tallinn University of Technology (TalTech) on 2 March. The forum \
    was co-organized by the Harju County Government and took place on the campus in Tallinn.

    The consortium brings together, among others, the Latvian Maritime Agency (LMA), the Kaunas Regional Development \
    Agency and ReedTech s.r.o., a Czech software company based in Brno. The project is financed by the Interreg VI-B \
    Estonia–Latvia Programme 2021–2027.

    Dr Marta Kowalska of the TalTech Faculty of Engineering presented the NORD-HUB project, which she manages. Maris \
    Ozols, head of LMA's Innovation Department, spoke about data standards.
    """, id: "unseen-en.txt")

  @Test("an English ordinal stays in the event's name; the forum is hosted, co-organized and placed")
  func ordinalEvent() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .event && $0.name == "2nd Baltic Green Ports Forum" })
    #expect(F.hasRelation("Tallinn University of Technology", .organizes, "2nd Baltic Green Ports Forum", in: g))
    #expect(F.hasRelation("Harju County Government", .organizes, "2nd Baltic Green Ports Forum", in: g))
    #expect(F.hasRelation("2nd Baltic Green Ports Forum", .locatedIn, "Tallinn", in: g))
  }

  @Test("a consortium that brings partners together; a company with its own legal form after 'and' and its seat")
  func gatheredPartners() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .organization && $0.name == "ReedTech s.r.o." })
    #expect(!g.entities.contains { $0.name.hasSuffix("and ReedTech") })
    for partner in ["Latvian Maritime Agency", "Kaunas Regional Development Agency", "ReedTech s.r.o."] {
      #expect(F.hasRelation(partner, .participatesIn, "NORD-HUB", in: g), "\(partner)")
    }
    #expect(F.hasRelation("ReedTech s.r.o.", .locatedIn, "Brno", in: g))
  }

  @Test("a cross-border programme keeps both countries of its name")
  func interregPair() {
    let g = Self.english
    #expect(g.entities.contains { $0.kind == .project && $0.name == "Interreg VI-B Estonia–Latvia Programme 2021–2027" })
    #expect(F.hasRelation("NORD-HUB", .fundedBy, "Interreg VI-B Estonia–Latvia Programme 2021–2027", in: g))
  }

  @Test("units written after their parent's acronym or its possessive; a manager takes part in the project")
  func unitsAfterAcronym() {
    let g = Self.english
    #expect(F.hasRelation("Faculty of Engineering", .partOf, "Tallinn University of Technology", in: g))
    #expect(F.hasRelation("Marta Kowalska", .affiliatedWith, "Faculty of Engineering", in: g))
    #expect(F.hasRelation("Marta Kowalska", .participatesIn, "NORD-HUB", in: g))
    #expect(F.hasRelation("Innovation Department", .partOf, "Latvian Maritime Agency", in: g))
    #expect(F.hasRelation("Maris Ozols", .affiliatedWith, "Innovation Department", in: g))
  }

  static let polish = F.extract("""
    Powstanie Mazurska Dolina Energii. Partnerzy podpisali list intencyjny

    Ełk, 5 maja 2025 r.

    W sali ratusza podpisano list intencyjny w sprawie utworzenia Mazurskiej Doliny Energii. Sygnatariuszami \
    zostały trzy instytucje: Miasto Ełk, Akademia Nadbużańska oraz spółka Enerkon Mazury. W ich imieniu podpisy \
    złożyli prezydent Ełku Adam Nowicki, rektor Akademii Nadbużańskiej Ewa Zając oraz Piotr Maj, prezes Enerkon Mazury.

    W spotkaniu uczestniczyli także samorządowcy z regionu. Gołdap reprezentował jej burmistrz Jan Wiśniewski, \
    a Olecko – burmistrz Karol Wróbel.

    Rektor zaprezentowała projekt „Zielony Kampus”, w którym Akademia Nadbużańska wspólnie z Politechniką Podlaską \
    opracowuje system magazynowania energii. Prace nad Mazurską Doliną Energii zostaną sfinansowane ze środków \
    programu Fundusze Europejskie dla Warmii i Mazur 2021-2027.
    """, id: "unseen-pl.txt")

  @Test("a body created by a letter of intent is a project, and its signatories take part in it")
  func createdUndertaking() {
    let g = Self.polish
    #expect(g.entities.first { $0.name == "Mazurska Dolina Energii" }?.kind == .project)
    #expect(!g.entities.contains { $0.kind == .place && $0.name == "Mazurska Dolina Energii" })
    #expect(F.hasRelation("Miasto Ełk", .participatesIn, "Mazurska Dolina Energii", in: g))
    #expect(F.hasRelation("Adam Nowicki", .affiliatedWith, "Miasto Ełk", in: g))
  }

  @Test("a month name after a given name is a surname")
  func monthSurname() {
    #expect(Self.polish.entities.first { $0.name == "Piotr Maj" }?.kind == .person)
  }

  @Test("an office-holder who represents a territory written before the function")
  func territoryBeforeFunction() {
    let g = Self.polish
    #expect(F.hasRelation("Jan Wiśniewski", .affiliatedWith, "Gołdap", in: g))
    #expect(F.hasRelation("Karol Wróbel", .affiliatedWith, "Olecko", in: g))
  }

  @Test("joint work in a project's relative clause: both take part and are partners")
  func jointWorkInClause() {
    let g = Self.polish
    #expect(F.hasRelation("Akademia Nadbużańska", .participatesIn, "Zielony Kampus", in: g))
    #expect(F.hasRelation("Politechnika Podlaska", .participatesIn, "Zielony Kampus", in: g))
    #expect(F.hasRelation("Akademia Nadbużańska", .partnerOf, "Politechnika Podlaska", in: g)
      || F.hasRelation("Politechnika Podlaska", .partnerOf, "Akademia Nadbużańska", in: g))
  }

  @Test("a brand in camel case with a capital run is one word")
  func camelBrand() {
    #expect(Tokenizer.tokenize("Projekt ReBOOST ruszył").map(\.text) == ["Projekt", "ReBOOST", "ruszył"])
  }

  static let apposition = F.extract("""
    BALTIC-LOOP partners meet in Gdańsk to plan circular construction pilots

    Gdańsk, 14 April 2025 – Representatives of eleven organisations gathered on 10–11 April for the second partner \
    meeting of BALTIC-LOOP, an Interreg Baltic Sea Region project on circular construction.

    The project is coordinated by Region Skåne (Sweden). Anna Lindqvist, Senior Advisor at Region Skåne, presented the \
    work plan. Mikko Laine of the Finnish company Rakennus Oy spoke about recycled concrete.

    BALTIC-LOOP is co-financed by the European Union through the Interreg Baltic Sea Region programme 2021–2027.
    """, id: "unseen-apposition.txt")

  @Test("a name described as a project in apposition; English 'to' is no Polish copula; a region's own name acts")
  func projectInApposition() {
    let g = Self.apposition
    #expect(g.entities.first { $0.name == "BALTIC-LOOP" }?.kind == .project)
    #expect(g.entities.first { $0.name == "Gdańsk" }?.kind == .place)
    #expect(F.hasRelation("Region Skåne", .organizes, "BALTIC-LOOP", in: g))
    #expect(F.hasRelation("Anna Lindqvist", .affiliatedWith, "Region Skåne", in: g))
    #expect(F.hasRelation("Mikko Laine", .affiliatedWith, "Rakennus Oy", in: g))
    #expect(F.hasRelation("BALTIC-LOOP", .fundedBy, "European Union", in: g))
  }

  static let partnersWithDescriptor = F.extract("""
    Ruszył projekt „Mazowiecka Sieć Danych”

    Siedlce, 2 lipca 2025 r.

    Liderem projektu jest Związek Gmin Nadbużańskich, a partnerami – Akademia Siedlecka oraz firma informatyczna \
    DataWave sp. z o.o. z Siedlec. Projekt jest współfinansowany ze środków programu Fundusze Europejskie dla \
    Mazowsza 2021-2027. Jego koordynatorem jest Paweł Mrozek ze Związku Gmin Nadbużańskich.
    """, id: "unseen-partners.txt")

  @Test("a partner introduced by a company noun and its adjective; a project's function after a possessive")
  func partnersWithDescriptor() {
    let g = Self.partnersWithDescriptor
    #expect(F.hasRelation("Związek Gmin Nadbużańskich", .organizes, "Mazowiecka Sieć Danych", in: g))
    #expect(F.hasRelation("Akademia Siedlecka", .participatesIn, "Mazowiecka Sieć Danych", in: g))
    #expect(F.hasRelation("DataWave sp. z o.o.", .participatesIn, "Mazowiecka Sieć Danych", in: g))
    #expect(F.hasRelation("Paweł Mrozek", .participatesIn, "Mazowiecka Sieć Danych", in: g))
  }
}

