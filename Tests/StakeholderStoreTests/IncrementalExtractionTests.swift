import Foundation
import GRDB
import StakeholderExtraction
import Testing

@testable import StakeholderStore

/// A stand-in extractor that records which documents it was asked to extract: the capitalised words of a
/// document, tagged with the document id and the version.
final class RecordingExtractor: CachingExtractor, @unchecked Sendable {
  struct Extraction: Codable, Sendable, Hashable {
    var document: String
    var version: String
    var names: [String]
  }

  let cacheVersion: String
  private let lock = NSLock()
  private var seen: [String] = []

  init(version: String = "1") { cacheVersion = version }

  func extractDocument(_ doc: SourceDocument) -> Extraction {
    lock.lock(); seen.append(doc.id); lock.unlock()
    let names = doc.text.split(separator: " ").filter { $0.first?.isUppercase == true }.map(String.init)
    return Extraction(document: doc.id, version: cacheVersion, names: names)
  }

  /// The ids extracted since the last call, sorted.
  func drain() -> [String] {
    lock.lock(); defer { lock.unlock() }
    let out = seen.sorted()
    seen = []
    return out
  }
}

struct SimulatedCrash: Error {}

@Suite("Incremental extraction through the project store")
struct IncrementalExtractionTests {
  let folder: URL
  let storeURL: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-test-\(UUID().uuidString)")
    storeURL = folder.appendingPathComponent(ProjectStore.fileName)
  }

  static let corpus = [
    SourceDocument(id: "a.txt", text: "Anna Nowak z Urzędu Miasta Poznania"),
    SourceDocument(id: "b.txt", text: "Politechnika Gdańska i Piotr Lis"),
    SourceDocument(id: "c.txt", text: "Forum Rozwoju Mazowsza w Radomiu"),
  ]

  func run(_ docs: [SourceDocument], _ x: RecordingExtractor, rebuild: Bool = false, workers: Int = 2,
           beforeCommit: () throws -> Void = {}) async throws -> IncrementalUpdate<RecordingExtractor.Extraction> {
    let store = try ProjectStore(url: storeURL)  // a fresh connection each run, as a new process would have
    return try await IncrementalExtraction.update(
      documents: docs, extractor: x, store: store, rebuild: rebuild, workers: workers, beforeCommit: beforeCommit)
  }

  @Test("first run extracts everything, the second nothing; results equal a direct extraction")
  func reuse() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let x = RecordingExtractor()
    let first = try await run(Self.corpus.reversed(), x)
    #expect(x.drain() == ["a.txt", "b.txt", "c.txt"])
    #expect(first.extracted == ["a.txt", "b.txt", "c.txt"] && first.reused == 0)
    let second = try await run(Self.corpus, x)
    #expect(x.drain() == [])
    #expect(second.reused == 3 && second.extracted.isEmpty && second.removed.isEmpty)
    let direct = Self.corpus.map { RecordingExtractor().extractDocument($0) }
    #expect(first.extractions == direct)
    #expect(second.extractions == direct)
  }

  @Test("an added, a changed and a removed document: only the first two are extracted, the third dropped")
  func addChangeRemove() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let x = RecordingExtractor()
    _ = try await run(Self.corpus, x)
    _ = x.drain()
    var docs = Self.corpus
    docs[1].text += " oraz Klaster Logistyki"          // changed
    docs.remove(at: 2)                                  // removed c.txt
    docs.append(SourceDocument(id: "d.txt", text: "Gmina Dobra"))  // added
    let update = try await run(docs, x)
    #expect(x.drain() == ["b.txt", "d.txt"])
    #expect(update.extracted == ["b.txt", "d.txt"])
    #expect(update.reused == 1)
    #expect(update.removed == ["c.txt"])
    #expect(update.extractions.map(\.document) == ["a.txt", "b.txt", "d.txt"])
    #expect(update.extractions[1].names.contains("Klaster"))
    let store = try ProjectStore(url: storeURL)
    #expect(try store.entries().keys.sorted() == ["a.txt", "b.txt", "d.txt"])
  }

  @Test("a new extractor version invalidates every stored result")
  func versionBump() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try await run(Self.corpus, RecordingExtractor(version: "1"))
    let v2 = RecordingExtractor(version: "2")
    let update = try await run(Self.corpus, v2)
    #expect(v2.drain() == ["a.txt", "b.txt", "c.txt"])
    #expect(update.extractions.allSatisfy { $0.version == "2" })
    #expect(try ProjectStore(url: storeURL).entries().values.allSatisfy { $0.extractorVersion == "2" })
  }

  @Test("--rebuild extracts everything again")
  func rebuild() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let x = RecordingExtractor()
    _ = try await run(Self.corpus, x)
    _ = x.drain()
    let update = try await run(Self.corpus, x, rebuild: true)
    #expect(x.drain() == ["a.txt", "b.txt", "c.txt"])
    #expect(update.reused == 0)
  }

  @Test("a run that dies inside the write transaction leaves the previous state, and the next run redoes it")
  func crashMidTransaction() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let x = RecordingExtractor()
    _ = try await run(Self.corpus, x)
    _ = x.drain()
    let before = try ProjectStore(url: storeURL).entries()
    let beforePayloads = try ProjectStore(url: storeURL).payloads(ids: ["a.txt", "b.txt", "c.txt"])

    var docs = Self.corpus
    docs[0].text = "Zupełnie Inny Tekst"
    docs.remove(at: 2)
    await #expect(throws: SimulatedCrash.self) {
      _ = try await run(docs, x, beforeCommit: { throw SimulatedCrash() })
    }
    #expect(x.drain() == ["a.txt"])  // the work was done, then lost with the transaction
    let store = try ProjectStore(url: storeURL)
    #expect(try store.entries() == before)
    #expect(try store.payloads(ids: ["a.txt", "b.txt", "c.txt"]) == beforePayloads)

    let retry = try await run(docs, x)
    #expect(x.drain() == ["a.txt"])
    #expect(retry.removed == ["c.txt"])
    #expect(try ProjectStore(url: storeURL).entries().keys.sorted() == ["a.txt", "b.txt"])
  }

  @Test("a stored result that cannot be decoded is extracted again")
  func unreadablePayload() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let x = RecordingExtractor()
    _ = try await run(Self.corpus, x)
    _ = x.drain()
    let store = try ProjectStore(url: storeURL)
    try await store.queue.write { db in
      try db.execute(sql: "UPDATE document SET extraction = ? WHERE id = 'b.txt'", arguments: [Data("{not json".utf8)])
    }
    let update = try await run(Self.corpus, x)
    #expect(x.drain() == ["b.txt"])
    #expect(update.unreadable == ["b.txt"])
    #expect(update.extractions == Self.corpus.map { RecordingExtractor().extractDocument($0) })
  }

  @Test("one worker and several give the same results")
  func workerCountIndependent() async throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let docs = (0..<50).map { SourceDocument(id: String(format: "%03d.txt", $0), text: "Dokument \($0) Ala Ma Kota \($0 * 7)") }
    let one = try await run(docs, RecordingExtractor(), rebuild: true, workers: 1)
    let many = try await run(docs, RecordingExtractor(), rebuild: true, workers: 4)
    #expect(one.extractions == many.extractions)
  }

  @Test("a file that is not a store gives an error naming it")
  func notAStore() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(repeating: 0x41, count: 4096).write(to: storeURL)
    #expect {
      _ = try ProjectStore(url: storeURL)
    } throws: { error in
      (error as? StoreError)?.file == storeURL.path
    }
  }
}
