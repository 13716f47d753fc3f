import StakeholderModel

/// The graph extracted from a corpus, and what was noticed on the way.
public struct ExtractionResult: Sendable {
  public var graph: StakeholderGraph
  public var diagnostics: [Diagnostic]

  public init(graph: StakeholderGraph, diagnostics: [Diagnostic] = []) {
    self.graph = graph
    self.diagnostics = diagnostics
  }
}

/// Extracts stakeholders from reports of regional development meetings (Polish and English).
///
///     let corpus = try CorpusReader().read(paths: ["seeds"])
///     let result = Extractor().extract(corpus.documents)
///     try AtomicFile.write(result.graph.jsonData(), to: URL(fileURLWithPath: "graph.json"))
///
/// Extraction is two steps so that a store can cache the first: ``extractDocument(_:)`` is a pure function
/// of one document's text (thread-safe, no shared mutable state), and ``resolve(_:)`` merges the documents'
/// entities into one graph, whatever order they come in.
///
/// Mentions and evidence carry Unicode scalar offsets into ``SourceDocument/text`` (start inclusive, end exclusive).
public struct Extractor: Sendable {
  /// Changes whenever the extractor's output for the same text changes; caches key on it.
  public static let version = "0.21.0"

  let names: NameServices

  /// An extractor using the shared Polish lexicon (loaded once per process, on first use).
  public init() {
    names = .shared
    _ = names.lexicon.lemmaCount
    // Loaded here, not inside the first document's extraction, so that loading is timed as loading.
    _ = InternationalGivenNames.shared.loadError
    _ = RelationScorer.shared.loadError
  }

  /// Entities and relations of one document.
  /// - Complexity: O(n) in the document's length (plus small per-sentence work).
  public func extractDocument(_ doc: SourceDocument) -> DocumentExtraction {
    DocumentExtractor(names: names).extract(doc)
  }

  /// Merges per-document extractions into one graph: entities with the same kind and canonical name, or
  /// whose name is another's alias, become one. Deterministic whatever the input order.
  /// - Complexity: O(E log E) in the number of local entities.
  public func resolve(_ docs: [DocumentExtraction]) -> ExtractionResult {
    CorpusResolver.resolve(docs)
  }

  /// `resolve(docs.map(extractDocument))`.
  public func extract(_ docs: [SourceDocument]) -> ExtractionResult {
    resolve(docs.map(extractDocument))
  }
}
