import Foundation
import StakeholderExtraction

/// An extractor whose per-document results the project store can cache: a pure function of the document
/// (id and text) and of ``cacheVersion``.
public protocol CachingExtractor: Sendable {
  /// One document's result, stored in the project store between runs.
  associatedtype Extraction: Codable & Sendable
  /// Changes whenever `extractDocument` may give a different result for the same document;
  /// stored results of another version are extracted again.
  var cacheVersion: String { get }
  /// Extracts one document; called from several threads at once.
  func extractDocument(_ doc: SourceDocument) -> Extraction
  /// The bytes stored for a result (default: JSON); nil stores nothing for it.
  func encodeForStore(_ extraction: Extraction) -> Data?
  /// A stored result (default: JSON), or nil when the bytes cannot be read.
  func decodeFromStore(_ data: Data) -> Extraction?
}

extension CachingExtractor {
  public func encodeForStore(_ extraction: Extraction) -> Data? { try? JSONEncoder().encode(extraction) }
  public func decodeFromStore(_ data: Data) -> Extraction? { try? JSONDecoder().decode(Extraction.self, from: data) }
}

/// The per-document results of an incremental run, and what it had to do.
public struct IncrementalUpdate<Extraction: Sendable>: Sendable {
  /// One result per document, ordered by document id: the input `resolve` expects.
  public var extractions: [Extraction]
  /// Ids of the documents extracted in this run (new, changed, of another extractor version, or all on
  /// a rebuild), sorted.
  public var extracted: [String]
  /// How many results were taken from the store.
  public var reused: Int
  /// Ids of documents the store had and the corpus no longer has, now dropped; sorted.
  public var removed: [String]
  /// Stored results that could not be decoded and were extracted again.
  public var unreadable: [String]
  /// With `commit: false`, the changes still to write (``ProjectStore/apply(_:beforeCommit:)``) once the
  /// run's outputs are safely written; nil when they were written already.
  public var pending: StoreChanges?
}

/// Brings the project store up to date with a corpus and returns every document's extraction.
///
///     let update = try await IncrementalExtraction.update(documents: docs, extractor: Extractor(),
///                                                         store: store, workers: 2)
///     var result = Extractor().resolve(update.extractions)
///
/// A document is extracted again when the store lacks it, its text's SHA-256 differs, it was stored by
/// another extractor version, or `rebuild` is set; otherwise its stored result is decoded. Documents the
/// store holds but the corpus lacks are dropped. All changes are written in one transaction after every
/// extraction has succeeded, so a run that dies half-way leaves the store as it was (and the next run
/// redoes the work). Results are keyed by document id (the file name relative to the corpus), since
/// mentions and evidence carry it: a renamed file is extracted again.
/// - Parameters:
///   - documents: the corpus (any order; ids unique).
///   - extractor: the per-document extractor.
///   - store: the project store.
///   - rebuild: extract every document whatever the store holds.
///   - workers: how many documents are extracted, hashed and decoded at once.
///   - beforeCommit: passed to ``ProjectStore/apply(_:beforeCommit:)`` (tests simulate a crash with it).
/// - Complexity: O(total text) for hashing, plus extraction of the changed documents and decoding of the others.
public enum IncrementalExtraction {
  public static func update<X: CachingExtractor>(
    documents: [SourceDocument], extractor: X, store: ProjectStore, rebuild: Bool = false, workers: Int,
    commit: Bool = true, beforeCommit: () throws -> Void = {}
  ) async throws -> IncrementalUpdate<X.Extraction> {
    let docs = documents.sorted { $0.id < $1.id }
    let version = extractor.cacheVersion
    let hashes = await ParallelMap.map(docs, workers: workers) { SHA256.hex(of: $0.text) }
    let known = try store.entries()

    var reuseIDs: [String] = []
    for (doc, hash) in zip(docs, hashes) where !rebuild {
      if let e = known[doc.id], e.sha256 == hash, e.extractorVersion == version { reuseIDs.append(doc.id) }
    }
    let payloads = try store.payloads(ids: reuseIDs)
    let decoded: [X.Extraction?] = await ParallelMap.map(reuseIDs, workers: workers) { id in
      payloads[id].flatMap { extractor.decodeFromStore($0) }
    }
    var results: [String: X.Extraction] = [:]
    results.reserveCapacity(docs.count)
    var unreadable: [String] = []
    for (id, value) in zip(reuseIDs, decoded) {
      if let value { results[id] = value } else { unreadable.append(id) }
    }

    let todo = zip(docs, hashes).filter { results[$0.0.id] == nil }
    let fresh: [(X.Extraction, StoredDocument)] = await ParallelMap.map(
      todo.map { Pending(doc: $0.0, sha256: $0.1) }, workers: workers
    ) { item in
      let extraction = extractor.extractDocument(item.doc)
      // An extraction that cannot be encoded is still used for this run; it is just not cached.
      let payload = extractor.encodeForStore(extraction) ?? Data()
      return (extraction, StoredDocument(id: item.doc.id, sha256: item.sha256, extractorVersion: version,
                                         bytes: item.doc.text.utf8.count, payload: payload))
    }
    for (extraction, stored) in fresh { results[stored.id] = extraction }

    let present = Set(docs.map(\.id))
    let removed = known.keys.filter { !present.contains($0) }.sorted()
    let upserts = fresh.map(\.1).filter { !$0.payload.isEmpty }
    let changes = StoreChanges(upserts: upserts, removals: removed, rebuild: rebuild)
    if commit { try store.apply(changes, beforeCommit: beforeCommit) }

    return IncrementalUpdate(
      extractions: docs.map { results[$0.id]! }, extracted: todo.map(\.0.id), reused: docs.count - todo.count,
      removed: removed, unreadable: unreadable, pending: commit ? nil : changes)
  }

  /// A document to extract and the hash it will be stored under.
  struct Pending: Sendable {
    var doc: SourceDocument
    var sha256: String
  }
}
