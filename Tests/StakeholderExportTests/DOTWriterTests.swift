import Foundation
import StakeholderModel
import Testing
@testable import StakeholderExport

@Suite("DOT writer")
struct DOTWriterTests {
  @Test("colour by sector, shape by kind, stable ids and classes, legend inside")
  func style() throws {
    let d = try DOTWriter.diagram(of: TestGraphs.tiny)
    let anna = line(d.dot, containing: "id=\"n-person-anna-kowalska\"")
    #expect(anna.contains("class=\"entity kind-person sector-local-government\""))
    #expect(anna.contains("shape=ellipse"))
    #expect(anna.contains("fillcolor=\"#0072B2\""))
    let uni = line(d.dot, containing: "id=\"n-organization-politechnika-zielonogrodzka\"")
    #expect(uni.contains("shape=box") && uni.contains("fillcolor=\"#009E73\"") && uni.contains("rounded,filled"))
    let forum = line(d.dot, containing: "id=\"n-event-forum-gospodarcze\"")
    #expect(forum.contains("shape=pentagon") && forum.contains("sector-none"))
    #expect(d.dot.contains("fontname=\"DejaVu Sans\""))
    #expect(d.dot.contains("start=1"))
    // The legend names the sectors, kinds and tie types that occur, and only those.
    #expect(d.dot.contains("local government") && d.dot.contains("business") && !d.dot.contains("civil society"))
    #expect(d.dot.contains("partner of") && !d.dot.contains("funded by"))
    #expect(d.engine == "neato")
  }

  @Test("edge width follows weight, line style follows type, symmetric ties have no arrow")
  func edges() throws {
    let d = try DOTWriter.diagram(of: TestGraphs.tiny)
    let partner = line(d.dot, containing: "rel-partner-of")
    #expect(partner.contains("penwidth=2.5"))  // 2 sentences: 1 + 1.5·log2(2)
    #expect(partner.contains("dir=none"))
    #expect(line(d.dot, containing: "rel-participates-in").contains("style=dashed"))
    #expect(line(d.dot, containing: "rel-organizes").contains("arrowhead=normal"))
    #expect(line(d.dot, containing: "rel-affiliated-with").contains("penwidth=1"))
  }

  @Test("node size follows the chosen metric, and falls back to degree")
  func sizes() throws {
    var style = DiagramStyle()
    style.sizeBy = "betweenness"
    let d = try DOTWriter.diagram(of: TestGraphs.tiny, metrics: TestGraphs.tinyMetrics, style: style)
    // ids sorted: event:forum… (0), organization:laczn… (0.1), …, person:anna-kowalska (0.4, the largest)
    #expect(line(d.dot, containing: "n-person-anna-kowalska").contains("fontsize=19"))
    #expect(line(d.dot, containing: "n-event-forum-gospodarcze").contains("fontsize=9"))
    #expect(d.caption.contains { $0.contains("Node size: betweenness") })
    style.sizeBy = "pagerank"
    let noMetrics = try DOTWriter.diagram(of: TestGraphs.tiny, style: style)
    #expect(noMetrics.caption.contains { $0.contains("Node size: degree") })
    // Anna and the Politechnika have the highest degree (2).
    #expect(line(noMetrics.dot, containing: "n-person-anna-kowalska").contains("fontsize=19"))
  }

  @Test("--top keeps the most central entities and says so in the caption")
  func top() throws {
    var style = DiagramStyle()
    style.maxNodes = 5
    let g = try TestGraphs.regional()
    let d = try DOTWriter.diagram(of: g, style: style)
    #expect(d.nodeIDs.count == 5)
    #expect(d.caption.contains { $0.contains("Showing the 5 most central of 23 entities (by degree)") })
    #expect(d.dot.contains("Showing the 5 most central"))
    // Zielonogród (place) has the most ties in the fixture.
    #expect(d.nodeIDs["place:zielonogrod"] != nil)
    #expect(d.nodeIDs["person:ewa-nowak"] == nil)
  }

  @Test("engine: neato small, sfdp large, dot for part_of trees and clusters")
  func engines() {
    #expect(EngineChoice.engine(nodes: 40, hierarchy: false, clustered: false, pinned: false) == "neato")
    #expect(EngineChoice.engine(nodes: 500, hierarchy: false, clustered: false, pinned: false) == "sfdp")
    #expect(EngineChoice.engine(nodes: 40, hierarchy: true, clustered: false, pinned: false) == "dot")
    #expect(EngineChoice.engine(nodes: 40, hierarchy: false, clustered: true, pinned: false) == "dot")
    #expect(EngineChoice.engine(nodes: 4, hierarchy: false, clustered: false, pinned: true) == "neato")
    let tree = StakeholderGraph(
      entities: [Entity(kind: .organization, name: "A"), Entity(kind: .organization, name: "B")],
      relations: [Relation(source: "organization:b", target: "organization:a", type: .partOf)])
    #expect((try? DOTWriter.diagram(of: tree))?.engine == "dot")
  }

