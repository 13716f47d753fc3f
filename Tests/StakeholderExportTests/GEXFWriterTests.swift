import Foundation
import StakeholderModel
import Testing
import TestSupport
@testable import StakeholderExport

@Suite("GEXF writer")
struct GEXFWriterTests {
  @Test("GEXF 1.3 reads back with attributes, viz colours, sizes and shapes")
  func roundTrip() throws {
    let g = try TestGraphs.regional().normalized()
    let root = try MiniXML.parse(GEXFWriter.write(g))
    #expect(root.name == "gexf")
    #expect(root["version"] == "1.3")
    #expect(root["xmlns"] == "http://gexf.net/1.3")
    let graph = try #require(root.first("graph"))
    var titles: [String: String] = [:]
    for attrs in graph.children("attributes") {
      for a in attrs.children("attribute") { titles[a["id"]!] = a["title"]! }
    }
    let nodes = try #require(graph.first("nodes")).children("node")
    #expect(nodes.count == g.entities.count)
    let byID = g.entitiesByID
    for n in nodes {
      let e = try #require(byID[n["id"]!])
      #expect(n["label"] == e.name)
      var values: [String: String] = [:]
      for v in n.first("attvalues")?.children("attvalue") ?? [] { values[titles[v["for"]!]!] = v["value"]! }
      #expect(values["kind"] == e.kind.rawValue)
      #expect(values["sector"] == e.sector?.rawValue)
      let color = try #require(n.first("viz:color"))
      let rgb = Palette.rgb(e.sector)
      #expect(color["r"] == "\(rgb.r)" && color["g"] == "\(rgb.g)" && color["b"] == "\(rgb.b)")
      let size = try #require(Double(n.first("viz:size")?["value"] ?? ""))
      #expect(size >= 4 && size <= 40)
      #expect(n.first("viz:shape")?["value"] == Palette.gexfShape(e.kind))
    }
    let edges = try #require(graph.first("edges")).children("edge")
    #expect(edges.count == g.relations.count)
    for (e, r) in zip(edges, g.relations) {
      #expect(e["source"] == r.source && e["target"] == r.target)
      #expect(e["weight"] == "\(r.weight)")
      #expect(e["label"] == r.type.rawValue)
      #expect(e["type"] == nil)  // all directed, as networkx requires
    }
  }

  @Test("hostile names come back exactly")
  func hostile() throws {
    let root = try MiniXML.parse(GEXFWriter.write(TestGraphs.hostile))
    let labels = Set(root.all("node").compactMap { $0["label"] })
    for name in TestGraphs.hostileNames { #expect(labels.contains(name.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}"))) }
  }

  @Test("golden file")
  func golden() throws {
    let text = GEXFWriter.write(TestGraphs.tiny, metrics: TestGraphs.tinyMetrics, sizeBy: "betweenness")
    if let problem = try Snapshot.check(text, named: "tiny.gexf") { Issue.record(Comment(rawValue: problem)) }
  }
}
