import Foundation
@testable import StakeholderExtraction
import StakeholderModel

/// Paths and the seeds' extraction, shared by the extraction tests (extracted once per process).
enum ExtractionFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
  static let seedsPath = root.appendingPathComponent("seeds").path
  static let goldURL = root.appendingPathComponent("Tests/Fixtures/gold")
  static let devPath = root.appendingPathComponent("Tests/Fixtures/dev").path
  static let devGoldURL = root.appendingPathComponent("Tests/Fixtures/dev/gold")

  /// The general normal form that `Normalize.simpleForm` must equal where it answers: lower case, quotation marks
  /// dropped, each run of space-like characters one space, none at either end (as UTF-8 bytes).
  static func referenceNormalForm(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    var space = false
    for ch in s.lowercased().unicodeScalars {
      if ["\"", "„", "”", "“", "«", "»", "‘", "’"].contains(ch) { continue }
      if ch.isSpaceLike { space = !out.isEmpty; continue }
      if space { out.append(0x20); space = false }
      out.appendUTF8(ch)
    }
    return out
  }

  static let seeds: [SourceDocument] = (try? CorpusReader().read(paths: [seedsPath]).documents) ?? []
  static let seedGraph: StakeholderGraph = Extractor().extract(seeds).graph

  static func entity(_ name: String, _ kind: EntityKind? = nil) -> Entity? { entity(seedGraph, name, kind) }

  /// The entity of `g` with that name (and kind, when given).
  static func entity(_ g: StakeholderGraph, _ name: String, _ kind: EntityKind? = nil) -> Entity? {
    g.entities.first { $0.name == name && (kind == nil || $0.kind == kind) }
  }

  static func hasRelation(_ source: String, _ type: RelationType, _ target: String, in g: StakeholderGraph = seedGraph) -> Bool {
    guard let s = g.entities.first(where: { $0.name == source })?.id, let t = g.entities.first(where: { $0.name == target })?.id else { return false }
    return g.relations.contains { r in r.type == type && ((r.source == s && r.target == t) || (type.isSymmetric && r.source == t && r.target == s)) }
  }

  /// Extracts one text given inline.
  static func extract(_ text: String, id: String = "t.txt") -> StakeholderGraph {
    Extractor().extract([SourceDocument(id: id, text: text)]).graph
  }
}
