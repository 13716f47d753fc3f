import Testing
@testable import StakeholderExtraction
import StakeholderModel

/// Events across documents: annual editions and subtitled sessions stay apart, a bare title joins the one
/// fuller event it can mean; a funding programme is never taken for the report's own project.
@Suite("Events and funders across documents")
struct CorpusEventTests {
  static func extract(_ texts: [String]) -> StakeholderGraph {
    Extractor().extract(texts.enumerated().map { SourceDocument(id: "d\($0.offset).txt", text: $0.element) }).graph
  }

  static func events(_ g: StakeholderGraph) -> [String] { g.entities.filter { $0.kind == .event }.map(\.name).sorted() }

  @Test("two years of one forum are two events")
  func annualEditions() {
    let g = Self.extract([
      "W Kielcach odbyło się Forum Samorządowe Kielc 2019. Forum otworzył Marek Wójcik, prezes Fundacji Rozwoju Regionu.",
      "W Kielcach odbyło się Forum Samorządowe Kielc 2021. Forum otworzyła Anna Lis, dyrektor Fundacji Rozwoju Regionu.",
    ])
    #expect(Self.events(g) == ["Forum Samorządowe Kielc 2019", "Forum Samorządowe Kielc 2021"])
  }

  @Test("sessions with different subtitles stay apart; a bare title joins only an unambiguous fuller one")
  func subtitles() {
    let two = Self.extract([
      "On 3 May the Policy Learning Event #2 – Energy in Silesia was held in Katowice, organised by the Silesian Park.",
      "On 9 June the Policy Learning Event #2 – Mobility in Opole was held in Opole, organised by the Opole Chamber.",
      "The Policy Learning Event #2 was held in Warsaw, organised by the Mazovian Agency.",
    ])
    #expect(Self.events(two).count == 3)
    let one = Self.extract([
      "On 3 May the Policy Learning Event #2 – Energy in Silesia was held in Katowice, organised by the Silesian Park.",
      "The Policy Learning Event #2 was held in Katowice, organised by the Silesian Park.",
    ])
    // One event; its subtitle ends before the predicate ("was held").
    #expect(Self.events(one) == ["Policy Learning Event #2 – Energy in Silesia"])
  }

  @Test("a programme named more often than the projects it funds is still not the report's project")
  func funderIsNotTheProject() {
    let g = Self.extract(["""
      Mikko Laine, project manager of the University of Oulu, presented the results. \
      The project "GREEN LINK – Open Data", led by the Baltic Data Cluster, was presented. It is co-financed by the Interreg Baltic Sea programme. \
      The project "SMART PORTS", led by the Gdynia Maritime Cluster, was presented. It is co-financed by the Interreg Baltic Sea programme. \
      Both are co-financed by the Interreg Baltic Sea programme.
      """])
    let funder = g.entities.first { $0.name.hasPrefix("Interreg Baltic Sea") }
    #expect(funder != nil)
    let intoFunder = g.relations.filter { $0.target == funder?.id && $0.type != .fundedBy }
    #expect(intoFunder.isEmpty, "\(intoFunder.map { "\($0.source) \($0.type) \($0.target)" })")
  }
}
