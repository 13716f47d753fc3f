import Foundation
import StakeholderModel
import Testing
@testable import StakeholderExport

@Suite("Reports")
struct ReportTests {
  static let fakeSVG = "<?xml version=\"1.0\"?>\n<!-- comment -->\n<svg viewBox=\"0 0 10 10\"><g id=\"n-x\" class=\"node\"><title>x</title></g></svg>\n"

  static func diagram(_ g: StakeholderGraph, metrics: NodeMetrics? = nil) throws -> ReportDiagram {
    let d = try DOTWriter.diagram(of: g, metrics: metrics)
    return ReportDiagram(heading: "Network", svg: fakeSVG, file: "graph.svg", diagram: d)
  }

  static var summary: AnalysisSummary {
    var s = AnalysisSummary()
    s.centralEntities = ["organization:politechnika-zielonogrodzka", "person:anna-kowalska"]
    s.brokers = [.init(id: "person:anna-kowalska", explanation: "Links the city office with the forum.")]
    s.communities = [.init(index: 0, members: ["person:anna-kowalska", "organization:urzad-miasta-zielonogrod"], label: "city")]
    s.sectorTriangles = [.init(label: "local government–science–business", count: 0)]
    s.bridges = [.init(source: "organization:politechnika-zielonogrodzka", target: "organization:lacznosc-s-a", explanation: "The only science–business tie.")]
    s.notes = ["Betweenness is normalised."]
    return s
  }

