import Foundation
import StakeholderModel

/// Writes a stakeholder graph as DOT in the house style: colour by sector, shape by kind, size by a
/// metric, edge width by weight and line style by relation type, a legend inside the drawing.
///
///     var style = DiagramStyle(); style.sizeBy = "betweenness"
///     let d = try DOTWriter.diagram(of: graph, metrics: metrics, style: style)
///     print(d.dot)
///
/// Every string from the graph is escaped for DOT (``Escape/dot(_:)``) or, inside the HTML-like legend,
/// for XML (``Escape/xml(_:)``). Node names in the DOT are `n0`, `n1`, … in id order; the SVG `id`
/// attribute carries a readable form of the entity id (`n-person-piotr-kuczera`).
public enum DOTWriter {
  /// Builds the view `style.view` of `graph` and writes it as DOT.
  /// - Parameters:
  ///   - graph: the graph (normalised here; order of input does not matter).
  ///   - metrics: centralities and communities; `nil` uses degree (``NodeMetrics/basic(for:)``).
  ///   - summary: the analysis summary; the sector triangle uses its mixing matrix when present.
  ///   - style: view, size metric, grouping, limits, engine.
  /// - Throws: ``DiagramError`` when an ego network's focus is not found or ambiguous.
  /// - Complexity: O((n + m) log(n + m)) plus the view's own work.
  public static func diagram(
    of graph: StakeholderGraph, metrics: NodeMetrics? = nil, summary: AnalysisSummary? = nil,
    style: DiagramStyle = DiagramStyle()
  ) throws -> Diagram {
    write(try view(of: graph, metrics: metrics, summary: summary, style: style), style: style)
  }

  /// The view `style.view` of `graph` with its captions, before it is written as DOT (so one view can be
  /// written at several resolutions without being built again).
  static func view(
    of graph: StakeholderGraph, metrics: NodeMetrics?, summary: AnalysisSummary?, style: DiagramStyle
  ) throws -> DiagramGraph {
    let g = graph.normalized()
    let m = (metrics ?? NodeMetrics()).completed(for: g)
    let sizeBy = SizeMetric.effective(style.sizeBy, metrics: m)
    var d: DiagramGraph
    switch style.view {
    case .whole:
      let top = TopSelection.top(g, metrics: m, metric: sizeBy, limit: style.maxNodes)
      d = WholeGraphView.build(g, metrics: m, sizeBy: sizeBy, grouping: style.groupBy, only: top)
      if top != nil {
        d.caption.append(
          "Showing the \(d.nodes.count) most central of \(g.entities.count) entities (by \(sizeBy)); set --top to change.")
      }
    case .organizations:
      d = OrganizationView.build(g, metrics: m, sizeBy: sizeBy, grouping: style.groupBy, limit: style.maxNodes)
    case .sectorTriangle:
      d = SectorTriangleView.build(g, matrix: summary?.sectorMixing ?? SectorMatrix.direct(g))
    case .ego(let focus, let depth):
      d = try EgoView.build(g, metrics: m, focus: focus, depth: depth, sizeBy: sizeBy, grouping: style.groupBy)
      if let top = limitTop(d, limit: style.maxNodes) {
        let total = d.nodes.count
        d.nodes = d.nodes.filter { top.contains($0.key) || $0.focus }
        d.edges = d.edges.filter { top.contains($0.source) && top.contains($0.target) }
        d.caption.append("Showing the \(d.nodes.count) most central of \(total) entities (by \(sizeBy)).")
      }
    }
    if d.view != "sector-triangle" && !d.nodes.isEmpty {
      let widths = d.view == "organizations"
        ? "shared people, projects and events plus direct ties (listed on hover)" : "number of supporting sentences"
      d.caption.append("Node size: \(sizeBy). Edge width: \(widths).")
    }
    if style.groupBy != .none && d.view != "sector-triangle" {
      d.caption.append("Boxes group entities by \(style.groupBy.rawValue).")
    }
    return d
  }

  /// The `limit` largest nodes of a view by size (ties by key), or nil when all fit.
  private static func limitTop(_ d: DiagramGraph, limit: Int) -> Set<String>? {
    guard d.nodes.count > limit else { return nil }
    let ranked = d.nodes.sorted { $0.size != $1.size ? $0.size > $1.size : $0.key < $1.key }
    return Set(ranked.prefix(limit).map(\.key))
  }

