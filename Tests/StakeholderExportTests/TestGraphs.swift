import Foundation
import StakeholderModel
@testable import StakeholderExport

/// Graphs the export tests use: a regional network (fictional names, the seeds' shape), a tiny one
/// for golden files, and one full of hostile names.
enum TestGraphs {
  /// Tests/Fixtures/regional-graph.json: 23 entities (people with roles, offices, universities, companies,
  /// a ministry, an NGO, a foreign city, places, projects, events), 28 relations of every type.
  static func regional() throws -> StakeholderGraph {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/regional-graph.json")
    return try StakeholderGraph.read(from: url)
  }

  /// Five entities, four relations: small enough to read its golden files.
  static let tiny: StakeholderGraph = {
    let doc = "d.txt"
    let anna = Entity(kind: .person, name: "Anna Kowalska", aliases: ["Annę Kowalską"], sector: .localGovernment,
                      role: "prezydent miasta", mentions: [Mention(document: doc, start: 0, end: 13)])
    let city = Entity(kind: .organization, name: "Urząd Miasta Zielonogród", sector: .localGovernment)
    let uni = Entity(kind: .organization, name: "Politechnika Zielonogrodzka", sector: .science)
    let firm = Entity(kind: .organization, name: "Łączność S.A.", sector: .business)
    let forum = Entity(kind: .event, name: "Forum Gospodarcze")
    func ev(_ s: String, _ start: Int) -> Evidence { Evidence(document: doc, start: start, end: start + s.count, text: s) }
    return StakeholderGraph(
      documents: [Document(id: doc, language: "pl", title: "Forum", date: "2021-05-04")],
      entities: [anna, city, uni, firm, forum],
      relations: [
        Relation(source: anna.id, target: city.id, type: .affiliatedWith, evidence: [ev("Anna Kowalska z Urzędu Miasta.", 0)]),
        Relation(source: uni.id, target: firm.id, type: .partnerOf,
                 evidence: [ev("Politechnika i Łączność podpisały list.", 40), ev("Współpraca trwa.", 90)]),
        Relation(source: anna.id, target: forum.id, type: .participatesIn, evidence: [ev("Kowalska otworzyła Forum.", 120)]),
        Relation(source: uni.id, target: forum.id, type: .organizes, evidence: [ev("Forum zorganizowała Politechnika.", 150)]),
      ])
  }()

  /// Names a careless writer would let through.
  static let hostileNames = [
    "<script>alert(1)</script>", "\" onload=\"alert(2)", "]]><x>", "NUL\u{0}byte", "=HYPERLINK(\"http://x\",\"y\")",
    "a'b&c", String(repeating: "Długa nazwa ", count: 834),  // ~10,000 characters
  ]

  /// One person per hostile name, each tied to one organization whose role and evidence are hostile too.
  static let hostile: StakeholderGraph = {
    let org = Entity(id: "organization:hub", kind: .organization, name: "Hub <b>&amp;</b>", sector: .business,
                     role: nil)
    var ents = [org]
    var rels: [Relation] = []
    for (i, name) in hostileNames.enumerated() {
      let e = Entity(id: "person:h\(i)", kind: .person, name: name, aliases: [name + " alias"], sector: .science,
                     role: name)
      ents.append(e)
      rels.append(Relation(source: e.id, target: org.id, type: .affiliatedWith,
                           evidence: [Evidence(document: "x.txt", start: i, end: i + 1, text: "Said: " + name)]))
    }
    return StakeholderGraph(documents: [Document(id: "x.txt", language: "en")], entities: ents, relations: rels)
  }()

  /// Metrics with analysis-style values for the tiny graph.
  static let tinyMetrics: NodeMetrics = {
    var m = NodeMetrics()
    let ids = tiny.entities.map(\.id).sorted()
    for (i, id) in ids.enumerated() {
      m.set("betweenness", Double(i) / 10, for: id)
      m.set("pagerank", 0.2 + Double(i) / 100, for: id)
      m.community[id] = i % 2
    }
    m.brokerRoles["person:anna-kowalska"] = ["coordinator": 1, "liaison": 2]
    return m
  }()
}

/// Golden files under Snapshots/: compared byte for byte; `RECORD_SNAPSHOTS=1` rewrites them.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  /// Returns nil when `text` matches the golden file (or was recorded), else a message.
  static func check(_ text: String, named name: String) throws -> String? {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != "1" {
        return "no golden file \(name); run with RECORD_SNAPSHOTS=1 to record it"
      }
      try AtomicFile.write(text, to: url)
      return nil
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    if golden == text { return nil }
    let a = golden.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    return "\(name) differs at line \(line + 1):\n  golden: \(line < a.count ? a[line] : "<end>")\n  actual: \(line < b.count ? b[line] : "<end>")"
  }
}
