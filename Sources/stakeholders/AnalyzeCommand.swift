import ArgumentParser
import Foundation
import StakeholderAnalysis
import StakeholderExport
import StakeholderModel

/// `stakeholders analyze`: the whole pipeline, documents (or a graph file) in, every output in a folder.
struct AnalyzeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Extract, analyse and draw: documents (or a graph file) in, diagrams, reports and exports out.",
    discussion: """
      PATH is one or more .txt/.md/.html documents or folders of them, or a single
      graph file (.json from `extract`, GraphML, or a nodes CSV with its edges CSV).
      Corrections are read from --curation FILE, or stakeholders.yaml beside the
      corpus.

      Writes to --out: graph.json, graph.dot/.svg/.png, organizations.dot/.svg,
      sector-triangle.dot/.svg, graph.graphml, graph.gexf, nodes.csv, edges.csv,
      metrics.csv (the chosen view; columns as `stakeholders metrics`), brokers.csv,
      report.html and report.md. Everything is built in memory and then moved into
      place, so a failed or interrupted run leaves the previous output as it was.

      Re-runs are incremental: the project store (stakeholders.sqlite in --out)
      keeps each document's extraction by content hash and extractor version, so
      only new or changed documents are extracted again, removed ones are dropped
      and the corrections are re-applied. --rebuild extracts everything.

      Metrics: diagram sizes and the "most central" table use the full graph;
      brokerage, communities and sector mixing use --view (default: organizations
      when at least 5 organizations are tied, else full).

      Example:
        stakeholders analyze seeds --out output
        stakeholders analyze corpus/ --curation fixes.yaml --size-by betweenness --group-by sector
        stakeholders analyze output/graph.json --out report/
      """)

  @Argument(help: "Documents, folders of documents, or one graph file.")
  var paths: [String]

  @Option(help: "Output folder.")
  var out: String = "output"

  @Option(help: "Curation YAML applied after extraction (default: stakeholders.yaml beside the corpus).")
  var curation: String?

  @Option(help: "Edges CSV, when PATH is a nodes CSV.")
  var edges: String?

  @Option(help: "View for brokerage and communities: full, organizations or people.")
  var view: String?

  @Option(name: .customLong("size-by"), help: "Metric node sizes follow: betweenness, degree or pagerank.")
  var sizeBy: String = "betweenness"

  @Option(name: .customLong("group-by"), help: "Draw clusters: none, community or sector.")
  var groupBy: String = "none"

  @Option(help: "Draw at most this many entities (the most central); the caption says when some are left out.")
  var top: Int = 150

  @Option(help: "Layout engine for the main diagram (default: chosen by size and shape).")
  var engine: String?

  @Option(help: "Resolution of graph.png in dots per inch.")
  var dpi: Double = 150

  @Flag(help: "Extract every document again instead of reusing the project store in --out.")
  var rebuild = false

  @Flag(name: .customLong("no-store"), help: "Neither read nor write the project store.")
  var noStore = false

  @Option(help: "Documents extracted at once (default: every core).")
  var workers: Int?

  @OptionGroup var logging: LoggingOptions

  func validate() throws {
    if let view, GraphView(rawValue: view) == nil {
      throw ValidationError("unknown view '\(view)'; use full, organizations or people")
    }
    guard DiagramStyle.Grouping(rawValue: groupBy) != nil else {
      throw ValidationError("unknown --group-by '\(groupBy)'; use none, community or sector")
    }
    if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    guard top > 0 else { throw ValidationError("--top must be at least 1") }
    guard dpi > 0 && dpi <= 2400 else { throw ValidationError("--dpi must be between 1 and 2400") }
  }

  func run() async throws {
    logging.apply()
    let graph: StakeholderGraph
    let full: NetworkGraph
    var commitStore: () throws -> Void = {}
    if CorpusPipeline.isGraphFile(paths) {
      (graph, full) = try CorpusPipeline.loadGraphFile(paths[0], edges: edges)
    } else {
      if noStore {
        graph = try CorpusPipeline.extractGraph(paths: paths, curation: curation)
      } else {
        (graph, commitStore) = try await CorpusPipeline.extractGraph(
          paths: paths, curation: curation, storeFolder: URL(fileURLWithPath: out), rebuild: rebuild,
          workers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
      }
      full = NetworkGraph(full: graph)
    }
    let analysis = GraphAnalysis(full: full, typed: graph, view: view.flatMap(GraphView.init(rawValue:)))
    Log.verbose("analysed the \(analysis.view.rawValue) view: \(analysis.viewNetwork.nodeCount) nodes")

    var style = DiagramStyle()
    style.sizeBy = sizeBy
    style.groupBy = DiagramStyle.Grouping(rawValue: groupBy)!
    style.maxNodes = top
    style.engine = engine
    let writer = OutputWriter(render: GraphvizBridge.render, style: style, pngDPI: dpi)
    var files: [(String, Data)]
    do {
      files = try writer.build(graph: graph, metrics: analysis.nodeMetrics, summary: analysis.summary)
    } catch { throw CLIError("\(error)") }
    files = files.map { $0.0 == "metrics.csv" ? ($0.0, Data(analysis.viewTable.csv().utf8)) : $0 }
    files.append(("brokers.csv", Data(analysis.brokerage.csv().utf8)))
    do { try OutputFolder(URL(fileURLWithPath: out)).replace(with: files) } catch { throw CLIError("\(error)") }
    try commitStore()  // the project store last: a failed run leaves the whole output folder as it was
    Log.info("wrote \(files.count) files to \(out)/: \(graph.entities.count) entities, \(graph.relations.count) relations")
  }
}

/// Every analysis the reports need, computed once: full-graph metrics for sizes and the central table,
/// and metrics, brokerage and sector measures on the chosen view.
struct GraphAnalysis {
  let view: GraphView
  let viewNetwork: NetworkGraph
  let fullTable: MetricsTable
  let viewTable: MetricsTable
  let brokerage: BrokerageReport
  let sectors: SectorAnalysis

  init(full: NetworkGraph, typed: StakeholderGraph?, view requested: GraphView?) {
    (view, viewNetwork) = requested.map { ($0, full.projected($0)) } ?? GraphView.chooseDefault(for: full)
    fullTable = MetricsTable.compute(full)
    viewTable = view == .full ? fullTable : MetricsTable.compute(viewNetwork)
    brokerage = BrokerageReport.make(network: viewNetwork, view: view, typed: typed,
                                     betweenness: viewTable.rows.map(\.betweenness), roles: viewTable.roles)
    sectors = viewNetwork.sectorAnalysis(communities: viewTable.communities)
  }

  var nodeMetrics: NodeMetrics { AnalysisAdapter.nodeMetrics(fullTable) }

  var summary: AnalysisSummary {
    AnalysisAdapter.summary(central: fullTable, view: view, viewTable: viewTable, brokerage: brokerage,
                            sectors: sectors, network: viewNetwork)
  }
}
