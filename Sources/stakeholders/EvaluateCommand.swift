import ArgumentParser
import Foundation
import StakeholderExtraction
import StakeholderModel

/// `stakeholders evaluate`: extraction scored against gold annotations.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Score extraction against gold files: entity P/R/F1 by kind, names, sectors, relations.",
    discussion: """
      Extracts PATH… (files or folders) and compares the result with the gold graphs
      in --gold DIR (one schema JSON file per document), following the schema's
      Scoring section. Only documents with a gold file are extracted and scored (the
      others are named on standard error); a gold document missing from PATH… counts
      as entirely missed.

      Example:
        stakeholders evaluate --gold Tests/Fixtures/gold seeds
        stakeholders evaluate --gold Tests/Fixtures/gold seeds --errors
      """)

  @Option(help: "Folder of gold JSON files, one per document.")
  var gold: String

  @Argument(help: "Documents or folders of documents.")
  var paths: [String]

  @Flag(help: "Also list every missed, extra or misnamed entity and relation.")
  var errors = false

  @Option(name: .customLong("dump-pairs"), help: ArgumentHelp("Write the relation scorer's training rows (TSV) to FILE instead of scoring.", visibility: .hidden))
  var dumpPairs: String?

  @Option(name: .customLong("set"), help: ArgumentHelp("Set name written into --dump-pairs rows.", visibility: .hidden))
  var setName = "set"

  func run() throws {
    let corpus: CorpusReadResult
    do { corpus = try CorpusReader().read(paths: paths) } catch { throw CLIError("\(error)") }
    let goldGraphs: [String: StakeholderGraph]
    do { goldGraphs = try Evaluation.loadGold(directory: URL(fileURLWithPath: gold)) } catch { throw CLIError("\(error)") }
    // Documents without a gold file (a folder's NOTES.md, say) are neither scored nor extracted, so they
    // cannot change how the scored ones resolve.
    let scored = corpus.documents.filter { goldGraphs[$0.id] != nil }
    let skipped = corpus.documents.filter { goldGraphs[$0.id] == nil }.map(\.id)
    if !skipped.isEmpty {
      FileHandle.standardError.write(Data("evaluate: no gold file, not extracted: \(skipped.joined(separator: ", "))\n".utf8))
    }
    if let dumpPairs {
      let tsv = RelationPairDump.tsv(documents: scored, gold: goldGraphs, set: setName)
      do { try AtomicFile.write(Data(tsv.utf8), to: URL(fileURLWithPath: dumpPairs)) } catch { throw CLIError("\(dumpPairs): \(error)") }
      return
    }
    let result = Extractor().extract(scored)
    let report = Evaluation.evaluate(predicted: result.graph, gold: goldGraphs)
    var out = report.table()
    if errors { out += "\n" + report.errors.joined(separator: "\n") + "\n" }
    FileHandle.standardOutput.write(Data(out.utf8))
  }
}
