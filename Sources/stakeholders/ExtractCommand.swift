import ArgumentParser
import Foundation
import StakeholderExtraction
import StakeholderModel

/// `stakeholders extract`: documents in, the stakeholder graph as JSON out.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract people, organizations, places, projects and events with their relations, as JSON.",
    discussion: """
      PATH may be .txt/.md files or folders of them. The JSON follows the project's
      extraction schema. Mentions and evidence carry Unicode scalar offsets into
      each document's text (NFC, LF line ends): start inclusive, end exclusive.
      Corrections are read from --curation FILE, or from stakeholders.yaml beside
      the corpus when there is one.

      Example:
        stakeholders extract seeds --out output/graph.json
        stakeholders extract article.txt --curation fixes.yaml
        stakeholders extract seeds --bench 200     # extraction speed, MB/s per core
      """)

  @Argument(help: "Documents or folders of documents (.txt, .md).")
  var paths: [String]

  @Option(help: "Output JSON file (default: standard output).")
  var out: String?

  @Option(help: "Curation YAML applied after extraction (default: stakeholders.yaml beside the corpus, if any).")
  var curation: String?

  @Option(help: "Benchmark: extract the documents this many times on one core and report MB/s on stderr.")
  var bench: Int?

  @Flag(help: "Print how each document was read (sentences, mentions, roles) instead of JSON.")
  var trace = false

  @OptionGroup var logging: LoggingOptions

  func run() throws {
    logging.apply()
    let corpus: CorpusReadResult
    do { corpus = try CorpusReader().read(paths: paths) } catch { throw CLIError("\(error)") }
    CorpusPipeline.report(corpus.diagnostics)
    let loadStart = Date()
    let extractor = Extractor()
    let loadTime = Date().timeIntervalSince(loadStart)
    if trace {
      for d in corpus.documents { FileHandle.standardOutput.write(Data("== \(d.id)\n\(extractor.trace(d))".utf8)) }
      return
    }
    if let bench {
      FileHandle.standardError.write(Data(String(format: "bench: extractor ready (Polish lexicon loaded) in %.3f s\n", loadTime).utf8))
      return runBench(corpus.documents, extractor, times: bench)
    }
    let graph = try CorpusPipeline.corrected(extractor.extract(corpus.documents), curation: curation, paths: paths)
    try CLIOutput.write(try graph.jsonData(), to: out)
  }

  /// CPU time of this process in seconds (one thread here, so time on one core, whatever else the machine runs).
  static func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

  func runBench(_ docs: [SourceDocument], _ extractor: Extractor, times: Int) {
    let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    let t0 = Date()
    let c0 = Self.cpuSeconds()
    var entities = 0
    for _ in 0..<max(1, times) {
      for d in docs { entities += extractor.extractDocument(d).entities.count }
    }
    let perDoc = Date().timeIntervalSince(t0)
    let cpu = Self.cpuSeconds() - c0
    let t1 = Date()
    _ = extractor.extract(docs)
    let once = Date().timeIntervalSince(t1)
    let total = Double(bytes * max(1, times))
    // The same text as one long document: catches work that grows faster than the text.
    let joined = SourceDocument(id: "bench.txt", text: String(repeating: docs.map(\.text).joined(separator: "\n\n") + "\n\n", count: max(1, times / 10)))
    let t2 = Date()
    let big = extractor.extractDocument(joined)
    let bigTime = Date().timeIntervalSince(t2)
    let bigMB = Double(joined.text.utf8.count) / 1e6
    let msg = String(format: "bench: CPU time %.3f s → %.2f MB/s per core\n", cpu, total / 1e6 / cpu) + String(
      format: "bench: %d documents × %d = %.2f MB in %.3f s wall → %.2f MB/s (%d local entities); one full extract+resolve: %.4f s\n"
        + "bench: one concatenated document of %.2f MB in %.3f s → %.2f MB/s (%d entities)\n",
      docs.count, times, total / 1e6, perDoc, total / 1e6 / perDoc, entities, once, bigMB, bigTime, bigMB / bigTime, big.entities.count)
    FileHandle.standardError.write(Data(msg.utf8))
  }
}