  @Test("group-by community and sector draw clusters")
  func clusters() throws {
    var style = DiagramStyle()
    style.groupBy = .community
    let d = try DOTWriter.diagram(of: TestGraphs.tiny, metrics: TestGraphs.tinyMetrics, style: style)
    #expect(d.dot.contains("subgraph \"cluster_community-1\""))
    #expect(d.dot.contains("subgraph \"cluster_community-2\""))
    style.groupBy = .sector
    let s = try DOTWriter.diagram(of: TestGraphs.tiny, style: style)
    #expect(s.dot.contains("subgraph \"cluster_sector-local-government\""))
    #expect(!s.dot.contains("cluster_sector-science"))  // one member: drawn without a box
    #expect(!s.dot.contains("pack=true"))  // crashes Graphviz 2.43 in-process
    #expect(s.engine == "dot")
  }

  @Test("clusters: loose entities form a block of invisible chains, not one long column")
  func looseBlock() throws {
    var g = TestGraphs.tiny
    for i in 0..<9 { g.entities.append(Entity(kind: .place, name: "Miejsce \(i)")) }
    var style = DiagramStyle()
    style.groupBy = .sector
    let d = try DOTWriter.diagram(of: g, style: style)
    #expect(d.engine == "dot")
    // 9 loose places in rows of 3: 6 invisible links; none becomes a tie of the page data.
    #expect(d.dot.components(separatedBy: "[style=invis]").count - 1 == 6)
    #expect(d.edgeEnds.count == g.relations.count)
    style.groupBy = .none
    #expect(!(try DOTWriter.diagram(of: g, style: style).dot.contains("style=invis")))
  }

  @Test("organization network ties organizations through shared people, projects and events")
  func organizations() throws {
    var style = DiagramStyle()
    style.view = .organizations
    let g = try TestGraphs.regional()
    let d = try DOTWriter.diagram(of: g, style: style)
    #expect(d.nodeIDs.keys.allSatisfy { $0.hasPrefix("organization:") })
    #expect(d.nodeIDs.count == g.entities.filter { $0.kind == .organization }.count)
    func tie(_ a: String, _ b: String) -> String? {
      d.edgeEnds.first { Set($0.value) == [a, b] }.map { d.titles[$0.key]! }
    }
    // Both work on the project "Cyfrowy Region".
    let shared = try #require(tie("organization:izba-przemyslowo-handlowa-zielonogrod", "organization:uniwersytet-nadrzeczny"))
    #expect(shared.contains("Cyfrowy Region (project)"))
    // A direct partner_of tie.
    #expect(try #require(tie("organization:park-technologiczny-zielonogrod", "organization:lacznosc-sp-z-o-o")).contains("direct: partner of"))
    #expect(tie("organization:fundacja-slady", "organization:ministerstwo-rozwoju") == nil)
  }

  @Test("sector triangle counts ties between and within sectors")
  func triangle() throws {
    var style = DiagramStyle()
    style.view = .sectorTriangle
    let d = try DOTWriter.diagram(of: TestGraphs.tiny, style: style)
    // tiny: Anna (local) – Urząd (local): 1 within local government; Politechnika (science) – Łączność (business): 1.
    #expect(d.titles["n-sector-local-government"]!.contains("2 entities · 1 tie within"))
    let sb = d.edgeEnds.first { Set($0.value) == ["sector:science", "sector:business"] }
    #expect(sb != nil)
    #expect(d.titles[sb!.key]!.hasSuffix("1 tie"))
    #expect(d.dot.contains("pos=\"0,4.4!\""))
    #expect(d.engine == "neato")
    // The analysis's matrix wins over direct counts.
    var summary = AnalysisSummary()
    var counts = Array(repeating: Array(repeating: 0, count: Sector.allCases.count), count: Sector.allCases.count)
    counts[1][2] = 7; counts[2][1] = 7
    summary.sectorMixing = SectorMatrix(sectors: Sector.allCases, counts: counts)
    let s = try DOTWriter.diagram(of: TestGraphs.tiny, summary: summary, style: style)
    #expect(s.titles.values.contains("business — science: 7 ties"))
  }

