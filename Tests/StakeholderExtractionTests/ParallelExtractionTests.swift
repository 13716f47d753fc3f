import Foundation
import StakeholderModel
import Testing

@testable import StakeholderExtraction

/// Parallel extraction gives the same graph, byte for byte, as a single-threaded run.
@Suite("Parallel extraction")
struct ParallelExtractionTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

  /// The seeds, plus copies under other ids with a sentence added so entities recur across documents.
  static func corpus() throws -> [SourceDocument] {
    let seeds = try CorpusReader().read(paths: [Self.seeds.path]).documents
    var docs = seeds
    for (i, d) in seeds.enumerated() {
      docs.append(SourceDocument(id: "copy-\(i).txt", text: d.text + "\n\nW spotkaniu wzięła udział Anna Kowalska, prezes Zarządu Fundacji Rozwoju Przedsiębiorczości.\n"))
    }
    return docs
  }

  @Test("1 worker and 2, 3, 8 workers give identical graph JSON", arguments: [2, 3, 8])
  func identicalJSON(workers: Int) async throws {
    let docs = try Self.corpus()
    let extractor = Extractor()
    let one = try await extractor.extract(docs, workers: 1).graph.jsonData()
    let many = try await extractor.extract(docs.reversed(), workers: workers).graph.jsonData()
    #expect(one == many)
    #expect(one == (try extractor.extract(docs).graph.jsonData()))
  }

  @Test("per-document results come back ordered by document id")
  func ordered() async throws {
    let docs = try Self.corpus()
    let sequential = docs.sorted { $0.id < $1.id }.map { Extractor().extractDocument($0) }
    let parallel = await Extractor().extractAll(docs.reversed(), workers: 2)
    #expect(parallel == sequential)
  }
}
