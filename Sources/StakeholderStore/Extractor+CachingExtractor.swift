import Foundation
import StakeholderExtraction

/// The extractor's per-document results are what the project store caches, under ``Extractor/version``.
extension Extractor: CachingExtractor {
  public var cacheVersion: String { Self.version }

  /// The compact binary form (``ExtractionCodec``), or JSON when that would lose anything.
  public func encodeForStore(_ extraction: DocumentExtraction) -> Data? {
    ExtractionCodec.encode(extraction) ?? (try? JSONEncoder().encode(extraction))
  }

  /// Reads either form.
  public func decodeFromStore(_ data: Data) -> DocumentExtraction? {
    ExtractionCodec.decode(data) ?? (try? JSONDecoder().decode(DocumentExtraction.self, from: data))
  }
}

extension Extractor {
  /// The whole extraction step of an incremental run: documents through the project store (only new or
  /// changed ones extracted, on `workers` cores), resolution into one graph, then the user's corrections.
  ///
  ///     let store = try ProjectStore(url: out.appendingPathComponent(ProjectStore.fileName))
  ///     let run = try await Extractor().extract(corpus.documents, store: store, curation: curation, workers: 2)
  ///     try AtomicFile.write(run.result.graph.jsonData(), to: out.appendingPathComponent("graph.json"))
  ///
  /// The graph is the same bytes as `extract(_:)` on the same documents followed by the same curation.
  /// - Parameters:
  ///   - docs: the corpus.
  ///   - store: the project store (in the output folder).
  ///   - rebuild: extract every document again (`--rebuild`).
  ///   - curation: corrections re-applied on every run, after resolution.
  ///   - workers: documents extracted at once.
  /// - Returns: the graph with the diagnostics of resolution and curation, and what the store did.
  /// - Throws: ``StoreError`` when the store cannot be read or written (nothing is changed then).
  public func extract(
    _ docs: [SourceDocument], store: ProjectStore, rebuild: Bool = false, curation: Curation? = nil, workers: Int,
    commit: Bool = true
  ) async throws -> (result: ExtractionResult, update: IncrementalUpdate<DocumentExtraction>) {
    let update = try await IncrementalExtraction.update(
      documents: docs, extractor: self, store: store, rebuild: rebuild, workers: workers, commit: commit)
    var result = resolve(update.extractions)
    if let curation {
      let curated = curation.apply(to: result.graph)
      result = ExtractionResult(graph: curated.graph, diagnostics: result.diagnostics + curated.diagnostics)
    }
    return (result, update)
  }
}
