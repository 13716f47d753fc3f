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

  /// The seeds' gold graphs and the regional fixture.
  static func realGraphFiles() throws -> [URL] {
    let gold = fixtures.appendingPathComponent("gold")
    return try FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path } + [fixtures.appendingPathComponent("regional-graph.json")]
  }

  @Test("the seeds' gold graphs and the regional fixture: same bytes as JSONEncoder")
  func realGraphs() throws {
    let files = try Self.realGraphFiles()
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

/// The fast graph reader must give what JSONDecoder gives, and leave everything else to it.
@Suite("Graph JSON reader")
struct GraphJSONReaderTests {
  static func fast(_ text: String) -> StakeholderGraph? {
    let data = Data(text.utf8)
    return data.withUnsafeBytes { GraphJSONReader.read($0.bindMemory(to: UInt8.self)) }
  }

  static func foundation(_ text: String) -> StakeholderGraph? {
    try? JSONDecoder().decode(StakeholderGraph.self, from: Data(text.utf8))
  }

  @Test("real graphs: the same graph as JSONDecoder")
  func realGraphs() throws {
    for url in try GraphJSONWriterTests.realGraphFiles() {
      let text = try String(contentsOf: url, encoding: .utf8)
      let fast = try #require(Self.fast(text), "\(url.lastPathComponent)")
      #expect(fast == Self.foundation(text), "\(url.lastPathComponent)")
      #expect(!fast.entities.isEmpty)
    }
  }

  @Test("escapes, nulls, unknown keys, compact and spaced forms: the same graph as JSONDecoder")
  func plainVariants() throws {
    let texts = [
      #"{"entities":[{"id":"person:a","kind":"person","name":"A \"q\" \\ \/ \u0105\ud83d\ude00\n\t","aliases":null,"sector":null,"mentions":null,"extra":{"x":[1,2.5e3,true,false,null,"s"]}}]}"#,
      #"{ "documents" : [ { "id" : "d.txt", "language" : "pl", "title" : null, "date" : "2020" } ], "entities" : [ ], "relations" : [ ] }"#,
      #"{"relations":[{"source":"a","target":"b","type":"partner_of","evidence":[{"document":"d","start":-0,"end":12,"text":"x","more":{}}]}],"entities":[{"id":"a","kind":"organization","name":"A","sector":"business","sector_reason":"r","role":"x","mentions":[{"document":"d","start":0,"end":1}]}]}"#,
    ]
    for text in texts {
      let fast = try #require(Self.fast(text), "\(text)")
      #expect(fast == Self.foundation(text), "\(text)")
    }
    // The graph JSON the writer produces reads back the same.
    let sample = GraphJSONTests.sample.normalized()
    let written = String(decoding: try sample.jsonData(), as: UTF8.self)
    #expect(Self.fast(written) == sample)
  }

  @Test("what is not plain is left to JSONDecoder (nil), and decode still reports it with a line")
  func notPlain() throws {
    let texts = [
      #"{"entities":[{"id":"a","kind":"alien","name":"A"}]}"#,            // unknown kind
      #"{"entities":[{"id":"a","name":"A"}]}"#,                           // missing kind
      #"{"entities":[{"id":"a","id":"b","kind":"person","name":"A"}]}"#,  // duplicated key
      #"{"entities":[{"id":"a","kind":"person","name":"A","mentions":[{"document":"d","start":1.0,"end":2}]}]}"#,
      #"{"entities":[]} x"#,                                              // trailing text
      "\u{FEFF}{\"entities\":[]}",                                        // byte-order mark
      #"{"entities":[{"id":"a","kind":"person","name":"\ud800"}]}"#,      // lone surrogate
      #"{"documents":null,"entities":[]}"#,
      "{\"entities\":[\n{\"id\":\"a\",\n\"kind\":\"person\",\n\"name\":1}]}",
    ]
    for text in texts { #expect(Self.fast(text) == nil, "\(text)") }
    #expect(throws: GraphFileError.self) {
      _ = try StakeholderGraph.decode(json: Data(texts[8].utf8), source: "g.json")
    }
    do { _ = try StakeholderGraph.decode(json: Data(texts[8].utf8), source: "g.json") } catch let e as GraphFileError {
      #expect(e.line == 4)
    }
  }
}
