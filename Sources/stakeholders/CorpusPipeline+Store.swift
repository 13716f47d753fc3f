import Foundation
import StakeholderExtraction
import StakeholderModel
import StakeholderStore

extension CorpusPipeline {
  /// ``extractGraph(paths:curation:)`` through the project store (`stakeholders.sqlite` in `storeFolder`):
  /// only new or changed documents are extracted (on `workers` cores), removed ones are dropped, and the
  /// corrections are applied again. The graph is the same bytes as a run without the store.
  /// - Parameters:
  ///   - rebuild: extract every document again (`--rebuild`).
  /// - Throws: ``CLIError`` naming the corpus, curation file or store that failed.
  static func extractGraph(
    paths: [String], curation: String?, storeFolder: URL, rebuild: Bool, workers: Int
  ) async throws -> (graph: StakeholderGraph, commit: () throws -> Void) {
    let corpus: CorpusReadResult
    do { corpus = try CorpusReader().read(paths: paths) } catch { throw CLIError("\(error)") }
    report(corpus.diagnostics)
    if corpus.documents.isEmpty { throw CLIError("\(paths.joined(separator: ", ")): no readable documents") }
    var corrections: Curation?
    if let file = curationFile(explicit: curation, paths: paths) {
      do { corrections = try Curation.load(from: URL(fileURLWithPath: file)) } catch { throw CLIError("\(error)") }
      Log.verbose("corrections from \(file)")
    }
    let store: ProjectStore
    do { store = try ProjectStore(url: storeFolder.appendingPathComponent(ProjectStore.fileName)) } catch {
      throw CLIError("\(error)")
    }
    let run: (result: ExtractionResult, update: IncrementalUpdate<DocumentExtraction>)
    do {
      run = try await Extractor().extract(corpus.documents, store: store, rebuild: rebuild, curation: corrections,
                                          workers: workers, commit: false)
    } catch { throw CLIError("\(error)") }
    let u = run.update
    Log.verbose("project store: \(corpus.documents.count) documents, \(u.extracted.count) extracted, "
                + "\(u.reused) reused, \(u.removed.count) removed" + (rebuild ? " (rebuild)" : ""))
    for id in u.unreadable { Log.warning("\(store.url.path): the stored result of \(id) was unreadable; extracted again") }
    report(run.result.diagnostics)
    // The store is written only after the outputs are: a failed run leaves the output folder as it was.
    let pending = u.pending
    return (run.result.graph, {
      guard let pending else { return }
      do { try store.apply(pending) } catch { throw CLIError("\(error)") }
    })
  }
}