  /// Writes a view as DOT.
  static func write(_ d: DiagramGraph, style: DiagramStyle) -> Diagram {
    let clustered = d.nodes.contains { $0.group != nil }
    let pinned = d.nodes.contains { $0.pin != nil }
    let engine = style.engine ?? EngineChoice.engine(
      nodes: d.nodes.count, hierarchy: d.isHierarchy, clustered: clustered, pinned: pinned)
    var titles: [String: String] = [:]
    var nodeIDs: [String: String] = [:]
    var edgeEnds: [String: [String]] = [:]
    var dotName: [String: String] = [:]
    var usedIDs = Set<String>()
    for (i, n) in d.nodes.enumerated() {
      dotName[n.key] = "n\(i)"
      var id = "n-" + svgSafe(n.key)
      if !usedIDs.insert(id).inserted { id += "-\(i)"; usedIDs.insert(id) }
      nodeIDs[n.key] = id
      titles[id] = n.title
    }
    let viewClass = "view-" + d.view
    let graphTitle = ([style.title].compactMap { $0 } + d.caption).joined(separator: "\n")
    var out = "digraph \"stakeholders\" {\n"
    var graphAttrs: [(String, String)] = [
      ("id", q("diagram-" + d.view)), ("class", q("stakeholder-diagram " + viewClass)),
      ("bgcolor", q("white")), ("pad", q("0.3")), ("fontname", q("DejaVu Sans")), ("fontsize", "10"),
      ("outputorder", q("edgesfirst")), ("labelloc", "b"), ("labeljust", "l"),
    ]
    switch engine {
    case "neato", "fdp", "sfdp":
      // overlap_scaling=0: remove overlaps without first blowing the layout up (prism's default, -4,
      // scales it so edges are four node sizes long, which spreads small graphs over several pages).
      graphAttrs += [
        ("start", "\(style.seed)"), ("overlap", pinned ? "true" : q("prism")), ("sep", q("+8")),
        ("overlap_scaling", engine == "sfdp" ? "-1" : "0"),
      ]
      // Routing edges around nodes (splines=true) costs about edges × nodes: 0.3 s for 83 nodes and
      // 58 edges, 4.7 s for 100 nodes and 200 edges (neato, this machine); above the limit edges are straight.
      let routed = d.edges.count * d.nodes.count <= EngineChoice.splineBudget
      if engine == "neato" { graphAttrs += [("splines", routed ? "true" : "false"), ("mode", "major")] }
      if engine == "fdp" { graphAttrs += [("splines", routed ? "true" : "false")] }
      if engine == "sfdp" { graphAttrs += [("splines", "false")] }
    case "dot":
      graphAttrs += [("rankdir", "LR"), ("nodesep", "0.25"), ("ranksep", "0.6")]
      if d.nodes.count > 150 { graphAttrs += [("nslimit", "2"), ("mclimit", "1"), ("splines", "line")] }
    default:
      graphAttrs += [("start", "\(style.seed)"), ("overlap", q("prism"))]
    }
    if let dpi = style.dpi { graphAttrs.append(("dpi", Num.format(dpi, digits: 2))) }
    let legend = Legend.html(for: d, title: style.title)
    if !legend.isEmpty { graphAttrs.append(("label", "<" + legend + ">")) }
    out += "  graph [" + attrs(graphAttrs) + "];\n"
    out += "  node [" + attrs([
      ("fontname", q("DejaVu Sans")), ("fontsize", "10"), ("style", q("filled")), ("penwidth", "1"),
      ("margin", q("0.08,0.03")),
    ]) + "];\n"
    out += "  edge [" + attrs([
      ("fontname", q("DejaVu Sans")), ("fontsize", "10"), ("arrowsize", "0.6"), ("color", q("#555555")),
    ]) + "];\n"

    let sizes = d.nodes.map(\.size)
    let lo = sizes.min() ?? 0, hi = sizes.max() ?? 0
    func fontSize(_ v: Double) -> Double {
      if d.view == "sector-triangle" { return 14 }
      guard hi > lo else { return 11 }
      return 9 + 10 * ((v - lo) / (hi - lo)).squareRoot()
    }
    func nodeLine(_ n: DiagramNode, indent: String) -> String {
      var a: [(String, String)] = [
        ("id", q(nodeIDs[n.key]!)),
        ("class", q((["entity"] + (n.kind.map { ["kind-" + $0.rawValue] } ?? [])
          + ["sector-" + (n.sector.map { svgSafe($0.rawValue) } ?? "none")] + n.classes).joined(separator: " "))),
        ("label", q(Escape.dot(
          n.label.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { LabelWrap.wrap(String($0), width: d.view == "sector-triangle" ? 32 : 20) }
            .joined(separator: "\n")))),
        ("shape", n.kind.map(Palette.shape) ?? "ellipse"),
        ("fillcolor", q(Palette.fill(n.sector))), ("fontcolor", q(Palette.font(n.sector))),
        ("color", q(n.focus ? "#000000" : Palette.outline(n.sector))),
        ("fontsize", Num.format(fontSize(n.size), digits: 1)),
      ]
      if n.kind == .organization { a.append(("style", q("rounded,filled"))) }
      if n.focus { a.append(("penwidth", "3")) }
      if let p = n.pin { a.append(("pos", q("\(Num.format(p.x)),\(Num.format(p.y))!"))) }
      return indent + dotName[n.key]! + " [" + attrs(a) + "];\n"
    }
    // Ungrouped nodes first, then one cluster per group in key order.
    for n in d.nodes where n.group == nil { out += nodeLine(n, indent: "  ") }
    var groups: [String: (label: String, nodes: [DiagramNode])] = [:]
    for n in d.nodes { if let g = n.group { groups[g.key, default: (g.label, [])].nodes.append(n) } }
    // A box around one node says nothing: singletons are drawn loose.
    for key in groups.keys.sorted() where groups[key]!.nodes.count == 1 {
      out += nodeLine(groups[key]!.nodes[0], indent: "  ")
      groups[key] = nil
    }
    for key in groups.keys.sorted() {
      let g = groups[key]!
      let id = "cluster-" + svgSafe(key)
      titles[id] = "\(g.label) (\(g.nodes.count))"
      out += "  subgraph \"cluster_\(Escape.dot(svgSafe(key)))\" {\n"
      out += "    graph [" + attrs([
        ("id", q(id)), ("class", q("cluster group-" + svgSafe(key))),
        ("label", q(Escape.dot("\(g.label) (\(g.nodes.count))"))), ("style", q("rounded,filled")),
        ("fillcolor", q("#F4F4F4")), ("color", q("#BBBBBB")), ("fontsize", "12"), ("labeljust", "l"),
        ("labelloc", "t"),
      ]) + "];\n"
      for n in g.nodes { out += nodeLine(n, indent: "    ") }
      out += "  }\n"
    }
    for (i, e) in d.edges.enumerated() {
      guard let s = dotName[e.source], let t = dotName[e.target] else { continue }
      let id = "e-\(i)"
      titles[id] = e.title
      edgeEnds[id] = [e.source, e.target]
      var a: [(String, String)] = [("id", q(id))]
      let penwidth = min(6, 1 + 1.5 * log2(Double(max(1, e.weight))))
      if let type = e.type {
        let look = Palette.edge(type)
        a += [
          ("class", q("relation rel-" + svgSafe(type.rawValue))), ("style", look.style), ("color", q(look.color)),
          ("arrowhead", look.arrowhead),
        ]
        if type.isSymmetric || look.arrowhead == "none" { a.append(("dir", "none")) }
      } else {
        a += [("class", q("relation rel-aggregate")), ("dir", "none"), ("color", q("#666666"))]
      }
      a.append(("penwidth", Num.format(penwidth, digits: 2)))
      if let label = e.label {
        a += [("label", q(Escape.dot(label))), ("fontsize", d.view == "sector-triangle" ? "14" : "9")]
      }
      out += "  \(s) -> \(t) [" + attrs(a) + "];\n"
    }
    if engine == "dot" && clustered { out += isolateGrid(d, dotName: dotName) }
    out += "}\n"
    return Diagram(
      view: d.view, dot: out, engine: engine, seed: style.seed, caption: d.caption, fixedSize: style.fixedSize,
      titles: titles, nodeIDs: nodeIDs, edgeEnds: edgeEnds, graphTitle: graphTitle)
  }

