import ArgumentParser
import Foundation
import StakeholderAnalysis
import StakeholderExport
import StakeholderModel

/// `stakeholders export`: a graph JSON to GraphML, GEXF, JSON, CSV, DOT or Neo4j import files.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a graph JSON as GraphML, GEXF, JSON, CSV, DOT or Neo4j import files for other tools.",
    discussion: """
      The analysis (centralities, communities, brokerage) runs first, as in
      `analyze`.

      graphml  typed attributes (kind, sector, role, metrics; relation type, weight,
      evidence count)
               for networkx, Gephi, yEd and Cytoscape
      gexf     GEXF 1.3 with viz colours (by sector), sizes and shapes, for Gephi
      json     the graph in the extraction schema, normalised csv      nodes.csv,
      edges.csv and metrics.csv into the folder --out names dot      the diagram's
      DOT text (the diagram options apply), before layout neo4j    node and
      relationship CSV files with the headers `neo4j-admin database import`
               reads, plus constraints.cypher, into the folder --out names (see docs/scale.md)
      all      everything `analyze` writes, into the folder --out names: graph.json,
      the
               diagrams (DOT, SVG, PNG), report.html, report.md and every format above

      Examples:
        stakeholders export output/graph.json --format graphml --out graph.graphml
        stakeholders export output/graph.json --format csv --out tables/
        stakeholders export output/graph.json --format dot --view organizations
        stakeholders export output/graph.json --format all --out output/
        stakeholders export output/graph.json --format neo4j --out neo4j-import/
      """)

  @Argument(help: "A graph JSON file.")
  var input: String

  @Option(help: "graphml, gexf, json, csv, dot, neo4j or all.")
  var format: String

  @Option(help: "Output file (a folder for csv); default: standard output.")
  var out: String?

  @OptionGroup var diagram: DiagramOptions

  func run() throws {
    let formats = ["graphml", "gexf", "json", "csv", "dot", "neo4j", "all"]
    guard formats.contains(format) else {
      throw ValidationError("unknown format '\(format)'; use \(formats.joined(separator: ", "))")
    }
    let text = try CLIInput.readText(input)
    let graph: StakeholderGraph
    do { graph = try StakeholderGraph.decode(json: Data(text.utf8), source: input) } catch { throw CLIError("\(error)") }
    // Centralities, communities and brokerage, as `analyze` computes them (not needed for JSON).
    let analysis = format == "json" ? nil : GraphAnalysis(full: NetworkGraph(full: graph), typed: graph, view: nil)
    let metrics = analysis?.nodeMetrics
    switch format {
    case "graphml": try CLIOutput.write(Data(GraphMLWriter.write(graph, metrics: metrics).utf8), to: out)
    case "gexf": try CLIOutput.write(Data(GEXFWriter.write(graph, metrics: metrics, sizeBy: diagram.sizeBy).utf8), to: out)
    case "json": try CLIOutput.write(try graph.jsonData(), to: out)
    case "dot":
      let d: Diagram
      do {
        d = try DOTWriter.diagram(of: graph, metrics: metrics, summary: analysis?.summary, style: try diagram.style())
      } catch let e as DiagramError {
        throw CLIError("\(input): \(e)")
      }
      try CLIOutput.write(Data(d.dot.utf8), to: out)
    case "neo4j":
      guard let out, out != "-" else { throw ValidationError("neo4j writes several files; give --out FOLDER") }
      guard let metrics else { throw CLIError("\(input): the analysis did not run") }
      do { try Neo4jExport(graph: graph, nodeMetrics: metrics).write(to: URL(fileURLWithPath: out)) } catch {
        throw CLIError("\(out): \(error)")
      }
    case "all":
      guard let out, out != "-" else { throw ValidationError("all writes many files; give --out FOLDER") }
      let writer = OutputWriter(render: GraphvizBridge.render, style: try diagram.style())
      do { _ = try writer.writeAll(graph: graph, metrics: metrics, summary: analysis?.summary, to: URL(fileURLWithPath: out)) } catch {
        throw CLIError("\(input): \(error)")
      }
    default:
      guard let out, out != "-" else { throw ValidationError("csv writes three files; give --out FOLDER") }
      for (name, text) in CSVWriter.files(graph, metrics: metrics) {
        try CLIOutput.write(Data(text.utf8), to: URL(fileURLWithPath: out).appendingPathComponent(name).path)
      }
    }
  }
}
