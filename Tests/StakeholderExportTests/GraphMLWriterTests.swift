import Foundation
import StakeholderModel
import Testing
import TestSupport
@testable import StakeholderExport

@Suite("GraphML writer")
struct GraphMLWriterTests {
  /// Reads GraphML back: keys by id, then nodes and edges with their data as (name → (type, text)).
  struct Read {
    var nodes: [String: [String: (String, String)]] = [:]
    var edges: [(source: String, target: String, data: [String: (String, String)])] = []
  }

  static func read(_ text: String) throws -> Read {
    let root = try MiniXML.parse(text)
    #expect(root.name == "graphml")
    var keys: [String: (String, String)] = [:]
    for k in root.children("key") { keys[k["id"]!] = (k["attr.name"]!, k["attr.type"]!) }
    var out = Read()
    let graph = try #require(root.first("graph"))
    #expect(graph["edgedefault"] == "directed")
    func data(_ e: MiniXML.Node) -> [String: (String, String)] {
      var d: [String: (String, String)] = [:]
      for x in e.children("data") {
        let (name, type) = keys[x["key"]!]!
        d[name] = (type, x.text)
      }
      return d
    }
    for n in graph.children("node") { out.nodes[n["id"]!] = data(n) }
    for e in graph.children("edge") { out.edges.append((e["source"]!, e["target"]!, data(e))) }
    return out
  }

  @Test("reads back: every entity and relation with typed attributes")
  func roundTrip() throws {
    let g = try TestGraphs.regional().normalized()
    let r = try Self.read(GraphMLWriter.write(g))
    #expect(r.nodes.count == g.entities.count)
    for e in g.entities {
      let d = try #require(r.nodes[e.id])
      #expect(d["name"]?.1 == e.name)
      #expect(d["kind"]?.1 == e.kind.rawValue)
      #expect(d["sector"]?.1 == e.sector?.rawValue)
      #expect(d["role"]?.1 == e.role)
      #expect(d["aliases"]?.1 == e.aliases.joined(separator: "; "))
      #expect(d["mentions"]! == ("int", "\(e.mentions.count)"))
      #expect(d["degree"]?.0 == "double")
    }
    #expect(r.edges.count == g.relations.count)
    for (rel, e) in zip(g.relations, r.edges) {
      #expect(e.source == rel.source && e.target == rel.target)
      #expect(e.data["type"]?.1 == rel.type.rawValue)
      #expect(e.data["weight"]! == ("int", "\(rel.weight)"))
      #expect(e.data["evidence_count"]?.1 == "\(rel.evidence.count)")
      #expect(e.data["evidence"]?.1 == rel.evidence.first?.text)
    }
  }

  @Test("analysis metrics, communities and broker roles become typed attributes")
  func metrics() throws {
    let r = try Self.read(GraphMLWriter.write(TestGraphs.tiny, metrics: TestGraphs.tinyMetrics))
    let anna = try #require(r.nodes["person:anna-kowalska"])
    #expect(anna["betweenness"]! == ("double", "0.4"))
    #expect(anna["community"]! == ("int", "0"))
    #expect(anna["broker_liaison"]! == ("int", "2"))
    #expect(anna["degree"]! == ("double", "2"))
  }

  @Test("hostile names come back exactly (NUL replaced), and the file stays well-formed")
  func hostile() throws {
    let text = GraphMLWriter.write(TestGraphs.hostile)
    #expect(!text.contains("<script>"))
    let r = try Self.read(text)
    for (i, name) in TestGraphs.hostileNames.enumerated() {
      let expected = name.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}")
      #expect(r.nodes["person:h\(i)"]?["name"]?.1 == expected)
    }
  }

  @Test("golden file")
  func golden() throws {
    let text = GraphMLWriter.write(TestGraphs.tiny, metrics: TestGraphs.tinyMetrics)
    if let problem = try Snapshot.check(text, named: "tiny.graphml") { Issue.record(Comment(rawValue: problem)) }
  }
}
