extension Extractor {
  /// Extracts every document on `workers` cores, one ``DocumentExtraction`` per document, ordered by
  /// document id — the order ``resolve(_:)`` receives them in a single-threaded run, so the graph is the
  /// same bytes whatever the worker count or the order of `docs`.
  ///
  ///     let extractor = Extractor()                        // lexicons loaded once, shared by every worker
  ///     let perDocument = await extractor.extractAll(corpus.documents, workers: 2)
  ///     let result = extractor.resolve(perDocument)
  ///
  /// - Parameters:
  ///   - docs: the documents, in any order.
  ///   - workers: how many documents are extracted at once (default: every core).
  /// - Complexity: O(total text / workers) wall-clock time for the per-document work.
  public func extractAll(_ docs: [SourceDocument], workers: Int = ParallelMap.availableCores) async -> [DocumentExtraction] {
    let sorted = docs.sorted { $0.id < $1.id }
    return await ParallelMap.map(sorted, workers: workers) { self.extractDocument($0) }
  }

  /// ``extract(_:)`` with the per-document work on `workers` cores; the same result.
  public func extract(_ docs: [SourceDocument], workers: Int) async -> ExtractionResult {
    resolve(await extractAll(docs, workers: workers))
  }
}
