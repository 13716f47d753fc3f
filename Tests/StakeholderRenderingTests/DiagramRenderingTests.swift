import Foundation
import StakeholderExport
import StakeholderModel
import Testing
import TestSupport
@testable import StakeholderRendering

/// Export's diagrams rendered through libgvc end to end. Graphviz is not thread-safe: serialised.
@Suite("Diagram rendering", .serialized)
struct DiagramRenderingTests {
  static func regional() throws -> StakeholderGraph {
    try StakeholderGraph.read(from: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/regional-graph.json"))
  }

  static func svg(_ g: StakeholderGraph, _ style: DiagramStyle = DiagramStyle()) throws -> (Diagram, String) {
    let d = try DOTWriter.diagram(of: g, style: style)
    let raw = try GraphvizRenderer.shared.render(dot: d.dot, engine: LayoutEngine(rawValue: d.engine)!, format: .svg, seed: d.seed)
    return (d, String(decoding: d.finishSVG(raw), as: UTF8.self))
  }

  @Test("SVG embeds well: viewBox only, a title on every node and edge, stable ids and classes, Polish letters")
  func svgForEmbedding() throws {
    let g = try Self.regional().normalized()
    let (d, text) = try Self.svg(g)
    let root = try MiniXML.parse(text)
    #expect(root.name == "svg")
    #expect(root["viewBox"] != nil)
    #expect(root["width"] == nil && root["height"] == nil)
    let groups = root.all("g")
    let nodes = groups.filter { ($0["class"] ?? "").split(separator: " ").contains("node") }
    let edges = groups.filter { ($0["class"] ?? "").split(separator: " ").contains("edge") }
    #expect(nodes.count == g.entities.count)
    #expect(edges.count == g.relations.count)
    let byNode = Dictionary(uniqueKeysWithValues: d.nodeIDs.map { ($1, $0) })
    for n in nodes {
      let id = try #require(n["id"])
      let e = try #require(g.entitiesByID[byNode[id] ?? ""], "node \(id) maps to an entity")
      let title = try #require(n.first("title")?.text)
      #expect(title.hasPrefix(e.name + "\n" + e.kind.rawValue))
      #expect(title.contains("degree"))
      let classes = Set((n["class"] ?? "").split(separator: " ").map(String.init))
      #expect(classes.contains("kind-" + e.kind.rawValue))
      #expect(classes.contains("sector-" + (e.sector.map { $0.rawValue.replacingOccurrences(of: "_", with: "-") } ?? "none")))
    }
    for e in edges {
      let title = try #require(e.first("title")?.text)
      #expect(RelationType.allCases.contains { title.contains(": " + $0.rawValue.replacingOccurrences(of: "_", with: " ")) })
      #expect(title.contains("“"))  // the supporting sentence
    }
    #expect(text.contains("Łączność Sp. z o.o."))
    #expect(text.contains("font-family=\"DejaVu Sans,Verdana,Arial,sans-serif\""))
    #expect(text.contains("local government"))  // the legend
  }

  @Test("same input, same bytes: every view, sfdp and clusters included")
  func deterministic() throws {
    let g = try Self.regional()
    var styles: [DiagramStyle] = []
    for view in [DiagramStyle.View.whole, .organizations, .sectorTriangle, .ego(focus: "Anna Kowalska", depth: 2)] {
      var s = DiagramStyle(); s.view = view; styles.append(s)
    }
    var sector = DiagramStyle(); sector.groupBy = .sector; styles.append(sector)
    var sfdp = DiagramStyle(); sfdp.engine = "sfdp"; styles.append(sfdp)
    var triangle = DiagramStyle(); triangle.view = .sectorTriangle
    for s in styles {
      let (_, a) = try Self.svg(g, s)
      // Unrelated layouts in between must not change the next one.
      _ = try Self.svg(g, sfdp)
      _ = try Self.svg(g, sector)
      _ = try Self.svg(g, triangle)
      let (_, b) = try Self.svg(g, s)
      if a != b {
        let la = a.components(separatedBy: "\n"), lb = b.components(separatedBy: "\n")
        let i = zip(la, lb).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
        Issue.record("view \(s.view.name) engine \(s.engine ?? "auto") group \(s.groupBy) differs at line \(i + 1):\n\(la[i])\n\(lb[i])")
      }
      _ = try MiniXML.parse(a)
    }
  }

  @Test("fixed size on request; PNG follows --dpi; PDF renders")
  func formats() throws {
    let g = try Self.regional()
    var s = DiagramStyle()
    s.fixedSize = true
    let (_, fixed) = try Self.svg(g, s)
    #expect(try MiniXML.parse(fixed)["width"]?.hasSuffix("pt") == true)
    func pngWidth(_ dpi: Double) throws -> Int {
      var st = DiagramStyle(); st.dpi = dpi
      let d = try DOTWriter.diagram(of: g, style: st)
      let png = try GraphvizRenderer.shared.render(dot: d.dot, engine: .neato, format: .png, seed: d.seed)
      #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
      return png[16..<20].reduce(0) { $0 << 8 | Int($1) }  // IHDR width
    }
    let w72 = try pngWidth(72), w144 = try pngWidth(144)
    #expect(abs(Double(w144) / Double(w72) - 2) < 0.05)
    let d = try DOTWriter.diagram(of: g)
    let pdf = try GraphvizRenderer.shared.render(dot: d.dot, engine: .neato, format: .pdf, seed: 1)
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:20000101000000"))
    #expect(!String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:2026"))
  }

  @Test("hostile names render escaped and come back exactly in the titles")
  func hostile() throws {
    let names = ["<script>alert(1)</script>", "\" onload=\"alert(2)", "]]><x>", "NUL\u{0}byte", "=HYPERLINK(\"x\")",
                 String(repeating: "Długa nazwa ", count: 834), "bad\u{FFFE}\u{FFFF}\u{9F}chars"]
    let hub = Entity(id: "organization:hub", kind: .organization, name: "Hub", sector: .business)
    var ents = [hub], rels: [Relation] = []
    for (i, n) in names.enumerated() {
      ents.append(Entity(id: "person:h\(i)", kind: .person, name: n, sector: .science, role: n))
      rels.append(Relation(source: "person:h\(i)", target: hub.id, type: .affiliatedWith,
                           evidence: [Evidence(document: "x", start: 0, end: 1, text: n)]))
    }
    let (_, text) = try Self.svg(StakeholderGraph(entities: ents, relations: rels))
    #expect(!text.contains("<script>"))
    #expect(!text.contains("\u{0}"))
    let root = try MiniXML.parse(text)
    let titles = root.all("title").map(\.text)
    #expect(titles.contains { $0.hasPrefix("<script>alert(1)</script>\nperson") })
    #expect(titles.contains { $0.hasPrefix("\" onload=\"alert(2)\nperson") })
    #expect(titles.contains { $0.hasPrefix("]]><x>\nperson") })
    #expect(titles.contains { $0.hasPrefix("=HYPERLINK(\"x\")\nperson") })
    #expect(titles.contains { $0.hasPrefix(String(names[5].prefix(300)) + "…\nperson") })
    #expect(text.count < 100_000)
  }

  @Test("a large graph is cut to the top N with sfdp, quickly, and says so")
  func large() throws {
    var ents: [Entity] = [], rels: [Relation] = []
    for i in 0..<600 {
      ents.append(Entity(id: "organization:o\(i)", kind: .organization, name: "Organizacja \(i)",
                         sector: Sector.allCases[i % Sector.allCases.count]))
      if i > 0 { rels.append(Relation(source: "organization:o\(i)", target: "organization:o\((i * 7 + 3) % i)", type: .partnerOf)) }
      if i > 2 { rels.append(Relation(source: "organization:o\(i)", target: "organization:o\(i / 3)", type: .partOf)) }
    }
    var s = DiagramStyle()
    s.maxNodes = 300
    let (d, text) = try Self.svg(StakeholderGraph(entities: ents, relations: rels), s)
    #expect(d.engine == "sfdp")
    #expect(d.nodeIDs.count == 300)
    #expect(text.contains("Showing the 300 most central of 600 entities"))
  }
}
