import Foundation
import StakeholderAnalysis
import StakeholderExtraction
import StakeholderModel

/// The steps every command shares: documents → graph (with corrections), or a graph file → graph.
enum CorpusPipeline {
  /// Graph-file extensions `analyze` accepts in place of documents.
  static let graphExtensions: Set<String> = ["json", "graphml", "xml", "csv"]

  /// Whether `paths` name one graph file rather than documents.
  static func isGraphFile(_ paths: [String]) -> Bool {
    guard paths.count == 1 else { return false }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDir), !isDir.boolValue else { return false }
    return graphExtensions.contains(URL(fileURLWithPath: paths[0]).pathExtension.lowercased())
  }

  /// Reads the documents under `paths`, extracts the graph and applies the corrections.
  /// Diagnostics (skipped files, assumed encodings, curation notes) go to ``Log``.
  static func extractGraph(paths: [String], curation: String?) throws -> StakeholderGraph {
    let corpus: CorpusReadResult
    do { corpus = try CorpusReader().read(paths: paths) } catch { throw CLIError("\(error)") }
    report(corpus.diagnostics)
    Log.verbose("read \(corpus.documents.count) documents")
    return try corrected(Extractor().extract(corpus.documents), curation: curation, paths: paths)
  }

  /// Applies the curation file (`--curation`, else `stakeholders.yaml` beside the corpus) to an extraction
  /// and reports every diagnostic.
  static func corrected(_ extraction: ExtractionResult, curation: String?, paths: [String]) throws -> StakeholderGraph {
    var result = extraction
    if let file = curationFile(explicit: curation, paths: paths) {
      let c: Curation
      do { c = try Curation.load(from: URL(fileURLWithPath: file)) } catch { throw CLIError("\(error)") }
      let applied = c.apply(to: result.graph)
      result = ExtractionResult(graph: applied.graph, diagnostics: result.diagnostics + applied.diagnostics)
      Log.verbose("applied corrections from \(file)")
    }
    report(result.diagnostics)
    return result.graph
  }

  /// The curation file: `--curation`, else `stakeholders.yaml` in the first folder given (or beside the first file).
  static func curationFile(explicit: String?, paths: [String]) -> String? {
    if let explicit { return explicit }
    guard let first = paths.first else { return nil }
    var isDir: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: first, isDirectory: &isDir)
    let dir = isDir.boolValue ? URL(fileURLWithPath: first) : URL(fileURLWithPath: first).deletingLastPathComponent()
    let f = dir.appendingPathComponent("stakeholders.yaml").path
    return FileManager.default.fileExists(atPath: f) ? f : nil
  }

  /// Loads a graph file: the project's JSON as it is; GraphML or CSV as entities (kind and sector from
  /// the node attributes, organization where the kind is missing) tied by `partner_of` relations.
  /// - Returns: the typed graph and the network with the file's own edge weights.
  static func loadGraphFile(_ path: String, edges: String? = nil) throws -> (StakeholderGraph, NetworkGraph) {
    let loaded: LoadedGraph
    do { loaded = try GraphInput.load(path: path, edges: edges) } catch { throw CLIError("\(error)") }
    if let typed = loaded.typed { return (typed, loaded.network) }
    let net = loaded.network
    let entities = net.nodes.map { n in
      Entity(id: n.id, kind: n.kind.flatMap(EntityKind.init(rawValue:)) ?? .organization, name: n.name,
             sector: n.sector, sectorReason: n.sector == nil ? nil : "given in \(URL(fileURLWithPath: path).lastPathComponent)")
    }
    let relations = net.edges.filter { $0.source != $0.target }.map { e in
      Relation(source: net.nodes[e.source].id, target: net.nodes[e.target].id, type: .partnerOf)
    }
    return (StakeholderGraph(entities: entities, relations: relations), net)
  }

  /// Prints diagnostics: warnings and errors normally, notes only with `--verbose`.
  static func report(_ diagnostics: [Diagnostic]) {
    for d in diagnostics {
      if d.severity == .note { Log.verbose(d.description) } else { Log.info(d.description) }
    }
  }
}
