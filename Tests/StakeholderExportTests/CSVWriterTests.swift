import Foundation
import StakeholderModel
import Testing
@testable import StakeholderExport

@Suite("CSV writer")
struct CSVWriterTests {
  /// A small RFC 4180 reader: rows of fields.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var it = Array(text).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? it.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; pending = n } } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" { quoted = true } else if c == "," { row.append(field); field = "" } else if c == "\n" {
        row.append(field); rows.append(row); row = []; field = ""
      } else { field.append(c) }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
  }

  @Test("nodes, edges and metrics read back")
  func roundTrip() throws {
    let g = try TestGraphs.regional().normalized()
    let files = Dictionary(uniqueKeysWithValues: CSVWriter.files(g).map { ($0.name, $0.text) })
    let nodes = Self.parse(files["nodes.csv"]!)
    #expect(nodes[0] == ["id", "name", "kind", "sector", "role", "aliases", "mentions", "documents"])
    #expect(nodes.count == g.entities.count + 1)
    for (row, e) in zip(nodes.dropFirst(), g.entities) {
      #expect(row == [e.id, e.name, e.kind.rawValue, e.sector?.rawValue ?? "", e.role ?? "", e.aliases.joined(separator: "; "),
                      "\(e.mentions.count)", "\(Set(e.mentions.map(\.document)).count)"])
    }
    let edges = Self.parse(files["edges.csv"]!)
    #expect(edges.count == g.relations.count + 1)
    for (row, r) in zip(edges.dropFirst(), g.relations) {
      #expect(row[0] == r.source && row[1] == r.target && row[4] == r.type.rawValue && row[5] == "\(r.weight)")
      #expect(row.last == r.evidence.first?.text)
    }
    let metrics = Self.parse(files["metrics.csv"]!)
    #expect(metrics[0] == ["id", "name", "degree", "strength"])
    #expect(metrics.first { $0[0] == "place:zielonogrod" }?[2] == "5")
  }

  @Test("formulas are neutralised and fields quoted")
  func hostile() throws {
    let text = CSVWriter.files(TestGraphs.hostile)[0].text
    #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
    #expect(!text.contains("\u{0}"))
    let rows = Self.parse(text)
    #expect(rows.allSatisfy { $0.count == 8 })
    #expect(rows.contains { $0[1] == "<script>alert(1)</script>" })
  }

  @Test("golden files")
  func golden() throws {
    for (name, text) in CSVWriter.files(TestGraphs.tiny, metrics: TestGraphs.tinyMetrics) {
      if let problem = try Snapshot.check(text, named: "tiny-" + name) { Issue.record(Comment(rawValue: problem)) }
    }
  }
}
