import Foundation
import StakeholderModel
import Testing

@testable import StakeholderExport

/// The Neo4j export on a small hand-made graph, compared with golden files in Tests/Fixtures/neo4j/
/// (re-record with `RECORD_SNAPSHOTS=1 swift test --filter Neo4j`).
@Suite("Neo4j export")
struct Neo4jExportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/neo4j")

  /// Five entities of every interesting shape: Polish letters, a quote, a comma, a `;` in an alias,
  /// a formula-like name, a line break, a missing sector, a relation with two pieces of evidence.
  static let graph: StakeholderGraph = {
    let d1 = "a.txt", d2 = "b.txt"
    let anna = Entity(
      kind: .person, name: "Anna Żółkiewska", aliases: ["Annę Żółkiewską", "Żółkiewska"], sector: .localGovernment,
      sectorReason: "represents 'Urząd Miasta Łodzi'", role: "prezydent Łodzi",
      mentions: [Mention(document: d1, start: 0, end: 15), Mention(document: d1, start: 40, end: 55),
                 Mention(document: d2, start: 3, end: 18)])
    let office = Entity(
      kind: .organization, name: "Urząd Miasta Łodzi", aliases: ["UMŁ", "Urzędu; Miasta"], sector: .localGovernment,
      sectorReason: "head word \"Urząd\"", mentions: [Mention(document: d1, start: 60, end: 78)])
    let hostile = Entity(
      kind: .organization, name: "=HYPERLINK(\"x\"),\nSp. z o.o.", sector: .business,
      mentions: [Mention(document: d2, start: 20, end: 30)])
    let city = Entity(kind: .place, name: "Łódź", aliases: ["Łodzi"], mentions: [Mention(document: d1, start: 70, end: 75)])
    let forum = Entity(kind: .event, name: "II Forum Rozwoju Regionu", mentions: [Mention(document: d2, start: 0, end: 20)])
    let rels = [
      Relation(source: anna.id, target: office.id, type: .affiliatedWith, evidence: [
        Evidence(document: d1, start: 0, end: 80, text: "Anna Żółkiewska, prezydent Łodzi, otworzyła spotkanie."),
        Evidence(document: d2, start: 0, end: 30, text: "Rozmowa z Anną Żółkiewską."),
      ]),
      Relation(source: office.id, target: city.id, type: .locatedIn),
      // Symmetric: written with the smaller id first whatever the input order.
      Relation(source: office.id, target: hostile.id, type: .partnerOf, evidence: [
        Evidence(document: d2, start: 5, end: 40, text: "List intencyjny podpisali \"obaj\" partnerzy.")
      ]),
      Relation(source: office.id, target: forum.id, type: .organizes),
    ]
    return StakeholderGraph(
      documents: [Document(id: d2, language: "en", title: nil, date: "2021"),
                  Document(id: d1, language: "pl", title: "Spotkanie, \"pierwsze\"", date: "2021-12-01")],
      entities: [forum, hostile, city, office, anna], relations: rels)
  }()

  @Test("every file matches its golden copy")
  func golden() throws {
    let export = Neo4jExport(graph: Self.graph, metrics: [
      .init(name: "betweenness", values: ["person:anna-zolkiewska": 0.25, "organization:urzad-miasta-lodzi": 1]),
      .init(name: "page rank", values: [:]),
    ])
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    for file in export.files() {
      let url = Self.fixtures.appendingPathComponent(file.name)
      if record { try AtomicFile.write(file.contents, to: url) }
      let expected = try String(contentsOf: url, encoding: .utf8)
      #expect(file.contents == expected, "\(file.name) differs from its golden file")
    }
  }

  @Test("the same graph in another order gives the same bytes")
  func deterministic() {
    var shuffled = Self.graph
    shuffled.entities.reverse()
    shuffled.relations.reverse()
    shuffled.documents.reverse()
    #expect(Neo4jExport(graph: shuffled).files() == Neo4jExport(graph: Self.graph).files())
  }

  @Test("headers are the ones neo4j-admin import expects")
  func headers() {
    let files = Dictionary(uniqueKeysWithValues: Neo4jExport(graph: Self.graph).files().map { ($0.name, $0.contents) })
    #expect(files["nodes.csv"]!.hasPrefix("id:ID,:LABEL,name,kind,sector,"))
    #expect(files["relationships.csv"]!.hasPrefix(":START_ID,:END_ID,:TYPE,weight:int,"))
    #expect(files["mentions.csv"]!.hasPrefix(":START_ID,:END_ID,:TYPE,count:int\n"))
    #expect(files["documents.csv"]!.hasPrefix("id:ID,:LABEL,"))
  }

  @Test("records parse back: field counts, quotes, no line break inside a field")
  func parseBack() throws {
    for file in Neo4jExport(graph: Self.graph).files() where file.name.hasSuffix(".csv") {
      let rows = try Self.parse(file.contents)
      let width = rows[0].count
      for row in rows { #expect(row.count == width, "\(file.name): \(row)") }
      #expect(rows.count == file.contents.split(separator: "\n").count, "\(file.name): one record per line")
    }
    let nodes = try Self.parse(Neo4jExport(graph: Self.graph).nodesCSV())
    let hostile = try #require(nodes.first { $0[0].hasPrefix("organization:hyperlink") })
    #expect(hostile[2] == "=HYPERLINK(\"x\"), Sp. z o.o.")  // kept literally, line break → space
    let office = try #require(nodes.first { $0[0] == "organization:urzad-miasta-lodzi" })
    #expect(office[7] == "UMŁ;Urzędu, Miasta")  // the ';' inside an alias would split the array
    #expect(office[4] == "local_government")
    let place = try #require(nodes.first { $0[0] == "place:lodz" })
    #expect(place[4] == "")  // no sector: empty unquoted field, no property
  }

  @Test("PARTNER_OF is written once with the smaller id first; mentions count per document")
  func relationships() throws {
    let export = Neo4jExport(graph: Self.graph)
    let rels = try Self.parse(export.relationshipsCSV()).dropFirst()
    let partners = rels.filter { $0[2] == "PARTNER_OF" }
    #expect(partners.count == 1)
    #expect(partners.first.map { $0[0] < $0[1] } == true)
    let affiliated = try #require(rels.first { $0[2] == "AFFILIATED_WITH" })
    #expect(affiliated[3] == "2")
    #expect(affiliated[4] == "a.txt;b.txt")
    let mentions = try Self.parse(export.mentionsCSV()).dropFirst()
    #expect(mentions.filter { $0[0] == "person:anna-zolkiewska" }.map { [$0[1], $0[3]] }
            == [["document:a.txt", "2"], ["document:b.txt", "1"]])
  }

  @Test("an empty graph gives headers only")
  func empty() {
    let files = Neo4jExport(graph: StakeholderGraph()).files()
    for f in files where f.name.hasSuffix(".csv") {
      #expect(f.contents.split(separator: "\n").count == 1, "\(f.name)")
    }
  }

  /// A small RFC 4180 reader with neo4j-admin's rules (quotes doubled, no multi-line fields).
  static func parse(_ text: String) throws -> [[String]] {
    struct Unbalanced: Error {}
    var rows: [[String]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
      var fields: [String] = []
      var field = ""
      var quoted = false
      var chars = Array(line)[...]
      while let c = chars.popFirst() {
        if quoted {
          if c == "\"" {
            if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
          } else { field.append(c) }
        } else if c == "\"" { quoted = true } else if c == "," { fields.append(field); field = "" } else { field.append(c) }
      }
      if quoted { throw Unbalanced() }
      fields.append(field)
      rows.append(fields)
    }
    return rows
  }
}

@Suite("Neo4j export with analysis metrics")
struct Neo4jExportMetricsTests {
  @Test("NodeMetrics become double columns in their order, community last")
  func nodeMetricsColumns() throws {
    var m = NodeMetrics(metricNames: ["degree", "betweenness"])
    m.set("degree", 3, for: "organization:urzad-miasta-lodzi")
    m.set("betweenness", 0.5, for: "organization:urzad-miasta-lodzi")
    m.community["organization:urzad-miasta-lodzi"] = 2
    let rows = try Neo4jExportTests.parse(Neo4jExport(graph: Neo4jExportTests.graph, nodeMetrics: m).nodesCSV())
    #expect(Array(rows[0].suffix(3)) == ["degree:double", "betweenness:double", "community:double"])
    let office = try #require(rows.first { $0[0] == "organization:urzad-miasta-lodzi" })
    #expect(Array(office.suffix(3)) == ["3.0", "0.5", "2.0"])
    let place = try #require(rows.first { $0[0] == "place:lodz" })
    #expect(Array(place.suffix(3)) == ["", "", ""])
  }
}
