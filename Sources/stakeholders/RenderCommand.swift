import ArgumentParser
import Foundation
import StakeholderAnalysis
import StakeholderExport
import StakeholderModel
import StakeholderRendering

/// `stakeholders render`: a graph JSON (drawn in the house style) or a DOT file to SVG, PNG, PDF or
/// laid-out DOT through libgvc.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw a graph JSON (or render a DOT file) to SVG, PNG, PDF or laid-out DOT through the Graphviz library.",
    discussion: """
      A graph JSON is drawn in the house style: colour by sector (Okabe–Ito palette,
      legend in the drawing), shape by kind, size by a metric, edge line by relation
      type. A DOT file is rendered as is. Layout and rendering run in-process
      through libgvc; the layout is seeded, so the same input gives the same bytes.
      The engine is chosen by size unless given: neato for small networks, sfdp for
      large ones, dot for part_of hierarchies. Graphs above --top entities show the
      most central.

      Examples:
        stakeholders render output/graph.json --format svg --out graph.svg
        stakeholders render output/graph.json --view ego --focus "Piotr Kuczera" --depth 2 --out ego.svg
        stakeholders render output/graph.json --view organizations --format png --dpi 200 --out orgs.png
        stakeholders render output/graph.dot --format pdf --engine neato --out graph.pdf
      """)

  @Argument(help: "A graph JSON file (from extract/analyze) or a DOT file.")
  var input: String

  @Option(help: "Output format: svg, png, pdf or dot (laid-out DOT with positions).")
  var format: String = "svg"

  @Option(help: "Layout engine: auto, dot, neato, sfdp, fdp, circo, twopi.")
  var engine: String = "auto"

  @Option(help: "Output file (default: standard output).")
  var out: String?

  @OptionGroup var diagram: DiagramOptions

  func run() throws {
    guard let fmt = RenderFormat(rawValue: format) else {
      throw ValidationError("unknown format '\(format)'; use svg, png, pdf or dot")
    }
    if engine != "auto" && LayoutEngine(rawValue: engine) == nil {
      throw ValidationError("unknown engine '\(engine)'; use auto, \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let text = try CLIInput.readText(input)
    let isGraph = input.lowercased().hasSuffix(".json") || text.drop(while: \.isWhitespace).first == "{"
    let data: Data
    if isGraph {
      let graph: StakeholderGraph
      do { graph = try StakeholderGraph.decode(json: Data(text.utf8), source: input) } catch { throw CLIError("\(error)") }
      var style = try diagram.style()
      style.engine = engine == "auto" ? nil : engine
      let d: Diagram
      let analysis = diagram.needsAnalysis ? GraphAnalysis(full: NetworkGraph(full: graph), typed: graph, view: nil) : nil
      do {
        d = try DOTWriter.diagram(of: graph, metrics: analysis?.nodeMetrics, summary: analysis?.summary, style: style)
      } catch { throw CLIError("\(input): \(error)") }
      do {
        let raw = try GraphvizBridge.render(d.dot, d.engine, fmt.rawValue, d.seed)
        data = fmt == .svg ? d.finishSVG(raw) : raw
      } catch { throw CLIError("\(input): \(error)") }
    } else {
      let eng = LayoutEngine(rawValue: engine) ?? .neato
      do { data = try GraphvizRenderer.shared.render(dot: text, engine: eng, format: fmt, seed: diagram.seed) } catch {
        throw CLIError("\(input): \(error)")
      }
    }
    try CLIOutput.write(data, to: out)
  }
}

/// The diagram options `render` and `export` share: view, sizes, grouping, limits.
struct DiagramOptions: ParsableArguments {
  @Option(help: "What to draw: whole, organizations, sector-triangle or ego (needs --focus).")
  var view: String = "whole"

  @Option(help: "Centre of the ego view: an entity's name, alias or id.")
  var focus: String?

  @Option(help: "Steps from the focus the ego view reaches.")
  var depth: Int = 1

  @Option(name: .customLong("size-by"), help: "Metric node sizes follow: degree, strength, or an analysis metric such as betweenness or pagerank (falls back to degree).")
  var sizeBy: String = "degree"

  @Option(name: .customLong("group-by"), help: "Draw clusters: none, community or sector.")
  var groupBy: String = "none"

  @Option(help: "Draw at most this many entities (the most central); the caption says when some are left out.")
  var top: Int = 150

  @Option(help: "Resolution of PNG output in dots per inch.")
  var dpi: Double?

  @Flag(name: .customLong("fixed-size"), help: "Keep a fixed width and height (in points) on the SVG instead of only a viewBox.")
  var fixedSize = false

  @Option(help: "Seed of the layout.")
  var seed: Int = 1

  @Option(help: "A title drawn in the diagram.")
  var title: String?

  /// Whether the drawing needs the analysis: a size metric other than degree/strength, communities,
  /// or the sector triangle (which uses the analysis's mixing counts).
  var needsAnalysis: Bool {
    !["degree", "strength"].contains(sizeBy) || groupBy == "community" || view != "whole"
  }

  func style() throws -> DiagramStyle {
    var s = DiagramStyle()
    switch view {
    case "whole": s.view = .whole
    case "organizations", "orgs": s.view = .organizations
    case "sector-triangle", "sectors", "triangle": s.view = .sectorTriangle
    case "ego":
      guard let focus, !focus.isEmpty else { throw ValidationError("--view ego needs --focus NAME") }
      s.view = .ego(focus: focus, depth: depth)
    default: throw ValidationError("unknown view '\(view)'; use whole, organizations, sector-triangle or ego")
    }
    if let focus, view == "whole" { s.view = .ego(focus: focus, depth: depth) }
    guard let g = DiagramStyle.Grouping(rawValue: groupBy) else {
      throw ValidationError("unknown --group-by '\(groupBy)'; use none, community or sector")
    }
    guard top > 0 else { throw ValidationError("--top must be at least 1") }
    if let dpi, !(dpi > 0 && dpi <= 2400) { throw ValidationError("--dpi must be between 1 and 2400") }
    s.groupBy = g
    s.sizeBy = sizeBy
    s.maxNodes = top
    s.dpi = dpi
    s.fixedSize = fixedSize
    s.seed = seed
    s.title = title
    return s
  }
}

/// Connects Export (which does not link Graphviz) to the renderer: the closure ``OutputWriter`` takes.
///
///     let writer = OutputWriter(render: GraphvizBridge.render)
enum GraphvizBridge {
  static let render: OutputWriter.Render = { dot, engine, format, seed in
    guard let e = LayoutEngine(rawValue: engine) else {
      throw RenderError.layoutFailed(engine: engine, message: "unknown engine")
    }
    guard let f = RenderFormat(rawValue: format) else {
      throw RenderError.renderFailed(format: format, message: "unknown format")
    }
    return try GraphvizRenderer.shared.render(dot: dot, engine: e, format: f, seed: seed)
  }
}