  @Test("ego network: focus by name or alias, depth, unknown and ambiguous names")
  func ego() throws {
    let g = try TestGraphs.regional()
    var style = DiagramStyle()
    style.view = .ego(focus: "Annę Kowalską", depth: 1)
    let d = try DOTWriter.diagram(of: g, style: style)
    #expect(Set(d.nodeIDs.keys) == ["person:anna-kowalska", "place:zielonogrod", "event:forum-rozwoju-regionalnego-2021",
                                    "event:cross-border-innovation-summit"])
    #expect(line(d.dot, containing: "n-person-anna-kowalska").contains("penwidth=3"))
    style.view = .ego(focus: "anna kowalska", depth: 2)
    #expect(try DOTWriter.diagram(of: g, style: style).nodeIDs.count > 4)
    style.view = .ego(focus: "Nobody Here", depth: 1)
    #expect(throws: DiagramError.self) { try DOTWriter.diagram(of: g, style: style) }
    style.view = .ego(focus: "Zielonogród", depth: 1)  // the place is an exact match; offices merely contain it
    #expect(try DOTWriter.diagram(of: g, style: style).nodeIDs["place:zielonogrod"] != nil)
    style.view = .ego(focus: "Zielonogr", depth: 1)
    #expect(throws: DiagramError.self) { try DOTWriter.diagram(of: g, style: style) }
  }

  @Test("long names wrap; hostile names are escaped")
  func wrapAndEscape() throws {
    #expect(LabelWrap.wrap("Urząd Marszałkowski Województwa Podlaskiego") == ["Urząd Marszałkowski", "Województwa", "Podlaskiego"])
    #expect(LabelWrap.wrap(String(repeating: "x ", count: 200)).count == 4)
    #expect(LabelWrap.wrap(String(repeating: "y", count: 50)) == [String(repeating: "y", count: 19) + "…"])
    let d = try DOTWriter.diagram(of: TestGraphs.hostile)
    #expect(!d.dot.contains("\u{0}"))
    #expect(d.dot.contains(#"label="\" onload=\"alert(2)""#))
    // Every line's quotes balance once escaped quotes are removed: no string was closed early.
    for l in d.dot.split(separator: "\n") {
      let unescaped = l.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\\"", with: "")
      #expect(unescaped.filter { $0 == "\"" }.count % 2 == 0, "\(l.prefix(120))")
    }
    #expect(d.dot.count < 200_000)  // the 10,000-character name is cut in labels
  }

  @Test("same graph in any order gives the same DOT")
  func deterministic() throws {
    let g = try TestGraphs.regional()
    var shuffled = g
    shuffled.entities.reverse()
    shuffled.relations.reverse()
    #expect(try DOTWriter.diagram(of: g).dot == DOTWriter.diagram(of: shuffled).dot)
  }

  private func line(_ dot: String, containing s: String) -> String {
    dot.split(separator: "\n").first { $0.contains(s) }.map(String.init) ?? ""
  }
}

/// Large and dense organization networks stay drawable: the most central organizations, their strongest ties.
@Suite("Organization diagram at scale")
struct OrganizationDiagramScaleTests {
  /// `n` organizations, each with one person taking part in the same event: every pair is tied once.
  static func crowd(_ n: Int) -> StakeholderGraph {
    var entities = [Entity(kind: .event, name: "Forum Rozwoju")]
    var relations: [Relation] = []
    let ev = Evidence(document: "d.txt", start: 0, end: 5, text: "Forum")
    for i in 0..<n {
      let org = Entity(kind: .organization, name: "Firma \(i)", sector: .business)
      let person = Entity(kind: .person, name: "Osoba \(i)", sector: .business)
      entities += [org, person]
      relations.append(Relation(source: person.id, target: org.id, type: .affiliatedWith, evidence: [ev]))
      relations.append(Relation(source: person.id, target: entities[0].id, type: .participatesIn, evidence: [ev]))
    }
    return StakeholderGraph(documents: [Document(id: "d.txt", language: "pl")], entities: entities, relations: relations).normalized()
  }

  @Test("a clique is thinned to each organization's strongest ties, and the caption says so")
  func thinned() throws {
    var style = DiagramStyle()
    style.view = .organizations
    let d = try DOTWriter.diagram(of: Self.crowd(30), style: style)
    #expect(d.nodeIDs.count == 30)
    let ties = d.edgeEnds.count
    #expect(ties < 30 * 29 / 2 && ties >= 30 * OrganizationView.strongestTies / 2 && ties <= 30 * OrganizationView.strongestTies)
    #expect(d.caption.contains { $0.contains("strongest are drawn (\(ties) of 435)") })
  }

  @Test("only the most central organizations are drawn, ties computed among them")
  func limited() throws {
    var style = DiagramStyle()
    style.view = .organizations
    style.maxNodes = 8
    let d = try DOTWriter.diagram(of: Self.crowd(30), style: style)
    #expect(d.nodeIDs.count == 8)
    #expect(d.edgeEnds.count == 8 * 7 / 2)
    #expect(d.caption.contains { $0.contains("Showing the 8 most central of 30 organizations") })
  }
}