  /// Invisible edges that chain the entities without ties into rows of about √n, so dot puts them in a
  /// block instead of one long column (dot's `pack` would, but crashed in-process in Graphviz 2.43).
  static func isolateGrid(_ d: DiagramGraph, dotName: [String: String]) -> String {
    var tied = Set<String>()
    for e in d.edges { tied.insert(e.source); tied.insert(e.target) }
    let loose = d.nodes.filter { !tied.contains($0.key) }.compactMap { dotName[$0.key] }
    guard loose.count > 3 else { return "" }
    let width = Int(Double(loose.count).squareRoot().rounded(.up))
    var out = ""
    for (i, name) in loose.enumerated() where i % width != 0 {
      out += "  \(loose[i - 1]) -> \(name) [style=invis];\n"
    }
    return out
  }

  /// `"text"` (the caller escapes).
  private static func q(_ s: String) -> String { "\"" + s + "\"" }

  private static func attrs(_ a: [(String, String)]) -> String {
    a.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
  }

  /// An id or class fragment from any string: lower-case ASCII letters and digits, other runs as one `-`.
  static func svgSafe(_ s: String) -> String {
    var out = ""
    var pending = false
    for scalar in s.lowercased().unicodeScalars {
      let v = scalar.value
      if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) {
        if pending && !out.isEmpty { out += "-" }
        pending = false
        out.unicodeScalars.append(scalar)
      } else {
        pending = true
      }
    }
    if out.count > 80 { out = String(out.prefix(80)) }
    return out.isEmpty ? "x" : out
  }
}
