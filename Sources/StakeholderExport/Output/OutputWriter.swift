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
  /// part alone is deterministic, and the parts are put in a fixed order).
  public func build(graph: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?) throws -> [(String, Data)] {
    let g = graph.normalized()
    let parts: [@Sendable () throws -> [(String, Data)]] = [
      { try diagramsAndReports(g, metrics: metrics, summary: summary) },
      { [("graph.json", try g.jsonData())] },
      { [("graph.graphml", Data(GraphMLWriter.write(g, metrics: metrics).utf8))] },
      { [("graph.gexf", Data(GEXFWriter.write(g, metrics: metrics, sizeBy: style.sizeBy).utf8))] },
      { CSVWriter.files(g, metrics: metrics).map { ($0.name, Data($0.text.utf8)) } },
    ]
    let results = ResultSlots(parts.count)
    DispatchQueue.concurrentPerform(iterations: parts.count) { i in
      results.set(i, Result { try parts[i]() })
    }
    var out: [(String, Data)] = []
    for i in 0..<parts.count { out += try results.get(i).get() }
    let order = Dictionary(uniqueKeysWithValues: Self.fileNames.enumerated().map { ($1, $0) })
    return out.sorted { (order[$0.0] ?? 99, $0.0) < (order[$1.0] ?? 99, $1.0) }
  }

  /// The three diagrams (DOT, SVG, and the main one as PNG) and the two reports that embed them.
  private func diagramsAndReports(_ g: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?) throws -> [(String, Data)] {
    var out: [(String, Data)] = []
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

    var reportDiagrams: [ReportDiagram] = []
    for v in views {
      let d = try DOTWriter.diagram(of: g, metrics: metrics, summary: summary, style: v.style)
      let svg = d.finishSVG(try render(d.dot, d.engine, "svg", d.seed))
      out.append(("\(v.file).dot", Data(d.dot.utf8)))
      out.append(("\(v.file).svg", svg))
      if v.file == "graph" && writePNG {
        var pngStyle = v.style
        pngStyle.dpi = pngDPI
        let p = try DOTWriter.diagram(of: g, metrics: metrics, summary: summary, style: pngStyle)
        out.append(("graph.png", try render(p.dot, p.engine, "png", p.seed)))
      }
      reportDiagrams.append(ReportDiagram(heading: v.heading, svg: String(decoding: svg, as: UTF8.self), file: "\(v.file).svg", diagram: d))
    }
    out.append(("report.html", Data(HTMLReport.write(
      graph: g, metrics: metrics, summary: summary, diagrams: reportDiagrams, title: title, sizeBy: style.sizeBy).utf8)))
    out.append(("report.md", Data(MarkdownReport.write(
      graph: g, metrics: metrics, summary: summary, diagrams: reportDiagrams, title: title, sizeBy: style.sizeBy).utf8)))
    return out
  }
}

/// One result slot per parallel part; each part writes only its own slot.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [Result<[(String, Data)], Error>?]
  private let lock = NSLock()
  init(_ count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ r: Result<[(String, Data)], Error>) { lock.lock(); slots[i] = r; lock.unlock() }
  func get(_ i: Int) -> Result<[(String, Data)], Error> { lock.lock(); defer { lock.unlock() }; return slots[i]! }
}
