import Foundation
import StakeholderExtraction
import StakeholderModel
import Testing

@testable import StakeholderStore

/// The real extractor through the store: an incremental run's graph equals a full extraction's, byte for byte.
@Suite("Extractor through the project store")
struct StoreGraphTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

  @Test("after adding, changing and removing documents the graph equals a fresh full extraction")
  func incrementalEqualsFull() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-graph-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(ProjectStore.fileName)
    let seeds = try CorpusReader().read(paths: [Self.seeds.path]).documents
    let extractor = Extractor()

    var docs = Array(seeds.prefix(3))
    let first = try await extractor.extract(docs, store: try ProjectStore(url: url), workers: 2)
    #expect(try first.result.graph.jsonData() == extractor.extract(docs).graph.jsonData())

    docs.remove(at: 0)                                   // removed
    docs[0].text += "\n\nList intencyjny podpisała Anna Kowalska, prezes Zarządu Fundacji Rozwoju Przedsiębiorczości.\n"
    docs.append(contentsOf: seeds.suffix(2))             // added
    let second = try await extractor.extract(docs, store: try ProjectStore(url: url), workers: 2)
    #expect(second.update.extracted == [docs[0].id] + seeds.suffix(2).map(\.id))
    #expect(second.update.removed == [seeds[0].id])
    #expect(try second.result.graph.jsonData() == extractor.extract(docs).graph.jsonData())
    #expect(!second.result.graph.documents.contains { $0.id == seeds[0].id })
  }

  @Test("corrections are applied again on a run that extracts nothing")
  func curationReapplied() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-cur-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent(ProjectStore.fileName)
    let docs = try CorpusReader().read(paths: [Self.seeds.path]).documents
    let extractor = Extractor()
    let plain = try await extractor.extract(docs, store: try ProjectStore(url: url), workers: 2)
    let victim = try #require(plain.result.graph.entities.first { $0.kind == .organization })
    let curation = try Curation.parse("drop:\n  - \"\(victim.id)\"\n", source: "test.yaml")
    let again = try await extractor.extract(docs, store: try ProjectStore(url: url), curation: curation, workers: 2)
    #expect(again.update.extracted.isEmpty)
    #expect(!again.result.graph.entities.contains { $0.id == victim.id })
    #expect(try again.result.graph.jsonData() == curation.apply(to: extractor.extract(docs).graph).graph.jsonData())
  }
}