  @Test("HTML: self-contained, inline SVG, all tables, entity index with evidence, page data")
  func html() throws {
    let g = TestGraphs.tiny
    let html = HTMLReport.write(graph: g, metrics: TestGraphs.tinyMetrics, summary: Self.summary,
                                diagrams: [try Self.diagram(g, metrics: TestGraphs.tinyMetrics)])
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("http://") || !html.contains("src=\"http"))
    #expect(!html.contains("<link") && !html.contains("src=\""))
    #expect(html.contains("<svg style=\"max-width:13px\" viewBox=\"0 0 10 10\">"))  // 10 pt = 13 px at most
    #expect(!html.contains("<?xml") && !html.contains("<!-- comment"))
    for heading in ["Most central entities", "Brokers and why", "Communities", "Sector mixing", "Entity index"] {
      #expect(html.contains("<h2>\(heading)</h2>"))
    }
    #expect(html.contains("Links the city office with the forum."))
    #expect(html.contains("The only science–business tie."))
    #expect(html.contains("<li>Politechnika i Łączność podpisały list.</li>"))
    #expect(html.contains("Annę Kowalską"))
    // The central table follows the analysis's ranking.
    let central = html.components(separatedBy: "<section id=\"central\">")[1].components(separatedBy: "</section>")[0]
    let uni = try #require(central.range(of: "Politechnika")), anna = try #require(central.range(of: "Anna Kowalska"))
    #expect(uni.lowerBound < anna.lowerBound)
    // Page data parses and maps entities to diagram nodes.
    let json = try #require(html.components(separatedBy: "<script type=\"application/json\" id=\"sg-data\">").last?
      .components(separatedBy: "</script>").first)
    let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let ents = try #require(data["entities"] as? [String: [String: Any]])
    #expect(ents["person:anna-kowalska"]?["node"] as? String == "n-person-anna-kowalska")
    #expect((data["edges"] as? [String: [String]])?.count == g.relations.count)
  }

  @Test("HTML works without analysis results, saying what is missing")
  func htmlWithoutAnalysis() throws {
    let g = try TestGraphs.regional()
    let html = HTMLReport.write(graph: g, diagrams: [try Self.diagram(g)])
    #expect(html.contains("Ranked by degree."))
    #expect(html.contains("No broker analysis was available"))
    #expect(html.contains("No community detection was available"))
    #expect(html.contains("Direct ties between entities"))
  }

  @Test("hostile names are escaped in HTML and in the page data")
  func hostileHTML() throws {
    let g = TestGraphs.hostile
    let html = HTMLReport.write(graph: g, diagrams: [try Self.diagram(g)])
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("\" onload=\""))
    #expect(!html.contains("\u{0}"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    // Exactly two script blocks: the data and the page script.
    #expect(html.components(separatedBy: "<script").count == 3)
    let json = html.components(separatedBy: "id=\"sg-data\">")[1].components(separatedBy: "</script>")[0]
    #expect(!json.contains("<"))
    let data = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let ents = data?["entities"] as? [String: [String: Any]]
    #expect(ents?["person:h0"]?["name"] as? String == "<script>alert(1)</script>")
  }

  @Test("Markdown: the same content, SVG referenced, hostile names escaped")
  func markdown() throws {
    let g = TestGraphs.tiny
    let md = MarkdownReport.write(graph: g, metrics: TestGraphs.tinyMetrics, summary: Self.summary,
                                  diagrams: [try Self.diagram(g, metrics: TestGraphs.tinyMetrics)])
    #expect(md.contains("![Network](graph.svg)"))
    for heading in ["## Most central entities", "## Brokers and why", "## Communities", "## Sector mixing", "## Entity index"] {
      #expect(md.contains(heading))
    }
    #expect(md.contains("> Politechnika i Łączność podpisały list."))
    let hostile = MarkdownReport.write(graph: TestGraphs.hostile, diagrams: [try Self.diagram(TestGraphs.hostile)])
    #expect(!hostile.contains("<script>"))
    #expect(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(hostile.contains("\\=HYPERLINK") == false)  // '=' needs no escaping in Markdown
    // Table rows keep their column count: pipes in names are escaped.
    let pipe = StakeholderGraph(entities: [Entity(kind: .organization, name: "A | B", sector: .business)])
    let t = MarkdownReport.write(graph: pipe, diagrams: [])
    #expect(t.contains("A \\| B"))
  }

  @Test("golden files")
  func golden() throws {
    let g = TestGraphs.tiny
    let d = try Self.diagram(g, metrics: TestGraphs.tinyMetrics)
    let md = MarkdownReport.write(graph: g, metrics: TestGraphs.tinyMetrics, summary: Self.summary, diagrams: [d])
    if let p = try Snapshot.check(md, named: "tiny-report.md") { Issue.record(Comment(rawValue: p)) }
    let html = HTMLReport.write(graph: g, metrics: TestGraphs.tinyMetrics, summary: Self.summary, diagrams: [d])
    if let p = try Snapshot.check(html, named: "tiny-report.html") { Issue.record(Comment(rawValue: p)) }
    if let p = try Snapshot.check(d.diagram!.dot, named: "tiny.dot") { Issue.record(Comment(rawValue: p)) }
  }
}

/// A report of a large graph stays readable: the index keeps the most central entities and says so.
@Suite("Reports at scale")
struct ReportScaleTests {
  @Test("the index of a 601-entity graph lists 500 and points to the exports; community lists are cut")
  func boundedIndex() throws {
    let g = OrganizationDiagramScaleTests.crowd(300)
    let md = MarkdownReport.write(graph: g, metrics: nil, summary: nil, diagrams: [])
    #expect(md.contains("The index lists \(ReportContent.indexLimit) of 601 entities"))
    #expect(md.components(separatedBy: "\n### ").count - 1 == ReportContent.indexLimit)
    let html = HTMLReport.write(graph: g, metrics: nil, summary: nil, diagrams: [])
    #expect(html.contains("The index lists \(ReportContent.indexLimit) of 601 entities"))
    // Links point only at entries the index has.
    let anchors = Set(html.components(separatedBy: "id=\"entity-").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    let links = Set(html.components(separatedBy: "href=\"#entity-").dropFirst().map { String($0.prefix { $0 != "\"" }) })
    #expect(links.isSubset(of: anchors))
    let small = MarkdownReport.write(graph: OrganizationDiagramScaleTests.crowd(5), metrics: nil, summary: nil, diagrams: [])
    #expect(!small.contains("The index lists"))
  }
}
