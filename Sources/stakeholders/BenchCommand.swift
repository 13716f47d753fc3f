import ArgumentParser
import Foundation
import StakeholderExport
import StakeholderExtraction
import StakeholderModel
import StakeholderRendering
import StakeholderStore

/// `stakeholders bench`: times the pipeline's stages on a corpus and prints documents/s, MB/s and peak memory.
struct BenchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Time reading, extraction, resolution, analysis and rendering on a corpus.",
    discussion: """
      Runs the whole pipeline once on a corpus and prints, per stage, the wall-clock
      seconds, documents per second and MB of text per second, then the peak
      resident memory (getrusage ru_maxrss). Stages: read (files → documents), load
      (the extractor's lexicons), extract (per document, on --workers cores),
      resolve (one graph), curate (with --curation), analyze (what `analyze`
      computes:
      metrics, communities, brokerage, sectors), render (DOT, SVG and PNG through
      libgvc, reports and exports, in memory), write (files, with --out, as
      `analyze` writes them).

      With --store the extraction goes through the project store
      (stakeholders.sqlite in that folder):
      a second run re-extracts only new or changed documents; --rebuild forces a
      full run. --generate N writes a synthetic corpus with tools/corpus/generate.py
      first (not timed). Build with `swift build -c release` for meaningful figures;
      tools/bench/run.sh does it all.

      --graph FILE starts from a graph JSON (read = decoding it) and times only
      analysis and rendering.

      Examples:
        stakeholders bench --docs seeds
        stakeholders bench --generate 1000 --workers 2
        stakeholders bench --docs corpus --store output --out output --json bench.json
      """)

  @Option(help: "A folder (or file) of documents to run on.")
  var docs: String?

  @Option(help: "Generate a synthetic corpus of this many documents first (needs python3 and tools/corpus/).")
  var generate: Int?

  @Option(help: "Seed for --generate.")
  var seed: Int = 1

  @Option(help: "Documents extracted at once (default: all cores).")
  var workers: Int?

  @Option(help: "Use the project store in this folder (incremental extraction).")
  var store: String?

  @Flag(help: "With --store: extract every document again.")
  var rebuild = false

  @Option(help: "A curation YAML applied after resolution (timed as 'curate').")
  var curation: String?

  @Option(help: "Start from a graph JSON instead of documents: times only analysis and rendering.")
  var graph: String?

  @Option(help: "Write the outputs into this folder (timed as 'write').")
  var out: String?

  @Flag(help: "Skip the render stage.")
  var noRender = false

  @Flag(help: "Stop after extraction and resolution (skips analyze, render and write).")
  var noAnalysis = false

  @Option(help: "Also write the figures as JSON to this file.")
  var json: String?

  func validate() throws {
    if [docs != nil, generate != nil, graph != nil].filter({ $0 }).count != 1 {
      throw ValidationError("give one of --docs DIR, --generate N or --graph FILE")
    }
    if let generate, generate < 1 { throw ValidationError("--generate needs a positive number") }
    if let workers, workers < 1 { throw ValidationError("--workers needs a positive number") }
    if rebuild && store == nil { throw ValidationError("--rebuild needs --store") }
  }

  func run() async throws {
    let workers = self.workers ?? ParallelMap.availableCores
    if let graph {
      let (g, seconds) = try Stopwatch.time { () throws -> StakeholderGraph in
        do { return try StakeholderGraph.read(from: URL(fileURLWithPath: graph)) } catch { throw CLIError("\(error)") }
      }
      let size = (try? FileManager.default.attributesOfItem(atPath: graph)[.size] as? Int) ?? 0
      var report = BenchReport(corpus: graph, documents: g.documents.count, bytes: 0, workers: workers)
      report.add(.init(name: "read", seconds: seconds, documents: 0, bytes: size,
                                 note: "graph JSON: \(g.entities.count) entities, \(g.relations.count) relations"))
      try finish(graph: g, workers: workers, report: &report)
      return
    }
    var corpusPath = docs ?? ""
    var generated: URL?
    if let generate {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stakeholders-bench-\(getpid())")
      try CorpusGenerator.generate(count: generate, seed: seed, into: dir)
      corpusPath = dir.path
      generated = dir
    }
    defer { if let generated { try? FileManager.default.removeItem(at: generated) } }

    // read
    let (corpus, readSeconds) = try Stopwatch.time { () throws -> CorpusReadResult in
      do { return try CorpusReader().read(paths: [corpusPath]) } catch { throw CLIError("\(error)") }
    }
    let bytes = corpus.documents.reduce(0) { $0 + $1.text.utf8.count }
    let n = corpus.documents.count
    var report = BenchReport(corpus: generate.map { "generated \($0) (seed \(seed))" } ?? corpusPath,
                             documents: n, bytes: bytes, workers: workers)
    report.add(.init(name: "read", seconds: readSeconds, documents: n, bytes: bytes,
                               note: "\(corpus.diagnostics.count) diagnostic(s)"))

    // load: the extractor's lexicons, loaded once and shared by every worker
    let (extractor, loadSeconds) = Stopwatch.time { Extractor() }
    report.add(.init(name: "load", seconds: loadSeconds, documents: 0, bytes: 0, note: "extractor lexicons"))

    // extract
    let extractions: [DocumentExtraction]
    if let store {
      let storeURL = URL(fileURLWithPath: store).appendingPathComponent(ProjectStore.fileName)
      let projectStore: ProjectStore
      do { projectStore = try ProjectStore(url: storeURL) } catch { throw CLIError("\(error)") }
      let (update, seconds) = try await Stopwatch.time {
        try await IncrementalExtraction.update(
          documents: corpus.documents, extractor: extractor, store: projectStore, rebuild: rebuild, workers: workers)
      }
      let extractedBytes = corpus.documents.filter { Set(update.extracted).contains($0.id) }.reduce(0) { $0 + $1.text.utf8.count }
      report.add(.init(
        name: "extract", seconds: seconds, documents: update.extracted.count, bytes: extractedBytes,
        note: "store: \(update.extracted.count) extracted, \(update.reused) reused, \(update.removed.count) removed"))
      extractions = update.extractions
    } else {
      let (result, seconds) = await Stopwatch.time { await extractor.extractAll(corpus.documents, workers: workers) }
      report.add(.init(name: "extract", seconds: seconds, documents: n, bytes: bytes, note: ""))
      extractions = result
    }

    // resolve
    let (resolved, resolveSeconds) = Stopwatch.time { extractor.resolve(extractions) }
    var result = resolved
    report.add(.init(
      name: "resolve", seconds: resolveSeconds, documents: n, bytes: 0,
      note: "\(result.graph.entities.count) entities, \(result.graph.relations.count) relations"))

    // curate
    if let curation {
      let (curated, seconds) = try Stopwatch.time { () throws -> ExtractionResult in
        do { return try Curation.load(from: URL(fileURLWithPath: curation)).apply(to: result.graph) } catch {
          throw CLIError("\(error)")
        }
      }
      result = ExtractionResult(graph: curated.graph, diagnostics: result.diagnostics + curated.diagnostics)
      report.add(.init(name: "curate", seconds: seconds, documents: 0, bytes: 0,
                                 note: "\(result.graph.entities.count) entities after corrections"))
    }
    try finish(graph: result.graph, workers: workers, report: &report)
  }

  /// The stages after the graph exists: analyze, render, write; then prints the report.
  func finish(graph: StakeholderGraph, workers: Int, report: inout BenchReport) throws {

    if noAnalysis { return try printReport(&report) }

    // analyze
    let (metrics, summary) = BenchAnalysis.run(graph: graph, report: &report)

    // render
    if !noRender {
      let writer = OutputWriter(render: GraphvizBridge.render)
      let (files, seconds) = try Stopwatch.time { () throws -> [(String, Data)] in
        do { return try writer.build(graph: graph, metrics: metrics, summary: summary) } catch { throw CLIError("\(error)") }
      }
      let size = files.reduce(0) { $0 + $1.1.count }
      report.add(.init(name: "render", seconds: seconds, documents: 0, bytes: 0,
                                 note: "\(files.count) files, \(size / 1024) KiB (DOT, SVG, PNG, reports, exports)"))
      if let out {
        let (_, writeSeconds) = try Stopwatch.time {
          do { try OutputFolder(URL(fileURLWithPath: out)).replace(with: files) } catch { throw CLIError("\(error)") }
        }
        report.add(.init(name: "write", seconds: writeSeconds, documents: 0, bytes: 0, note: out))
      }
    }

    try printReport(&report)
  }

  /// Prints the table (and writes the JSON with --json).
  func printReport(_ report: inout BenchReport) throws {
    report.peakMemoryBytes = PeakMemory.bytes()
    FileHandle.standardOutput.write(Data(report.table().utf8))
    if let json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try CLIOutput.write(try encoder.encode(report), to: json)
    }
  }
}
