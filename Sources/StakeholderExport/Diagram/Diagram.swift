/// A diagram ready for Graphviz: the DOT text, the engine to lay it out with, and what the SVG
/// post-processing needs (hover texts by element id).
///
///     let d = try DOTWriter.diagram(of: graph, metrics: nil, style: DiagramStyle())
///     let raw = try GraphvizRenderer.shared.render(dot: d.dot, engine: …(d.engine), format: .svg, seed: d.seed)
///     let svg = d.finishSVG(raw)
public struct Diagram: Sendable, Equatable {
  /// The view drawn ("whole", "organizations", "sector-triangle", "ego").
  public var view: String
  /// DOT text (UTF-8, deterministic for the same input).
  public var dot: String
  /// Graphviz engine name: "neato", "sfdp", "dot" or "fdp" (chosen or as given).
  public var engine: String
  /// Seed for the layout's random generators.
  public var seed: Int
  /// Caption lines (also drawn in the diagram).
  public var caption: [String]
  /// Whether the `<svg>` keeps Graphviz's width and height.
  public var fixedSize: Bool
  /// SVG element id → hover text (`<title>`), for nodes, edges and clusters.
  var titles: [String: String]
  /// Entity id → SVG element id of its node.
  public var nodeIDs: [String: String]
  /// SVG edge id → (source entity id, target entity id), for scripts that highlight ties.
  public var edgeEnds: [String: [String]]
  /// Hover text of the whole drawing.
  var graphTitle: String
}
