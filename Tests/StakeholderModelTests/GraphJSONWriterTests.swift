import Foundation
import Testing
@testable import StakeholderModel

/// The hand-written JSON writer must give exactly the bytes Foundation's encoder gives with the options
/// `jsonData()` used before it, on real graphs and on strings that need escaping.
@Suite("Graph JSON writer")
struct GraphJSONWriterTests {
  /// What `jsonData()` wrote before the hand-written writer: the reference.
  static func encoderBytes(_ graph: StakeholderGraph) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(graph.normalized())
    data.append(0x0A)
    return data
  }

  static var fixtures: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  @Test("the seeds' gold graphs and the regional fixture: same bytes as JSONEncoder")
  func realGraphs() throws {
    let gold = Self.fixtures.appendingPathComponent("gold")
    var files = try FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    files.append(Self.fixtures.appendingPathComponent("regional-graph.json"))
    #expect(files.count >= 6)
    for url in files {
      let graph = try StakeholderGraph.read(from: url)
      #expect(!graph.entities.isEmpty, "\(url.lastPathComponent)")
      #expect(try graph.jsonData() == Self.encoderBytes(graph), "\(url.lastPathComponent)")
    }
  }

  @Test("escaping, empty lists, missing optionals: same bytes as JSONEncoder")
  func edgeCases() throws {
    let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
    let tricky = "Quote \" backslash \\ slash / tab\tCR\r LF\n del \u{7F} nbsp\u{A0} \u{2028}\u{2029} 😀 Łódź" + controls
    let graph = StakeholderGraph(
      documents: [Document(id: "a/b.txt", language: "pl"), Document(id: "c.txt", language: "en", title: tricky, date: "2020")],
      entities: [
        Entity(kind: .organization, name: tricky, aliases: [], sector: nil, mentions: []),
        Entity(kind: .person, name: "Anna Nowak", aliases: ["Anny Nowak", "A. \"N\""], sector: .science,
               sectorReason: "role 'rektor'", role: "rektor </script>",
               mentions: [Mention(document: "c.txt", start: 0, end: 12), Mention(document: "c.txt", start: -1, end: 123456789)]),
      ],
      relations: [
        Relation(source: EntityID.make(kind: .person, name: "Anna Nowak"), target: EntityID.make(kind: .organization, name: tricky),
                 type: .affiliatedWith, evidence: []),
        Relation(source: EntityID.make(kind: .organization, name: tricky), target: EntityID.make(kind: .person, name: "Anna Nowak"),
                 type: .partnerOf, evidence: [Evidence(document: "c.txt", start: 1, end: 2, text: tricky)]),
      ])
    #expect(try graph.jsonData() == Self.encoderBytes(graph))
    #expect(try StakeholderGraph().jsonData() == Self.encoderBytes(StakeholderGraph()))
  }
}
