import Foundation
import StakeholderModel

/// Writes every output of an analysis into one folder: the graph JSON, the diagrams (DOT, SVG, PNG),
/// both reports and every export.
///
///     let writer = OutputWriter(render: { dot, engine, format, seed in
///       try GraphvizRenderer.shared.render(dot: dot, engine: LayoutEngine(rawValue: engine)!,
///                                          format: RenderFormat(rawValue: format)!, seed: seed)
///     })
///     let files = try writer.writeAll(graph: graph, metrics: metrics, summary: summary, to: outputURL)
///
/// Export does not link Graphviz (Rendering does); the caller passes the renderer in. Everything is
/// built in memory first, so a failed render writes nothing; then each file is written atomically
/// (``AtomicFile``), so a reader never sees a half-written file. Same input, same bytes.
public struct OutputWriter: Sendable {
  /// Renders DOT text with an engine ("neato", "sfdp", "dot", "fdp") to a format ("svg", "png") with a seed.
  public typealias Render = @Sendable (_ dot: String, _ engine: String, _ format: String, _ seed: Int) throws -> Data

  public var render: Render
  /// Style of the main diagram (`graph.svg`); the organization and sector views reuse its size metric.
  public var style: DiagramStyle
  public var title: String
  /// Also write `graph.png` (at `pngDPI`).
  public var writePNG: Bool
  public var pngDPI: Double

  public init(
    render: @escaping Render, style: DiagramStyle = DiagramStyle(), title: String = "Stakeholder network",
    writePNG: Bool = true, pngDPI: Double = 150
  ) {
    self.render = render
    self.style = style
    self.title = title
    self.writePNG = writePNG
    self.pngDPI = pngDPI
  }

  /// The files ``writeAll(graph:metrics:summary:to:)`` writes, in order.
  public static let fileNames = [
    "graph.json", "graph.dot", "graph.svg", "graph.png", "organizations.dot", "organizations.svg",
    "sector-triangle.dot", "sector-triangle.svg", "graph.graphml", "graph.gexf", "nodes.csv", "edges.csv",
    "metrics.csv", "report.html", "report.md",
  ]

  /// Builds everything in memory, then writes it into `folder` (created if needed).
  /// - Returns: the names of the files written.
  /// - Throws: the renderer's error, ``DiagramError``, or a file error naming the path.
  public func writeAll(
    graph: StakeholderGraph, metrics: NodeMetrics? = nil, summary: AnalysisSummary? = nil, to folder: URL
  ) throws -> [String] {
    let files = try build(graph: graph, metrics: metrics, summary: summary)
    for (name, data) in files {
      let url = folder.appendingPathComponent(name)
      do { try AtomicFile.write(data, to: url) } catch {
        throw GraphFileError(file: url.path, line: nil, message: "cannot write: \(error.localizedDescription)")
      }
    }
    return files.map(\.0)
  }

  /// Every output file's name and bytes, without writing anything. The diagrams with the reports, the
  /// graph JSON, GraphML, GEXF and CSV files are built at the same time on the available cores (each
  /// part alone is deterministic, and the parts are put in a fixed order). The tabular exports share one
  /// attribute table, so they are one part.
  public func build(graph: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?) throws -> [(String, Data)] {
    let g = graph.normalized()
    let parts: [@Sendable () throws -> [(String, Data)]] = [
      { try diagramsAndReports(g, metrics: metrics, summary: summary) },
      { [("graph.json", try g.jsonData())] },
      { tabularExports(g, metrics: metrics) },
    ]
    let out = try Concurrent.run(parts).flatMap { $0 }
    let order = Dictionary(uniqueKeysWithValues: Self.fileNames.enumerated().map { ($1, $0) })
    return out.sorted { (order[$0.0] ?? 99, $0.0) < (order[$1.0] ?? 99, $1.0) }
  }

  /// GraphML, GEXF and the CSV tables, from one shared attribute table.
  private func tabularExports(_ g: StakeholderGraph, metrics: NodeMetrics?) -> [(String, Data)] {
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    let table = ExportTable(g, metrics: m)
    return [
      ("graph.graphml", Data(GraphMLWriter.write(table).bytes)),
      ("graph.gexf", Data(GEXFWriter.write(table, graph: g, metrics: m, sizeBy: style.sizeBy).bytes)),
    ] + CSVWriter.files(table).map { ($0.name, Data($0.text.bytes)) }
  }

  /// The three diagrams (DOT, SVG, and the main one as PNG) and the two reports that embed them. The
  /// report's content is gathered while the diagrams are drawn; then both reports are written at once.
  private func diagramsAndReports(_ g: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?) throws -> [(String, Data)] {
    let views = diagramViews(g)
    let (content, drawn) = try Concurrent.pair(
      { ReportContent(graph: g, metrics: metrics, summary: summary, title: title, sizeBy: style.sizeBy) },
      { try views.map { try draw($0, g, metrics: metrics, summary: summary) } })
    var out: [(String, Data)] = []
    for (v, d) in zip(views, drawn) {
      out.append(("\(v.file).dot", Data(d.diagram.dot.utf8)))
      out.append(("\(v.file).svg", d.svg))
      if let png = d.png { out.append(("\(v.file).png", png)) }
    }
    let reportDiagrams = zip(views, drawn).map { v, d in
      ReportDiagram(heading: v.heading, svg: String(decoding: d.svg, as: UTF8.self), file: "\(v.file).svg", diagram: d.diagram)
    }
    let (html, markdown) = try Concurrent.pair(
      { HTMLReport.write(content, diagrams: reportDiagrams, title: title) },
      { MarkdownReport.write(content, diagrams: reportDiagrams, title: title) })
    out.append(("report.html", Data(html.utf8)))
    out.append(("report.md", Data(markdown.utf8)))
    return out
  }

  /// The diagrams written: the whole graph, the organization network (when there are organizations)
  /// and the sector triangle, each with its file stem, report heading and style.
  private func diagramViews(_ g: StakeholderGraph) -> [(file: String, heading: String, style: DiagramStyle)] {
    var views: [(file: String, heading: String, style: DiagramStyle)] = []
    var main = style
    main.title = main.title ?? title
    views.append(("graph", "Stakeholder network", main))
    if g.entities.contains(where: { $0.kind == .organization }) {
      var org = style
      org.view = .organizations
      org.groupBy = .none
      org.title = "Organization network"
      views.append(("organizations", "Organization network", org))
    }
    var tri = style
    tri.view = .sectorTriangle
    tri.groupBy = .none
    tri.title = "Sector triangle"
    tri.engine = nil
    views.append(("sector-triangle", "Sector triangle", tri))
    return views
  }

  /// One view built once and rendered: its DOT, the SVG and, for the main view, the PNG at `pngDPI`.
  private func draw(
    _ v: (file: String, heading: String, style: DiagramStyle), _ g: StakeholderGraph, metrics: NodeMetrics?,
    summary: AnalysisSummary?
  ) throws -> (diagram: Diagram, svg: Data, png: Data?) {
    let view = try DOTWriter.view(of: g, metrics: metrics, summary: summary, style: v.style)
    let d = DOTWriter.write(view, style: v.style)
    let svg = d.finishSVG(try render(d.dot, d.engine, "svg", d.seed))
    guard v.file == "graph" && writePNG else { return (d, svg, nil) }
    var pngStyle = v.style
    pngStyle.dpi = pngDPI
    let p = DOTWriter.write(view, style: pngStyle)
    return (d, svg, try render(p.dot, p.engine, "png", p.seed))
  }
}
